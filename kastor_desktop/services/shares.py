"""Share tables (tablas de prorrateo): any number per community, a percentage per unit.

Percentages are millionths of a percent (domain/shares.py). A table is saved even when it does
not sum to 100 % — it is work in progress, and every list shows the difference; the closing
refuses such a table. Computing from m2 or fiscal valuation always sums exactly to 100 %.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, insert, select, update

from kastor_desktop.domain.shares import FULL, format_percent, from_weights
from kastor_desktop.domain.units import UNIT_KINDS
from kastor_desktop.services.community_records import audit_change, load_community
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import NotFound, ServiceError, ValidationFailed
from kastor_desktop.services.unit_listing import natural_order, natural_sorted
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.master import ShareTable, Unit, UnitShare

MANAGE = "units.manage"
SHARES = cast(Table, UnitShare.__table__)
BASES = {"area": "m²", "valuation": "avalúo fiscal"}
AUDIT_DETAIL = 100  # units listed one by one in an audit entry; more are counted


@dataclass(frozen=True)
class ShareTableRow:
    id: int
    name: str
    units: int
    total_micro: int
    difference_micro: int  # what is missing (positive) or left over (negative) to 100 %
    ok: bool

    @property
    def total(self) -> str:
        return format_percent(self.total_micro)

    @property
    def difference(self) -> str:
        return format_percent(self.difference_micro)


@dataclass(frozen=True)
class ShareLine:
    """A unit of the community in a table's grid; ``micro`` None when it is not in the table."""

    unit_id: int
    number: str
    kind: str  # Spanish label
    area_x100: int | None
    fiscal_valuation: int | None
    micro: int | None
    active: bool = True


def _listed(numbers: Iterable[str], limit: int = 12) -> str:
    ordered = natural_sorted(numbers)
    shown = ", ".join(ordered[:limit])
    return shown + (f" y {len(ordered) - limit} más" if len(ordered) > limit else "")


