"""The permission catalogue: every action the product has or will have.

A permission has a scope: ``office`` permissions can only be granted by office-wide roles
(Administración); ``community`` permissions can be granted by either kind of role, and a
community role grants them only inside the communities it exists in.
"""

from __future__ import annotations

from dataclasses import dataclass

OFFICE = "office"
COMMUNITY = "community"


@dataclass(frozen=True)
class Permission:
    code: str
    label: str
    scope: str
    group: str


CATALOGUE: tuple[Permission, ...] = (
    # Office workspace
    Permission(
        "office.edit_profile", "Editar el perfil de la administración", OFFICE, "Administración"
    ),
    Permission("communities.create", "Crear comunidades", OFFICE, "Administración"),
    Permission("communities.delete", "Eliminar comunidades", OFFICE, "Administración"),
    Permission("contacts.manage", "Gestionar contactos", OFFICE, "Administración"),
    Permission("users.manage", "Gestionar usuarios y roles", OFFICE, "Administración"),
    Permission("audit.view", "Ver el registro de auditoría", OFFICE, "Administración"),
    Permission(
        "backups.manage", "Respaldar y restaurar la base de datos", OFFICE, "Administración"
    ),
    Permission(
        "sync.manage", "Configurar la sincronización con el portal", OFFICE, "Administración"
    ),
    # Community
    Permission("communities.view", "Ver la comunidad", COMMUNITY, "Comunidad"),
    Permission("communities.edit", "Editar los datos de la comunidad", COMMUNITY, "Comunidad"),
    Permission(
        "units.manage", "Gestionar unidades, copropietarios y prorrateos", COMMUNITY, "Maestros"
    ),
    Permission("suppliers.manage", "Gestionar proveedores y trabajadores", COMMUNITY, "Maestros"),
    Permission(
        "accounts.manage",
        "Gestionar plan de cuentas, cuentas bancarias y fondos",
        COMMUNITY,
        "Maestros",
    ),
    Permission("imports.run", "Importar planillas de migración", COMMUNITY, "Maestros"),
    Permission("expenses.manage", "Registrar gastos e ingresos del período", COMMUNITY, "Cierre"),
    Permission("periods.close", "Cerrar períodos (cierre de gasto común)", COMMUNITY, "Cierre"),
    Permission("periods.reopen", "Reabrir períodos cerrados", COMMUNITY, "Cierre"),
    Permission("notices.print", "Emitir avisos de cobro", COMMUNITY, "Cierre"),
    Permission("payments.record", "Registrar pagos", COMMUNITY, "Recaudación"),
    Permission("payments.void", "Anular pagos", COMMUNITY, "Recaudación"),
    Permission("bank.import", "Importar cartolas bancarias", COMMUNITY, "Recaudación"),
    Permission("collection.manage", "Gestionar morosidad y cobranza", COMMUNITY, "Recaudación"),
    Permission("certificates.issue", "Emitir certificados de deuda", COMMUNITY, "Recaudación"),
    Permission(
        "reservations.manage", "Gestionar reservas de espacios comunes", COMMUNITY, "Comunidad"
    ),
    Permission("announcements.send", "Enviar comunicados", COMMUNITY, "Comunidad"),
    Permission("reports.view", "Ver reportes", COMMUNITY, "Comunidad"),
)

BY_CODE: dict[str, Permission] = {p.code: p for p in CATALOGUE}
ALL_CODES: frozenset[str] = frozenset(BY_CODE)
COMMUNITY_CODES: frozenset[str] = frozenset(p.code for p in CATALOGUE if p.scope == COMMUNITY)


def label(code: str) -> str:
    perm = BY_CODE.get(code)
    return perm.label if perm else code


def grantable(role_kind: str) -> tuple[Permission, ...]:
    """Permissions a role of this kind may hold."""
    if role_kind == OFFICE:
        return CATALOGUE
    return tuple(p for p in CATALOGUE if p.scope == COMMUNITY)
