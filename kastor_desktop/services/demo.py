"""The demo office: realistic Chilean data built through the real services (so it is audited).

It lives in its own data directory, marked with a ``.kastor-demo`` file; only a directory holding
that marker may be wiped by ``kastor demo --reset``. The user's real data directory is never used.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from stdnum.cl import rut

from kastor_desktop.domain import permissions
from kastor_desktop.paths import DataPaths
from kastor_desktop.services.communities import CommunityDraft
from kastor_desktop.services.context import Actor
from kastor_desktop.services.demo_collection import STATEMENT
from kastor_desktop.services.demo_images import draw_logo, draw_signature
from kastor_desktop.services.demo_master import LAYOUTS
from kastor_desktop.services.errors import ServiceError
from kastor_desktop.services.office import Crop
from kastor_desktop.services.suite import Services

MARKER = ".kastor-demo"
README = "LEEME-DEMO.txt"
DEMO_APP_NAME = "KastorDesktop-Demo"

OFFICE_NAME = "Administraciones Cordillera SpA"


@dataclass(frozen=True)
class DemoUser:
    username: str
    password: str
    full_name: str
    roles: tuple[str, ...]
    email: str = ""


@dataclass(frozen=True)
class DemoSignIn:
    data_dir: Path
    users: tuple[DemoUser, ...]

    @property
    def username(self) -> str:
        return self.users[0].username

    @property
    def password(self) -> str:
        return self.users[0].password


ADMIN = DemoUser("admin", "Cordillera2024", "Claudia Herrera Vidal", ("Administrador",),
                 "claudia.herrera@admcordillera.cl")  # fmt: skip
SECOND = DemoUser("mgonzalez", "Supervisora2024", "María José González Soto", ("Supervisor", "Contador"),
                  "maria.gonzalez@admcordillera.cl")  # fmt: skip


def with_check_digit(body: int) -> str:
    """A valid, formatted RUT for ``body`` (the check digit computed by python-stdnum)."""
    digits = str(body)
    return str(rut.format(digits + rut.calc_check_digit(digits)))


# fmt: off
# code, name, RUT body, address, phone, e-mail, logo colour
COMMUNITIES = (
    ("ALERCES", "Edificio Los Alerces", 53312457, "Av. Providencia 1650, Providencia, Santiago",
     "+56 2 2234 5678", "edificio.losalerces@admcordillera.cl", (31, 78, 121)),
    ("PNUNOA", "Condominio Parque Ñuñoa", 53298164, "Av. Irarrázaval 3450, Ñuñoa, Santiago",
     "+56 2 2987 6543", "parque.nunoa@admcordillera.cl", (46, 125, 50)),
    ("VITACURA", "Torre Vitacura", 53401872, "Av. Vitacura 5250, Vitacura, Santiago",
     "+56 2 2456 7890", "torre.vitacura@admcordillera.cl", (142, 68, 23)),
)
# name, e-mail, phone, {community code: shown on notices}
CONTACTS: tuple[tuple[str, str, str, dict[str, bool]], ...] = (
    ("Carolina Muñoz Rojas", "carolina.munoz@admcordillera.cl", "+56 9 8765 4321", {"ALERCES": True, "PNUNOA": True}),
    ("Rodrigo Fuentes Araya", "rodrigo.fuentes@admcordillera.cl", "+56 9 7654 3210", {"VITACURA": False}),
    ("Javiera Soto Contreras", "javiera.soto@admcordillera.cl", "", {}),
)
SUPERVISOR_PERMISSIONS = ("audit.view", "communities.view", "contacts.manage", "reports.view")
ACCOUNTANT_PERMISSIONS = ("communities.view", "expenses.manage", "payments.record", "bank.import", "reports.view",
                          "certificates.issue")
# fmt: on
ACCOUNTANT_COMMUNITIES = ("ALERCES", "PNUNOA")


def demo_data_dir() -> Path:
    """The demo's own folder, next to (never inside or equal to) the real data directory."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(DEMO_APP_NAME, "Kastor"))


def is_demo(root: Path) -> bool:
    return (Path(root) / MARKER).is_file()


