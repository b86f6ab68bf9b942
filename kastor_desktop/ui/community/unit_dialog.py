"""Create or edit a unit; editing also shows the unit's detail beside the form: owner and
resident with their contact data, percentage in each share table, sub-units, and (later) its
account."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.domain.shares import format_percent
from kastor_desktop.domain.units import NOTICE_PREFERENCES, UNIT_KINDS
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.people import PersonRow
from kastor_desktop.services.unit_listing import format_area
from kastor_desktop.services.units import UnitDetail, UnitDraft, parse_area
from kastor_desktop.ui.community.master_dialog import MasterDialog
from kastor_desktop.ui.community.person_dialog import PersonPicker, phones_text, suggestions
from kastor_desktop.ui.context import UiContext


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class UnitDialog(MasterDialog):
    service_name = "units"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        detail: UnitDetail | None = None,
        main_units: Sequence[str] = (),
        known_people: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Unit %1").replace("%1", detail.number) if detail else self.tr("New unit")
        super().__init__(
            ctx, community, detail, title, "home", parent, self.tr("Fields marked * are required.")
        )
        self.detail = detail
        d = detail
        can_write = ctx.can("units.manage", community.id)
        self.number = self.text_field("number", self.tr("&Number *"), d.number if d else "")
        self.number.setMaxLength(30)
        kinds = [(_capital(label), code) for code, label in UNIT_KINDS.items()]
        self.kind = self.combo_field("kind", self.tr("&Kind"), kinds, d.kind if d else "apartment")
        self.tower = self.text_field("tower", self.tr("&Tower"), d.tower if d else "")
        self.floor = self.text_field("floor", self.tr("F&loor"), d.floor if d else "")
        self.area = self.checked_field(
            "area_m2",
            self.tr("&Area (m²)"),
            parse_area,
            d.area if d else "",
            self.tr("Up to 2 decimals, e.g. 55,20."),
            lambda value: format_area(int(value)),
        )
        self.area.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.valuation = self.amount_field(
            "fiscal_valuation",
            self.tr("&Fiscal valuation"),
            "El avalúo fiscal",
            d.fiscal_valuation if d else None,
        )
        self.delivery = self.date_field(
            "delivery_date",
            self.tr("&Delivery date"),
            "La fecha de entrega",
            d.delivery_date if d else None,
            self.tr("Charges start in proportion to the days owned."),
        )
        known = suggestions(known_people or {}, self)
        self.owner = self._picker(
            "owner_tax_id", self.tr("&Owner"), known, can_write, d.owner if d else None
        )
        self.resident = self._picker(
            "resident_tax_id", self.tr("&Resident"), known, can_write, d.resident if d else None
        )
        self.parent_number = self.text_field(
            "parent_number",
            self.tr("&Main unit"),
            d.parent_number if d else "",
            self.tr("For a parking spot or storage room: the unit it belongs to (one notice)."),
        )
        completer = QCompleter(QStringListModel(list(main_units), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.parent_number.setCompleter(completer)
        self.notes = QPlainTextEdit(d.notes if d else "", self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.form.add_field("notes", self.tr("No&tes"), self.notes)
        self.active = QCheckBox(self.tr("A&ctive (charged at closing)"), self)
        self.active.setChecked(d.active if d else True)
        self.form.add_field("active", "", self.active)
        if d is not None:
            self._side_by_side(self._panel(d))
        self.finish()
        self.number.setFocus()

    def _picker(
        self,
        key: str,
        label: str,
        known: QStringListModel,
        can_write: bool,
        person: PersonRow | None,
    ) -> PersonPicker:
        picker = PersonPicker(self.ctx, self.community, known, can_write, self)
        picker.setObjectName(key)
        picker.set_person(person)
        self.form.add_field(key, label, picker)
        self.form.slots[key].widget = picker.edit  # the error styling goes on the line
        picker.problem.connect(self.form.slots[key].show)
        return picker

    def _side_by_side(self, panel: QWidget) -> None:
        self.column.removeWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(self.form, 1)
        row.addWidget(panel)
        self.column.addLayout(row)
        self.setMinimumWidth(900)

    def _panel(self, d: UnitDetail) -> QFrame:
        panel = QFrame(self)
        panel.setObjectName("detailPanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setFixedWidth(300)
        column = QVBoxLayout(panel)
        sections = [
            (self.tr("Owner"), self._person_html(d.owner)),
            (self.tr("Resident"), self._person_html(d.resident)),
            (self.tr("Shares"), self._shares_html(d)),
            (self.tr("Sub-units"), escape(", ".join(d.sub_units)) or self.tr("None")),
        ]
        if d.parent_number:
            sections.append((self.tr("Part of"), escape(d.parent_number)))
        sections.append((self.tr("Account"), self.tr("Coming with payments.")))
        for title, body in sections:
            label = QLabel(f"<b>{escape(title)}</b><br>{body}", panel)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(label)
        column.addStretch(1)
        return panel

    def _person_html(self, person: PersonRow | None) -> str:
        if person is None:
            nobody = self.tr("Nobody")
            return f"<span style='color:#7f8c8d'>{escape(nobody)}</span>"
        lines = [escape(person.full_name), escape(person.tax_id)]
        lines += [escape(e) for e in person.emails.split("; ") if e]
        if person.phones:
            lines.append(escape(phones_text(person.phones)))
        notices = NOTICE_PREFERENCES.get(person.notice_preference, person.notice_preference)
        lines.append(escape(self.tr("Notices: %1").replace("%1", notices)))
        return "<br>".join(lines)

    def _shares_html(self, d: UnitDetail) -> str:
        if not d.shares:
            return escape(self.tr("Not in any share table."))
        return "<br>".join(f"{escape(name)}: {format_percent(micro)} %" for name, micro in d.shares)

    def draft(self) -> UnitDraft:
        delivery = self.delivery.text().strip()
        return UnitDraft(
            number=self.number.text(),
            kind=str(self.kind.currentData()),
            tower=self.tower.text(),
            floor=self.floor.text(),
            area_m2=self.area.text(),
            fiscal_valuation=self.valuation.text(),
            delivery_date=delivery or None,
            owner_tax_id=self.owner.text(),
            resident_tax_id=self.resident.text(),
            parent_number=self.parent_number.text(),
            notes=self.notes.toPlainText(),
            active=self.active.isChecked(),
        )
