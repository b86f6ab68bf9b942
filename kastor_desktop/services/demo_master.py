"""The demo communities' master data, planned deterministically (seeded random, no I/O).

``plan_communities()`` says what each demo community holds: units (apartments numbered by floor,
towers A/B in the larger ones, parking spots and storage rooms grouped under an apartment of the
same owner), owners and residents with valid RUTs (some owning several units, a few in two or
three communities), share tables summing to exactly 100 %, suppliers, workers, a bank account,
funds and opening balances. demo_loading.py feeds it through the real import and services.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date

from stdnum.cl import rut

from kastor_desktop.domain.shares import from_weights
from kastor_desktop.domain.text import fold
from kastor_desktop.services.suppliers import SupplierDraft
from kastor_desktop.services.workers import WorkerDraft

AS_OF = date(2024, 12, 31)  # the migration date of the demo office
GENERAL = "General"

# fmt: off
WOMEN = ("María José", "Camila", "Valentina", "Francisca", "Catalina", "Javiera", "Constanza", "Daniela",
         "Fernanda", "Carolina", "Paula", "Andrea", "Claudia", "Patricia", "Verónica", "Alejandra",
         "Macarena", "Isidora", "Antonia", "Sofía", "Gabriela", "Marcela", "Lorena", "Paulina", "Ximena",
         "Pilar", "Bárbara", "Trinidad", "Josefina", "Rocío")
MEN = ("Juan Pablo", "José Miguel", "Francisco", "Cristóbal", "Matías", "Sebastián", "Nicolás", "Felipe",
       "Diego", "Tomás", "Joaquín", "Ignacio", "Rodrigo", "Andrés", "Gonzalo", "Patricio", "Claudio",
       "Mauricio", "Eduardo", "Jorge", "Luis", "Pedro", "Alejandro", "Cristián", "Víctor", "Héctor",
       "Benjamín", "Vicente", "Agustín", "Maximiliano")
SURNAMES = ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez",
            "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya",
            "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro",
            "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández", "Ramírez", "Carrasco", "Gómez",
            "Cortés", "Herrera", "Núñez", "Jara", "Vergara", "Rivera", "Figueroa", "Riquelme", "García",
            "Miranda", "Bravo", "Vera", "Molina", "Vega", "Campos", "Sandoval", "Orellana", "Zúñiga",
            "Salazar", "Olivares", "Gallardo", "Garrido", "Alarcón", "Saavedra", "Henríquez", "Aguilera",
            "Ibáñez", "Cáceres", "Lagos", "Ortiz", "Poblete", "Quiroz")
MAIL_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.es",
                "live.cl", "vtr.net")
# fmt: on
# the two digits after «+56 9» of mobile numbers (phonenumbers refuses 69, 70, 91 and 92)
MOBILE_PREFIXES = tuple(p for p in range(40, 100) if p not in (69, 70, 91, 92))


@dataclass(frozen=True)
class DemoPerson:
    tax_id: str
    full_name: str
    email: str
    phone: str
    notice: str  # code of NOTICE_PREFERENCES: email, paper, both
    address: str = ""


@dataclass(frozen=True)
class DemoUnit:
    number: str
    kind: str  # code of UNIT_KINDS
    tower: str
    floor: str
    area_x100: int
    fiscal_valuation: int | None
    owner: DemoPerson
    resident: DemoPerson | None = None
    parent: str = ""  # number of the main unit this one is grouped under
    shares: dict[str, int] = field(default_factory=dict)  # table name -> millionths of a percent


@dataclass(frozen=True)
class Layout:
    towers: tuple[str, ...]  # ("",) for a single building
    floors: int
    shops: int
    parking: int
    storage: int
    tables: tuple[str, ...]
    sizes: tuple[float, ...]  # m2 of the apartments of a floor, by position (their count)

    @property
    def units(self) -> int:
        apartments = len(self.towers) * self.floors * len(self.sizes)
        return apartments + self.shops + self.parking + self.storage


LAYOUTS: dict[str, Layout] = {
    "ALERCES": Layout(("",), 7, 0, 8, 4, (GENERAL, "Estacionamientos"), (78.5, 62.3, 62.3, 95.4)),
    "PNUNOA": Layout(
        ("A", "B"), 10, 0, 28, 12, (GENERAL, "Torre A", "Torre B"), (54.2, 68.7, 68.7, 82.1)
    ),
    "VITACURA": Layout(
        ("A", "B"), 20, 2, 68, 30, (GENERAL, "Departamentos", "Estacionamientos"),
        (72.4, 88.6, 88.6, 104.3, 131.8),
    ),
}  # fmt: skip


@dataclass(frozen=True)
class DemoCommunity:
    code: str
    tables: tuple[str, ...]
    units: tuple[DemoUnit, ...]
    balances: dict[str, int]  # unit number -> debt (> 0) or credit (< 0) in pesos at AS_OF


def rut_of(body: int) -> str:
    digits = str(body)
    return str(rut.format(digits + rut.calc_check_digit(digits)))


class PersonMaker:
    """Chilean people with unique, valid RUTs, drawn from one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.bodies: set[int] = set()

    def body(self, low: int = 6_000_000, high: int = 24_999_999) -> int:
        while True:
            body = self.rng.randint(low, high)
            if body not in self.bodies:
                self.bodies.add(body)
                return body

    def person(self, address: str = "") -> DemoPerson:
        rng = self.rng
        first = rng.choice(WOMEN if rng.random() < 0.5 else MEN)
        father, mother = rng.sample(SURNAMES, 2)
        name = f"{first} {father} {mother}"
        notice = rng.choices(("email", "paper", "both"), (65, 15, 20))[0]
        email = ""
        if notice != "paper" or rng.random() < 0.5:
            user = f"{fold(first.split()[0])}.{fold(father)}".replace(" ", "")
            suffix = str(rng.randint(1, 99)) if rng.random() < 0.4 else ""
            email = f"{user}{suffix}@{rng.choice(MAIL_DOMAINS)}"
        phone = ""
        if rng.random() < 0.9:
            number = f"{rng.choice(MOBILE_PREFIXES)}{rng.randint(0, 999_999):06d}"
            phone = f"+56 9 {number[:4]} {number[4:]}"
        return DemoPerson(
            rut_of(self.body()), name, email, phone, notice, address if notice != "email" else ""
        )


