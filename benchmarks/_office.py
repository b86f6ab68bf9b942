"""Helpers shared by the master-data benchmarks: a fresh office, fast RUTs, medians.

Not a benchmark itself (run_all.py skips modules whose name starts with `_`).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PASSWORD = "clave-benchmark-1"


def rut(body: int) -> str:
    """A formatted RUT (12.345.678-5) for ``body``: the mod-11 check digit, computed inline
    because python-stdnum takes seconds for 100,000 of them."""
    total, factor = 0, 2
    for digit in reversed(str(body)):
        total += int(digit) * factor
        factor = 2 if factor == 7 else factor + 1
    rest = 11 - total % 11
    check = "0" if rest == 11 else "K" if rest == 10 else str(rest)
    return f"{body:,}".replace(",", ".") + "-" + check


def new_office(root: Path, code: str = "BENCH") -> tuple[Any, Any, Any]:
    """A migrated office in ``root`` with an administrator and one community.

    Returns (services, actor, community row)."""
    from kastor_desktop.services.suite import open_office

    services = open_office(root)
    admin = services.auth.create_office(
        "Administración de Pruebas SpA", rut(76_086_428), "admin", "Ana Admin",
        "ana@example.cl", PASSWORD, PASSWORD,
    )  # fmt: skip
    draft = community_draft(f"Comunidad {code.title()}", code, 0)
    community = services.communities.create(admin, draft).value
    return services, admin, community


def community_draft(name: str, code: str, n: int) -> Any:
    """A valid community draft; ``n`` makes its RUT and e-mail its own."""
    from kastor_desktop.services.communities import CommunityDraft

    return CommunityDraft(
        name=name,
        email=f"c{n}@example.cl" if n else "comunidad@example.cl",
        phone="+56 2 2345 6789",
        tax_id=rut(53_100_200 + n * 7),
        address="Av. Apoquindo 4500, Las Condes, Santiago",
        code=code,
    )


def more_communities(services: Any, admin: Any, first_id: int, count: int) -> list[int]:
    """The ids of ``count`` communities: ``first_id`` and C001, C002 … created through the
    service."""
    ids = [first_id]
    for n in range(1, count):
        draft = community_draft(f"Comunidad {n:03d}", f"C{n:03d}", n)
        ids.append(services.communities.create(admin, draft).value.id)
    return ids


def median_of(runs: int, measure: Callable[[], float]) -> tuple[float, float]:
    """(median, max) of ``runs`` calls of ``measure`` (each returns seconds)."""
    times = [measure() for _ in range(runs)]
    return statistics.median(times), max(times)


def timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def figure(name: str, value: float, target: float, note: str = "") -> dict[str, object]:
    row: dict[str, object] = {"name": name, "value": value, "unit": "s", "target": target}
    if note:
        row["note"] = note
    return row


def print_figures(results: list[dict[str, object]]) -> None:
    for r in results:
        note = f"  ({r['note']})" if r.get("note") else ""
        print(f"{r['name']}: {float(r['value']):.3f} {r['unit']} (target {r['target']}){note}")  # type: ignore[arg-type]
