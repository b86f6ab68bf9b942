"""Run every benchmark in this folder and print one table of figures against their targets.

A benchmark is any `benchmarks/*.py` module (other than this one and names starting with `_`)
that has a `run()` function returning a list of dicts with keys:
    name    what was measured
    value   the figure (a number)
    unit    "s", "ms", "modules", ...
    target  the upper bound the figure must stay at or below
    note    optional text shown after the figure
A benchmark that cannot run raises an exception; its message is shown in the table.

Exit status: 0 when every figure meets its target, 1 otherwise. Used by `make bench`.
"""

from __future__ import annotations

import importlib.util
import sys
import time
import traceback
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"benchmarks.{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def main() -> int:
    rows: list[tuple[str, str, str, str, str]] = []
    failed = False
    for path in sorted(HERE.glob("*.py")):
        if path.name == Path(__file__).name or path.name.startswith("_"):
            continue
        started = time.perf_counter()
        try:
            module = _load(path)
            if not callable(getattr(module, "run", None)):
                continue
            print(f"running {path.name} ...", flush=True)
            results = module.run()
        except Exception as exc:  # one broken benchmark must not hide the others
            if not isinstance(exc, RuntimeError):
                traceback.print_exc()
            rows.append((path.stem, "-", "", "-", f"ERROR: {exc}"))
            failed = True
            continue
        print(f"  {path.name} took {time.perf_counter() - started:.1f} s", flush=True)
        for r in results:
            ok = float(r["value"]) <= float(r["target"])
            failed |= not ok
            verdict = "ok" if ok else "OVER TARGET"
            if r.get("note"):
                verdict += f"  ({r['note']})"
            rows.append(
                (str(r["name"]), _fmt(r["value"]), str(r["unit"]), _fmt(r["target"]), verdict)
            )

    if not rows:
        print("no benchmarks found")
        return 1
    headers = ("benchmark", "value", "unit", "target", "result")
    widths = [
        max(len(h), *(len((row[i].splitlines() or [""])[0]) for row in rows))
        for i, h in enumerate(headers)
    ]
    widths[-1] = len(headers[-1])  # the last column is free text: do not pad it
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print()
    print(line)
    print("-" * len(line))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