def _apartments(layout: Layout, address: str) -> list[tuple[str, str, str, int, str]]:
    """(number, tower, floor, area_x100, postal address) of every apartment, floor by floor."""
    found = []
    street, _, place = address.partition(", ")
    for tower in layout.towers:
        for floor in range(1, layout.floors + 1):
            for position, size in enumerate(layout.sizes, start=1):
                number = f"{floor}{position:02d}"
                area = size * (1.25 if floor == layout.floors and position == 1 else 1.0)
                label = f"{tower}-{number}" if tower else number
                where = f"{street}, depto. {number}" + (f", torre {tower}" if tower else "")
                where += f", {place}" if place else ""
                found.append((label, tower, str(floor), round(area * 100), where))
    return found


def _in_table(table: str, unit: DemoUnit) -> bool:
    if table == GENERAL:
        return True
    if table.startswith("Torre "):
        return unit.kind == "apartment" and unit.tower == table.removeprefix("Torre ")
    return unit.kind == {"Departamentos": "apartment", "Estacionamientos": "parking"}[table]


def _with_shares(units: list[DemoUnit], tables: tuple[str, ...]) -> list[DemoUnit]:
    shares: dict[str, dict[str, int]] = {u.number: {} for u in units}
    for table in tables:
        members = [u for u in units if _in_table(table, u)]
        for unit, micro in zip(members, from_weights([u.area_x100 for u in members]), strict=True):
            shares[unit.number][table] = micro
    return [replace(u, shares=shares[u.number]) for u in units]


SHOPS = (("Inversiones Los Robles SpA", 76_412_503), ("Rentas Alcántara Ltda.", 77_105_928))
SHOP_TENANTS = (("Farmacia Vitacura SpA", 76_998_214), ("Café Altamira Ltda.", 77_340_655))


def _company(name: str, body: int, email: str) -> DemoPerson:
    return DemoPerson(rut_of(body), name, email, "+56 2 2345 6789", "email")


