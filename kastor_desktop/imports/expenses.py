"""The month's expenses from a spreadsheet: the words an expense is written with (split methods,
metered services, natures, document types), the «gastos» template (columns, Spanish headers,
instructions, examples) and the row loop that checks every row and sorts it into «por agregar»
or «sin cambios» (already registered in the period: same date, account, document type and
number, amount and description), reporting each problem as «fila N, columna C, «valor»: motivo».

The checks themselves belong to the expenses service (the same ones its form uses): it passes
them in as ``check``, so this module reads cells and never the database.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kastor_desktop.domain.text import fold
from kastor_desktop.domain.values import text as cell_text
from kastor_desktop.imports import cells
from kastor_desktop.imports.columns import ColumnSpec, KindSpec, SheetSpec
from kastor_desktop.imports.keyed import ProgressLike, each_row
from kastor_desktop.imports.plan import Plan, RowError
from kastor_desktop.imports.readers import Cell, Table

KIND = "expenses"
SHEET = "Gastos"
METHODS = {"table": "Tabla de prorrateo", "equal": "Partes iguales",
           "fixed": "Monto fijo por unidad", "consumption": "Por consumo", "unit": "Una unidad"}  # fmt: skip
_METHOD_WORDS = {"table": ("prorrateo", "tabla", "por tabla", "alicuota", "coeficiente"),
                 "equal": ("iguales", "en partes iguales", "igualitario"),
                 "fixed": ("monto fijo", "fijo", "fijo por unidad"), "consumption": ("consumo",),
                 "unit": ("unidad", "a una unidad", "cargo a una unidad")}  # fmt: skip
SERVICES = {"water": "Agua", "hot_water": "Agua caliente", "gas": "Gas"}
_SERVICE_WORDS = {"water": ("agua fria",), "hot_water": ("hot water",), "gas": ()}
NATURES = {"ordinary": "Ordinario", "extraordinary": "Extraordinario"}
_NATURE_WORDS = {"ordinary": ("ordinaria",), "extraordinary": ("extraordinaria",)}
DOCUMENT_TYPES = (
    "Factura", "Boleta", "Boleta de honorarios", "Liquidación de sueldo", "Recibo", "Otro",
)  # fmt: skip
METHOD_CHOICES = tuple(METHODS.values())
SERVICE_CHOICES = tuple(SERVICES.values())
NATURE_CHOICES = tuple(NATURES.values())
Key = tuple[Any, ...]


def pick(value: object, vocabulary: dict[str, str], words: dict[str, tuple[str, ...]]) -> str | None:  # fmt: skip
    """The code whose code, Spanish label or other wording is ``value`` (case/accents ignored)."""
    wanted = fold(" ".join(cell_text(value).split()))
    for code, label in vocabulary.items():
        if wanted in (fold(code), fold(label), *words.get(code, ())):
            return code
    return None


def either(labels: list[str] | tuple[str, ...]) -> str:
    """«A, B o C»"""
    quoted = [f"«{label}»" for label in labels]
    return f"{', '.join(quoted[:-1])} o {quoted[-1]}" if len(quoted) > 1 else quoted[0]


def method_code(value: object) -> str | None:
    return pick(value, METHODS, _METHOD_WORDS)


def service_code(value: object) -> str | None:
    return pick(value, SERVICES, _SERVICE_WORDS)


def nature_code(value: object) -> str | None:
    return pick(value, NATURES, _NATURE_WORDS)


def expenses_spec(country: str = "CL") -> KindSpec:
    tax = "CUIT" if country == "AR" else "RUT"
    money = (
        "Monto en pesos, con hasta 2 decimales (ej.: 1234,56)"
        if country == "AR"
        else "Monto en pesos, sin decimales"
    )
    columns = (
        ColumnSpec("spent_on", "Fecha", True, "Fecha del documento; debe ser del mes abierto.",
                   "Fecha dd/mm/aaaa", "05/11/2026", aliases=("Fecha del gasto", "Fecha documento"),
                   width=12),
        ColumnSpec("account", "Cuenta", True, "Código o nombre de la cuenta del plan de cuentas "
                   "(no una cuenta de recargo: esas se cobran a una unidad como cargo individual).",
                   "Código o nombre", "01.01", aliases=("Código cuenta", "Cuenta de gasto",
                   "Categoría"), width=12, as_text=True),
        ColumnSpec("supplier", "Proveedor (RUT o nombre)", help=f"{tax} o nombre exacto de un "
                   "proveedor ya registrado en la comunidad (opcional).", example="Ascensores del Sur "
                   "Ltda.", aliases=("Proveedor", f"{tax} proveedor"), width=24),
        ColumnSpec("document_type", "Tipo de documento", help=f"Por ejemplo: {', '.join(DOCUMENT_TYPES)}.",
                   example="Factura", aliases=("Tipo documento", "Documento"), width=18),
        ColumnSpec("document_number", "N° documento", help="Número o folio del documento.",
                   example="12345", aliases=("Número de documento", "Nro documento", "Folio"),
                   width=12, as_text=True),
        ColumnSpec("description", "Descripción", True, "Qué se pagó; aparece en el aviso de cobro "
                   "(hasta 200 caracteres).", example="Mantención mensual de ascensores",
                   aliases=("Detalle", "Glosa", "Concepto"), width=34),
        ColumnSpec("amount", "Monto", True, "Total del documento, mayor que cero. Con «Monto fijo "
                   "por unidad», lo que paga cada unidad.", money, "250000",
                   aliases=("Total", "Importe", "Valor"), width=14),
        ColumnSpec("method", "Forma de prorrateo", help="Cómo se reparte entre las unidades; vacío "
                   "cuenta como «Tabla de prorrateo».", fmt="Una de la lista",
                   example="Tabla de prorrateo", choices=METHOD_CHOICES,
                   aliases=("Prorrateo", "Método de prorrateo"), width=22),
        ColumnSpec("table", "Tabla", help="Con «Tabla de prorrateo»: nombre de la tabla (puede "
                   "quedar vacía si la comunidad tiene una sola).", example="General",
                   aliases=("Tabla de prorrateo", "Sector", "Clase"), width=14),
        ColumnSpec("unit", "Unidad", help="Con «Una unidad»: número de la unidad a la que se "
                   "carga todo el gasto.", example="101", aliases=("N° unidad",), width=10,
                   as_text=True),
        ColumnSpec("units", "Unidades", help="Con «Partes iguales» o «Monto fijo por unidad»: "
                   "las unidades que participan, separadas por comas; vacío = todas.",
                   example="101, 102", width=16, as_text=True),
        ColumnSpec("service", "Servicio", help="Con «Por consumo»: el servicio medido cuyas "
                   "lecturas reparten el gasto.", fmt="Una de la lista", example="Agua",
                   choices=SERVICE_CHOICES, width=14),
        ColumnSpec("nature", "Naturaleza", help="Vacío toma la de la cuenta.", fmt="Una de la lista",
                   example="Ordinario", choices=NATURE_CHOICES, aliases=("Clase de gasto",),
                   width=14),
    )  # fmt: skip
    day = date(2026, 11, 5)
    examples = (
        (day, "01.01", "", "Liquidación de sueldo", "", "Sueldo conserje", 650_000,
         "Tabla de prorrateo", "General", "", "", "", ""),
        (day, "03.01", "Ascensores del Sur Ltda.", "Factura", "12345",
         "Mantención mensual de ascensores", 250_000, "Partes iguales", "", "", "", "", ""),
        (day, "02.01", "", "Boleta", "998877", "Agua potable", 180_000, "Por consumo", "", "",
         "", "Agua", ""),
        (day, "03.07", "", "Factura", "555", "Reparación de filtración en el 101", 45_000,
         "Una unidad", "", "101", "", "", ""),
        (day, "09.01", "", "Factura", "777", "Pintura de fachada, cuota 1", 1_200_000,
         "Tabla de prorrateo", "General", "", "", "", "Extraordinario"),
    )  # fmt: skip
    notes = (
        "Una fila por gasto del mes. Kastor importa los gastos en el mes abierto de la "
        "comunidad: la fecha de cada gasto debe ser de ese mes.",
        "Cuenta, proveedor, tabla y unidades deben existir ya en la comunidad (Maestros).",
        "Importar el mismo archivo otra vez no duplica nada: un gasto con la misma fecha, cuenta, "
        "tipo y número de documento, monto y descripción ya registrado en el mes queda «sin "
        "cambios».",
        "Desde la línea de comandos: kastor expenses import COMUNIDAD AAAA-MM ARCHIVO.",
    )
    sheet = SheetSpec(SHEET, columns, examples, aliases=("Egresos", "Gastos del mes"))
    return KindSpec(KIND, "Gastos del mes", "plantilla-gastos.xlsx", (sheet,), notes)


FIELDS = tuple(c.key for c in expenses_spec().sheets[0].columns)
_POSITION = {key: n for n, key in enumerate(FIELDS)}


@dataclass(frozen=True)
class CheckedRow:
    """What the service's check says of one row: column values, or a reason per field."""

    values: dict[str, Any]
    reasons: dict[str, str] = field(default_factory=dict)
    label: str = ""  # shown beside the row number in the preview
    summary: str = ""


