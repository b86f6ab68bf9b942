"""What an expense form or a spreadsheet row says, checked against a community.

The vocabularies (how an expense is split, metered services, natures, document types), the
community's master data loaded once per unit of work (``Lookup``: never one query per row of
an import), and ``ExpenseChecks``, which turns typed values into column values or collects
per-field ``Problems``: a short reason for a spreadsheet cell («no existe en el plan de
cuentas») and a sentence for a form («Cuenta «9999»: no existe en el plan de cuentas.»).
Expenses, recurring expenses and the expenses import all check through here.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import select
from sqlalchemy.orm import Session

from kastor_desktop.domain.country import profile
from kastor_desktop.domain.errors import FieldError
from kastor_desktop.domain.taxid import normalize_tax_id, tax_id_label
from kastor_desktop.domain.text import fold
from kastor_desktop.domain.values import text as cell_text
from kastor_desktop.imports import cells
from kastor_desktop.imports.expenses import (
    DOCUMENT_TYPES,
    METHODS,
    NATURES,
    SERVICES,
    either,
    method_code,
    nature_code,
    service_code,
)
from kastor_desktop.imports.keyed import tax_key
from kastor_desktop.services.community_records import code_key
from kastor_desktop.services.errors import ValidationFailed
from kastor_desktop.services.periods import month_label
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.closing import Period
from kastor_desktop.store.models.master import ExpenseAccount, ShareTable, Supplier, Unit, Worker

LABELS = {
    "spent_on": "Fecha", "received_on": "Fecha", "account": "Cuenta", "supplier": "Proveedor",
    "worker": "Trabajador", "document_type": "Tipo de documento",
    "document_number": "N° documento", "description": "Descripción", "amount": "Monto",
    "method": "Forma de prorrateo", "table": "Tabla", "unit": "Unidad", "units": "Unidades",
    "service": "Servicio", "nature": "Naturaleza", "attachment": "Respaldo", "fund": "Fondo",
}  # fmt: skip
SCAN_MAX_BYTES = 10 * 2**20
SCAN_KINDS = {".pdf": ("PDF", (b"%PDF-",)), ".jpg": ("JPG", (b"\xff\xd8\xff",)),
              ".jpeg": ("JPG", (b"\xff\xd8\xff",)), ".png": ("PNG", (b"\x89PNG\r\n\x1a\n",))}  # fmt: skip
_LIST_SPLIT = re.compile(r"[;,\n]+")


# -- problems: a reason per field ---------------------------------------------------------------
class Problems:
    """field -> (short reason for a spreadsheet cell, sentence for a form); the first one wins."""

    def __init__(self) -> None:
        self.found: dict[str, tuple[str, str]] = {}

    def add(self, field: str, value: object, reason: str, message: str = "") -> None:
        if field in self.found:
            return
        shown = cells.shown(value) if value is not None else ""
        label = LABELS.get(field, field)
        sentence = message or (f"{label} «{shown}»: {reason}." if shown else f"{label}: {reason}.")
        self.found[field] = (reason, sentence)

    def missing(self, field: str, what: str) -> None:
        """``what`` carries its article: «la fecha», «el monto»."""
        reason = "es obligatoria" if what.startswith("la ") else "es obligatorio"
        self.add(field, None, reason, f"Indique {what}.")

    def reasons(self) -> dict[str, str]:
        return {name: reason for name, (reason, _sentence) in self.found.items()}

    def done(self) -> None:
        if self.found:
            raise ValidationFailed({name: sentence for name, (_r, sentence) in self.found.items()})


# -- the community's master data, loaded once -------------------------------------------------
@dataclass(frozen=True)
class Account:
    id: int
    code: str
    name: str
    kind: str
    nature: str


@dataclass
class Lookup:
    community_id: int
    country: str
    accounts: dict[int, Account]
    suppliers: dict[int, tuple[str, str]]  # id -> (tax id, name)
    workers: dict[int, tuple[str, str]]
    tables: dict[int, str]  # in the community's order
    units: dict[int, str]  # id -> number, natural order
    active_units: int
    _index: dict[str, dict[str, list[int]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        def index(items: dict[int, str]) -> dict[str, list[int]]:
            found: dict[str, list[int]] = {}
            for key, text in items.items():
                found.setdefault(fold(" ".join(text.split())), []).append(key)
            return found

        self._index = {
            "code": index({i: a.code for i, a in self.accounts.items()}),
            "account": index({i: a.name for i, a in self.accounts.items()}),
            "supplier_tax": {tax_key(t): [i] for i, (t, _n) in self.suppliers.items()},
            "supplier": index({i: n for i, (_t, n) in self.suppliers.items()}),
            "worker_tax": {tax_key(t): [i] for i, (t, _n) in self.workers.items()},
            "worker": index({i: n for i, (_t, n) in self.workers.items()}),
            "table": index(self.tables),
            "unit": index(self.units),
        }

    @property
    def exponent(self) -> int:
        return profile(self.country).minor_exponent

    def find(self, index: str, text: str) -> list[int]:
        key = tax_key(text) if index.endswith("_tax") else fold(" ".join(text.split()))
        return self._index[index].get(key, [])

    @classmethod
    def load(cls, session: Session, community: Community) -> Lookup:
        cid = community.id
        accounts = {
            a.id: Account(a.id, a.code, a.name, a.kind, a.nature)
            for a in session.scalars(
                select(ExpenseAccount).where(ExpenseAccount.community_id == cid)
            )
        }
        accounts = dict(sorted(accounts.items(), key=lambda kv: code_key(kv[1].code)))

        def pairs(*columns: Any, order: Any) -> dict[int, Any]:
            query = select(*columns).where(columns[0].class_.community_id == cid)
            found = session.execute(query.order_by(order, columns[0])).all()
            return {r[0]: (r[1], r[2]) if len(r) > 2 else r[1] for r in found}

        suppliers = pairs(Supplier.id, Supplier.tax_id, Supplier.name, order=Supplier.name)
        workers = pairs(Worker.id, Worker.tax_id, Worker.full_name, order=Worker.full_name)
        tables = pairs(ShareTable.id, ShareTable.name, order=ShareTable.position)
        rows = session.execute(
            select(Unit.id, Unit.number, Unit.active).where(Unit.community_id == cid)
        ).all()
        units = {i: n for i, n, _a in sorted(rows, key=lambda r: code_key(r[1]))}
        active = sum(1 for _i, _n, a in rows if a)
        return cls(cid, community.country, accounts, suppliers, workers, tables, units, active)


_LOOKUPS: WeakKeyDictionary[Session, Lookup] = WeakKeyDictionary()


def lookup_for(session: Session, community_id: int) -> Lookup:
    """The community's master data, loaded once per session (a service call)."""
    found = _LOOKUPS.get(session)
    if found is None or found.community_id != community_id:
        community = session.get(Community, community_id)
        assert community is not None
        found = Lookup.load(session, community)
        _LOOKUPS[session] = found
    return found


