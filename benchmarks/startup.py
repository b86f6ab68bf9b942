"""Start-up time: from process spawn to the main window shown on an existing office.

What it does:
  1. Builds a demo office once in a temporary data directory with `kastor --data-dir DIR demo`
     and reads the sign-in from its `Usuario: ...` / `Contraseña: ...` lines.
  2. Starts the GUI once to warm the OS file cache and the .pyc files (not counted).
  3. Starts `python -m kastor_desktop --data-dir DIR --user USER --quit-when-shown` RUNS times
     (KASTOR_PASSWORD in the environment, QT_QPA_PLATFORM=offscreen) and times each run from
     just before the spawn to the moment the child prints `window-shown`.
  4. Starts it once more under `python -X importtime` to list the heavy libraries that were
     imported before the window was shown (reportlab, openpyxl, the sync client...): they must
     load when first used, not at start-up.

Run alone: `.venv/bin/python benchmarks/startup.py [RUNS]`, or through `make bench`.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

RUNS = 7
TARGET_SECONDS = 0.5
TIMEOUT_SECONDS = 60
READY_LINE = "window-shown"

# Top-level modules that must not be imported before the main window is shown.
HEAVY_MODULES = (
    "reportlab",
    "openpyxl",
    "python_calamine",
    "requests",
    "urllib3",
    "keyring",
    "fastapi",
    "kastor_desktop.sync",
    "kastor_portal",
)


class BenchmarkError(RuntimeError):
    """The benchmark could not run; the message says why."""


def _kastor_cli() -> list[str]:
    """The `kastor` console script of the running interpreter's environment."""
    bindir = Path(sys.executable).parent
    for name in ("kastor", "kastor.exe"):
        if (bindir / name).exists():
            return [str(bindir / name)]
    found = shutil.which("kastor")
    if found:
        return [found]
    raise BenchmarkError("no `kastor` command found: run `make install` first")


def _child_env(password: str) -> dict[str, str]:
    env = dict(os.environ)
    env["KASTOR_PASSWORD"] = password
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONUNBUFFERED"] = "1"
    # An installed app has its bytecode compiled (installers and pip do it); this machine sets
    # PYTHONDONTWRITEBYTECODE, which would make every start recompile the app's sources.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def prepare_office(data_dir: Path) -> tuple[str, str]:
    """Create the demo office in data_dir; return (user, password) as `kastor demo` printed."""
    proc = subprocess.run(
        [*_kastor_cli(), "--data-dir", str(data_dir), "demo"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if proc.returncode != 0:
        raise BenchmarkError(f"`kastor demo` failed ({proc.returncode}): {proc.stderr.strip()}")
    user = password = None
    for line in proc.stdout.splitlines():
        if line.startswith("Usuario:"):
            user = line.split(":", 1)[1].strip()
        elif line.startswith("Contraseña:"):
            password = line.split(":", 1)[1].strip()
    if not user or password is None:
        raise BenchmarkError("`kastor demo` did not print `Usuario:` and `Contraseña:` lines")
    return user, password


def _gui_command(data_dir: Path, user: str, *python_flags: str) -> list[str]:
    return [
        sys.executable,
        *python_flags,
        "-m",
        "kastor_desktop",
        "--data-dir",
        str(data_dir),
        "--user",
        user,
        "--quit-when-shown",
    ]


def _explain_failure(returncode: int, stderr: str) -> str:
    if "--quit-when-shown" in stderr and ("unrecognized" in stderr or "no such option" in stderr):
        return (
            "the GUI does not support --quit-when-shown yet (needed by this benchmark: sign in "
            "with KASTOR_PASSWORD, show the main window, print `window-shown`, exit 0)"
        )
    if "No module named kastor_desktop.__main__" in stderr:
        return "kastor_desktop/__main__.py does not exist yet: there is no GUI to start"
    tail = "\n".join(stderr.strip().splitlines()[-15:])
    return f"the GUI exited with {returncode} before printing `{READY_LINE}`:\n{tail}"


def start_once(data_dir: Path, user: str, password: str, *python_flags: str) -> tuple[float, str]:
    """Start the GUI once; return (seconds from spawn to `window-shown`, the child's stderr)."""
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            _gui_command(data_dir, user, *python_flags),
            stdout=subprocess.PIPE,
            stderr=err,
            stdin=subprocess.DEVNULL,
            text=True,
            env=_child_env(password),
        )
        # A watchdog kills a child that hangs (before or after the window), so the loop ends.
        timed_out = threading.Event()

        def kill() -> None:
            timed_out.set()
            proc.kill()

        watchdog = threading.Timer(TIMEOUT_SECONDS, kill)
        watchdog.start()
        elapsed = None
        assert proc.stdout is not None
        try:
            for line in proc.stdout:  # blocks until the child writes a line or exits
                if line.strip() == READY_LINE:
                    elapsed = time.perf_counter() - t0
                    break
            proc.communicate()  # drain the rest of stdout and wait for the exit
        finally:
            watchdog.cancel()
        returncode = proc.returncode
        err.seek(0)
        stderr = err.read()
    if timed_out.is_set():
        raise BenchmarkError(f"the GUI was still running after {TIMEOUT_SECONDS} s and was killed")
    if elapsed is None:
        raise BenchmarkError(_explain_failure(returncode, stderr))
    if returncode != 0:
        raise BenchmarkError(f"the GUI printed `{READY_LINE}` but exited with {returncode}")
    return elapsed, stderr


def heavy_imports(importtime_stderr: str) -> list[str]:
    """Heavy modules named in `python -X importtime` output (lines `import time: a | b | name`)."""
    found = set()
    for line in importtime_stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        name = line.rsplit("|", 1)[1].strip()
        for heavy in HEAVY_MODULES:
            if name == heavy or name.startswith(heavy + "."):
                found.add(heavy)
    return sorted(found)


def run(runs: int = RUNS) -> list[dict[str, object]]:
    """Benchmark entry point used by benchmarks/run_all.py."""
    with tempfile.TemporaryDirectory(prefix="kastor-bench-") as tmp:
        data_dir = Path(tmp) / "office"
        user, password = prepare_office(data_dir)
        start_once(data_dir, user, password)  # warm-up, not counted
        times = [start_once(data_dir, user, password)[0] for _ in range(runs)]
        _, importtime = start_once(data_dir, user, password, "-X", "importtime")
    heavy = heavy_imports(importtime)
    return [
        {
            "name": f"startup: spawn to main window, median of {runs}",
            "value": statistics.median(times),
            "unit": "s",
            "target": TARGET_SECONDS,
        },
        {
            "name": f"startup: spawn to main window, max of {runs}",
            "value": max(times),
            "unit": "s",
            "target": TARGET_SECONDS,
        },
        {
            "name": "startup: heavy modules imported before the window",
            "value": len(heavy),
            "unit": "modules",
            "target": 0,
            "note": ", ".join(heavy),
        },
    ]


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else RUNS
    try:
        results = run(n)
    except BenchmarkError as exc:
        print(f"startup benchmark: {exc}", file=sys.stderr)
        sys.exit(1)
    for r in results:
        note = f"  ({r['note']})" if r.get("note") else ""
        print(f"{r['name']}: {r['value']:.3f} {r['unit']} (target {r['target']}){note}")
