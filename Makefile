# Kastor Desktop — developer commands (GNU make). From a fresh clone:
#   make demo    create .venv, install, open the app on a demo office
#   make test    create .venv, install, run the whole test suite headless
# Other targets: lint, bench, screenshots, i18n, sysdeps, clean. `make help` lists them.

PYTHON ?= python3
VENV    = .venv

ifeq ($(OS),Windows_NT)
BIN     = $(VENV)/Scripts
EXE     = .exe
else
BIN     = $(VENV)/bin
EXE     =
endif

VPY     = $(BIN)/python$(EXE)
STAMP   = $(VENV)/.installed
EXTRAS  = test,dev,portal
UNAME_S := $(shell uname -s 2>/dev/null || echo Windows)

# Extra arguments for pytest, e.g. `make test PYTEST_ARGS="-k community -x"`.
PYTEST_ARGS ?=
# Where the demo office lives (git-ignored); see tools/demo.sh for DEMO_AUTOLOGIN/DEMO_GUI_ARGS.
DEMO_DIR ?= demo-data
export DEMO_DIR

# Qt Linguist: every Python source of the UI feeds one Spanish catalogue.
I18N_DIR     = resources/i18n
TS_FILE      = $(I18N_DIR)/kastor_es.ts
QM_FILE      = $(I18N_DIR)/kastor_es.qm
UI_SOURCES   = $(shell find kastor_desktop/ui -name '*.py' 2>/dev/null | sort) kastor_desktop/app.py

# A virtual screen of a fixed size, so screenshots are the same on every machine.
XVFB_RUN = xvfb-run -a -s "-screen 0 1600x1000x24"

.PHONY: help venv install sysdeps test demo lint bench screenshots i18n clean distclean

help:
	@echo "make demo         open the app on a demo office (creates .venv and installs first)"
	@echo "make test         run the whole test suite headless (QT_QPA_PLATFORM=offscreen)"
	@echo "make lint         ruff check, ruff format --check, mypy"
	@echo "make bench        start-up benchmark(s) against their targets"
	@echo "make screenshots  regenerate docs/screenshots/ under Xvfb"
	@echo "make i18n         update resources/i18n/kastor_es.ts and compile kastor_es.qm"
	@echo "make sysdeps      check/install the system libraries Qt needs (Debian)"
	@echo "make clean        remove caches and build output (keeps .venv and demo-data)"
	@echo "make distclean    clean, and remove .venv and demo-data too"

# --- environment -------------------------------------------------------------------------------

# The virtual environment itself: created once, with a current pip.
$(VPY):
	$(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install --quiet --upgrade pip

# Install (editable) only when pyproject.toml changed since the last successful install.
$(STAMP): pyproject.toml | $(VPY)
	$(VPY) -m pip install --quiet -e '.[$(EXTRAS)]'
	@touch $(STAMP)

venv: $(VPY)
install: $(STAMP)

# System libraries for Qt (Linux/Debian only; a no-op elsewhere). See tools/sysdeps.sh.
sysdeps:
ifeq ($(UNAME_S),Linux)
	@bash tools/sysdeps.sh
endif

# --- everyday commands -------------------------------------------------------------------------

test: install sysdeps
	QT_QPA_PLATFORM=offscreen $(VPY) -m pytest -p no:cacheprovider $(PYTEST_ARGS)

demo: install sysdeps
	@bash tools/demo.sh

lint: install
	$(BIN)/ruff$(EXE) check .
	$(BIN)/ruff$(EXE) format --check .
	$(BIN)/mypy$(EXE)

bench: install sysdeps
	QT_QPA_PLATFORM=offscreen $(VPY) benchmarks/run_all.py

# tools/screenshots.py drives the UI and writes docs/screenshots/*.png.
screenshots: install sysdeps
	@test -f tools/screenshots.py || { echo "tools/screenshots.py does not exist yet" >&2; exit 1; }
ifeq ($(UNAME_S),Linux)
	QT_QPA_PLATFORM=xcb $(XVFB_RUN) $(VPY) tools/screenshots.py
else
	$(VPY) tools/screenshots.py
endif

# lupdate merges: translations already in the .ts are kept; new strings are added unfinished.
i18n: install
	@test -n "$(UI_SOURCES)" || { echo "no Python sources under kastor_desktop/ui" >&2; exit 1; }
	@mkdir -p $(I18N_DIR)
	$(BIN)/pyside6-lupdate$(EXE) $(UI_SOURCES) -locations relative \
		-source-language en -target-language es -ts $(TS_FILE)
	$(BIN)/pyside6-lrelease$(EXE) $(TS_FILE) -qm $(QM_FILE)

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache .benchmarks .hypothesis
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

# Also removes the virtual environment and the demo office.
distclean: clean
	rm -rf $(VENV) $(DEMO_DIR)