def unit_ids_text(ids: list[int] | tuple[int, ...]) -> str:
    return ",".join(str(i) for i in ids)


def parse_unit_ids(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in (text or "").split(",") if p.strip())


def method_label(
    lookup: Lookup, method: str, table_id: int | None, unit_id: int | None,
    unit_ids: tuple[int, ...], service: str,
) -> str:  # fmt: skip
    """«Tabla General», «Partes iguales (2 unidades)», «Monto fijo por unidad (4 unidades)»,
    «Por consumo de agua caliente», «Unidad A-101»."""
    if method == "table":
        return f"Tabla {lookup.tables.get(table_id or 0, '?')}"
    if method == "unit":
        return f"Unidad {lookup.units.get(unit_id or 0, '?')}"
    if method == "consumption":
        return f"Por consumo de {SERVICES.get(service, service).lower()}"
    count = len(unit_ids) if unit_ids else lookup.active_units
    plural = "unidad" if count == 1 else "unidades"
    if method == "fixed":
        return f"{METHODS['fixed']} ({count} {plural})"
    return f"{METHODS['equal']} ({count} {plural})" if unit_ids else METHODS["equal"]


# -- checking the fields ----------------------------------------------------------------------
class ExpenseChecks:
    """Checks one expense's fields against ``lookup``; problems go to ``problems``."""

    def __init__(self, lookup: Lookup, problems: Problems | None = None) -> None:
        self.lookup = lookup
        self.problems = problems or Problems()

    def day_in(self, name: str, value: object, period: Period) -> date | None:
        try:
            found = cells.day(value, needed=True)
        except cells.CellError as error:
            if "obligatoria" in error.reason:
                self.problems.missing(name, "la fecha")
            else:
                self.problems.add(name, value, error.reason)
            return None
        if found is not None and (found.year, found.month) != (period.year, period.month):
            reason = f"debe ser de {month_label(period.year, period.month)}, el mes abierto"
            self.problems.add(name, value, reason)
        return found

    def text(self, name: str, value: object, limit: int, what: str = "") -> str:
        """Free text, trimmed; required when ``what`` («la descripción») is given."""
        found = cell_text(value)
        if what and not found:
            self.problems.missing(name, what)
        elif len(found) > limit:
            self.problems.add(name, None, f"admite como máximo {limit} caracteres")
        return found

    def document_type(self, value: object) -> str:
        """Free text; the usual types in their usual spelling («factura» -> «Factura»)."""
        found = self.text("document_type", value, 30)
        return next((t for t in DOCUMENT_TYPES if fold(t) == fold(found)), found)

    def amount(self, value: object, name: str = "amount") -> int | None:
        try:
            found = cells.amount(value, self.lookup.exponent, negative=True, needed=True)
        except cells.CellError as error:
            if error.reason == "es obligatorio":
                self.problems.missing(name, "el monto")
            else:
                self.problems.add(name, value, error.reason)
            return None
        if found is not None and found <= 0:
            self.problems.add(name, value, "debe ser mayor que cero")
            return None
        return found

    def account(self, value: object) -> Account | None:
        raw = cell_text(value)
        if not raw:
            self.problems.missing("account", "la cuenta de gasto")
            return None
        ids = self.lookup.find("code", raw) or self.lookup.find("account", raw)
        accounts = [self.lookup.accounts[i] for i in ids]
        if not accounts:
            self.problems.add("account", raw, "no existe en el plan de cuentas de la comunidad")
            return None
        if len(accounts) > 1:
            codes = ", ".join(a.code for a in accounts)
            reason = f"hay varias cuentas con ese nombre ({codes}): use el código"
            self.problems.add("account", raw, reason)
            return None
        if accounts[0].kind == "surcharge":
            self.problems.add(
                "account", raw, "es una cuenta de recargo: se cobra a una unidad como cargo "
                "individual, no como gasto común",
            )  # fmt: skip
            return None
        return accounts[0]

    def person(self, name: str, value: object, whose: str) -> int | None:
        """A supplier or worker by RUT/CUIT or exact name; ``whose``: «proveedor»."""
        raw = cell_text(value)
        if not raw:
            return None
        index = "supplier" if name == "supplier" else "worker"
        label = tax_id_label(self.lookup.country)
        try:
            tax_id = normalize_tax_id(raw, self.lookup.country, name)
        except FieldError as error:
            ids = self.lookup.find(index, raw)
            if len(ids) == 1:
                return ids[0]
            if len(ids) > 1:
                self.problems.add(name, raw, f"hay varios con ese nombre: use el {label}")
            elif "verificador" in error.message:
                self.problems.add(name, raw, f"el {label} tiene un dígito verificador incorrecto")
            else:
                reason = f"no es un {whose} de la comunidad (use su {label} o su nombre exacto)"
                self.problems.add(name, raw, reason)
            return None
        ids = self.lookup.find(f"{index}_tax", tax_id) or self.lookup.find(index, raw)
        if not ids:
            self.problems.add(name, raw, f"no hay un {whose} con ese {label} en la comunidad")
            return None
        return ids[0]

    def nature(self, value: object, account: Account | None) -> str:
        raw = cell_text(value)
        if not raw:
            return account.nature if account else "ordinary"
        found = nature_code(raw)
        if found is None:
            self.problems.add("nature", raw, f"use {either(list(NATURES.values()))}")
            return "ordinary"
        return found

    def split(
        self, method: object, table: object, unit: object, units: object = None,
        service: object = None, allowed: tuple[str, ...] = tuple(METHODS),
    ) -> dict[str, Any]:  # fmt: skip
        """How the expense is split: method, table_id, unit_id, unit_ids (tuple), service."""
        raw = cell_text(method)
        code = method_code(raw) if raw else "table"
        if code is None or code not in allowed:
            reason = f"use {either([METHODS[m] for m in allowed])}"
            if code == "consumption":
                reason = "un gasto recurrente no se reparte por consumo (cambia cada mes)"
            self.problems.add("method", raw, reason)
            code = None
        values: dict[str, Any] = {"method": code, "table_id": None, "unit_id": None,
                                  "unit_ids": (), "service": ""}  # fmt: skip
        texts = {k: cell_text(v) for k, v in
                 (("table", table), ("unit", unit), ("units", units), ("service", service))}  # fmt: skip
        needs = {"table": ("table",), "unit": ("unit",), "units": ("equal", "fixed"),
                 "service": ("consumption",)}  # fmt: skip
        for name, methods in needs.items():
            if texts[name] and code is not None and code not in methods:
                only = either([METHODS[m] for m in methods])
                reason = f"solo se indica con la forma de prorrateo {only}"
                self.problems.add(name, texts[name], reason)
        if code == "table":
            values["table_id"] = self._table(texts["table"])
        elif code == "unit":
            values["unit_id"] = self._unit(texts["unit"])
        elif code in ("equal", "fixed"):
            values["unit_ids"] = self._units(texts["units"])
        elif code == "consumption":
            if not texts["service"]:
                self.problems.missing("service", "el servicio medido (Agua, Agua caliente o Gas)")
            else:
                values["service"] = service_code(texts["service"]) or ""
                if not values["service"]:
                    reason = f"use {either(list(SERVICES.values()))}"
                    self.problems.add("service", texts["service"], reason)
        return values

    def _table(self, raw: str) -> int | None:
        tables = self.lookup.tables
        if not raw:
            if len(tables) == 1:
                return next(iter(tables))
            if not tables:
                self.problems.add("table", None, "la comunidad no tiene tablas de prorrateo")
            else:
                self.problems.missing("table", "la tabla de prorrateo")
            return None
        ids = self.lookup.find("table", raw)
        if not ids:
            known = ", ".join(tables.values())
            self.problems.add(
                "table", raw, f"no es una tabla de prorrateo de la comunidad ({known})"
            )
            return None
        return ids[0]

    def _unit(self, raw: str) -> int | None:
        if not raw:
            self.problems.missing("unit", "la unidad a la que se carga")
            return None
        ids = self.lookup.find("unit", raw)
        if not ids:
            self.problems.add("unit", raw, "no existe esa unidad en la comunidad")
            return None
        return ids[0]

    def _units(self, raw: str) -> tuple[int, ...]:
        found: list[int] = []
        unknown: list[str] = []
        for part in _LIST_SPLIT.split(raw):
            number = part.strip()
            if not number:
                continue
            ids = self.lookup.find("unit", number)
            if not ids:
                unknown.append(number)
            elif ids[0] not in found:
                found.append(ids[0])
        if unknown:
            plural = "no existe en" if len(unknown) == 1 else "no existen en"
            self.problems.add("units", raw, f"{', '.join(unknown)} {plural} la comunidad")
        order = list(self.lookup.units)
        return tuple(sorted(found, key=order.index))


