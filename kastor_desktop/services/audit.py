"""The audit log: read with filters and export. There is no way to change or delete entries."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import Select, select

from kastor_desktop.domain.permissions import CATALOGUE
from kastor_desktop.domain.units import (
    ACCOUNT_KINDS,
    BANK_ACCOUNT_TYPES,
    EXPENSE_NATURES,
    FUND_KINDS,
    NOTICE_PREFERENCES,
    UNIT_KINDS,
)
from kastor_desktop.services.context import Actor
from kastor_desktop.services.unit_of_work import ServiceContext
from kastor_desktop.store.models import AuditEntry

ACTION_LABELS = {
    "office.create": "Creó la administración",
    "office.update": "Editó la administración",
    "office.logo": "Cambió el logo de la administración",
    "user.create": "Creó un usuario",
    "user.update": "Editó un usuario",
    "user.update_self": "Editó sus datos",
    "user.change_password": "Cambió su contraseña",
    "user.reset_password": "Restableció una contraseña",
    "role.create": "Creó un rol",
    "role.update": "Editó un rol",
    "role.delete": "Eliminó un rol",
    "contact.create": "Creó un contacto",
    "contact.update": "Editó un contacto",
    "contact.delete": "Eliminó un contacto",
    "contact.associate": "Asoció un contacto",
    "contact.dissociate": "Desasoció un contacto",
    "contact.show": "Mostró el contacto",
    "contact.hide": "Ocultó el contacto",
    "community.create": "Creó una comunidad",
    "community.update": "Editó una comunidad",
    "community.delete": "Eliminó una comunidad",
    "backup.create": "Respaldó la base de datos",
    # community master data [K2]
    "unit.create": "Creó una unidad",
    "unit.update": "Editó una unidad",
    "unit.delete": "Eliminó una unidad",
    "person.create": "Creó una persona",
    "person.update": "Editó una persona",
    "share_table.create": "Creó una tabla de prorrateo",
    "share_table.update": "Editó una tabla de prorrateo",
    "share_table.delete": "Eliminó una tabla de prorrateo",
    "shares.set": "Cambió porcentajes de prorrateo",
    "supplier.create": "Creó un proveedor",
    "supplier.update": "Editó un proveedor",
    "supplier.delete": "Eliminó un proveedor",
    "worker.create": "Creó un trabajador",
    "worker.update": "Editó un trabajador",
    "worker.delete": "Eliminó un trabajador",
    "account.create": "Creó una cuenta de gasto",
    "account.update": "Editó una cuenta de gasto",
    "account.delete": "Eliminó una cuenta de gasto",
    "chart.default": "Cargó el plan de cuentas por defecto",
    "bank_account.create": "Creó una cuenta bancaria",
    "bank_account.update": "Editó una cuenta bancaria",
    "bank_account.delete": "Eliminó una cuenta bancaria",
    "fund.create": "Creó un fondo",
    "fund.update": "Editó un fondo",
    "fund.delete": "Eliminó un fondo",
    "opening_balance.set": "Fijó un saldo inicial",
    "opening_balance.delete": "Eliminó un saldo inicial",
    "import.units": "Importó unidades y copropietarios",
    "import.suppliers": "Importó proveedores",
    "import.workers": "Importó trabajadores",
    "import.accounts": "Importó el plan de cuentas",
    "import.balances": "Importó saldos iniciales",
    # expenses and income of the month [K3]
    "expense.create": "Registró un gasto",
    "expense.update": "Editó un gasto",
    "expense.delete": "Eliminó un gasto",
    "expense.confirm": "Confirmó un gasto recurrente propuesto",
    "expense.import": "Importó un gasto desde una planilla",
    "recurring_expense.create": "Creó un gasto recurrente",
    "recurring_expense.update": "Editó un gasto recurrente",
    "recurring_expense.delete": "Eliminó un gasto recurrente",
    "recurring_expense.propose": "Propuso los gastos recurrentes del mes",
    "income.create": "Registró un ingreso",
    "income.update": "Editó un ingreso",
    "income.delete": "Eliminó un ingreso",
    # readings, individual charges, fund contributions, closing settings [K3]
    "meter_set.create": "Registró un servicio medido del mes",
    "meter_set.update": "Editó un servicio medido del mes",
    "meter_set.delete": "Eliminó un servicio medido y sus lecturas",
    "meter_readings.set": "Registró lecturas de medidores",
    "individual_charge.create": "Registró un cargo individual",
    "individual_charge.update": "Editó un cargo individual",
    "individual_charge.delete": "Eliminó un cargo individual",
    "fund_contribution.set": "Fijó el aporte del mes a un fondo",
    "closing_settings.update": "Editó la configuración del cierre",
    "payment.record": "Registró un pago",
    "payment.void": "Anuló un pago",
    "bank.import": "Importó una cartola bancaria",
    "bank_preset.save": "Guardó un formato de cartola",
    "bank_preset.delete": "Eliminó un formato de cartola",
    "unit_payer.add": "Registró un pagador de una unidad",
    "unit_payer.remove": "Quitó un pagador de una unidad",
    "certificate.issue": "Emitió un certificado de deuda",
    "collection_action.create": "Registró una gestión de cobranza",
    "collection_action.delete": "Eliminó una gestión de cobranza",
    "collection_settings.update": "Editó las reglas de cobranza",
    "agreement.create": "Firmó un convenio de pago",
    "agreement.cancel": "Anuló un convenio de pago",
    "reminders.send": "Envió cartas de cobranza",
}


@dataclass(frozen=True)
class AuditFilter:
    username: str | None = None
    community_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    action: str | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    community_name: str
    action: str
    action_label: str
    entity: str
    entity_id: str
    before: str
    after: str

    @property
    def entity_label(self) -> str:
        """«Comunidad 3», «Unidad 41», in Spanish."""
        label = ENTITY_LABELS.get(self.entity, self.entity.replace("_", " "))
        return f"{label} {self.entity_id}".strip()


ENTITY_LABELS = {
    "office": "Administración",
    "user": "Usuario",
    "role": "Rol",
    "contact": "Contacto",
    "community": "Comunidad",
    "database": "Base de datos",
    "unit": "Unidad",
    "person": "Persona",
    "share_table": "Tabla de prorrateo",
    "shares": "Prorrateo",
    "supplier": "Proveedor",
    "worker": "Trabajador",
    "account": "Cuenta de gasto",
    "chart": "Plan de cuentas",
    "bank_account": "Cuenta bancaria",
    "fund": "Fondo",
    "opening_balance": "Saldo inicial",
    "expense": "Gasto",
    "recurring_expense": "Gasto recurrente",
    "income": "Ingreso",
    "period": "Período",
    "meter_set": "Medidores",
    "individual_charge": "Cargo individual",
    "fund_contribution": "Aporte a fondo",
    "closing_settings": "Configuración del cierre",
    "payment": "Pago",
    "bank_import": "Cartola bancaria",
    "bank_preset": "Formato de cartola",
    "unit_payer": "Pagador",
    "certificate": "Certificado",
    "collection_action": "Gestión de cobranza",
    "collection_settings": "Reglas de cobranza",
    "payment_agreement": "Convenio de pago",
}

# Stored codes shown in words, per entity (the same code can mean different things).
_ROLE_KINDS = {"office": "Administración", "community": "Comunidad"}
VALUE_LABELS: dict[str, dict[str, dict[str, str]]] = {
    "role": {"kind": _ROLE_KINDS, "permissions": {p.code: p.label for p in CATALOGUE}},
    "unit": {"kind": UNIT_KINDS},
    "person": {"notice_preference": NOTICE_PREFERENCES},
    "account": {"kind": ACCOUNT_KINDS, "nature": EXPENSE_NATURES},
    "bank_account": {"account_type": BANK_ACCOUNT_TYPES},
    "fund": {"kind": FUND_KINDS},
}


FIELD_LABELS = {
    "name": "nombre",
    "tax_id": "RUT",
    "code": "código",
    "email": "correo",
    "phone": "teléfono",
    "address": "dirección",
    "country": "país",
    "logo": "logo",
    "signature": "firma",
    "size": "tamaño",
    "contact": "contacto",
    "shown": "mostrar",
    "communities": "comunidades",
    "username": "usuario",
    "full_name": "nombre completo",
    "active": "activo",
    "roles": "roles",
    "kind": "tipo",
    "permissions": "permisos",
    "backup": "respaldo",
    "file": "archivo",
    "number": "número",
    "owner": "propietario",
    "resident": "residente",
    "tower": "torre",
    "floor": "piso",
    "area_m2": "m²",
    "fiscal_valuation": "avalúo fiscal",
    "delivery_date": "fecha de entrega",
    "notes": "notas",
    "parent": "unidad principal",
    "emails": "correos",
    "phones": "teléfonos",
    "postal_address": "dirección postal",
    "notice_preference": "aviso por",
    "share": "porcentaje",
    "shares": "porcentajes",
    "table": "tabla",
    "sum": "suma",
    "units": "unidades",
    "business_line": "giro",
    "contact_name": "contacto",
    "bank": "banco",
    "bank_name": "banco",
    "bank_account": "cuenta bancaria",
    "role": "cargo",
    "hire_date": "fecha de ingreso",
    "salary_basis": "sueldo base",
    "social_security": "previsión",
    "nature": "clase de gasto",
    "account_type": "tipo de cuenta",
    "holder_tax_id": "RUT del titular",
    "is_default": "por defecto",
    "opening_balance": "saldo inicial",
    "opening_date": "fecha de saldo",
    "amount": "monto",
    "as_of": "fecha",
    "unit": "unidad",
    "category": "categoría",
    "added": "agregadas",
    "updated": "actualizadas",
    "unchanged": "sin cambios",
    "added_rows": "filas agregadas",
    "changed_rows": "cambios",
    "spent_on": "fecha",
    "account": "cuenta",
    "supplier": "proveedor",
    "worker": "trabajador",
    "document_type": "tipo de documento",
    "document_number": "N° de documento",
    "description": "descripción",
    "method": "forma de prorrateo",
    "attachment": "respaldo",
    "confirmed": "confirmado",
    "received_on": "fecha",
    "row": "fila",
    "expenses": "gastos",
    "fund": "fondo",
    "period": "período",
    "service": "servicio",
    "price": "precio",
    "main_previous": "lectura anterior general",
    "main_current": "lectura actual general",
    "digits": "dígitos",
    "readings": "lecturas",
    "uf": "monto en UF",
    "uf_value": "valor UF",
    "uf_date": "fecha UF",
    "contribution": "aporte",
    "rate": "porcentaje",
    "default": "por defecto",
    "reserve_method": "aporte al fondo de reserva",
    "reserve_rate": "porcentaje del fondo de reserva",
    "reserve_amount": "monto fijo del fondo de reserva",
    "reserve_table": "tabla del fondo de reserva",
    "interest_rate": "interés mensual",
    "interest_cap": "tope legal mensual",
    "interest_compound": "interés compuesto",
    "interest_fund": "fondo de los intereses",
    "payment_term_days": "plazo de pago (días)",
    "second_due_days": "segundo vencimiento (días)",
    "second_due_surcharge": "recargo del segundo vencimiento",
    "administrator": "administrador",
}


def _value(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "sí" if value else "no"
    if isinstance(value, list):
        return ", ".join(_value(v) for v in value) or "—"
    if isinstance(value, dict):
        return "(" + "; ".join(f"{k}: {_value(v)}" for k, v in value.items()) + ")"
    return str(value)


def describe(raw: str | None, entity: str = "") -> str:
    """A compact, readable Spanish form of a JSON snapshot (``campo: valor; ...``)."""
    if not raw:
        return ""
    data = json.loads(raw)
    if not isinstance(data, dict):
        return str(data)
    words = VALUE_LABELS.get(entity, {})
    parts = []
    for key, value in data.items():
        shown = value
        if key in words and isinstance(value, str):
            shown = words[key].get(value, value)
        elif key in words and isinstance(value, list):
            shown = [words[key].get(v, v) for v in value]
        parts.append(f"{FIELD_LABELS.get(key, key)}: {_value(shown)}")
    return "; ".join(parts)


class AuditService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def entries(
        self, actor: Actor, filters: AuditFilter = AuditFilter(), limit: int | None = None
    ) -> list[AuditRow]:
        with self.ctx.work(actor) as uow:
            uow.require("audit.view")
            query = self._query(filters).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            if limit:
                query = query.limit(limit)
            return [
                AuditRow(
                    e.id,
                    to_local(e.at),
                    e.username,
                    e.community_name,
                    e.action,
                    ACTION_LABELS.get(e.action, e.action),
                    e.entity,
                    e.entity_id,
                    describe(e.before, e.entity),
                    describe(e.after, e.entity),
                )
                for e in uow.session.scalars(query)
            ]

    def usernames(self, actor: Actor) -> list[str]:
        with self.ctx.work(actor) as uow:
            uow.require("audit.view")
            return list(
                uow.session.scalars(
                    select(AuditEntry.username).distinct().order_by(AuditEntry.username)
                )
            )

    def actions(self) -> dict[str, str]:
        return dict(ACTION_LABELS)

    def export_xlsx(self, actor: Actor, path: Path, filters: AuditFilter = AuditFilter()) -> int:
        from kastor_desktop.reports.xlsx import write_table

        rows = self.entries(actor, filters)
        headers = [
            "Fecha y hora",
            "Usuario",
            "Comunidad",
            "Acción",
            "Código de acción",
            "Entidad",
            "Id",
            "Antes",
            "Después",
        ]
        data = (
            [
                r.at,
                r.username,
                r.community_name,
                r.action_label,
                r.action,
                r.entity,
                r.entity_id,
                r.before,
                r.after,
            ]
            for r in rows
        )
        return write_table(
            Path(path), "Auditoría", headers, data, widths=[20, 14, 28, 30, 20, 12, 8, 60, 60]
        )

    def _query(self, f: AuditFilter) -> Select[tuple[AuditEntry]]:
        query = select(AuditEntry)
        if f.username:
            query = query.where(AuditEntry.username == f.username)
        if f.community_id is not None:
            query = query.where(AuditEntry.community_id == f.community_id)
        if f.action:
            query = query.where(AuditEntry.action == f.action)
        if f.date_from:
            query = query.where(AuditEntry.at >= _local_midnight_utc(f.date_from))
        if f.date_to:
            query = query.where(AuditEntry.at < _local_midnight_utc(f.date_to + timedelta(days=1)))
        return query


def _local_midnight_utc(day: date) -> datetime:
    """Entries are stored in UTC; the filter's dates are the user's local calendar days."""
    return datetime.combine(day, time.min).astimezone(UTC).replace(tzinfo=None)


def to_local(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