def expense_key(values: Mapping[str, Any]) -> Key:
    """What makes two expenses of a month the same one (case, accents and spaces ignored)."""
    return (
        values["spent_on"],
        values["account_id"],
        fold(" ".join(str(values.get("document_type") or "").split())),
        fold(" ".join(str(values.get("document_number") or "").split())),
        values["amount"],
        fold(" ".join(str(values["description"]).split())),
    )


def plan_expenses(
    plan: Plan,
    table: Table,
    check: Callable[[dict[str, Cell]], CheckedRow],
    existing: Counter[Key],
    progress: ProgressLike | None = None,
) -> None:
    """Check every row; queue new ones in ``plan.writes["expenses"]`` as (row, values)."""
    headers = {c.key: c.header for c in expenses_spec().sheets[0].columns}
    available = Counter(existing)
    seen: dict[Key, int] = {}
    queue: list[tuple[int, dict[str, Any]]] = plan.writes.setdefault("expenses", [])
    for number, row in each_row(table, progress, "Revisando gastos…"):
        raw = {key: table.cell(row, key) for key in FIELDS}
        checked = check(raw)
        if checked.reasons:
            ordered = sorted(checked.reasons.items(), key=lambda kv: _POSITION.get(kv[0], 99))
            for key, reason in ordered:
                header = table.headers.get(key) or headers.get(key, key)
                plan.errors.append(RowError(number, header, cells.shown(raw.get(key)), reason))
            continue
        key = expense_key(checked.values)
        if key in seen:
            plan.warnings.append(
                f"Las filas {seen[key]} y {number} describen el mismo gasto: se importan las dos."
            )
        seen.setdefault(key, number)
        new = available[key] <= 0
        if new:
            queue.append((number, checked.values))
        else:
            available[key] -= 1
        plan.classify(number, checked.label, checked.summary, new, [])
