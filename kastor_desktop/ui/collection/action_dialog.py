"""«Record collection action»: what was done for one unit (e-mail, letter, call, visit,
agreement, sent to a lawyer), on which day, at which stage, a note, the next step and its
date. The service checks every field; its messages show beside them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.context import Outcome
from kastor_desktop.ui.closing.entry_dialog import EntryDialog
from kastor_desktop.ui.collection.document_files import office_today
from kastor_desktop.ui.collection.tinted_rows import date_of
from kastor_desktop.ui.context import UiContext

translate = QCoreApplication.translate


def suggested_stage(days: int) -> str:
    """The stage an action usually belongs to, by how old the debt is."""
    return "early" if days <= 60 else "late"


class ActionDialog(EntryDialog):
    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        unit_number: str,
        owner_name: str = "",
        stage: str = "early",
        on: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        from kastor_desktop.services.collection_log import ACTION_KINDS, STAGES

        who = f"{unit_number} — {owner_name}" if owner_name else unit_number
        super().__init__(
            ctx,
            community,
            None,
            translate("ActionDialog", "Record collection action"),
            "pencil",
            parent,
            translate("ActionDialog", "Unit %1").replace("%1", who),
        )
        self.unit_number = unit_number
        self.done_on = self.date_edit(
            "done_on", translate("ActionDialog", "&Date *"), on or office_today(ctx)
        )
        self.kind = self.combo_field(
            "kind",
            translate("ActionDialog", "&Action *"),
            [(label, code) for code, label in ACTION_KINDS.items()],
            "letter",
        )
        self.stage = self.combo_field(
            "stage",
            translate("ActionDialog", "&Stage *"),
            [(label, code) for code, label in STAGES.items()],
            stage or "early",
            translate("ActionDialog", "Early: first reminders. Late: repeated or long overdue. "
                      "Judicial: in the hands of a lawyer."),
        )  # fmt: skip
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(72)
        self.note.setPlaceholderText(
            translate("ActionDialog", "What was said or agreed, e.g. promises to pay on Friday")
        )
        self.form.add_field("note", translate("ActionDialog", "&Note"), self.note)
        self.next_step = self.text_field("next_step", translate("ActionDialog", "Ne&xt step"))
        self.next_step.setPlaceholderText(translate("ActionDialog", "e.g. call again"))
        self.next_on = self.date_field(
            "next_on",
            translate("ActionDialog", "Next da&te"),
            "Fecha del próximo paso",
            None,
            translate("ActionDialog", "Optional (dd-mm-yyyy)."),
        )
        self.finish(translate("ActionDialog", "&Record"))

    def draft(self) -> Any:
        from kastor_desktop.services.collection_log import ActionDraft

        return ActionDraft(
            done_on=date_of(self.done_on),
            kind=str(self.kind.currentData()),
            stage=str(self.stage.currentData()),
            note=self.note.toPlainText().strip(),
            next_step=self.next_step.text().strip(),
            next_on=self.next_on.text().strip() or None,
        )

    def call(self) -> Callable[[], Outcome[Any]]:
        draft, service = self.draft(), self.ctx.services.collection_log
        actor, cid, unit = self.ctx.actor, self.community.id, self.unit_number
        return lambda: service.add(actor, cid, unit, draft)
