"""The five migration spreadsheets: columns, Spanish headers, instructions and example rows.

Both the template writer (reports/templates.py) and the importers read these, so a template
written today is always importable. RUT and CUIT headers are aliases of each other.
"""

from __future__ import annotations

from datetime import date

from kastor_desktop.domain.units import (
    ACCOUNT_KINDS,
    EXPENSE_NATURES,
    FUND_KINDS,
    NOTICE_PREFERENCES,
    UNIT_KINDS,
)
from kastor_desktop.imports.columns import ColumnSpec, KindSpec, SheetSpec

KINDS = ("units", "suppliers", "workers", "accounts", "balances")
YES_NO = ("Sí", "No")
DATE_FMT = "Fecha dd/mm/aaaa"


def _tax_ids(country: str) -> tuple[str, str, str]:
    """Three valid example tax ids of the country (computed, so they pass the check digit)."""
    if country == "AR":
        from stdnum.ar import cuit

        bodies = ("2012345678", "2723456789", "3071234567")
        a, b, c = (cuit.format(d + cuit.calc_check_digit(d)) for d in bodies)
    else:
        from stdnum.cl import rut

        bodies = ("12345678", "9876543", "76543210")
        a, b, c = (rut.format(d + rut.calc_check_digit(d)) for d in bodies)
    return str(a), str(b), str(c)


def _money(country: str) -> str:
    if country == "AR":
        return "Monto en pesos, con hasta 2 decimales (ej.: 1234,56)"
    return "Monto en pesos, sin decimales"


def _tax(country: str) -> str:
    return "CUIT" if country == "AR" else "RUT"


def _tax_aliases(role: str) -> tuple[str, ...]:
    suffix = f" {role}" if role else ""
    return tuple(f"{label}{suffix}" for label in ("RUT", "CUIT", "RUT/CUIT", "RUT o CUIT"))


def _tax_column(key: str, role: str, country: str, required: bool, help_: str) -> ColumnSpec:
    label = _tax(country)
    example = _tax_ids(country)[0]
    return ColumnSpec(
        key,
        f"{label} {role}".strip(),
        required,
        help_,
        f"{label} con dígito verificador; puntos y guion opcionales",
        example,
        aliases=_tax_aliases(role),
        width=15,
        as_text=True,
    )


