"""The database side of spreadsheet imports: what a community already has, loaded once into
dicts (never one query per row), and a checked plan written with Core bulk statements."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session, aliased

from kastor_desktop.imports.keyed import tax_key, text_key
from kastor_desktop.imports.units import StoredTable, StoredUnit, UnitsExisting
from kastor_desktop.imports.units_people import StoredPerson, split_list
from kastor_desktop.store.models import (
    ExpenseAccount,
    Fund,
    OpeningBalance,
    Person,
    ShareTable,
    Supplier,
    Unit,
    UnitShare,
    Worker,
)

CHUNK = 500  # values per IN (...) list

Existing = dict[str, tuple[int, dict[str, Any]]]


def _chunks(items: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


# -- loading -----------------------------------------------------------------------------------
def load_units(session: Session, community_id: int) -> UnitsExisting:
    owner, resident, parent = aliased(Person), aliased(Person), aliased(Unit)
    query = (
        select(
            Unit.id, Unit.number, Unit.kind, Unit.tower, Unit.floor, Unit.area_x100,
            Unit.fiscal_valuation, Unit.delivery_date, owner.tax_id, resident.tax_id,
            parent.number, Unit.notes, Unit.active,
        )
        .outerjoin(owner, owner.id == Unit.owner_id)
        .outerjoin(resident, resident.id == Unit.resident_id)
        .outerjoin(parent, parent.id == Unit.parent_id)
        .where(Unit.community_id == community_id)
    )  # fmt: skip
    units = {}
    for row in session.execute(query):
        values = {
            "kind": row[2], "tower": row[3] or "", "floor": row[4] or "", "area_x100": row[5],
            "fiscal_valuation": row[6], "delivery_date": row[7], "owner": row[8],
            "resident": row[9], "parent": row[10] or "", "notes": row[11] or "",
            "active": bool(row[12]),
        }  # fmt: skip
        units[text_key(row[1])] = StoredUnit(row[0], row[1], values)
    tables = {}
    stored_tables = session.execute(
        select(ShareTable.id, ShareTable.name).where(ShareTable.community_id == community_id)
    ).all()
    shares: dict[int, dict[str, int]] = {table_id: {} for table_id, _name in stored_tables}
    if stored_tables:
        for table_id, number, micro in session.execute(
            select(UnitShare.table_id, Unit.number, UnitShare.micro)
            .join(Unit, Unit.id == UnitShare.unit_id)
            .where(UnitShare.table_id.in_(list(shares)))
        ):
            shares[table_id][text_key(number)] = micro
    for table_id, name in stored_tables:
        tables[text_key(name)] = StoredTable(table_id, name, shares[table_id])

    def people(tax_ids: Iterable[str]) -> dict[str, StoredPerson]:
        found = {}
        for chunk in _chunks(sorted(set(tax_ids))):
            for p in session.scalars(select(Person).where(Person.tax_id.in_(chunk))):
                found[tax_key(p.tax_id)] = StoredPerson(
                    p.id, p.tax_id, p.full_name, split_list(p.emails or ""),
                    split_list(p.phones or ""), p.postal_address or "", p.notice_preference,
                )  # fmt: skip
        return found

    return UnitsExisting(units, tables, people)


def load_suppliers(session: Session, community_id: int) -> Existing:
    columns = ("tax_id", "name", "business_line", "contact_name", "email", "phone", "bank_name",
               "bank_account")  # fmt: skip
    return _keyed(session, Supplier, community_id, columns, lambda v: tax_key(v["tax_id"]))


def load_workers(session: Session, community_id: int) -> Existing:
    columns = ("tax_id", "full_name", "role", "hire_date", "salary_basis", "social_security")
    return _keyed(session, Worker, community_id, columns, lambda v: tax_key(v["tax_id"]))


def load_accounts(session: Session, community_id: int) -> Existing:
    parent = aliased(ExpenseAccount)
    query = (
        select(
            ExpenseAccount.id, ExpenseAccount.code, ExpenseAccount.name, ExpenseAccount.kind,
            parent.code, ExpenseAccount.nature,
        )
        .outerjoin(parent, parent.id == ExpenseAccount.parent_id)
        .where(ExpenseAccount.community_id == community_id)
    )  # fmt: skip
    return {
        text_key(code): (i, {"code": code, "name": name, "kind": kind, "parent": up or "",
                             "nature": nature})
        for i, code, name, kind, up, nature in session.execute(query)
    }  # fmt: skip


def load_unit_numbers(session: Session, community_id: int) -> dict[str, tuple[int, str]]:
    query = select(Unit.id, Unit.number).where(Unit.community_id == community_id)
    return {text_key(number): (i, number) for i, number in session.execute(query)}


def load_balances(session: Session, community_id: int) -> Existing:
    query = (
        select(OpeningBalance.id, Unit.number, OpeningBalance.amount, OpeningBalance.as_of)
        .join(Unit, Unit.id == OpeningBalance.unit_id)
        .where(OpeningBalance.community_id == community_id)
    )
    return {
        text_key(number): (i, {"amount": amount, "as_of": as_of})
        for i, number, amount, as_of in session.execute(query)
    }


def load_funds(session: Session, community_id: int) -> Existing:
    columns = ("name", "kind", "opening_balance", "opening_date")
    return _keyed(session, Fund, community_id, columns, lambda v: text_key(v["name"]))


def _keyed(
    session: Session, model: Any, community_id: int, columns: tuple[str, ...], key: Any
) -> Existing:
    query = select(model.id, *(getattr(model, c) for c in columns)).where(
        model.community_id == community_id
    )
    result = {}
    for row in session.execute(query):
        values = {
            c: ("" if v is None and c in _TEXTS else v)
            for c, v in zip(columns, row[1:], strict=True)
        }
        result[key(values)] = (row[0], values)
    return result


_TEXTS = {"business_line", "contact_name", "email", "phone", "bank_name", "bank_account", "role",
          "social_security"}  # fmt: skip


# -- writing -----------------------------------------------------------------------------------
def write_keyed(
    session: Session, model: Any, community_id: int, queue: dict[str, list[Any]]
) -> tuple[int, int]:
    """Insert and update plain records (keys are column names); returns (added, updated)."""
    inserts = [dict(values, community_id=community_id) for values in queue["insert"]]
    updates = [dict(values, id=row_id) for row_id, values in queue["update"]]
    if inserts:
        session.execute(insert(model.__table__), inserts)
    if updates:
        session.execute(update(model), updates)
    return len(inserts), len(updates)


def write_accounts(session: Session, community_id: int, queue: dict[str, list[Any]]) -> None:
    def columns(values: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in values.items() if k != "parent"}

    inserts = [dict(columns(v), community_id=community_id) for v in queue["insert"]]
    updates = [dict(columns(v), id=i) for i, v in queue["update"]]
    if inserts:
        session.execute(insert(ExpenseAccount.__table__), inserts)
    if updates:
        session.execute(update(ExpenseAccount), updates)
    ids = {
        text_key(code): account_id
        for code, account_id in session.execute(
            select(ExpenseAccount.code, ExpenseAccount.id).where(
                ExpenseAccount.community_id == community_id
            )
        )
    }
    links = [
        {
            "id": ids[text_key(v["code"])],
            "parent_id": ids[text_key(v["parent"])] if v["parent"] else None,
        }
        for v in [*queue["insert"], *(v for _i, v in queue["update"])]
    ]
    if links:
        session.execute(update(ExpenseAccount), links)


def write_units(
    session: Session, community_id: int, writes: dict[str, Any], now: datetime
) -> dict[str, int]:
    people = writes["people"]
    if people["insert"]:
        session.execute(
            insert(Person.__table__),
            [dict(v, created_at=now, updated_at=now) for v in people["insert"]],
        )
    if people["update"]:
        session.execute(
            update(Person), [dict(v, id=i, updated_at=now) for i, v in people["update"]]
        )
    units = writes["units"]
    named = {v[k] for v in [*units["insert"], *(v for _i, v in units["update"])]
             for k in ("owner", "resident") if v[k]}  # fmt: skip
    person_ids: dict[str, int] = {}
    for chunk in _chunks(sorted(named)):
        person_ids.update(
            session.execute(select(Person.tax_id, Person.id).where(Person.tax_id.in_(chunk))).all()
        )  # type: ignore[arg-type]

    def columns(values: dict[str, Any]) -> dict[str, Any]:
        row = {k: v for k, v in values.items() if k not in ("owner", "resident", "parent")}
        row["owner_id"] = person_ids.get(values["owner"]) if values["owner"] else None
        row["resident_id"] = person_ids.get(values["resident"]) if values["resident"] else None
        return row

    if units["insert"]:
        session.execute(
            insert(Unit.__table__),
            [dict(columns(v), community_id=community_id) for v in units["insert"]],
        )
    if units["update"]:
        session.execute(update(Unit), [dict(columns(v), id=i) for i, v in units["update"]])
    ids = {
        text_key(number): unit_id
        for unit_id, number in session.execute(
            select(Unit.id, Unit.number).where(Unit.community_id == community_id)
        )
    }
    links = [
        {
            "id": ids[text_key(v["number"])],
            "parent_id": ids[text_key(v["parent"])] if v["parent"] else None,
        }
        for v in [*units["insert"], *(v for _i, v in units["update"])]
    ]
    if links:
        session.execute(update(Unit), links)
    created = _write_tables(session, community_id, writes["tables"], ids)
    return {
        "people_added": len(people["insert"]),
        "people_updated": len(people["update"]),
        "tables_created": created,
    }


def _write_tables(
    session: Session, community_id: int, tables: list[dict[str, Any]], ids: dict[str, int]
) -> int:
    created = 0
    position = session.scalar(
        select(func.coalesce(func.max(ShareTable.position), -1)).where(
            ShareTable.community_id == community_id
        )
    )
    for table in tables:
        table_id = table["id"]
        if table_id is None:
            position += 1
            share_table = ShareTable(
                community_id=community_id, name=table["name"], position=position
            )
            session.add(share_table)
            session.flush()
            table_id, created = share_table.id, created + 1
        session.execute(delete(UnitShare).where(UnitShare.table_id == table_id))
        rows = [
            {"table_id": table_id, "unit_id": ids[key], "micro": micro}
            for key, micro in table["shares"].items()
        ]
        if rows:
            session.execute(insert(UnitShare.__table__), rows)
    return created


def portal_units(session: Session, community_id: int, keys: set[str]) -> list[dict[str, Any]]:
    """The changed units as the co-owner portal needs them (owner name and e-mails)."""
    owner, resident, parent = aliased(Person), aliased(Person), aliased(Unit)
    query = (
        select(Unit.number, Unit.kind, Unit.tower, Unit.floor, Unit.active, parent.number,
               owner.tax_id, owner.full_name, owner.emails, resident.tax_id, resident.full_name,
               resident.emails)
        .outerjoin(owner, owner.id == Unit.owner_id)
        .outerjoin(resident, resident.id == Unit.resident_id)
        .outerjoin(parent, parent.id == Unit.parent_id)
        .where(Unit.community_id == community_id)
        .order_by(Unit.number)
    )  # fmt: skip
    result = []
    for r in session.execute(query):
        if text_key(r[0]) not in keys:
            continue
        result.append(
            {
                "number": r[0], "kind": r[1], "tower": r[2], "floor": r[3], "active": r[4],
                "parent": r[5],
                "owner": _person(r[6], r[7], r[8]),
                "resident": _person(r[9], r[10], r[11]),
            }
        )  # fmt: skip
    return result


def _person(tax_id: str | None, name: str | None, emails: str | None) -> dict[str, Any] | None:
    if not tax_id:
        return None
    return {"tax_id": tax_id, "name": name or "", "emails": list(split_list(emails or ""))}