# -- scanned documents ------------------------------------------------------------------------
def read_scan(value: object, problems: Problems) -> tuple[bytes, str] | None:
    """A PDF, JPG or PNG of at most 10 MB whose content matches its extension: (data, suffix)."""
    source = Path(str(value)).expanduser()
    name = source.name
    kind = SCAN_KINDS.get(source.suffix.lower())
    if kind is None:
        problems.add("attachment", name, "solo se aceptan archivos PDF, JPG o PNG")
        return None
    try:
        size = source.stat().st_size
        if size > SCAN_MAX_BYTES:
            mb = f"{size / 2**20:.1f}".replace(".", ",")
            problems.add("attachment", name, f"pesa {mb} MB; el máximo es 10 MB")
            return None
        data = source.read_bytes()
    except IsADirectoryError:
        problems.add("attachment", name, "es una carpeta, no un archivo")
        return None
    except OSError:
        problems.add("attachment", name, "no existe o no se puede leer")
        return None
    if not data.startswith(kind[1]):
        problems.add(
            "attachment", name, f"no es un {kind[0]} válido aunque su nombre termine en "
            f"{source.suffix} (¿un archivo renombrado?)",
        )  # fmt: skip
        return None
    return data, ".jpg" if kind[0] == "JPG" else source.suffix.lower()


def store_scan(attachments: Path, data: bytes, suffix: str) -> str:
    """Write the scan under its content hash; returns the path relative to ``attachments``."""
    relative = f"expenses/{hashlib.sha256(data).hexdigest()[:24]}{suffix}"
    target = attachments / relative
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, target)
    return relative
