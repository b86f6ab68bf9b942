"""The demo's collection ([K4]): a bank statement to import, a collection log, one agreement.

Built after the demo's months (demo_months.py): August to October 2026 closed, their notices
paid on the 5th–9th of the next month by most units, so on 22-11-2026 the office sees debts at
every age — October unpaid (0–30 days), September (31–60), August (61–90) and the migration's
debts (more than 90). For «Edificio Los Alerces»:

* a BancoEstado-like statement (header rows above the table, Cargos/Abonos, dd/mm/yyyy) with
  transfers that match by the owner's RUT, by a payer registered for the unit, by the payment
  reference and by the amount owed, one ambiguous row (an owner of two units), two rows
  nobody can match, and bank charges; it is written next to the database for the user to
  import (not imported);
* collection-log entries for the units that owe the most, and one payment agreement with its
  first instalment paid;
* the rule that units overdue more than 60 days cannot book common spaces.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from kastor_desktop.services.context import Actor
from kastor_desktop.services.suite import Services

STATEMENT = "cartola-alerces-noviembre-2026.xlsx"
COMMUNITY = "ALERCES"
PAYER = ("76.086.428-5", "Inversiones Pehuén SpA")  # pays for one unit
STRANGERS = (("15.334.728-1", "PEDRO ALARCON"), ("9.876.543-3", "COMERCIAL SUR LTDA"))


def build_collection(services: Services, admin: Actor, ids: dict[str, int], folder: Path) -> Path:
    """The collection data of the demo; returns the statement's path."""
    real_clock = services.ctx.clock
    try:
        services.ctx.clock = lambda: datetime(2026, 11, 12, 9, 30)
        cid = ids[COMMUNITY]
        everyone = _accounts(services, admin, cid)
        owing = [r for r in everyone if r[1] > 0]
        _rules(services, admin, cid)
        _log(services, admin, cid, owing)
        _agreement(services, admin, cid, owing)
        services.ctx.clock = lambda: datetime(2026, 11, 21, 17, 0)
        return _statement(services, admin, cid, owing, everyone, folder / STATEMENT)
    finally:
        services.ctx.clock = real_clock


def _accounts(services: Services, admin: Actor, cid: int) -> list[tuple[str, int, int, str, str]]:
    """(unit, balance, days overdue, owner name, owner RUT) of every unit."""
    rows = []
    for unit in services.units.listing(admin, cid).rows:
        account = services.ledger.account(admin, cid, unit.number, date(2026, 11, 22))
        rows.append(
            (
                unit.number,
                account.balance,
                account.aging.days,
                account.owner_name,
                account.owner_tax_id,
            )
        )
    return rows


def _rules(services: Services, admin: Actor, cid: int) -> None:
    from dataclasses import replace

    current = services.collection_settings.get(admin, cid)
    services.collection_settings.save(
        admin, cid, replace(current, block_bookings=True, block_after_days=60)
    )


def _log(
    services: Services, admin: Actor, cid: int, owing: list[tuple[str, int, int, str, str]]
) -> None:
    from kastor_desktop.services.collection_log import ActionDraft

    worst = sorted(owing, key=lambda r: -r[1])
    for number, _balance, days, _name, _tax in worst[:6]:
        if days > 90:
            services.collection_log.add(
                admin,
                cid,
                number,
                ActionDraft(
                    date(2026, 10, 20),
                    "letter",
                    "late",
                    "Carta certificada con el detalle de la deuda.",
                    "Llamar si no responde",
                    date(2026, 11, 5),
                ),
            )
            services.collection_log.add(
                admin,
                cid,
                number,
                ActionDraft(
                    date(2026, 11, 5),
                    "call",
                    "late",
                    "Dice que pagará a fin de mes.",
                    "Revisar pago",
                    date(2026, 11, 30),
                ),
            )
        elif days > 30:
            services.collection_log.add(
                admin,
                cid,
                number,
                ActionDraft(
                    date(2026, 11, 10),
                    "email",
                    "early",
                    "Recordatorio por correo del aviso de septiembre.",
                ),
            )
    if worst and worst[0][2] > 90:
        services.collection_log.add(
            admin,
            cid,
            worst[0][0],
            ActionDraft(
                date(2026, 11, 11),
                "lawyer",
                "judicial",
                "Derivado al abogado de la comunidad para cobranza judicial.",
                "Esperar informe del abogado",
                date(2026, 12, 15),
            ),
        )


