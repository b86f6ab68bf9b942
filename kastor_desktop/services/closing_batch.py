"""Close many communities at month end using every core.

Each community is closed by the same ``ClosingService.close`` (one transaction each), in worker
processes that open their own connection to the office database. Reading and computing a month
runs in parallel; SQLite serialises the short write transactions (the busy timeout waits for
the lock). A failed community (blocking errors, no permission) does not stop the others: its
Spanish message is returned. Cancelling stops communities that have not started; those already
closed stay closed, each whole.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kastor_desktop.services.context import Actor

_services: Any = None


@dataclass(frozen=True)
class BatchResult:
    community_id: int
    ok: bool
    message: str  # «Cerrado: 300 avisos, folios 1 a 300» or the reason it was not closed
    done: Any = None  # ClosingDone when ok


def _start(data_dir: str) -> None:
    global _services
    from kastor_desktop.paths import DataPaths
    from kastor_desktop.services.suite import Services
    from kastor_desktop.services.unit_of_work import ServiceContext
    from kastor_desktop.store.engine import make_engine

    paths = DataPaths(Path(data_dir))
    _services = Services(ServiceContext(make_engine(paths.database), paths))


def _close_one(
    actor: tuple[int, str, str], community_id: int, year: int, month: int, now: Any
) -> BatchResult:
    from kastor_desktop.services.errors import ServiceError, ValidationFailed

    if now is not None:
        _services.ctx.clock = lambda: now
    try:
        done = _services.closing.close(Actor(*actor), community_id, year, month).value
    except ValidationFailed as error:
        return BatchResult(community_id, False, " ".join(error.errors.values()))
    except ServiceError as error:
        return BatchResult(community_id, False, str(error))
    folios = f"folios {done.first_folio} a {done.last_folio}" if done.units else "sin avisos"
    return BatchResult(community_id, True, f"Cerrado: {done.units} avisos, {folios}.", done)


def close_many(
    services: Any,
    actor: Actor,
    jobs: Sequence[tuple[int, int, int]],
    processes: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[BatchResult]:
    """Close ``jobs`` (community id, year, month) with ``processes`` workers (default: the
    machine's cores, at most 4). With one process, or one job, everything runs here. Worker
    processes stamp every closing with the batch's start (``services.ctx.clock``)."""
    workers = max(1, min(processes or os.cpu_count() or 1, 4, len(jobs)))
    who = (actor.user_id, actor.username, actor.full_name)
    now = services.ctx.clock()  # every closing of the batch is stamped with its start
    results: list[BatchResult] = []
    if workers == 1:
        global _services
        _services = services
        for n, (cid, year, month) in enumerate(jobs):
            if cancelled and cancelled():
                break
            results.append(_close_one(who, cid, year, month, None))
            if progress:
                progress(n + 1, len(jobs))
        return results
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start, initargs=(str(services.paths.root),)
    ) as pool:
        pending: set[Future[BatchResult]] = {
            pool.submit(_close_one, who, cid, year, month, now) for cid, year, month in jobs
        }
        while pending:
            finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            results.extend(f.result() for f in finished)
            if progress and finished:
                progress(len(results), len(jobs))
            if cancelled and cancelled():
                for future in pending:
                    future.cancel()
                results.extend(f.result() for f in pending if not f.cancelled())
                break
    order = {cid: i for i, (cid, _y, _m) in enumerate(jobs)}
    return sorted(results, key=lambda r: order[r.community_id])
