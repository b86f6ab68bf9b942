"""A community's chart of expense accounts: categories, their subcategories, and surcharge
categories (charged to one unit, never prorated); each ordinary or extraordinary. The country's
default chart can be loaded at any time: accounts whose code exists are left alone."""

from __future__ import annotations

import builtins
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select

from kastor_desktop.domain.default_chart import CATEGORY, SUBCATEGORY, SURCHARGE, default_chart
from kastor_desktop.domain.units import ACCOUNT_KINDS, EXPENSE_NATURES, code_for
from kastor_desktop.services.community_records import (
    CommunityRecords,
    audit_change,
    code_key,
    load_community,
)
from kastor_desktop.services.context import Actor, Changes, Outcome
from kastor_desktop.services.errors import ServiceError
from kastor_desktop.services.unit_of_work import UnitOfWork
from kastor_desktop.services.validation import Checks
from kastor_desktop.store.models import Community
from kastor_desktop.store.models.master import ExpenseAccount

CODE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.\-_]*$")


@dataclass(frozen=True)
class AccountDraft:
    """``kind`` and ``nature`` take the code or its Spanish word; ``parent`` is a category's code."""

    code: str
    name: str
    kind: str = CATEGORY
    parent: str = ""
    nature: str = "ordinary"


@dataclass(frozen=True)
class AccountRow:
    id: int
    code: str
    name: str
    kind: str  # category / subcategory / surcharge
    parent_id: int | None
    parent_code: str
    parent_name: str
    nature: str  # ordinary / extraordinary
    depth: int  # 0 for categories and surcharges, 1 for subcategories
    position: int  # tree order: a category, then its subcategories
    subcategories: int

    @property
    def is_surcharge(self) -> bool:
        return self.kind == SURCHARGE