def units_spec(country: str = "CL") -> KindSpec:
    tax = _tax(country)
    kinds = tuple(UNIT_KINDS.values())
    notices = tuple(NOTICE_PREFERENCES.values())
    columns = (
        ColumnSpec("number", "Número", True, "Número o nombre de la unidad en la comunidad; "
                   "identifica la unidad: si ya existe, se actualiza.", "Texto (hasta 30 caracteres)",
                   "101", aliases=("N°", "Nro", "Número de unidad", "Unidad", "Depto"), width=10,
                   as_text=True),
        ColumnSpec("kind", "Tipo", True, "Tipo de unidad.", "Una de la lista", "departamento",
                   kinds, ("Tipo de unidad",), 16),
        ColumnSpec("tower", "Torre", help="Torre o bloque.", example="A", aliases=("Block", "Bloque"),
                   width=8, as_text=True),
        ColumnSpec("floor", "Piso", help="Piso (ej.: 3, -1 para subterráneo).", example="3",
                   width=6, as_text=True),
        ColumnSpec("area", "Superficie m2", help="Superficie en metros cuadrados.",
                   fmt="Número con hasta 2 decimales", example="65,5",
                   aliases=("Superficie", "m2", "Superficie m²", "Metros cuadrados"), width=12),
        ColumnSpec("valuation", "Avalúo fiscal", help="Avalúo fiscal de la unidad (opcional).",
                   fmt=_money(country), example="45000000", aliases=("Avaluo",), width=14),
        ColumnSpec("delivery", "Fecha de entrega", help="Desde cuándo se cobra a la unidad "
                   "(el primer mes se cobra en proporción a los días).", fmt=DATE_FMT,
                   example="01/03/2024", aliases=("Entrega",), width=14),
        ColumnSpec("parent", "Unidad principal", help="Para estacionamientos y bodegas: número de "
                   "la unidad a la que pertenecen (el aviso de cobro se agrupa). Debe existir en "
                   "este archivo o en la comunidad.", example="101", width=12, as_text=True),
        _tax_column("owner_tax_id", "propietario", country, True,
                    f"{tax} del propietario. Una misma persona (mismo {tax}) puede ser dueña de "
                    "varias unidades, también en otras comunidades."),
        ColumnSpec("owner_name", "Nombre propietario", True, "Nombre completo o razón social.",
                   example="María José Pérez Soto", width=28),
        ColumnSpec("owner_email", "Correo propietario", help="Uno o varios correos separados por "
                   "«;» o «,». Si la persona ya existe y lo deja vacío, se conserva el que tiene.",
                   example="maria.perez@example.cl", aliases=("Email propietario",
                   "E-mail propietario"), width=26),
        ColumnSpec("owner_phone", "Teléfono propietario", help="Uno o varios teléfonos separados "
                   "por «;» o «,».", example="+56 9 8765 4321", width=18, as_text=True),
        ColumnSpec("owner_address", "Dirección postal propietario", help="Para avisos en papel.",
                   example="Los Leones 123, Providencia", aliases=("Dirección propietario",),
                   width=28),
        ColumnSpec("notice", "Aviso por", help="Cómo quiere recibir los avisos de cobro.",
                   fmt="Una de la lista", example="correo", choices=notices,
                   aliases=("Aviso",), width=10),
        _tax_column("resident_tax_id", "residente", country, False,
                    "Arrendatario u ocupante, si no es el propietario."),
        ColumnSpec("resident_name", "Nombre residente", help="Obligatorio si indica un residente "
                   f"con un {tax} que Kastor aún no conoce.", example="Pedro Soto Rojas", width=24),
        ColumnSpec("resident_email", "Correo residente", help="Uno o varios, separados por «;».",
                   example="pedro.soto@example.cl", aliases=("Email residente",), width=24),
        ColumnSpec("resident_phone", "Teléfono residente", help="Uno o varios, separados por «;».",
                   example="+56 9 8765 4321", width=18, as_text=True),
        ColumnSpec("notes", "Notas", help="Observaciones internas.", aliases=("Observaciones",),
                   width=24),
        ColumnSpec("active", "Activa", help="Vacío cuenta como Sí.", fmt="Sí o No", example="Sí",
                   choices=YES_NO, aliases=("Activo",), width=8),
    )  # fmt: skip
    a, b, _c = _tax_ids(country)
    examples = (
        ("101", "departamento", "A", "1", 65.5, 45_000_000, date(2024, 3, 1), "", a,
         "María José Pérez Soto", "maria.perez@example.cl", "+56 9 8765 4321",
         "Los Leones 123, Providencia", "correo", b, "Pedro Soto Rojas", "pedro.soto@example.cl",
         "", "", "Sí", 45.5, 90.9),
        ("E-12", "estacionamiento", "A", "-1", 12.5, 4_000_000, date(2024, 3, 1), "101", a,
         "María José Pérez Soto", "", "", "", "", "", "", "", "", "", "Sí", 4.5, 9.1),
        ("201", "local", "", "1", 120, "", "", "", _c, "Comercial Los Andes SpA",
         "contacto@losandes.example", "", "", "ambos", "", "", "", "", "Con bodega propia", "Sí",
         50, ""),
    )  # fmt: skip
    sheet = SheetSpec(
        "Unidades", columns, examples, share_prefix="%", share_examples=("General", "Torre A")
    )
    notes = (
        "Una fila por unidad. Las columnas de encabezado azul oscuro son obligatorias.",
        "Prorrateos: agregue a la derecha una columna por tabla de prorrateo, con el encabezado "
        "«% <nombre de la tabla>» (ej.: «% General», «% Torre A»). Cada tabla debe sumar "
        "exactamente 100 %, con hasta 6 decimales; deje vacía la celda de una unidad que no "
        "participa en esa tabla. Las tablas nuevas se crean al importar, y cada tabla del archivo "
        "queda exactamente como en el archivo.",
        "Importar el mismo archivo otra vez no cambia nada; las unidades que no están en el "
        "archivo no se eliminan.",
    )
    return KindSpec(
        "units", "Unidades y copropietarios", "plantilla-unidades.xlsx", (sheet,), notes
    )


