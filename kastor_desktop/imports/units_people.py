"""Owners and residents named in a units file, gathered by tax id.

The same person may appear on many rows (a flat, its parking spot, its storage room): names,
addresses and notice preferences must agree; e-mails and phones add up. Against what the office
has stored, only the data the file gives counts: an empty cell keeps the stored value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from kastor_desktop.domain.contact_info import format_phone
from kastor_desktop.domain.country import profile
from kastor_desktop.domain.taxid import tax_id_label
from kastor_desktop.domain.units import NOTICE_PREFERENCES
from kastor_desktop.imports import cells
from kastor_desktop.imports.cells import RowReader
from kastor_desktop.imports.keyed import tax_key
from kastor_desktop.imports.plan import FieldChange, Plan
from kastor_desktop.imports.readers import Cell

PERSON_FIELDS = ("full_name", "emails", "phones", "postal_address", "notice_preference")
LABELS = {
    "full_name": "Nombre",
    "emails": "Correo",
    "phones": "Teléfono",
    "postal_address": "Dirección postal",
    "notice_preference": "Aviso por",
}
COLUMNS = {
    "owner": {
        "tax_id": "owner_tax_id",
        "full_name": "owner_name",
        "emails": "owner_email",
        "phones": "owner_phone",
        "postal_address": "owner_address",
        "notice_preference": "notice",
    },
    "resident": {
        "tax_id": "resident_tax_id",
        "full_name": "resident_name",
        "emails": "resident_email",
        "phones": "resident_phone",
    },
}


@dataclass(frozen=True)
class StoredPerson:
    id: int
    tax_id: str
    full_name: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    postal_address: str
    notice_preference: str

    def values(self) -> dict[str, Any]:
        return {f: getattr(self, f) for f in PERSON_FIELDS}


@dataclass
class Draft:
    tax_id: str
    row: int  # the first row naming this person
    values: dict[str, Any] = field(default_factory=dict)
    origin: dict[str, tuple[int, str]] = field(default_factory=dict)  # field -> (row, column)
    nameless: tuple[int, str, Cell] | None = None  # a row that gave no name: (row, column, raw)


def show(name: str, value: Any) -> str:
    if name == "phones":
        return ", ".join(format_phone(p) for p in value or ())
    if name == "emails":
        return ", ".join(value or ())
    if name == "notice_preference":
        return NOTICE_PREFERENCES.get(value, value or "")
    return str(value or "")


def split_list(stored: str) -> tuple[str, ...]:
    """E-mails/phones as stored (separated by ',' or ';') -> tuple."""
    return tuple(p.strip() for p in stored.replace(";", ",").split(",") if p.strip())


def join_list(items: Sequence[str]) -> str:
    """As PersonService stores them: «a@x.cl; b@y.cl»."""
    return "; ".join(items)


class PersonDrafts:
    def __init__(self, reader: RowReader, country: str) -> None:
        self.reader = reader
        self.country = country
        self.region = profile(country).phone_region
        self.drafts: dict[str, Draft] = {}
        self.label = tax_id_label(country)
        self.changed: set[str] = set()

    def read(self, number: int, row: Sequence[Cell], role: str) -> str | None:
        """Parse this role's columns; the person's canonical tax id, or None."""
        columns = COLUMNS[role]
        get, owner = self.reader.get, role == "owner"
        tax = get(number, row, columns["tax_id"], cells.tax_id, self.country, owner)
        given: dict[str, Any] = {
            "full_name": get(number, row, columns["full_name"], cells.text, 200, owner),
            "emails": get(number, row, columns["emails"], cells.emails),
            "phones": get(number, row, columns["phones"], cells.phones, self.region),
        }
        if owner:
            given["postal_address"] = get(number, row, columns["postal_address"], cells.text, 300)
            given["notice_preference"] = get(
                number, row, columns["notice_preference"], cells.choice, NOTICE_PREFERENCES
            )
        if tax is None:
            raw_tax = self.reader.table.cell(row, columns["tax_id"])
            if not owner and raw_tax is None and any(given.values()):
                reason = f"indique el {self.label} del residente (hay otros datos del residente)"
                self.reader.fail(number, columns["tax_id"], raw_tax, reason)
            return None
        draft = self.drafts.setdefault(tax_key(tax), Draft(tax, number))
        for name, value in given.items():
            if not value:
                continue
            if name in ("emails", "phones"):
                draft.values[name] = tuple(dict.fromkeys((*draft.values.get(name, ()), *value)))
                draft.origin.setdefault(name, (number, columns[name]))
                continue
            other = draft.values.get(name)
            if other is not None and other != value:
                raw = self.reader.table.cell(row, columns[name])
                reason = (
                    f"el {self.label} {tax} figura en la fila {draft.origin[name][0]} con otro "
                    f"valor («{show(name, other)}»)"
                )
                self.reader.fail(number, columns[name], raw, reason)
                continue
            draft.values[name], draft.origin[name] = value, (number, columns[name])
        if not given["full_name"] and draft.nameless is None:
            raw = self.reader.table.cell(row, columns["full_name"])
            draft.nameless = (number, columns["full_name"], raw)
        return tax

    def tax_ids(self) -> list[str]:
        return [d.tax_id for d in self.drafts.values()]

    def resolve(
        self, plan: Plan, stored: dict[str, StoredPerson]
    ) -> dict[str, tuple[int, list[FieldChange]]]:
        """Changes to known people (key -> (first row, changes)); refuses new nameless people."""
        result: dict[str, tuple[int, list[FieldChange]]] = {}
        names: dict[str, str] = plan.writes.setdefault("names", {})
        for key, draft in self.drafts.items():
            person = stored.get(key)
            self._check_contact(draft, person)
            if person is None:
                if "full_name" not in draft.values and draft.nameless is not None:
                    number, column, raw = draft.nameless
                    reason = f"el {self.label} {draft.tax_id} no está registrado: indique el nombre"
                    self.reader.fail(number, column, raw, reason)
                names[draft.tax_id] = draft.values.get("full_name", "")
                continue
            names[draft.tax_id] = draft.values.get("full_name", person.full_name)
            changes = []
            for name, value in draft.values.items():
                before = getattr(person, name)
                same = (
                    set(before) == set(value) if name in ("emails", "phones") else before == value
                )
                if not same:
                    label = f"{LABELS[name]} de {draft.tax_id}"
                    changes.append(FieldChange(label, show(name, before), show(name, value)))
            if changes:
                result[key] = (draft.row, changes)
                self.changed.add(key)
        return result

    def _check_contact(self, draft: Draft, person: StoredPerson | None) -> None:
        """Notices by e-mail need an e-mail; the stored lists have their length limits."""
        final = (person.values() if person else {}) | draft.values
        for name, limit in (("emails", 400), ("phones", 200)):
            if name in draft.values and len(join_list(draft.values[name])) > limit:
                row, column = draft.origin[name]
                reason = f"admite como máximo {limit} caracteres en total para una persona"
                self.reader.fail(row, column, join_list(draft.values[name]), reason)
        if draft.values.get("notice_preference") in ("email", "both") and not final.get("emails"):
            row, column = draft.origin["notice_preference"]
            raw = show("notice_preference", draft.values["notice_preference"])
            self.reader.fail(
                row, column, raw, "para enviarle los avisos por correo indique un correo"
            )

    def writes(self, stored: dict[str, StoredPerson]) -> dict[str, list[Any]]:
        inserts, updates = [], []
        for key, draft in self.drafts.items():
            person = stored.get(key)
            if person is None:
                values = {
                    "tax_id": draft.tax_id,
                    "full_name": draft.values.get("full_name", ""),
                    "emails": join_list(draft.values.get("emails", ())),
                    "phones": join_list(draft.values.get("phones", ())),
                    "postal_address": draft.values.get("postal_address", ""),
                    "notice_preference": draft.values.get("notice_preference")
                    or ("email" if draft.values.get("emails") else "paper"),
                }
                inserts.append(values)
                continue
            if key in self.changed:
                merged = person.values() | draft.values
                merged["emails"] = join_list(merged["emails"])
                merged["phones"] = join_list(merged["phones"])
                updates.append((person.id, merged))
        return {"insert": inserts, "update": updates}
