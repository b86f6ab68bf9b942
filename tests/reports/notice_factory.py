"""Example notice batches (Chile and Argentina) and closing workbooks for the report tests.

Everything is derived from the arguments, so two calls give equal data; the JPEG logos and
signature are drawn with Pillow into the given folder.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kastor_desktop.reports.notice_data import (
    CONCEPT_ORDER,
    Amount,
    BankDetails,
    ClosingWorkbookData,
    CommunityMonth,
    ContactDetails,
    ExpenseDetail,
    NoticeBatch,
    NoticeUnit,
    Party,
    ShareLine,
    WorkbookUnit,
)

OWNERS = (
    ("María José Fernández Ñúñez", "12.345.678-5"),
    ("Inversiones Los Peñascos Limitada", "76.543.210-3"),
    ("José Ignacio Muñoz Sáez", "9.876.543-3"),
    ("Ana Lucía Córdova", "15.222.333-K"),
)
AR_OWNERS = (
    ("Martín Gómez Iñíguez", "20-12345678-6"),
    ("Lucía Fernández", "27-23456789-1"),
    ("Construcciones del Río S.A.", "30-71234567-1"),
)
ACCOUNTS = (
    ("5101 Remuneraciones conserjería", 3_850_000),
    ("5102 Leyes sociales", 612_400),
    ("5201 Electricidad espacios comunes", 845_120),
    ("5202 Agua potable", 410_880),
    ("5203 Gas calefacción", 1_120_000),
    ("5301 Mantención ascensores", 520_000),
    ("5302 Mantención bombas", 180_000),
    ("5303 Mantención portones", 95_000),
    ("5304 Jardinería", 260_000),
    ("5305 Aseo y artículos de limpieza", 140_300),
    ("5401 Seguro incendio", 330_000),
    ("5402 Honorarios administración", 900_000),
    ("5403 Gastos bancarios", 12_500),
    ("5404 Útiles de oficina", 23_990),
    ("5501 Reparación citófonos", 75_000),
    ("5502 Pintura hall de acceso", 450_000),
    ("5503 Control de plagas", 65_000),
)


def make_jpeg(path: Path, color: tuple[int, int, int], size: tuple[int, int] = (120, 120)) -> str:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.ellipse((w * 0.1, h * 0.1, w * 0.9, h * 0.9), fill=color)
    draw.rectangle((w * 0.35, h * 0.35, w * 0.65, h * 0.65), fill=(255, 255, 255))
    image.save(path, "JPEG", quality=85)
    return str(path)


def make_signature(path: Path) -> str:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (300, 110), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    points = [
        (20 + i * 13, 70 + (25 if i % 3 == 0 else -20 if i % 3 == 1 else 5)) for i in range(20)
    ]
    draw.line(points, fill=(20, 30, 90), width=4)
    image.save(path, "JPEG", quality=85)
    return str(path)


def images(folder: Path) -> tuple[str, str, str]:
    """(office logo, community logo, signature) JPEG files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    return (
        make_jpeg(folder / "office.jpg", (31, 78, 121)),
        make_jpeg(folder / "community.jpg", (196, 120, 40)),
        make_signature(folder / "signature.jpg"),
    )


def month_summary(scale: int = 1) -> CommunityMonth:
    expenses = tuple(Amount(label, amount * scale) for label, amount in ACCOUNTS)
    total = sum(a.amount for a in expenses)
    other = (
        Amount("Arriendo antena telefonía", 350_000 * scale),
        Amount("Multas cobradas", 60_000 * scale),
    )
    return CommunityMonth(
        income_total=total + 600_000 * scale + sum(a.amount for a in other),
        other_income=other,
        expenses_by_account=expenses,
        expenses_total=total,
        collected=9_120_450 * scale,
        cash_balance=4_315_777 * scale,
        fund_balances=(
            Amount("Fondo de reserva", 12_450_000 * scale),
            Amount("Fondo de pintura fachada", 3_200_000 * scale),
        ),
    )