def plan_community(
    code: str,
    address: str,
    maker: PersonMaker,
    investors: dict[int, DemoPerson] | None = None,
    layout: Layout | None = None,
) -> DemoCommunity:
    """``investors``: apartment index -> an owner shared with other communities; ``layout``
    defaults to the demo community's own (benchmarks pass a bigger one)."""
    layout = layout or LAYOUTS[code]
    investors = investors or {}
    rng = random.Random(f"kastor-demo-units-{code}")
    units: list[DemoUnit] = []
    owners: list[DemoPerson] = []
    for index, (number, tower, floor, area, where) in enumerate(_apartments(layout, address)):
        if index in investors:
            owner = investors[index]
        elif owners and rng.random() < 0.07:
            owner = rng.choice(owners)  # an owner of several units in this community
        else:
            owner = maker.person(where)
        owners.append(owner)
        resident = maker.person(where) if rng.random() < 0.25 else None
        valuation = round(area * (11_500 + 120 * int(floor)), -3)
        units.append(DemoUnit(number, "apartment", tower, floor, area, valuation, owner, resident))
    for index in range(layout.shops):
        name, body = SHOPS[index]
        tenant, tenant_body = SHOP_TENANTS[index]
        owner = _company(name, body, f"contacto{index + 1}@{fold(name.split()[1])}.cl")
        resident = _company(tenant, tenant_body, f"local{index + 1}@{fold(tenant.split()[1])}.cl")
        units.append(
            DemoUnit(f"LOCAL-{index + 1}", "shop", "", "1", 8_500 + 3_500 * index, None, owner, resident)
        )  # fmt: skip
    apartments = [u for u in units if u.kind == "apartment"]
    for kind, prefix, count in (
        ("parking", "EST", layout.parking),
        ("storage", "BOD", layout.storage),
    ):
        for n, main in enumerate(rng.sample(apartments, count), start=1):
            area = 1_250 if kind == "parking" else rng.choice((300, 350, 400, 450, 500, 600))
            units.append(
                DemoUnit(f"{prefix}-{n:02d}", kind, "", "-1", area, None, main.owner, parent=main.number)
            )  # fmt: skip
    units = _with_shares(units, layout.tables)
    return DemoCommunity(code, layout.tables, tuple(units), _balances(rng, units))


