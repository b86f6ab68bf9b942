"""Commands of payments and collection ([K4]) — payments and their documents:

- `kastor payments add COMMUNITY UNIT AMOUNT --date D [--method M] [--reference R]`: records the
  payment and prints its receipt number and what it paid;
- `kastor payments list COMMUNITY [--from D --to D] [--unit UNIT] [--format table|csv|json]`;
- `kastor payments void COMMUNITY RECEIPT --reason TEXT`;
- `kastor payments report COMMUNITY --from D --to D --out FILE.xlsx|.pdf` (payments received);
- `kastor payments credits COMMUNITY [--out FILE.xlsx|.pdf] [--format …]` (unused credits);
- `kastor receipt COMMUNITY RECEIPT --out FILE.pdf`;
- `kastor account COMMUNITY UNIT [--date D] [--format table|csv|json] [--out FILE.pdf|.xlsx]`;
- `kastor certificate COMMUNITY UNIT --out FILE.pdf [--date D] [--claims TEXT]
  [--insurer X --policy P --insurance-until D]`.

Dates are dd-mm-aaaa (or AAAA-MM-DD); methods may be named in Spanish (transferencia, depósito,
efectivo, cheque, tarjeta). Amounts in table and CSV output are plain numbers (pesos), in JSON
integer minor units, as `kastor closing` prints them.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from kastor_desktop.cli.common import OK, Column, UsageError, authenticated, emit
from kastor_desktop.cli.registry import Commands

METHOD_NAMES = {
    "transfer": "transfer", "transferencia": "transfer",
    "deposit": "deposit", "deposito": "deposit",
    "cash": "cash", "efectivo": "cash",
    "check": "check", "cheque": "check",
    "card": "card", "tarjeta": "card",
    "portal": "portal",
    "credit_note": "credit_note", "nota-de-credito": "credit_note", "nota de credito": "credit_note",
}  # fmt: skip
PAYMENT_COLUMNS = [
    Column("receipt", "Recibo"), Column("date", "Fecha"), Column("unit", "Unidad"),
    Column("method", "Medio"), Column("reference", "Referencia"), Column("amount", "Monto"),
    Column("payer", "Pagador"), Column("voided", "Anulado"), Column("reason", "Motivo"),
]  # fmt: skip
ACCOUNT_COLUMNS = [
    Column("date", "Fecha"), Column("concept", "Concepto"), Column("due", "Vencimiento"),
    Column("debit", "Cargo"), Column("credit", "Abono"), Column("balance", "Saldo"),
]  # fmt: skip
CREDIT_COLUMNS = [
    Column("unit", "Unidad"),
    Column("owner", "Propietario"),
    Column("credit", "Saldo a favor"),
]


def date_arg(text: str) -> date:
    from kastor_desktop.domain.errors import FieldError
    from kastor_desktop.domain.values import day

    try:
        value = day(text, "date", "Fecha")
    except FieldError:
        value = None
    if value is None:
        raise argparse.ArgumentTypeError(
            f"la fecha «{text}» debe tener la forma dd-mm-aaaa (o AAAA-MM-DD)"
        )
    return value


def method_code(text: str) -> str:
    from kastor_desktop.domain.text import fold

    return METHOD_NAMES.get(fold(text.strip()), text.strip())


def _exponent(community: Any) -> int:
    return 2 if community.currency == "ARS" else 0


def _plain(minor: int, exponent: int, fmt: str) -> Any:
    """JSON: minor units as they are; table/CSV: pesos («1250.50» for ARS)."""
    if fmt == "json" or not exponent:
        return minor
    return f"{minor / 10**exponent:.{exponent}f}"


def count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _day(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def _balance_text(balance: int, exponent: int) -> str:
    from kastor_desktop.domain.money import format_amount

    if balance > 0:
        return f"debe {format_amount(balance, exponent)}"
    if balance < 0:
        return f"saldo a favor {format_amount(-balance, exponent)}"
    return "al día"


# -- payments ----------------------------------------------------------------------------------
@authenticated
def add(services: Any, actor: Any, args: argparse.Namespace) -> int:
    from kastor_desktop.domain.money import format_amount

    community = services.communities.resolve(actor, args.community)
    row = services.payments.record(
        actor,
        community.id,
        args.unit,
        args.amount,
        args.date,
        method_code(args.method),
        args.reference or "",
        payer=args.payer or "",
    ).value
    receipt = services.payments.receipt(actor, community.id, row.id)
    exponent = _exponent(community)

    def money(minor: int) -> str:
        return format_amount(minor, exponent)

    reference = f" {receipt.reference}" if receipt.reference else ""
    print(
        f"Recibo N° {receipt.number}: {money(receipt.amount)} de la unidad {receipt.unit_number}"
        f" el {_day(receipt.paid_on)} ({receipt.method_label}{reference})."
    )
    for label, due, amount in receipt.applied:
        print(f"  pagó {label} (vence {_day(due)}): {money(amount)}")
    if receipt.credit_left:
        print(f"  queda como saldo a favor: {money(receipt.credit_left)}")
    print(f"Saldo de la cuenta: {_balance_text(receipt.balance_after, exponent)}.")
    return OK


@authenticated
def list_payments(services: Any, actor: Any, args: argparse.Namespace) -> int:
    community = services.communities.resolve(actor, args.community)
    rows = services.payments.list(
        actor, community.id, since=args.since, until=args.until, unit_number=args.unit
    )
    exponent, fmt = _exponent(community), args.format
    items = [
        SimpleNamespace(
            receipt=r.receipt_number,
            date=r.paid_on.isoformat() if fmt == "json" else _day(r.paid_on),
            unit=r.unit_number,
            method=r.method_label,
            reference=r.reference,
            amount=_plain(r.amount, exponent, fmt),
            payer=r.payer,
            voided=r.voided,
            reason=r.void_reason,
        )
        for r in rows
    ]
    emit(items, PAYMENT_COLUMNS, fmt)
    valid = [r for r in rows if not r.voided]
    from kastor_desktop.domain.money import format_amount

    print(
        f"{count(len(valid), 'pago válido', 'pagos válidos')} por "
        f"{format_amount(sum(r.amount for r in valid), exponent)}; "
        f"{count(len(rows) - len(valid), 'anulado', 'anulados')}.",
        file=sys.stderr,
    )
    return OK


@authenticated
def void(services: Any, actor: Any, args: argparse.Namespace) -> int:
    from kastor_desktop.domain.money import format_amount

    community = services.communities.resolve(actor, args.community)
    pid = services.payment_documents.find_payment(actor, community.id, args.receipt)
    row = services.payments.void(actor, community.id, pid, args.reason).value
    account = services.ledger.account(actor, community.id, row.unit_number)
    exponent = _exponent(community)
    print(
        f"Anulado el recibo N° {row.receipt_number} ({format_amount(row.amount, exponent)}, "
        f"unidad {row.unit_number}). Saldo de la cuenta ahora: "
        f"{_balance_text(account.aging.balance, exponent)}."
    )
    return OK


def _out(path: str, allowed: tuple[str, ...]) -> tuple[Path, str]:
    target = Path(path).expanduser()
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in allowed:
        raise UsageError(
            f"El archivo «{target.name}» debe terminar en "
            + " o ".join(f".{a}" for a in allowed)
            + "."
        )
    return target, fmt


@authenticated
def report(services: Any, actor: Any, args: argparse.Namespace) -> int:
    community = services.communities.resolve(actor, args.community)
    target, fmt = _out(args.out, ("xlsx", "pdf"))
    path = services.payment_documents.payments_report(
        actor, community.id, args.since, args.until, target, fmt
    )
    print(f"Pagos recibidos del {_day(args.since)} al {_day(args.until)} escritos en {path}")
    return OK


@authenticated
def credits(services: Any, actor: Any, args: argparse.Namespace) -> int:
    community = services.communities.resolve(actor, args.community)
    if args.out:
        target, fmt = _out(args.out, ("xlsx", "pdf"))
        path = services.payment_documents.credits_report(
            actor, community.id, target, fmt, args.date
        )
        print(f"Saldos a favor escritos en {path}")
        return OK
    rows = services.payment_documents.credits(actor, community.id, args.date)
    exponent = _exponent(community)
    items = [
        SimpleNamespace(
            unit=r.unit_number,
            owner=r.owner_name,
            credit=_plain(r.credit, exponent, args.format),
        )
        for r in rows
    ]
    emit(items, CREDIT_COLUMNS, args.format)
    return OK


# -- documents ---------------------------------------------------------------------------------
@authenticated
def receipt(services: Any, actor: Any, args: argparse.Namespace) -> int:
    community = services.communities.resolve(actor, args.community)
    target, _ = _out(args.out, ("pdf",))
    pid = services.payment_documents.find_payment(actor, community.id, args.receipt)
    path = services.payment_documents.receipt_pdf(actor, community.id, pid, target)
    print(f"Recibo N° {args.receipt} escrito en {path}")
    return OK


@authenticated
def account(services: Any, actor: Any, args: argparse.Namespace) -> int:
    from kastor_desktop.domain.ledger import BUCKET_LABELS, BUCKETS
    from kastor_desktop.domain.money import format_amount

    community = services.communities.resolve(actor, args.community)
    docs = services.payment_documents
    if args.out:
        target, fmt = _out(args.out, ("pdf", "xlsx"))
        write = docs.account_pdf if fmt == "pdf" else docs.account_xlsx
        path = write(actor, community.id, args.unit, target, args.date)
        print(f"Estado de cuenta de {args.unit} escrito en {path}")
        return OK
    data = services.ledger.account(actor, community.id, args.unit, args.date)
    exponent, fmt = _exponent(community), args.format
    iso = fmt == "json"
    items = [
        SimpleNamespace(
            date=line.on.isoformat() if iso else _day(line.on),
            concept=line.label,
            due=(line.due.isoformat() if iso else _day(line.due)) if line.due else "",
            debit=_plain(line.debit, exponent, fmt) if line.debit or iso else "",
            credit=_plain(line.credit, exponent, fmt) if line.credit or iso else "",
            balance=_plain(line.balance, exponent, fmt),
        )
        for line in data.lines
    ]
    emit(items, ACCOUNT_COLUMNS, fmt)
    aging = data.aging
    parts = ", ".join(
        f"{BUCKET_LABELS[name]} {format_amount(getattr(aging, name), exponent)}"
        for name in BUCKETS
        if getattr(aging, name)
    )
    print(
        f"{community.code} {data.unit_number} al {_day(data.as_of)}: "
        f"{_balance_text(aging.balance, exponent)}" + (f" ({parts})." if parts else "."),
        file=sys.stderr,
    )
    return OK


@authenticated
def certificate(services: Any, actor: Any, args: argparse.Namespace) -> int:
    from kastor_desktop.domain.money import format_amount
    from kastor_desktop.services.certificates import Insurance

    community = services.communities.resolve(actor, args.community)
    target, _ = _out(args.out, ("pdf",))
    insurance = None
    if args.insurer or args.policy or args.insurance_until:
        insurance = Insurance(args.insurer or "", args.policy or "", args.insurance_until)
    row = services.certificates.issue(
        actor, community.id, args.unit, args.date, args.claims or "", insurance
    ).value
    path = services.certificates.pdf(actor, community.id, row.id, target)
    debt = f"deuda {format_amount(row.debt, _exponent(community))}" if row.debt else "sin deuda"
    print(
        f"{row.title.capitalize()} folio N° {row.folio}, unidad {row.unit_number} al "
        f"{_day(row.as_of)}: {debt}. Escrito en {path}"
    )
    return OK


def register(commands: Commands) -> None:
    """Add this area's commands."""
    community_help = "código o id de la comunidad"
    group = commands.group("payments", "pagos: registrar, listar, anular e informes")
    sub = commands.command(group, "add", "registra un pago y muestra su recibo", add)
    sub.add_argument("community", metavar="COMUNIDAD", help=community_help)
    sub.add_argument("unit", metavar="UNIDAD", help="número de la unidad")
    sub.add_argument("amount", metavar="MONTO", help="monto en pesos (1.250.000 o 1250000,50)")
    sub.add_argument("--date", type=date_arg, required=True, help="fecha del pago (dd-mm-aaaa)")
    sub.add_argument(
        "--method",
        default="transfer",
        help="transferencia (por omisión), depósito, efectivo, cheque o tarjeta",
    )
    sub.add_argument("--reference", metavar="TEXTO", help="referencia o n° de operación")
    sub.add_argument("--payer", metavar="TEXTO", help="quién pagó, si no es el propietario")
    sub = commands.command(group, "list", "pagos de la comunidad", list_payments, True)
    sub.add_argument("community", metavar="COMUNIDAD", help=community_help)
    sub.add_argument("--from", dest="since", type=date_arg, help="desde esta fecha")
    sub.add_argument("--to", dest="until", type=date_arg, help="hasta esta fecha")
    sub.add_argument("--unit", metavar="UNIDAD", help="solo los pagos de esta unidad")
    sub = commands.command(group, "void", "anula un pago (queda registrado)", void)
    sub.add_argument("community", metavar="COMUNIDAD", help=community_help)
    sub.add_argument("receipt", metavar="RECIBO", type=int, help="número del recibo")
    sub.add_argument("--reason", metavar="TEXTO", required=True, help="motivo de la anulación")
    sub = commands.command(group, "report", "pagos recibidos en un período, en Excel o PDF", report)
    sub.add_argument("community", metavar="COMUNIDAD", help=community_help)
    sub.add_argument("--from", dest="since", type=date_arg, required=True, help="desde")
    sub.add_argument("--to", dest="until", type=date_arg, required=True, help="hasta")
    sub.add_argument("--out", metavar="ARCHIVO", required=True, help="archivo .xlsx o .pdf")
    sub = commands.command(
        group, "credits", "unidades con saldo a favor sin aplicar", credits, True
    )
    sub.add_argument("community", metavar="COMUNIDAD", help=community_help)
    sub.add_argument("--date", type=date_arg, help="al día indicado (por omisión, hoy)")
    sub.add_argument("--out", metavar="ARCHIVO", help="escribe un .xlsx o .pdf en vez de listar")

    sub = commands.command(None, "receipt", "recibo de pago en PDF", receipt)
    sub.add_argument("community", metavar="COMUNIDAD", help=community_help)
    sub.add_argument("receipt", metavar="RECIBO", type=int, help="número del recibo")
    sub.add_argument("--out", metavar="ARCHIVO.pdf", required=True, help="PDF a escribir")

    sub = commands.command(
        None, "account", "cuenta corriente de una unidad con su saldo", account, True
    )
    sub.add_argument("community", metavar="COMUNIDAD", help=community_help)
    sub.add_argument("unit", metavar="UNIDAD", help="número de la unidad")
    sub.add_argument("--date", type=date_arg, help="al día indicado (por omisión, hoy)")
    sub.add_argument("--out", metavar="ARCHIVO", help="escribe un .pdf o .xlsx en vez de listar")

    sub = commands.command(
        None, "certificate", "emite un certificado de deuda / libre deuda en PDF", certificate
    )
    sub.add_argument("community", metavar="COMUNIDAD", help=community_help)
    sub.add_argument("unit", metavar="UNIDAD", help="número de la unidad")
    sub.add_argument("--out", metavar="ARCHIVO.pdf", required=True, help="PDF a escribir")
    sub.add_argument("--date", type=date_arg, help="deuda al día indicado (por omisión, hoy)")
    sub.add_argument("--claims", metavar="TEXTO", help="reclamos o juicios pendientes")
    sub.add_argument("--insurer", metavar="TEXTO", help="aseguradora del edificio")
    sub.add_argument("--policy", metavar="TEXTO", help="número de póliza")
    sub.add_argument("--insurance-until", type=date_arg, help="vigencia del seguro (dd-mm-aaaa)")