def cl_unit(index: int) -> NoticeUnit:
    owner, rut = OWNERS[index % len(OWNERS)]
    ordinary = 85_000 + index * 1_237
    lines = {"ordinary": ordinary, "reserve": ordinary * 5 // 100}
    details: tuple[Amount, ...] = ()
    if index % 2 == 0:
        lines["consumption"] = 12_340 + index * 10
        details += (Amount(f"Agua caliente: {3 + index % 5} m³ × $ 4.113", lines["consumption"]),)
    if index % 3 == 1:
        lines["individual"] = 25_000
        details += (Amount("Multa por ruidos molestos (Reglamento, art. 12)", 25_000),)
    if index % 4 == 3:
        lines["interest"] = 1_850
    if index % 5 == 4:
        lines["extraordinary"] = 40_000
    month_total = sum(lines.values())
    previous = 0 if index % 4 == 0 else 90_000 + index * 100
    payments = previous if index % 3 else previous // 2
    if index % 7 == 5:
        payments = previous + month_total + 15_000  # a unit with credit
    balance = previous - payments
    return NoticeUnit(
        unit_id=100 + index,
        number=f"A-{101 + index}",
        kind="Departamento",
        members=(f"E-{12 + index}", f"B-{3 + index}") if index % 2 else (),
        owner_name=owner,
        owner_tax_id=rut,
        resident_name="" if index % 3 == 0 else "Carolina Pérez Araya",
        shares=(
            ShareLine("Tabla General", 1_234_567 + index * 1_000),
            ShareLine("Estacionamientos", 2_500_000 if index % 2 else 0),
        ),
        folio=1200 + index,
        lines=lines,
        by_class={},
        details=details,
        previous_notice_total=previous,
        payments_since=payments,
        previous_balance=balance,
        month_total=month_total,
        total=balance + month_total,
        payment_reference=f"AROMOS-A{101 + index}-2503",
    )


def cl_batch(folder: Path, units: int = 3, draft: bool = False) -> NoticeBatch:
    office_logo, community_logo, signature = images(folder)
    return NoticeBatch(
        country="CL",
        exponent=0,
        currency="CLP",
        office=Party(
            "Administraciones Andes SpA",
            "76.123.456-0",
            "Av. Providencia 1234, of. 501, Providencia",
            "+56 2 2345 6789",
            "contacto@andes.cl",
            office_logo,
        ),
        community=Party(
            "Edificio Los Aromos",
            "53.318.220-9",
            "Los Aromos 455, Ñuñoa, Santiago",
            "+56 9 8765 4321",
            "comite@losaromos.cl",
            community_logo,
        ),
        administrator="Rodrigo Andrés Valdés Ibáñez",
        signature_path=signature,
        year=2025,
        month=3,
        sequence=14,
        issued_on=date(2025, 4, 1),
        due_date=date(2025, 4, 10),
        second_due_date=None,
        second_due_surcharge_micro=0,
        bank=BankDetails(
            "Banco de Chile",
            "Cuenta corriente",
            "00-123-45678-09",
            "Comunidad Edificio Los Aromos",
            "53.318.220-9",
            "pagos@losaromos.cl",
        ),
        contact=ContactDetails(
            "Juana Soto (conserjería)", "conserjeria@losaromos.cl", "+56 9 1111 2222"
        ),
        month_summary=month_summary(),
        units=tuple(cl_unit(i) for i in range(units)),
        draft=draft,
        closing_hash="" if draft else "9f2c4e7a1b3d5f60718293a4b5c6d7e8f9012345",
        community_code="AROMOS",
    )


def ar_unit(index: int, tables: tuple[str, ...]) -> NoticeUnit:
    owner, cuit = AR_OWNERS[index % len(AR_OWNERS)]
    by_class: dict[str, dict[str, int]] = {}
    for k, table in enumerate(tables):
        concepts = {"ordinary": 4_512_345 + index * 1_001 + k * 77_777, "reserve": 225_617 + k * 3}
        if k == 0 and index % 2:
            concepts["extraordinary"] = 1_500_050
        by_class[table] = concepts
    lines = {code: sum(c.get(code, 0) for c in by_class.values()) for code in CONCEPT_ORDER}
    lines = {code: amount for code, amount in lines.items() if amount}
    if index % 3 == 2:
        lines["interest"] = 45_678
    month_total = sum(lines.values())
    previous = 5_000_000 + index * 99
    payments = previous if index % 2 else 0
    return NoticeUnit(
        unit_id=500 + index,
        number=f"UF {index + 1} — {index % 9 + 1}º B",
        kind="Unidad funcional",
        members=(),
        owner_name=owner,
        owner_tax_id=cuit,
        resident_name="Pablo Ríos",
        shares=tuple(ShareLine(t, 2_345_600 + k * 1_000_000) for k, t in enumerate(tables)),
        folio=300 + index,
        lines=lines,
        by_class=by_class,
        details=(),
        previous_notice_total=previous,
        payments_since=payments,
        previous_balance=previous - payments,
        month_total=month_total,
        total=previous - payments + month_total,
        payment_reference=f"SANMARTIN-{index + 1:03d}",
    )


def ar_batch(folder: Path, units: int = 2, draft: bool = False) -> NoticeBatch:
    office_logo, community_logo, signature = images(folder)
    tables = ("A", "B", "C")
    return NoticeBatch(
        country="AR",
        exponent=2,
        currency="ARS",
        office=Party(
            "Administración Río de la Plata",
            "30-71234567-1",
            "Av. Corrientes 1234, piso 5, CABA",
            "+54 11 4321 5678",
            "admin@rdlp.com.ar",
            office_logo,
        ),
        community=Party(
            "Consorcio San Martín 850",
            "30-70987654-3",
            "San Martín 850, CABA",
            "+54 11 4000 1000",
            "consorcio@sanmartin850.com.ar",
            community_logo,
        ),
        administrator="Laura Beatriz Acuña",
        signature_path=signature,
        year=2025,
        month=7,
        sequence=3,
        issued_on=date(2025, 8, 1),
        due_date=date(2025, 8, 10),
        second_due_date=date(2025, 8, 20),
        second_due_surcharge_micro=5_000_000,  # 5 %
        bank=BankDetails(
            "Banco de la Nación Argentina",
            "Cuenta corriente en pesos",
            "CBU 0110599520000012345678",
            "Consorcio San Martín 850",
            "30-70987654-3",
            "pagos@sanmartin850.com.ar",
        ),
        contact=None,
        month_summary=month_summary(scale=100),
        units=tuple(ar_unit(i, tables) for i in range(units)),
        draft=draft,
        closing_hash="0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        share_tables=tables,
    )


def workbook_data(exponent: int = 0, draft: bool = False) -> ClosingWorkbookData:
    factor = 100 if exponent else 1
    expenses = tuple(
        ExpenseDetail(
            date=date(2025, 3, 1 + i),
            account_code=label.split()[0],
            account_name=label.split(" ", 1)[1],
            supplier="=Proveedor malicioso" if i == 2 else f"Proveedor {i + 1} Ltda.",
            document=f"Factura {1000 + i}",
            description=f"Servicio de {label.split(' ', 1)[1].lower()}",
            method="Tabla General" if i % 3 else "Partes iguales",
            nature="Extraordinario" if i == 15 else "Ordinario",
            amount=amount * factor + (37 if exponent else 0),
        )
        for i, (label, amount) in enumerate(ACCOUNTS)
    )
    units = []
    for i in range(5):
        lines = {"ordinary": (85_000 + i * 1_237) * factor, "reserve": (4_250 + i * 62) * factor}
        if i % 2:
            lines["interest"] = 1_850 * factor + (7 if exponent else 0)
        month_total = sum(lines.values())
        previous = (10_000 * i - 5_000) * factor
        units.append(
            WorkbookUnit(
                f"A-{101 + i}",
                OWNERS[i % len(OWNERS)][0],
                lines,
                month_total,
                previous,
                previous + month_total,
            )
        )
    numbers = [u.number for u in units]
    prorating = (
        (
            "Tabla General (Remuneraciones)",
            {n: (770_000 + k) * factor for k, n in enumerate(numbers)},
        ),
        ("Partes iguales (Seguro)", {n: 66_000 * factor for n in numbers}),
        ("Unidad A-103 (Reparación)", {"A-103": 75_000 * factor}),
    )
    return ClosingWorkbookData(
        community="Edificio Los Aromos",
        year=2025,
        month=3,
        exponent=exponent,
        expenses=expenses,
        units=tuple(units),
        prorating=prorating,
        draft=draft,
    )