def _balances(rng: random.Random, units: list[DemoUnit]) -> dict[str, int]:
    """Debts of one to three months for about a fifth of the main units, a few large debts
    (eight to fifteen months) and a few credits; sub-units are billed with their main unit."""
    mains = [u for u in units if not u.parent]
    balances: dict[str, int] = {}
    large = max(2, len(mains) // 60)
    for position, unit in enumerate(rng.sample(mains, len(mains))):
        monthly = round(unit.area_x100 * 16, -2)  # about $1.600 per m2 a month
        if position < large:
            balances[unit.number] = monthly * rng.randint(8, 15) + rng.randint(0, 99) * 100
        elif position < large + len(mains) // 5:
            balances[unit.number] = monthly * rng.randint(1, 3)
        elif position < large + len(mains) // 5 + max(2, len(mains) // 20):
            balances[unit.number] = -round(rng.randint(5_000, 60_000), -2)
    return balances


def new_maker() -> PersonMaker:
    return PersonMaker(random.Random("kastor-demo-people"))


def plan_communities(addresses: dict[str, str], maker: PersonMaker) -> list[DemoCommunity]:
    """Every demo community, in the order of ``addresses`` (code -> street address)."""
    office = "Av. Los Militares 5620, of. 1203, Las Condes, Santiago"
    investors = [maker.person(office) for _ in range(4)]
    # apartment index in each community -> investor: two own in two communities, one in three
    placements = {
        "ALERCES": {5: investors[0], 17: investors[1]},
        "PNUNOA": {3: investors[0], 44: investors[1], 61: investors[2]},
        "VITACURA": {12: investors[0], 150: investors[2], 151: investors[3]},
    }
    return [
        plan_community(code, address, maker, placements.get(code, {}))
        for code, address in addresses.items()
    ]


# -- suppliers, workers, bank accounts and funds --------------------------------------------------
# fmt: off
SUPPLIERS = (
    SupplierDraft(rut_of(61_808_000), "Aguas Andinas S.A.", "Agua potable y alcantarillado", "Mesa de empresas",
                 "empresas@aguasandinas.cl", "+56 2 2731 2482", "Banco de Chile", "00-161-80800-01"),
    SupplierDraft(rut_of(96_800_570), "Enel Distribución Chile S.A.", "Electricidad", "Ejecutivo de cuentas",
                 "grandesclientes@enel.cl", "+56 2 2696 0000", "Banco Santander", "0-000-61-10570-3"),
    SupplierDraft(rut_of(96_722_460), "Metrogas S.A.", "Gas natural", "Atención comercial",
                 "comercial@metrogas.cl", "+56 2 2337 8000", "Banco BCI", "10-452-7784"),
    SupplierDraft(rut_of(76_284_913), "Ascensores Andinos Mantención Ltda.", "Mantención de ascensores",
                 "Hernán Opazo Ríos", "contratos@ascensoresandinos.cl", "+56 2 2584 3310", "Banco Itaú",
                 "0212-4456-01"),
    SupplierDraft(rut_of(76_530_217), "Limpieza Integral Cordillera SpA", "Aseo y limpieza",
                 "Marta Leiva Cisternas", "servicios@limpiezacordillera.cl", "+56 9 6612 4587",
                 "BancoEstado", "29-0071-5540"),
    SupplierDraft(rut_of(77_018_644), "Jardines del Mapocho Ltda.", "Jardinería y paisajismo",
                 "Osvaldo Peña Vidal", "contacto@jardinesmapocho.cl", "+56 9 7781 2203", "Banco de Chile",
                 "00-218-44120-07"),
    SupplierDraft(rut_of(76_771_390), "Extintores y Seguridad Central SpA", "Extintores y red húmeda",
                 "Paola Bustos Lara", "ventas@seguridadcentral.cl", "+56 2 2555 9071", "Scotiabank",
                 "97-11458-02"),
    SupplierDraft(rut_of(76_905_126), "Bombas Presurizadas Andes Ltda.", "Mantención de bombas de agua",
                 "Ricardo Leal Medina", "mantencion@bombasandes.cl", "+56 2 2471 6630", "Banco Security",
                 "9-145-332-01"),
)
SUPPLIER_PICKS = {"ALERCES": (0, 1, 2, 3, 4), "PNUNOA": (0, 1, 2, 3, 4, 5, 6),
                  "VITACURA": (0, 1, 2, 3, 4, 5, 6, 7)}
# role, count, salary basis, first hire year
STAFF = {
    "ALERCES": (("Conserje", 2, 620_000, 2014), ("Auxiliar de aseo", 1, 560_000, 2019),
                ("Jardinero", 1, 540_000, 2021)),
    "PNUNOA": (("Mayordomo", 1, 980_000, 2011), ("Conserje", 3, 650_000, 2013),
               ("Auxiliar de aseo", 2, 570_000, 2017), ("Jardinero", 1, 590_000, 2018)),
    "VITACURA": (("Mayordomo", 1, 1_150_000, 2009), ("Conserje", 4, 720_000, 2012),
                 ("Auxiliar de aseo", 2, 600_000, 2016), ("Jardinero", 2, 610_000, 2015)),
}
PENSIONS = ("AFP Habitat", "AFP Provida", "AFP Capital", "AFP Cuprum", "AFP Modelo", "AFP PlanVital")
HEALTH = ("Fonasa", "Fonasa", "Isapre Banmédica", "Isapre Colmena", "Isapre Consalud")
# bank, account type, number
BANK_ACCOUNTS = {
    "ALERCES": ("Banco de Chile", "checking", "00-184-52367-08"),
    "PNUNOA": ("BancoEstado", "checking", "29-0012-4418"),
    "VITACURA": ("Banco Santander", "checking", "0-000-71-23456-7"),
}
# (name, kind, opening balance in pesos)
FUNDS = {
    "ALERCES": (("Fondo común de reserva", "reserve", 4_850_000),
                ("Fondo de mantención de ascensores", "other", 1_200_000)),
    "PNUNOA": (("Fondo común de reserva", "reserve", 12_640_000),
               ("Fondo de pintura de fachada", "other", 3_900_000)),
    "VITACURA": (("Fondo común de reserva", "reserve", 38_275_000),
                 ("Fondo de renovación de ascensores", "other", 15_500_000)),
}
# fmt: on


def plan_suppliers(code: str) -> list[SupplierDraft]:
    return [SUPPLIERS[i] for i in SUPPLIER_PICKS[code]]


def plan_workers(code: str, maker: PersonMaker) -> list[WorkerDraft]:
    rng = maker.rng
    workers = []
    for role, count, salary, since in STAFF[code]:
        for _ in range(count):
            person = maker.person()
            hired = date(rng.randint(since, 2024), rng.randint(1, 12), rng.randint(1, 28))
            pension = f"{rng.choice(PENSIONS)} · {rng.choice(HEALTH)}"
            basis = salary + rng.randint(0, 8) * 10_000
            workers.append(
                WorkerDraft(person.tax_id, person.full_name, role, hired, basis, pension)
            )
    return workers