def suppliers_spec(country: str = "CL") -> KindSpec:
    columns = (
        _tax_column("tax_id", "", country, True, "Identifica al proveedor: si ya existe, se actualiza."),
        ColumnSpec("name", "Nombre", True, "Nombre o razón social.", example="Ascensores del Sur Ltda.",
                   aliases=("Razón social",), width=30),
        ColumnSpec("business_line", "Giro", help="Actividad del proveedor.", example="Mantención de ascensores",
                   width=26),
        ColumnSpec("contact_name", "Contacto", help="Persona de contacto.", example="Jorge Fuentes",
                   width=20),
        ColumnSpec("email", "Correo", help="Un correo.", example="contacto@ascensores.example",
                   aliases=("Email", "E-mail"), width=26),
        ColumnSpec("phone", "Teléfono", help="Un teléfono.", example="+56 2 2345 6789", width=16,
                   as_text=True),
        ColumnSpec("bank_name", "Banco", help="Banco de la cuenta para pagarle.", example="Banco Estado",
                   width=16),
        ColumnSpec("bank_account", "Número de cuenta", help="Número de la cuenta bancaria.",
                   example="12345678", aliases=("Cuenta", "N° de cuenta"), width=16, as_text=True),
    )  # fmt: skip
    a, b, c = _tax_ids(country)
    examples = (
        (c, "Ascensores del Sur Ltda.", "Mantención de ascensores", "Jorge Fuentes",
         "contacto@ascensores.example", "+56 2 2345 6789", "Banco Estado", "12345678"),
        (b, "Jardines Verdes SpA", "Jardinería", "", "", "", "", ""),
    )  # fmt: skip
    sheet = SheetSpec("Proveedores", columns, examples)
    notes = ("Una fila por proveedor; el RUT/CUIT lo identifica.",)
    return KindSpec("suppliers", "Proveedores", "plantilla-proveedores.xlsx", (sheet,), notes)


def workers_spec(country: str = "CL") -> KindSpec:
    columns = (
        _tax_column("tax_id", "", country, True, "Identifica al trabajador: si ya existe, se actualiza."),
        ColumnSpec("name", "Nombre", True, "Nombre completo.", example="Luis Araya Muñoz",
                   aliases=("Nombre completo",), width=28),
        ColumnSpec("role", "Cargo", help="Cargo o función.", example="Conserje", width=18),
        ColumnSpec("hire_date", "Fecha de ingreso", help="Fecha del contrato.", fmt=DATE_FMT,
                   example="15/01/2022", aliases=("Ingreso",), width=14),
        ColumnSpec("salary", "Sueldo base", help="Sueldo base mensual.", fmt=_money(country),
                   example="650000", aliases=("Sueldo",), width=14),
        ColumnSpec("social_security", "Previsión y salud", help="AFP, salud y otros datos "
                   "previsionales, como texto.", example="AFP Modelo; Fonasa",
                   aliases=("Previsión",), width=30),
    )  # fmt: skip
    a, b, _c = _tax_ids(country)
    examples = (
        (a, "Luis Araya Muñoz", "Conserje", date(2022, 1, 15), 650_000, "AFP Modelo; Fonasa"),
        (b, "Rosa Díaz Tapia", "Aseo", date(2023, 6, 1), 550_000, "AFP Habitat; Isapre"),
    )
    sheet = SheetSpec("Trabajadores", columns, examples)
    notes = ("Una fila por trabajador; el RUT/CUIT lo identifica.",)
    return KindSpec("workers", "Trabajadores", "plantilla-trabajadores.xlsx", (sheet,), notes)


