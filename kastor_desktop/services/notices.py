"""Notes of charge and the closing workbook, rendered from the stored closing (or, marked
BORRADOR, from the open month's preview).

Rendering reads the closing's frozen JSON (services/notice_compose.py), so the same closing
always gives byte-identical PDFs. Files go to the office's documents folder unless a folder is
named. Printing needs «Emitir avisos de cobro»; the draft only needs to see the community.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from kastor_desktop.reports import notice_data as nd
from kastor_desktop.services.community_records import load_community
from kastor_desktop.services.context import Actor
from kastor_desktop.services.errors import NotFound
from kastor_desktop.services.notice_compose import load_batch
from kastor_desktop.services.periods import closing_in_force, find_period, month_label
from kastor_desktop.services.unit_of_work import ServiceContext
from kastor_desktop.store.models.closing import Closing

PRINT = "notices.print"
Progress = Callable[[int, int], None]


class NoticeService:
    area = "notices"

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- data -----------------------------------------------------------------------------
    def batch(
        self,
        actor: Actor,
        community_id: int,
        year: int,
        month: int,
        unit_number: str | None = None,
    ) -> nd.NoticeBatch:
        """The stored notices of a closed month (one unit's, if named)."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            closing = self._closing(uow, community, year, month)
            units = None
            if unit_number is not None:
                unit_id = uow.session.scalar(
                    text("SELECT id FROM units WHERE community_id = :cid AND number = :n"),
                    {"cid": community.id, "n": unit_number.strip()},
                )
                if unit_id is None:
                    raise NotFound(f"La unidad «{unit_number}» no existe en {community.code}.")
                units = {unit_id}
            batch = load_batch(uow, closing, self.ctx.paths.attachments, units)
            if unit_number is not None and not batch.units:
                raise NotFound(
                    f"La unidad «{unit_number}» no tiene aviso en {month_label(year, month)}."
                )
            return batch

    def default_folder(self) -> Path:
        folder = self.ctx.paths.documents / "avisos"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    # -- PDFs -----------------------------------------------------------------------------
    def render(
        self,
        actor: Actor,
        community_id: int,
        year: int,
        month: int,
        out_dir: Path | None = None,
        per_unit: bool = False,
        unit_number: str | None = None,
        progress: Progress | None = None,
    ) -> list[Path]:
        """One PDF for the whole community (for printing), or one per unit."""
        from kastor_desktop.reports import notices_pdf

        with self.ctx.work(actor) as uow:
            load_community(uow, community_id, PRINT)
        batch = self.batch(actor, community_id, year, month, unit_number)
        folder = Path(out_dir) if out_dir else self.default_folder()
        folder.mkdir(parents=True, exist_ok=True)
        # one naming for all three: «alerces-2026-11-avisos.pdf», «…-101-folio-121.pdf»
        if unit_number is not None:
            unit = batch.units[0]
            return [
                notices_pdf.render_unit(
                    batch, unit, folder / notices_pdf.unit_file_name(batch, unit)
                )
            ]
        if per_unit:
            return notices_pdf.render_per_unit(batch, folder, progress=progress)
        path = folder / notices_pdf.batch_file_name(batch)
        return [notices_pdf.render_batch(batch, path)]

    def render_draft(self, actor: Actor, community_id: int, out_dir: Path | None = None) -> Path:
        """The open month's notices, marked BORRADOR, as one PDF."""
        from kastor_desktop.reports import notices_pdf

        batch = self._services_closing().draft_batch(actor, community_id)
        folder = Path(out_dir) if out_dir else self.default_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / notices_pdf.batch_file_name(batch)
        return notices_pdf.render_batch(batch, path)

    # -- workbook -------------------------------------------------------------------------
    def workbook(
        self,
        actor: Actor,
        community_id: int,
        year: int | None,
        month: int | None,
        path: Path,
    ) -> Path:
        """The closing workbook: expense detail, prorating (units by concept) and totals; for
        the open month (year/month None or the open one) a draft from the preview."""
        from kastor_desktop.reports.closing_workbook import write_closing_workbook

        closing = self._services_closing()
        view = closing.preview(actor, community_id, year, month)
        with self.ctx.work(actor) as uow:
            community_country = load_community(uow, community_id).country
        from kastor_desktop.services.expenses import ExpenseService

        rows = ExpenseService(self.ctx).list(actor, community_id, view.period.id)
        details = tuple(
            nd.ExpenseDetail(
                date=r.spent_on,
                account_code=r.account_code,
                account_name=r.account_name,
                supplier=r.supplier_name,
                document=f"{r.document_type} {r.document_number}".strip(),
                description=r.description,
                method=r.method_label,
                nature=r.nature_label,
                amount=r.amount,
            )
            for r in rows
            if r.confirmed
        )
        concepts = [c for c in nd.CONCEPT_ORDER if any(u.lines.get(c) for u in view.units)]
        data = nd.ClosingWorkbookData(
            community=f"{view.community_code}",
            year=view.period.year,
            month=view.period.month,
            exponent=view.exponent,
            expenses=details,
            units=tuple(
                nd.WorkbookUnit(
                    u.number,
                    u.owner_name,
                    {c: u.lines.get(c, 0) for c in nd.CONCEPT_ORDER},
                    u.month_total,
                    u.previous_balance,
                    u.total,
                )
                for u in view.units
            ),
            prorating=tuple(
                (nd.CONCEPT_LABELS[c], {u.number: u.lines.get(c, 0) for u in view.units})
                for c in concepts
            ),
            draft=not view.closed,
            country=community_country,
        )
        return write_closing_workbook(data, Path(path))

    # -- helpers --------------------------------------------------------------------------
    def _services_closing(self):  # type: ignore[no-untyped-def]
        from kastor_desktop.services.closing import ClosingService

        return ClosingService(self.ctx)

    def _closing(self, uow, community, year: int, month: int) -> Closing:  # type: ignore[no-untyped-def]
        period = find_period(uow, community, year, month)
        closing = closing_in_force(uow, period)
        if closing is None:
            raise NotFound(
                f"El período {month_label(year, month)} no está cerrado: no tiene avisos emitidos."
            )
        return closing