def _agreement(
    services: Services, admin: Actor, cid: int, owing: list[tuple[str, int, int, str, str]]
) -> None:
    from kastor_desktop.services.agreements import AgreementDraft

    candidates = sorted((r for r in owing if r[2] > 90), key=lambda r: -r[1])
    if len(candidates) < 2:
        return
    number = candidates[1][0]  # the second worst debtor signed a plan; the worst went to court
    done = services.agreements.create(
        admin,
        cid,
        number,
        AgreementDraft(
            signed_on=date(2026, 11, 12),
            instalments=6,
            first_amount=None,
            start=date(2026, 11, 12),
            approved_by="Comité de administración, acta N° 14",
            approved_on=date(2026, 11, 10),
            note="Primera cuota al firmar; el resto el día 12 de cada mes.",
        ),
    ).value
    first = done.instalments[0]
    services.payments.record(
        admin, cid, number, first.amount, date(2026, 11, 12), "transfer", "Convenio, cuota 1"
    )


def _statement(
    services: Services,
    admin: Actor,
    cid: int,
    owing: list[tuple[str, int, int, str, str]],
    everyone: list[tuple[str, int, int, str, str]],
    path: Path,
) -> Path:
    from openpyxl import Workbook

    from kastor_desktop.services.notice_compose import reference_for

    fresh = sorted((r for r in owing if r[2] <= 30 and r[4]), key=lambda r: r[0])
    fresh += sorted((r for r in owing if r[2] > 30 and r[4]), key=lambda r: r[0])
    owners: dict[str, list[str]] = {}
    for number, _b, _d, _n, tax in everyone:
        owners.setdefault(tax, []).append(number)
    rows: list[tuple[date, str, str, int, int]] = []  # day, document, description, debit, credit
    used: set[str] = set()

    def take(count: int) -> list[tuple[str, int, int, str, str]]:
        chosen = [r for r in fresh if r[0] not in used][:count]
        used.update(r[0] for r in chosen)
        return chosen

    for i, (_number, balance, _d, name, tax) in enumerate(take(4)):
        rows.append(
            (
                date(2026, 11, 14 + i % 4),
                f"{40_112_300 + i}",
                f"TRANSF DE {tax} {name.upper()}",
                0,
                balance,
            )
        )
    for i, (number, balance, _d, _n, _t) in enumerate(take(2)):
        reference = reference_for(COMMUNITY, number)
        rows.append((date(2026, 11, 16 + i), reference, f"DEPOSITO {reference}", 0, balance // 2))
    payer_unit = take(1)
    if payer_unit:
        number, balance, *_ = payer_unit[0]
        services.payers.add(admin, cid, number, PAYER[0], PAYER[1])
        rows.append(
            (date(2026, 11, 18), "40112399", f"TRANSF {PAYER[0]} {PAYER[1].upper()}", 0, balance)
        )
    amount_only = [
        r for r in fresh if r[0] not in used and sum(1 for o in owing if o[1] == r[1]) == 1
    ][:1]
    for number, balance, *_ in amount_only:
        used.add(number)
        rows.append((date(2026, 11, 19), "0", "DEPOSITO EN EFECTIVO SUCURSAL CENTRO", 0, balance))
    twice = next((tax for tax, units in owners.items() if tax and len(units) > 1), None)
    if twice:
        name = next(r[3] for r in everyone if r[4] == twice)
        rows.append(
            (date(2026, 11, 19), "40112411", f"TRANSF DE {twice} {name.upper()}", 0, 12_345)
        )
    for i, (tax, name) in enumerate(STRANGERS):
        rows.append(
            (
                date(2026, 11, 20 + i),
                f"4011250{i}",
                f"TRANSF DE {tax} {name}",
                0,
                48_200 + 1_000 * i,
            )
        )
    rows.append((date(2026, 11, 15), "991", "PAGO PROVEEDOR ASCENSORES DEL PACIFICO", 412_500, 0))
    rows.append((date(2026, 11, 20), "992", "COMISION MANTENCION CUENTA CORRIENTE", 8_900, 0))
    rows.sort(key=lambda r: (r[0], r[1]))
    book = Workbook()
    sheet = book.active
    sheet.title = "Cartola"
    sheet.append(["BancoEstado — Cartola histórica de cuenta corriente"])
    sheet.append(["Titular:", "Comunidad Edificio Los Alerces"])
    sheet.append(["Cuenta corriente N°:", "000-1-234567-8"])
    sheet.append(["Período:", "14/11/2026 al 21/11/2026"])
    sheet.append([])
    sheet.append(["Fecha", "N° Documento", "Descripción", "Cargos", "Abonos", "Saldo"])
    balance = 18_734_220
    for day, document, description, debit, credit in rows:
        balance += credit - debit
        sheet.append(
            [
                day.strftime("%d/%m/%Y"),
                document,
                description,
                _clp(debit),
                _clp(credit),
                _clp(balance),
            ]
        )
    sheet.append([])
    sheet.append(["", "", "Saldo final", "", "", _clp(balance)])
    for column, width in zip("ABCDEF", (12, 14, 52, 12, 12, 14), strict=True):
        sheet.column_dimensions[column].width = width
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def _clp(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") if amount else ""