def read_sign_in(root: Path) -> DemoSignIn | None:
    """The sign-in recorded by a previous build, or None when ``root`` holds no demo."""
    try:
        data = json.loads((Path(root) / MARKER).read_text(encoding="utf-8"))
        users = tuple(DemoUser(**(u | {"roles": tuple(u["roles"])})) for u in data["users"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return DemoSignIn(Path(root), users)


def wipe(root: Path) -> None:
    """Delete everything a demo build wrote in ``root``; refuses a folder without the marker."""
    root = Path(root)
    if not is_demo(root):
        raise ServiceError(
            f"«{root}» no es una carpeta de demostración (falta el archivo {MARKER}); no se borró nada."
        )
    paths = DataPaths(root)
    database = paths.database.name
    for name in (database, f"{database}-wal", f"{database}-shm", README, MARKER, STATEMENT):
        (root / name).unlink(missing_ok=True)
    for folder in (paths.attachments, paths.documents, paths.backups, paths.logs):
        shutil.rmtree(folder, ignore_errors=True)


def build_demo(services: Services) -> DemoSignIn:
    """Fill an empty office with the demo data; returns the sign-in to print."""
    if not services.auth.needs_setup():
        raise ServiceError(
            "Esta carpeta ya tiene una administración; la demo necesita una carpeta vacía."
        )
    root = services.paths.root
    sign_in = DemoSignIn(root, (ADMIN, SECOND))
    _write_marker(sign_in)  # first: a build that fails half-way can still be reset
    admin = services.auth.create_office(
        OFFICE_NAME, with_check_digit(76543210), ADMIN.username, ADMIN.full_name, ADMIN.email,
        ADMIN.password, ADMIN.password,
    )  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="kastor-demo-") as tmp:
        folder = Path(tmp)
        office_logo = draw_logo(folder / "oficina.jpg", "AC", (38, 70, 83), side=800)
        services.office.set_logo(admin, office_logo, Crop(0, 0, 800))
        ids: dict[str, int] = {}
        for seed, (code, name, body, address, phone, email, colour) in enumerate(COMMUNITIES):
            words = name.split()
            initials = "".join(word[0] for word in (words[1:] if len(words) > 2 else words))[:2]
            draft = CommunityDraft(
                name=name,
                email=email,
                phone=phone,
                tax_id=with_check_digit(body),
                address=address,
                code=code,
                logo_file=str(draw_logo(folder / f"logo-{code}.jpg", initials, colour)),
                signature_file=str(
                    draw_signature(folder / f"firma-{code}.jpg", ADMIN.full_name, seed)
                ),
            )
            ids[code] = services.communities.create(admin, draft).value.id
        _load_master_data(services, admin, folder, ids)
    for name, email, phone, served in CONTACTS:
        contact = services.contacts.create(admin, name, email, phone).value
        for code, shown in served.items():
            services.contacts.associate(admin, contact.id, ids[code], shown=shown)
    supervisor = services.roles.create(
        admin, "Supervisor", permissions.OFFICE, SUPERVISOR_PERMISSIONS
    ).value
    accountant = services.roles.create(
        admin,
        "Contador",
        permissions.COMMUNITY,
        ACCOUNTANT_PERMISSIONS,
        [ids[c] for c in ACCOUNTANT_COMMUNITIES],
    ).value
    roles = [supervisor.id, accountant.id]
    services.users.create(
        admin, SECOND.username, SECOND.full_name, SECOND.email, SECOND.password, roles
    )
    from kastor_desktop.services.demo_months import build_months

    build_months(services, admin, ids)
    from kastor_desktop.services.demo_collection import build_collection

    build_collection(services, admin, ids, root)
    (root / README).write_text(readme_text(sign_in), encoding="utf-8")
    return sign_in


def _load_master_data(services: Services, admin: Actor, folder: Path, ids: dict[str, int]) -> None:
    """Units, owners, shares, suppliers, workers, balances and funds through the real
    spreadsheet import; the default chart and a bank account through their services."""
    from kastor_desktop.services.demo_loading import load_master_data
    from kastor_desktop.services.demo_master import new_maker, plan_communities

    maker = new_maker()
    plans = plan_communities({code: address for code, _, _, address, *_ in COMMUNITIES}, maker)
    tax_ids = {code: with_check_digit(body) for code, _, body, *_ in COMMUNITIES}
    load_master_data(services, admin, folder, plans, ids, tax_ids, maker)


def _write_marker(sign_in: DemoSignIn) -> None:
    sign_in.data_dir.mkdir(parents=True, exist_ok=True)
    data = {"office": OFFICE_NAME, "users": [asdict(u) for u in sign_in.users]}
    text = json.dumps(data, ensure_ascii=False, indent=2)
    (sign_in.data_dir / MARKER).write_text(text, encoding="utf-8")


def readme_text(sign_in: DemoSignIn) -> str:
    lines = [
        "Kastor Desktop — administración de demostración",
        "",
        f"Administración: {OFFICE_NAME}",
        "Comunidades:",
        *(f"  {name} ({code}): {LAYOUTS[code].units} unidades" for code, name, *_ in COMMUNITIES),
        f"Carpeta de datos: {sign_in.data_dir}",
        "",
        "Usuarios de la demo:",
    ]
    for user in sign_in.users:
        lines += [
            f"  Usuario: {user.username}",
            f"  Contraseña: {user.password}",
            f"  Roles: {', '.join(user.roles)}",
            "",
        ]
    lines += [
        "Abrir la aplicación con estos datos:",
        f'  kastor-desktop --data-dir "{sign_in.data_dir}"',
        "Comandos sin ventana (ejemplo):",
        f'  kastor --data-dir "{sign_in.data_dir}" --user {sign_in.username} communities list',
        "",
        "Cartola bancaria para probar la importación (Edificio Los Alerces):",
        f"  {sign_in.data_dir / STATEMENT}",
        f'  kastor --data-dir "{sign_in.data_dir}" --user {sign_in.username} '
        f'bank import ALERCES "{sign_in.data_dir / STATEMENT}" --dry-run',
        "",
        "Estos datos son ficticios. Para empezar de nuevo:",
        f'  kastor --data-dir "{sign_in.data_dir}" demo --reset',
    ]
    return "\n".join(lines) + "\n"
