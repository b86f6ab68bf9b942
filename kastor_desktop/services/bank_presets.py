"""Saved column mappings of bank statements (presets), office-wide.

Built-in presets live in code (``BUILTIN``): the layouts described for each bank and exercised
by the tests (tests/imports/bank_layouts.py). They are modelled on the banks' usual exports,
not copied from real files; an office whose export differs maps the columns once and saves its
own preset. User presets are rows of ``bank_presets``; saving a name again replaces that
preset. A built-in preset can be neither replaced nor deleted.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass

from sqlalchemy import select

from kastor_desktop.domain.text import fold
from kastor_desktop.imports.bank_statement import Mapping
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import NotFound, ValidationFailed
from kastor_desktop.services.unit_of_work import ServiceContext, UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models.collection import BankPreset

PERMISSION = "bank.import"
NAME_LIMIT = 80

BUILTIN: dict[str, Mapping] = {
    "BancoEstado": Mapping(
        "Fecha", "Descripción", credit="Abonos", debit="Cargos", reference="N° Operación",
        balance="Saldo",
    ),
    "Banco de Chile": Mapping(
        "Fecha", "Descripción", credit="Abonos (CLP)", debit="Cargos (CLP)",
        reference="N° Documento", balance="Saldo (CLP)",
    ),
    "Santander": Mapping(
        "Fecha", "Detalle", amount="Monto", reference="N° Documento", balance="Saldo"
    ),
    "BCI": Mapping(
        "Fecha Operación", "Glosa", credit="Depósitos", debit="Giros", reference="Referencia",
        balance="Saldo",
    ),
    "Banco Galicia (AR)": Mapping(
        "Fecha", "Concepto", credit="Crédito", debit="Débito", reference="Comprobante",
        balance="Saldo",
    ),
}  # fmt: skip


@dataclass(frozen=True)
class PresetRow:
    id: int | None  # None: built in
    name: str
    builtin: bool
    mapping: Mapping

    @property
    def columns(self) -> str:
        """«Fecha: Fecha · Descripción: Glosa · Abonos: Depósitos …» for lists."""
        from kastor_desktop.imports.bank_statement import ROLE_LABELS

        return " · ".join(
            f"{ROLE_LABELS[role]}: {header}" for role, header in self.mapping.headers().items()
        )


def builtin_named(name: str) -> str | None:
    """The built-in preset's own spelling of ``name`` (any case/accents), or None."""
    wanted = fold(" ".join(name.split()))
    return next((b for b in BUILTIN if fold(b) == wanted), None)


def find_preset(uow: UnitOfWork, name: str) -> PresetRow:
    """A preset by name (built-in first, any case); NotFound listing what exists."""
    builtin = builtin_named(name or "")
    if builtin is not None:
        return PresetRow(None, builtin, True, BUILTIN[builtin])
    wanted = fold(" ".join((name or "").split()))
    for record in uow.session.scalars(select(BankPreset)):
        if fold(record.name) == wanted:
            return _row(record)
    names = [*BUILTIN, *uow.session.scalars(select(BankPreset.name).order_by(BankPreset.name))]
    raise NotFound(
        f"El formato de cartola «{name}» no existe. Formatos disponibles: {', '.join(names)}."
    )


def require_import_somewhere(uow: UnitOfWork) -> None:
    """Presets are office-wide: anyone who may import statements in some community may save."""
    if uow.grants.communities_with(PERMISSION) == set():
        uow.require(PERMISSION)  # raises PermissionDenied with the usual message


def _row(record: BankPreset) -> PresetRow:
    return PresetRow(record.id, record.name, False, Mapping.from_json(record.mapping))


class BankPresetService:
    area = "bank_presets"

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self, actor: Actor) -> builtins.list[PresetRow]:
        """Built-in presets first (in their order), then the office's by name."""
        with self.ctx.work(actor) as uow:
            uow.grants  # noqa: B018  (a signed-in, active user)
            rows = [PresetRow(None, name, True, mapping) for name, mapping in BUILTIN.items()]
            records = uow.session.scalars(select(BankPreset).order_by(BankPreset.name))
            return rows + sorted((_row(r) for r in records), key=lambda r: fold(r.name))

    def save(self, actor: Actor, name: str, mapping: Mapping) -> Outcome[PresetRow]:
        """Save ``mapping`` as ``name``; a user preset of that name is replaced."""
        with self.ctx.work(actor) as uow:
            require_import_somewhere(uow)
            checks = Checks()
            title = checks.require("name", " ".join((name or "").split()), "el nombre", NAME_LIMIT)
            builtin = builtin_named(title) if title else None
            if builtin is not None:
                checks.add(
                    "name",
                    f"«{builtin}» es un formato incorporado y no se puede reemplazar: "
                    "guarde sus columnas con otro nombre.",
                )
            problems = mapping.problems()
            if problems:
                checks.add("mapping", " ".join(problems))
            checks.done()
            record = next(
                (r for r in uow.session.scalars(select(BankPreset)) if fold(r.name) == fold(title)),
                None,
            )
            before = None if record is None else {"name": record.name, "mapping": record.mapping}
            if record is None:
                record = BankPreset(
                    name=title, builtin=False, created_at=uow.now, created_by=actor.username
                )
                uow.session.add(record)
            record.name = title
            record.mapping = mapping.to_json()
            uow.session.flush()
            uow.audit(
                "bank_preset.save",
                "bank_preset",
                record.id,
                before,
                {"name": record.name, "mapping": record.mapping},
            )
            uow.commit()
            return Outcome(_row(record), Changes.of(self.area))

    def delete(self, actor: Actor, name: str) -> Outcome[None]:
        with self.ctx.work(actor) as uow:
            require_import_somewhere(uow)
            builtin = builtin_named(name or "")
            if builtin is not None:
                raise ValidationFailed(
                    {"name": f"«{builtin}» es un formato incorporado: no se puede eliminar."}
                )
            preset = find_preset(uow, name)
            record = uow.session.get(BankPreset, preset.id)
            assert record is not None
            uow.audit(
                "bank_preset.delete",
                "bank_preset",
                record.id,
                {"name": record.name, "mapping": record.mapping},
                None,
            )
            uow.session.delete(record)
            uow.commit()
            return Outcome(None, Changes.of(self.area))
