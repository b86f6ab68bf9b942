"""Create or edit an individual charge of the open month: the unit, the surcharge account, a
description, and the amount in pesos or, in Chile, in UF with the UF's value and date (the
pesos it comes to are shown as it is typed; the service computes them once, exactly)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QWidget

from kastor_desktop.domain.money import format_amount
from kastor_desktop.domain.uf import parse_uf, parse_uf_value, uf_to_minor
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.individual_charges import IndividualChargeDraft, IndividualChargeRow
from kastor_desktop.services.periods import PeriodRow
from kastor_desktop.ui.closing.entry_dialog import EntryDialog, combo_value
from kastor_desktop.ui.context import UiContext

UF_FIELDS = ("uf", "uf_value", "uf_date")


class ChargeDialog(EntryDialog):
    service_name = "charges"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        row: IndividualChargeRow | None,
        period: PeriodRow,
        units: Sequence[str],
        accounts: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit individual charge") if row else self.tr("New individual charge")
        intro = self.tr(
            "Charged whole to one unit in %1 through a surcharge account. Fields marked * are "
            "required."
        ).replace("%1", period.label)
        super().__init__(ctx, community, row, title, "user-cog", parent, intro)
        self.uf_allowed = self.country.code == "CL"
        exponent = self.country.minor_exponent
        draft = row.draft(exponent) if row else None
        self.unit = self.typed_combo(
            "unit", self.tr("&Unit *"), [(n, n) for n in units], draft.unit if draft else ""
        )
        self.account = self.combo_field(
            "account",
            self.tr("&Account *"),
            [(f"{code} {name}", code) for code, name in accounts],
            draft.account if draft else None,
            self.tr("A surcharge account of the chart: fines, reservations, repairs…"),
        )
        self.description = self.text_field(
            "description",
            self.tr("D&escription"),
            draft.description if draft else "",
            self.tr("Empty: the account's name."),
        )
        self.switch = QWidget(self)
        line = QHBoxLayout(self.switch)
        line.setContentsMargins(0, 0, 0, 0)
        self.in_pesos = QRadioButton(self.tr("Amount in &pesos"), self.switch)
        self.in_uf = QRadioButton(self.tr("Amount in U&F"), self.switch)
        self.modes = QButtonGroup(self)
        for button in (self.in_pesos, self.in_uf):
            self.modes.addButton(button)
            line.addWidget(button)
        line.addStretch(1)
        self.form.add_row(self.tr("Charged in"), self.switch)
        self.amount = self.amount_field(
            "amount", self.tr("A&mount *"), "Monto", row.amount if row and not row.in_uf else None
        )
        self.uf = self.text_field(
            "uf", self.tr("Amount in UF *"), draft.uf if draft else "", self.tr("E.g. 1,5")
        )
        self.uf_value = self.text_field(
            "uf_value",
            self.tr("UF &value *"),
            draft.uf_value if draft else "",
            self.tr("In pesos, e.g. 37.571,86"),
        )
        when = draft.uf_date if draft and not isinstance(draft.uf_date, str) else None
        self.uf_date = self.date_edit(
            "uf_date", self.tr("UF &date *"), when or date(period.year, period.month, 1)
        )
        self.pesos = QLabel(self)
        self.pesos.setObjectName("ufPesos")
        self.form.add_row(self.tr("In pesos"), self.pesos)
        self.finish()
        for edit in (self.uf, self.uf_value):
            edit.textChanged.connect(lambda _t: self.compute())
        self.in_uf.setChecked(bool(row and row.in_uf))
        self.in_pesos.setChecked(not self.in_uf.isChecked())
        self.in_uf.toggled.connect(lambda _c: self._mode_changed())
        self._mode_changed(fit=False)
        self.unit.setFocus()

    def _mode_changed(self, fit: bool = True) -> None:
        uf = self.uf_allowed and self.in_uf.isChecked()
        self.form.layout_.setRowVisible(self.switch, self.uf_allowed)
        self.show_row(self.amount, not uf)
        for widget in (self.uf, self.uf_value, self.uf_date):
            self.show_row(widget, uf)
        self.form.layout_.setRowVisible(self.pesos, uf)
        self.compute()
        if fit:
            self.refit()

    def compute(self) -> int | None:
        """The pesos the UF amount comes to, shown live; None until both figures are valid."""
        try:
            pesos = uf_to_minor(parse_uf(self.uf.text()), parse_uf_value(self.uf_value.text()))
        except ValueError:
            self.pesos.setText("—")
            return None
        self.pesos.setText(f"<b>{format_amount(pesos, self.country.minor_exponent)}</b>")
        return pesos

    def draft(self) -> IndividualChargeDraft:
        unit, account = combo_value(self.unit), str(self.account.currentData() or "")
        description = self.description.text()
        if self.uf_allowed and self.in_uf.isChecked():
            return IndividualChargeDraft(
                unit, account, description, "", self.uf.text(), self.uf_value.text(),
                self.uf_date.date().toPython(),  # type: ignore[arg-type]
            )  # fmt: skip
        return IndividualChargeDraft(unit, account, description, self.amount.text())