class ShareService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- tables --------------------------------------------------------------------------
    def tables(self, actor: Actor, community_id: int) -> list[ShareTableRow]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            return self._rows(uow, community.id)

    def check(self, actor: Actor, community_id: int) -> list[ShareTableRow]:
        """Every table with its sum and difference; ``ok`` only when it sums exactly 100 %."""
        return self.tables(actor, community_id)

    def create_table(self, actor: Actor, community_id: int, name: str) -> Outcome[ShareTableRow]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, MANAGE)
            clean = self._valid_name(uow, community, name, None)
            position = uow.session.scalar(
                select(func.coalesce(func.max(ShareTable.position), -1)).where(
                    ShareTable.community_id == community.id
                )
            )
            table = ShareTable(community_id=community.id, name=clean, position=(position or 0) + 1)
            uow.session.add(table)
            uow.session.flush()
            audit_change(
                uow, community, "share_table.create", "share_table", table.id, None, {"name": clean}
            )
            uow.commit()
            return Outcome(self._row(uow, table.id), Changes.of("shares", "units"))

    def rename_table(
        self, actor: Actor, community_id: int, table_id: int, name: str
    ) -> Outcome[ShareTableRow]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, MANAGE)
            table = self._load(uow, community, table_id)
            clean = self._valid_name(uow, community, name, table)
            if clean == table.name:
                return Outcome(self._row(uow, table.id), Changes())
            before = {"name": table.name}
            table.name = clean
            audit_change(
                uow,
                community,
                "share_table.update",
                "share_table",
                table.id,
                before,
                {"name": clean},
            )
            uow.commit()
            return Outcome(self._row(uow, table.id), Changes.of("shares", "units"))

    def delete_table(self, actor: Actor, community_id: int, table_id: int) -> Outcome[None]:
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, MANAGE)
            table = self._load(uow, community, table_id)
            row = self._row(uow, table.id)
            uow.session.execute(delete(UnitShare).where(UnitShare.table_id == table.id))
            uow.session.delete(table)
            before = {"name": row.name, "units": row.units, "shares": row.total}
            audit_change(
                uow, community, "share_table.delete", "share_table", table_id, before, None
            )
            uow.commit()
            return Outcome(None, Changes.of("shares", "units"))

    # -- a table's percentages -----------------------------------------------------------
    def grid(self, actor: Actor, community_id: int, table_id: int) -> list[ShareLine]:
        """Every unit of the community (natural order) with its percentage in the table."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            table = self._load(uow, community, table_id)
            rows = uow.session.execute(
                select(
                    Unit.id,
                    Unit.number,
                    Unit.kind,
                    Unit.area_x100,
                    Unit.fiscal_valuation,
                    UnitShare.micro,
                    Unit.active,
                )
                .outerjoin(
                    UnitShare, (UnitShare.unit_id == Unit.id) & (UnitShare.table_id == table.id)
                )
                .where(Unit.community_id == community.id)
            ).all()
            order = natural_order([r[1] for r in rows])
            return [
                ShareLine(r[0], r[1], UNIT_KINDS.get(r[2], r[2]), r[3], r[4], r[5], bool(r[6]))
                for r in (rows[i] for i in order)
            ]

    def set_shares(
        self,
        actor: Actor,
        community_id: int,
        table_id: int,
        shares: Mapping[int, int | None],
    ) -> Outcome[ShareTableRow]:
        """Save the given units' percentages (None takes the unit out of the table). The sum
        need not be 100 %: the table is saved as work in progress and shows its difference."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, MANAGE)
            table = self._load(uow, community, table_id)
            numbers = dict(
                uow.session.execute(
                    select(Unit.id, Unit.number).where(Unit.community_id == community.id)
                ).all()
            )
            self._check_values(numbers, shares)
            current = dict(
                uow.session.execute(
                    select(UnitShare.unit_id, UnitShare.micro).where(UnitShare.table_id == table.id)
                ).all()
            )
            gone = [u for u, m in shares.items() if m is None and u in current]
            changed = [
                {"table_id": table.id, "unit_id": u, "micro": m}
                for u, m in shares.items()
                if m is not None and u in current and current[u] != m
            ]
            added = [
                {"table_id": table.id, "unit_id": u, "micro": m}
                for u, m in shares.items()
                if m is not None and u not in current
            ]
            if not (gone or changed or added):
                return Outcome(self._row(uow, table.id), Changes())
            before_total = self._row(uow, table.id)
            if gone:  # one statement per unit (executemany): no limit on how many
                uow.session.execute(
                    delete(SHARES).where(
                        SHARES.c.table_id == table.id, SHARES.c.unit_id == bindparam("unit")
                    ),
                    [{"unit": u} for u in gone],
                )
            if changed:
                uow.session.execute(update(UnitShare), changed)  # by primary key, in bulk
            if added:
                uow.session.execute(insert(UnitShare), added)
            after_total = self._row(uow, table.id)
            touched = sorted({*gone, *(c["unit_id"] for c in (*changed, *added))})
            before, after = self._audit_pair(table.name, numbers, current, shares, touched)
            before["sum"], after["sum"] = before_total.total, after_total.total
            audit_change(uow, community, "shares.set", "share_table", table.id, before, after)
            uow.commit()
            return Outcome(after_total, Changes.of("shares", "units"))

    def compute(
        self,
        actor: Actor,
        community_id: int,
        table_id: int,
        basis: str,
        unit_ids: Iterable[int] | None = None,
    ) -> dict[int, int]:
        """Percentages proportional to m2 (``basis="area"``) or fiscal valuation
        (``"valuation"``) for ``unit_ids`` — by default the units in the table, or every active
        unit when the table is empty. Always sums exactly to 100 %; nothing is saved."""
        if basis not in BASES:
            raise ServiceError(f"No se puede calcular según «{basis}»: use m² o avalúo fiscal.")
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            table = self._load(uow, community, table_id)
            weight = Unit.area_x100 if basis == "area" else Unit.fiscal_valuation
            query = select(Unit.id, Unit.number, weight).where(Unit.community_id == community.id)
            # given units are picked below: a list of ids could pass SQLite's parameter limit
            in_table = (UnitShare.unit_id == Unit.id) & (UnitShare.table_id == table.id)
            filled = select(func.count()).where(UnitShare.table_id == table.id)
            if unit_ids is None and uow.session.scalar(filled):
                query = query.join(UnitShare, in_table)
            elif unit_ids is None:
                query = query.where(Unit.active.is_(True))
            rows = uow.session.execute(query).all()
        if unit_ids is not None:
            wanted = set(unit_ids)
            rows = [r for r in rows if r[0] in wanted]
        if not rows:
            raise ServiceError("No hay unidades para calcular los porcentajes.")
        missing = [number for _, number, value in rows if not value]
        if missing:
            raise ServiceError(
                f"Sin {BASES[basis]} no se puede calcular: complete los datos de las unidades "
                f"{_listed(missing)}."
            )
        ordered = [rows[i] for i in natural_order([r[1] for r in rows])]
        parts = from_weights([int(value or 0) for _, _, value in ordered])
        return {unit_id: part for (unit_id, _, _), part in zip(ordered, parts, strict=True)}

    # -- helpers -------------------------------------------------------------------------
    def _rows(
        self, uow: UnitOfWork, community_id: int, table_id: int | None = None
    ) -> list[ShareTableRow]:
        query = (
            select(
                ShareTable.id,
                ShareTable.name,
                func.count(UnitShare.unit_id),
                func.coalesce(func.sum(UnitShare.micro), 0),
            )
            .outerjoin(UnitShare, UnitShare.table_id == ShareTable.id)
            .where(ShareTable.community_id == community_id)
            .group_by(ShareTable.id)
            .order_by(ShareTable.position, ShareTable.name)
        )
        if table_id is not None:
            query = query.where(ShareTable.id == table_id)
        return [
            ShareTableRow(i, name, units, total, FULL - total, units > 0 and total == FULL)
            for i, name, units, total in uow.session.execute(query).all()
        ]

    def _row(self, uow: UnitOfWork, table_id: int) -> ShareTableRow:
        table = uow.session.get(ShareTable, table_id)
        assert table is not None
        return self._rows(uow, table.community_id, table_id)[0]

    def _load(self, uow: UnitOfWork, community: Community, table_id: int) -> ShareTable:
        table = uow.session.get(ShareTable, table_id)
        if table is None or table.community_id != community.id:
            raise NotFound("La tabla de prorrateo ya no existe.")
        return table

    def _valid_name(
        self, uow: UnitOfWork, community: Community, name: str, current: ShareTable | None
    ) -> str:
        checks = Checks()
        clean = " ".join(checks.require("name", name, "el nombre de la tabla", 60).split())
        if clean and "name" not in checks.errors:
            clash = uow.session.scalar(
                select(ShareTable).where(
                    ShareTable.community_id == community.id,
                    func.lower(ShareTable.name) == clean.lower(),
                )
            )
            if clash is not None and (current is None or clash.id != current.id):
                checks.add("name", f"Ya existe la tabla «{clash.name}» en esta comunidad.")
        checks.done()
        return clean

    def _check_values(self, numbers: Mapping[int, str], shares: Mapping[int, int | None]) -> None:
        strangers = [u for u in shares if u not in numbers]
        if strangers:
            raise NotFound(
                "Algunas unidades ya no existen en esta comunidad; vuelva a cargar la tabla."
            )
        wrong = [
            numbers[u]
            for u, m in shares.items()
            if m is not None
            and (not isinstance(m, int) or isinstance(m, bool) or not 0 <= m <= FULL)
        ]
        if wrong:
            raise ValidationFailed(
                {
                    "shares": f"Los porcentajes deben estar entre 0 y 100 (unidades {_listed(wrong)})."
                }
            )

    def _audit_pair(
        self,
        name: str,
        numbers: Mapping[int, str],
        current: Mapping[int, int],
        shares: Mapping[int, int | None],
        touched: list[int],
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """«unit: percentage» of the units changed (the first AUDIT_DETAIL of them, by number;
        "—" when out of the table), as the audit log shows them."""
        detail = natural_sorted(numbers[u] for u in touched)[:AUDIT_DETAIL]
        ids = {numbers[u]: u for u in touched}

        def listed(values: Mapping[int, int | None]) -> list[str]:
            return [f"{n}: {format_percent(values.get(ids[n])) or '—'}" for n in detail]

        before = {"table": name, "shares": listed(current)}
        after: dict[str, Any] = {"table": name, "shares": listed(shares)}
        if len(touched) > AUDIT_DETAIL:
            after["units"] = len(touched)
        return before, after
