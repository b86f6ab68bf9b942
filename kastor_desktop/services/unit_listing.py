"""The units list of a community, built fast enough for 100,000 units.

Composed with SQLAlchemy Core and fetched as plain tuples: one query for the units joined with
owner and resident, one per share table. Rows come in the natural order of their
numbers ('A-2' before 'A-10'), built column by column with C-level builtins (map, zip) rather
than Python code per row; display strings that can wait (m2, percentages, search text) are made
when read.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import repeat
from operator import attrgetter, methodcaller
from typing import Any, NamedTuple

from sqlalchemy import Connection, Select, func, select

from kastor_desktop.domain.shares import format_percent
from kastor_desktop.domain.units import UNIT_KINDS
from kastor_desktop.store.models.master import Person, ShareTable, Unit, UnitShare

_DIGITS = re.compile(r"[0-9]+")
_WIDTH = 12  # digit runs are padded to this width for the natural order


class UnitListRow(NamedTuple):
    """A line of the units list. ``area``, ``shares`` and ``search`` are made when read (a
    screen reads those of the rows it paints; ``search_texts`` makes every row's at once), so
    building 100,000 rows does not format 400,000 strings nobody may look at."""

    id: int
    order: int  # position in the natural order of the numbers: the number column's sort key
    number: str
    kind: str  # Spanish label
    tower: str
    floor: str
    area_x100: int | None
    owner_name: str
    owner_tax_id: str
    resident_name: str
    parent_number: str
    active: bool
    share_micro: tuple[int | None, ...]  # per table of UnitListing.table_names; None: absent

    @property
    def area(self) -> str:
        """«55,20»"""
        return format_area(self.area_x100)

    @property
    def shares(self) -> tuple[str, ...]:
        """«1,234567» per table; "" where the unit is not in the table."""
        return tuple(map(format_percent, self.share_micro))

    @property
    def search(self) -> str:
        """Folded (see fold_all): number, owner, owner's tax id with and without dots,
        resident, tower."""
        return search_texts([self])[0]


class UnitListing(NamedTuple):
    table_names: tuple[str, ...]
    rows: list[UnitListRow]


def _latin1_table() -> bytes:
    """Latin-1 byte -> its plain ASCII letter («ñ» -> «n», «Á» -> «A»); 0 where there is none."""
    table = bytearray(range(256))
    for code in range(128, 256):
        plain = unicodedata.normalize("NFKD", chr(code)).encode("ascii", "ignore")
        table[code] = plain[0] if len(plain) == 1 else 0
    return bytes(table)


_LATIN1 = _latin1_table()


def fold_all(texts: Sequence[str]) -> list[str]:
    """Lower case without accents for many texts at once: «Muñoz» -> «munoz».

    One pass over one joined string. Spanish text fits in Latin-1, where one byte table does
    it; anything else goes through Unicode decomposition. Characters with no plain-letter form
    are dropped, so fold what the user types with this same function before looking it up."""
    if not texts:
        return []
    big = "\n".join(texts)
    if not big.isascii():
        try:
            big = big.encode("latin-1").translate(_LATIN1).replace(b"\0", b"").decode("ascii")
        except UnicodeEncodeError:
            big = unicodedata.normalize("NFKD", big).encode("ascii", "ignore").decode("ascii")
    return big.lower().split("\n")


def natural_order(texts: Sequence[str]) -> list[int]:
    """Indices of ``texts`` in natural order: digit runs compare as numbers, case ignored."""
    if all(t.isdecimal() for t in texts):
        values = [int(t) for t in texts]
        return sorted(range(len(values)), key=values.__getitem__)
    padded = _DIGITS.sub(lambda m: m.group().zfill(_WIDTH), "\n".join(texts).lower())
    keys = padded.split("\n")
    return sorted(range(len(keys)), key=keys.__getitem__)


def natural_sorted(texts: Iterable[str]) -> list[str]:
    items = list(texts)
    return [items[i] for i in natural_order(items)]


def format_area(area_x100: int | None) -> str:
    """Hundredths of m2 in es-CL form: 5520 -> «55,20», 123450 -> «1.234,50»."""
    if area_x100 is None:
        return ""
    whole, cents = divmod(area_x100, 100)
    return f"{whole:,}".replace(",", ".") + f",{cents:02d}"


@contextmanager
def paused_gc() -> Iterator[None]:
    """Building 100,000 rows makes a million objects, none of them in cycles. Left running, the
    cyclic garbage collector walks them again and again as they are made; afterwards, its
    first pass over the young generation still walked them all once more (80 ms). So it
    pauses, and the rows built go straight to the oldest generation (freeze + unfreeze moves
    them there without looking at them), to be looked at only by the next full collection."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()


class ListingBuilder:
    """Keeps the natural order of the last numbers seen per community: re-opening the list
    of an unchanged community skips sorting them again."""

    def __init__(self) -> None:
        self._orders: dict[int, tuple[list[str], list[int]]] = {}

    def build(self, connection: Connection, community_id: int) -> UnitListing:
        with paused_gc():
            return self._build(connection, community_id)  # its temporaries die before GC resumes

    def _build(self, connection: Connection, community_id: int) -> UnitListing:
        tables = _fetch(connection, _tables_query(community_id))
        raw = _fetch(connection, _units_query(connection, community_id))
        numbers = [r[1] for r in raw]
        cached = self._orders.get(community_id)
        if cached is not None and cached[0] == numbers:
            order = cached[1]
        else:
            order = natural_order(numbers)
            self._orders[community_id] = (numbers, order)
        ids = [r[0] for r in raw]
        micro = [_shares_of(connection, table_id, ids) for table_id, _ in tables]
        rows = _rows(raw, micro, order)
        return UnitListing(tuple(name for _, name in tables), [rows[i] for i in order])


def _fetch(connection: Connection, statement: Select[Any]) -> list[tuple[Any, ...]]:
    """Plain DB-API tuples (Row objects cost more to make and to take apart). Only integers
    are bound, rendered in the SQL text."""
    sql = str(statement.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
    cursor = connection.connection.cursor()
    try:
        rows: list[tuple[Any, ...]] = cursor.execute(sql).fetchall()
        return rows
    finally:
        cursor.close()


def _tables_query(community_id: int) -> Select[Any]:
    t = ShareTable.__table__
    return (
        select(t.c.id, t.c.name)
        .where(t.c.community_id == community_id)
        .order_by(t.c.position, t.c.name)
    )


def _units_query(connection: Connection, community_id: int) -> Select[Any]:
    units, owner, resident = (
        Unit.__table__,
        Person.__table__.alias("o"),
        Person.__table__.alias("r"),
    )
    mine = connection.scalar(
        select(func.count()).select_from(units).where(units.c.community_id == community_id)
    )
    everyone = connection.scalar(select(func.count()).select_from(units))
    # When the community holds most of the units, a plain scan is faster than going through
    # the (community, number) index row by row; «community_id + 0» keeps SQLite off the index.
    column = units.c.community_id + 0 if 2 * (mine or 0) > (everyone or 0) else units.c.community_id
    return (
        select(
            units.c.id,
            units.c.number,
            units.c.kind,
            units.c.tower,
            units.c.floor,
            units.c.area_x100,
            func.coalesce(owner.c.full_name, ""),
            func.coalesce(owner.c.tax_id, ""),
            func.coalesce(resident.c.full_name, ""),
            units.c.parent_id,  # its number comes from these same rows
            units.c.active,
        )
        .select_from(
            units.outerjoin(owner, owner.c.id == units.c.owner_id).outerjoin(
                resident, resident.c.id == units.c.resident_id
            )
        )
        .where(column == community_id)
    )


def _shares_of(connection: Connection, table_id: int, ids: list[int]) -> list[int | None]:
    s = UnitShare.__table__
    shares = dict(
        _fetch(connection, select(s.c.unit_id, s.c.micro).where(s.c.table_id == table_id))
    )
    return list(map(shares.get, ids))


def search_texts(rows: Sequence[UnitListRow]) -> list[str]:
    """Every row's ``search`` text at once (what a search box filters on)."""
    taxes = list(map(attrgetter("owner_tax_id"), rows))
    parts = zip(
        map(attrgetter("number"), rows),
        map(attrgetter("owner_name"), rows),
        taxes,
        map(methodcaller("replace", ".", ""), taxes),
        map(attrgetter("resident_name"), rows),
        map(attrgetter("tower"), rows),
        strict=True,
    )
    return fold_all(list(map(" ".join, parts)))


def _rows(
    raw: list[tuple[Any, ...]], micro: list[list[int | None]], order: list[int]
) -> list[UnitListRow]:
    """Rows in the order fetched (the objects of a row were made together: reading them in
    that order is kinder to the memory caches), each knowing its ``order`` in the list."""
    if not raw:
        return []
    rank = [0] * len(order)
    for position, index in enumerate(order):
        rank[index] = position
    columns = list(zip(*raw, strict=True))
    ids, numbers, kinds, towers, floors, areas, owners, tax_ids, residents = columns[:9]
    parent_ids, actives = columns[9:]
    parents = map(dict(zip(ids, numbers, strict=True)).get, parent_ids, repeat(""))
    share_micro = zip(*micro, strict=True) if micro else repeat((), len(ids))
    labels = {code: UNIT_KINDS.get(code, code) for code in set(kinds)}
    fields = zip(
        ids,
        rank,
        numbers,
        map(labels.__getitem__, kinds),
        towers,
        floors,
        areas,
        owners,
        tax_ids,
        residents,
        parents,
        map(bool, actives),
        share_micro,
        strict=True,
    )
    return list(map(tuple.__new__, repeat(UnitListRow), fields))
