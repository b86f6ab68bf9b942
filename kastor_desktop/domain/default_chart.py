"""The default chart of expense accounts of each country profile (pure data).

Categories group the month's expenses on the notice; subcategories hang from one category;
surcharge categories (``surcharge``) are charged to one unit and never prorated (fines, use of
common spaces, repairs a unit caused, its individual consumption). Every account is ordinary or
extraordinary: a tenant may pay the ordinary part by contract, the extraordinary stays with the
owner. Codes sort as written: ``01``, ``01.01``, ``01.02``, ``02``...
"""

from __future__ import annotations

from dataclasses import dataclass

CATEGORY, SUBCATEGORY, SURCHARGE = "category", "subcategory", "surcharge"
ORDINARY, EXTRAORDINARY = "ordinary", "extraordinary"


@dataclass(frozen=True)
class DefaultAccount:
    code: str
    name: str
    kind: str
    parent_code: str = ""
    nature: str = ORDINARY


def _chart(
    categories: list[tuple[str, list[str]]],
    extraordinary: list[tuple[str, list[str]]],
    surcharges: list[str],
    surcharge_start: int = 20,
) -> tuple[DefaultAccount, ...]:
    """Number the categories 01, 02... (subcategories 01.01...), surcharges from 20."""
    accounts: list[DefaultAccount] = []
    groups = [(g, ORDINARY) for g in categories] + [(g, EXTRAORDINARY) for g in extraordinary]
    for number, ((name, subcategories), nature) in enumerate(groups, start=1):
        code = f"{number:02d}"
        accounts.append(DefaultAccount(code, name, CATEGORY, "", nature))
        accounts.extend(
            DefaultAccount(f"{code}.{sub:02d}", sub_name, SUBCATEGORY, code, nature)
            for sub, sub_name in enumerate(subcategories, start=1)
        )
    accounts.extend(
        DefaultAccount(f"{number:02d}", name, SURCHARGE)
        for number, name in enumerate(surcharges, start=surcharge_start)
    )
    return tuple(accounts)


# Chile: gasto común ordinario by the usual headings of Chilean offices (Ley 21.442).
CHILE = _chart(
    categories=[
        (
            "Remuneraciones",
            [
                "Sueldos",
                "Leyes sociales",
                "Horas extraordinarias",
                "Bonos y aguinaldos",
                "Vacaciones y finiquitos",
            ],
        ),
        ("Consumos básicos", ["Agua", "Electricidad", "Gas", "Telefonía e internet"]),
        (
            "Mantención y reparaciones",
            [
                "Ascensores",
                "Bombas de agua",
                "Portones y citófonos",
                "Calderas y calefacción",
                "Jardines y áreas verdes",
                "Piscina",
                "Reparaciones generales",
            ],
        ),
        (
            "Administración",
            [
                "Honorarios de administración",
                "Útiles de oficina e impresión",
                "Gastos legales y notariales",
                "Comité de administración",
            ],
        ),
        ("Seguros", ["Seguro de incendio", "Seguro de responsabilidad civil"]),
        ("Aseo", ["Artículos de aseo", "Retiro de basura", "Control de plagas"]),
        ("Seguridad", ["Conserjería y vigilancia", "Cámaras y alarmas", "Extintores"]),
        ("Gastos bancarios", ["Comisiones y mantención de cuenta", "Talonarios y transferencias"]),
    ],
    extraordinary=[
        (
            "Obras extraordinarias",
            ["Pintura de fachada", "Impermeabilización", "Modernización de equipos"],
        ),
    ],
    surcharges=[
        "Multas",
        "Uso de espacios comunes",
        "Reparaciones imputables",
        "Consumo individual",
    ],
)

# Argentina: the headings of the liquidación de expensas (CABA, Ley 941 art. 10).
ARGENTINA = _chart(
    categories=[
        (
            "Sueldos y cargas sociales",
            ["Sueldo del encargado", "Suplencias", "Cargas sociales", "Aportes sindicales"],
        ),
        ("Servicios públicos", ["Electricidad", "Agua", "Gas"]),
        (
            "Abonos de servicios",
            ["Mantenimiento de ascensores", "Control de plagas", "Matafuegos", "Portero eléctrico"],
        ),
        (
            "Mantenimiento de partes comunes",
            ["Plomería", "Electricidad", "Pintura", "Cerrajería"],
        ),
        ("Reparaciones en unidades", []),
        ("Gastos bancarios", ["Comisiones y mantenimiento de cuenta", "Impuesto a los débitos"]),
        ("Gastos de limpieza", ["Artículos de limpieza", "Retiro de residuos"]),
        (
            "Administración",
            ["Honorarios del administrador", "Papelería y fotocopias", "Correo y mensajería"],
        ),
        ("Seguros", ["Seguro integral del consorcio", "Seguro de riesgos del trabajo"]),
        ("Otros", []),
    ],
    extraordinary=[("Expensas extraordinarias", ["Obras aprobadas en asamblea"])],
    surcharges=["Multas", "Uso de espacios comunes", "Gastos particulares"],
)

CHARTS: dict[str, tuple[DefaultAccount, ...]] = {"CL": CHILE, "AR": ARGENTINA}


def default_chart(country: str) -> tuple[DefaultAccount, ...]:
    """The country's default chart, parents before their subcategories."""
    return CHARTS.get(country, CHILE)