def accounts_spec(country: str = "CL") -> KindSpec:
    columns = (
        ColumnSpec("code", "Código", True, "Identifica la cuenta: si ya existe, se actualiza.",
                   "Texto (hasta 20 caracteres)", "01.01", aliases=("Codigo cuenta",), width=10,
                   as_text=True),
        ColumnSpec("name", "Nombre", True, "Nombre de la cuenta de gasto.", example="Remuneraciones",
                   width=30),
        ColumnSpec("kind", "Tipo", True, "Categoría, subcategoría (dentro de una categoría) o "
                   "recargo (se cobra a una sola unidad y nunca se prorratea).", "Una de la lista",
                   "categoría", tuple(ACCOUNT_KINDS.values()), ("Tipo de cuenta",), 14),
        ColumnSpec("parent", "Código padre", help="Solo para subcategorías: código de su "
                   "categoría, que debe estar en este archivo o ya en la comunidad.", example="01",
                   width=12, as_text=True),
        ColumnSpec("nature", "Naturaleza", True, "Gasto ordinario o extraordinario.",
                   "Una de la lista", "ordinario", tuple(EXPENSE_NATURES.values()), width=14),
    )  # fmt: skip
    examples = (
        # the codes of the default chart, so loading it later does not repeat these accounts
        ("01", "Remuneraciones", "categoría", "", "ordinario"),
        ("01.01", "Sueldos", "subcategoría", "01", "ordinario"),
        ("20", "Multas", "recargo", "", "ordinario"),
    )
    sheet = SheetSpec("Plan de cuentas", columns, examples, aliases=("Cuentas",))
    notes = ("Una fila por cuenta de gasto; el código la identifica.",)
    return KindSpec(
        "accounts", "Plan de cuentas", "plantilla-plan-de-cuentas.xlsx", (sheet,), notes
    )


def balances_spec(country: str = "CL") -> KindSpec:
    money = _money(country) + "; positivo = deuda, negativo = saldo a favor"
    units = (
        ColumnSpec("number", "Número de unidad", True, "La unidad debe existir en la comunidad "
                   "(impórtela antes con la planilla de unidades).", example="101",
                   aliases=("Número", "Unidad", "N°"), width=14, as_text=True),
        ColumnSpec("amount", "Saldo", True, "Deuda (positivo) o saldo a favor (negativo) de la "
                   "unidad a la fecha de migración.", money, "125000", width=14),
        ColumnSpec("as_of", "Fecha", True, "Fecha del saldo.", DATE_FMT, "31/12/2024", width=12),
    )  # fmt: skip
    funds = (
        ColumnSpec("name", "Nombre del fondo", True, "Identifica el fondo: si ya existe, se "
                   "actualiza.", example="Fondo de reserva", aliases=("Fondo", "Nombre"), width=24),
        ColumnSpec("kind", "Tipo", help="Vacío cuenta como «otro».", fmt="Una de la lista",
                   example="fondo de reserva", choices=tuple(FUND_KINDS.values()), width=18),
        ColumnSpec("amount", "Saldo inicial", True, "Saldo del fondo a la fecha.",
                   _money(country), "3500000", aliases=("Saldo",), width=14),
        ColumnSpec("as_of", "Fecha", True, "Fecha del saldo.", DATE_FMT, "31/12/2024", width=12),
    )  # fmt: skip
    unit_examples = (("101", 125_000, date(2024, 12, 31)), ("201", -8_000, date(2024, 12, 31)))
    fund_examples = (("Fondo de reserva", "fondo de reserva", 3_500_000, date(2024, 12, 31)),)
    sheets = (
        SheetSpec("Saldos de unidades", units, unit_examples, aliases=("Saldos", "Unidades")),
        SheetSpec("Fondos", funds, fund_examples, optional=True),
    )
    notes = (
        "Hoja «Saldos de unidades»: una fila por unidad con su deuda o saldo a favor.",
        "Hoja «Fondos»: una fila por fondo con su saldo inicial (puede quedar vacía).",
    )
    return KindSpec(
        "balances", "Saldos iniciales", "plantilla-saldos-iniciales.xlsx", sheets, notes
    )


SPECS = {
    "units": units_spec,
    "suppliers": suppliers_spec,
    "workers": workers_spec,
    "accounts": accounts_spec,
    "balances": balances_spec,
}


def spec_for(kind: str, country: str = "CL") -> KindSpec:
    return SPECS[kind](country)