class ChartService(CommunityRecords[ExpenseAccount, AccountDraft, AccountRow]):
    model = ExpenseAccount
    area = "accounts"
    permission = "accounts.manage"
    entity = "account"
    missing = "La cuenta de gasto ya no existe."

    def list(self, actor: Actor, community_id: int) -> builtins.list[AccountRow]:
        """Tree order: each category or surcharge by code, its subcategories right after it."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id)
            return tree(self._records(uow, community))

    def _row(self, record: ExpenseAccount) -> AccountRow:
        return account_row(record, self._parent_of(record) if record.parent_id else None)

    def _parent_of(self, record: ExpenseAccount) -> ExpenseAccount | None:
        from sqlalchemy.orm import object_session

        session = object_session(record)
        return session.get(ExpenseAccount, record.parent_id) if session else None

    def _snapshot(self, record: ExpenseAccount) -> dict[str, Any]:
        parent = self._parent_of(record) if record.parent_id else None
        return {
            "code": record.code,
            "name": record.name,
            "kind": record.kind,
            "category": parent.code if parent else None,
            "nature": record.nature,
        }

    def _validate(
        self,
        uow: UnitOfWork,
        community: Community,
        draft: AccountDraft,
        current: ExpenseAccount | None,
    ) -> dict[str, Any]:
        checks = Checks()
        code = checks.require("code", draft.code, "el código", 20)
        if code and not CODE.match(code):
            checks.add(
                "code",
                f"El código «{code}» admite solo letras, números, punto, guion y guion bajo.",
            )
        elif code:
            clash = self._clash(uow, community, current, code=code)
            if clash is not None:
                checks.add("code", f"El código «{code}» ya es de la cuenta «{clash.name}».")
        name = checks.require("name", draft.name, "el nombre", 120)
        kind = code_for(draft.kind or "", ACCOUNT_KINDS)
        if kind is None:
            checks.add("kind", f"Tipo: «{draft.kind}» no es categoría, subcategoría ni recargo.")
        nature = code_for(draft.nature or "", EXPENSE_NATURES)
        if nature is None:
            checks.add("nature", f"Naturaleza: «{draft.nature}» no es ordinario ni extraordinario.")
        parent = self._check_parent(uow, checks, community, draft.parent, kind, current)
        if current is not None and kind != CATEGORY:
            children = self._children(uow, current)
            if children:
                checks.add(
                    "kind",
                    f"La categoría «{current.name}» tiene subcategorías "
                    f"({_names(children)}): debe seguir siendo categoría.",
                )
        checks.done()
        return {
            "code": code,
            "name": name,
            "kind": kind,
            "parent_id": parent.id if parent else None,
            "nature": nature,
        }

    def _check_parent(
        self,
        uow: UnitOfWork,
        checks: Checks,
        community: Community,
        parent_code: str,
        kind: str | None,
        current: ExpenseAccount | None,
    ) -> ExpenseAccount | None:
        wanted = (parent_code or "").strip()
        if kind != SUBCATEGORY:
            if wanted and kind is not None:
                checks.add(
                    "parent",
                    "Solo una subcategoría pertenece a una categoría: deje la categoría vacía.",
                )
            return None
        if not wanted:
            checks.add("parent", "Indique la categoría a la que pertenece la subcategoría.")
            return None
        parent = self._clash(uow, community, None, code=wanted)
        if parent is None:
            checks.add("parent", f"Categoría: no existe una cuenta con código «{wanted}».")
        elif current is not None and parent.id == current.id:
            checks.add("parent", "Una cuenta no puede pertenecer a sí misma.")
        elif parent.kind != CATEGORY:
            checks.add(
                "parent",
                f"Categoría: «{parent.code} {parent.name}» es "
                f"{'un recargo' if parent.kind == SURCHARGE else 'una subcategoría'}, "
                "no una categoría.",
            )
        else:
            return parent
        return None

    def _children(self, uow: UnitOfWork, record: ExpenseAccount) -> builtins.list[ExpenseAccount]:
        query = (
            select(ExpenseAccount)
            .where(ExpenseAccount.parent_id == record.id)
            .order_by(ExpenseAccount.code)
        )
        return list(uow.session.scalars(query))

    def _deleting(self, uow: UnitOfWork, community: Community, record: ExpenseAccount) -> None:
        children = self._children(uow, record)
        if children:
            raise ServiceError(
                f"La categoría «{record.code} {record.name}» tiene subcategorías: "
                f"{_names(children)}. Elimínelas o cámbielas de categoría primero."
            )

    # -- the default chart ----------------------------------------------------------------
    def load_default(self, actor: Actor, community_id: int) -> Outcome[int]:
        """Add the country's default accounts whose code the community does not use yet."""
        with self.ctx.work(actor) as uow:
            community = load_community(uow, community_id, self.permission)
            existing = self._codes(uow, community)
            chart = default_chart(community.country)
            wanted = [a for a in chart if a.code.casefold() not in existing]
            tops = [a for a in wanted if a.kind != SUBCATEGORY]
            if tops:
                uow.session.execute(
                    insert(ExpenseAccount),
                    [
                        {
                            "community_id": community.id,
                            "code": a.code,
                            "name": a.name,
                            "kind": a.kind,
                            "parent_id": None,
                            "nature": a.nature,
                        }
                        for a in tops
                    ],
                )
            categories = {
                code.casefold(): account_id
                for code, account_id in uow.session.execute(
                    select(ExpenseAccount.code, ExpenseAccount.id).where(
                        ExpenseAccount.community_id == community.id,
                        ExpenseAccount.kind == CATEGORY,
                    )
                )
            }
            subs = [
                {
                    "community_id": community.id,
                    "code": a.code,
                    "name": a.name,
                    "kind": a.kind,
                    "parent_id": categories[a.parent_code.casefold()],
                    "nature": a.nature,
                }
                for a in wanted
                if a.kind == SUBCATEGORY and a.parent_code.casefold() in categories
            ]
            if subs:
                uow.session.execute(insert(ExpenseAccount), subs)
            added = len(tops) + len(subs)
            if not added:
                return Outcome(0, Changes())
            audit_change(
                uow,
                community,
                "chart.default",
                "chart",
                community.id,
                None,
                {"country": community.country, "added": added},
            )
            uow.commit()
            return Outcome(added, self.changes())

    def _codes(self, uow: UnitOfWork, community: Community) -> set[str]:
        query = select(ExpenseAccount.code).where(ExpenseAccount.community_id == community.id)
        return {code.casefold() for code in uow.session.scalars(query)}


def tree(records: list[ExpenseAccount]) -> list[AccountRow]:
    """Rows in tree order (categories and surcharges by code, subcategories under theirs)."""
    by_id = {r.id: r for r in records}
    children: dict[int, list[ExpenseAccount]] = {}
    tops: list[ExpenseAccount] = []
    for record in records:
        if record.parent_id in by_id:
            children.setdefault(record.parent_id, []).append(record)
        else:
            tops.append(record)
    rows: list[AccountRow] = []

    def add(record: ExpenseAccount, parent: ExpenseAccount | None) -> None:
        rows.append(account_row(record, parent, len(rows), len(children.get(record.id, ()))))

    for top in sorted(tops, key=lambda r: code_key(r.code)):
        add(top, None)
        for child in sorted(children.get(top.id, ()), key=lambda r: code_key(r.code)):
            add(child, top)
    return rows


def account_row(
    record: ExpenseAccount,
    parent: ExpenseAccount | None,
    position: int = 0,
    subcategories: int = 0,
) -> AccountRow:
    return AccountRow(
        record.id,
        record.code,
        record.name,
        record.kind,
        parent.id if parent else None,
        parent.code if parent else "",
        parent.name if parent else "",
        record.nature,
        1 if parent else 0,
        position,
        subcategories,
    )


def _names(records: list[ExpenseAccount]) -> str:
    return ", ".join(f"«{r.name}»" for r in records)
