"""Create or edit an expense account: code, name, kind (category, subcategory of a category, or a
surcharge category charged to one unit and never prorated) and nature (ordinary/extraordinary)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kastor_desktop.services.chart import AccountDraft, AccountRow
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.ui.community.master_dialog import MasterDialog
from kastor_desktop.ui.context import UiContext

CATEGORY, SUBCATEGORY, SURCHARGE = "category", "subcategory", "surcharge"


class AccountDialog(MasterDialog):
    service_name = "chart"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        row: AccountRow | None,
        accounts: list[AccountRow],
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit expense account") if row else self.tr("New expense account")
        super().__init__(
            ctx,
            community,
            row,
            title,
            "scroll-text",
            parent,
            self.tr("Fields marked * are required."),
        )
        self.code = self.text_field(
            "code",
            self.tr("&Code *"),
            row.code if row else "",
            self.tr("E.g. 02.01. Codes sort the chart."),
        )
        self.name = self.text_field("name", self.tr("&Name *"), row.name if row else "")
        self.kind = self.combo_field(
            "kind",
            self.tr("&Kind"),
            [
                (self.tr("Category"), CATEGORY),
                (self.tr("Subcategory"), SUBCATEGORY),
                (self.tr("Surcharge category"), SURCHARGE),
            ],
            row.kind if row else CATEGORY,
        )
        self.parent_account = self.combo_field(
            "parent",
            self.tr("Cate&gory"),
            [
                (f"{a.code}  {a.name}", a.code)
                for a in accounts
                if a.kind == CATEGORY and (row is None or a.id != row.id)
            ],
            row.parent_code if row and row.parent_code else None,
            self.tr("The category this subcategory belongs to."),
        )
        self.natures = {a.code: a.nature for a in accounts}
        self.nature = self.combo_field(
            "nature",
            self.tr("Na&ture"),
            [(self.tr("Ordinary"), "ordinary"), (self.tr("Extraordinary"), "extraordinary")],
            row.nature if row else "ordinary",
            self.tr("Extraordinary expenses are shown apart on notices and stay with the owner."),
        )
        self.explanation = self.add_note()
        self.finish()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.parent_account.activated.connect(self._parent_chosen)
        self._kind_changed()
        self.code.setFocus()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.parent_account.setEnabled(kind == SUBCATEGORY)
        texts = {
            CATEGORY: self.tr("A category groups the month's expenses on the notice of charge."),
            SUBCATEGORY: self.tr("A subcategory details a category; its expenses add up under it."),
            SURCHARGE: self.tr(
                "A surcharge category is charged to a single unit (fines, use of common spaces, "
                "repairs a unit caused, individual consumption) and is never prorated."
            ),
        }
        self.explanation.setText(texts.get(kind, ""))
        if kind == SUBCATEGORY and self.row is None:
            self._parent_chosen()

    def _parent_chosen(self) -> None:
        nature = self.natures.get(self.parent_account.currentData())
        if nature:
            self.nature.setCurrentIndex(max(0, self.nature.findData(nature)))

    def draft(self) -> AccountDraft:
        kind = self.kind.currentData()
        return AccountDraft(
            code=self.code.text(),
            name=self.name.text(),
            kind=kind,
            parent=(self.parent_account.currentData() or "") if kind == SUBCATEGORY else "",
            nature=self.nature.currentData(),
        )
