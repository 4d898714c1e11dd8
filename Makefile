# Maktab — the two commands: `make run` and `make test`.
# Both bootstrap everything on a fresh Debian/Ubuntu machine first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.maktab-installed
TS     := $(wildcard kiosk/translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test test-deps lint setup system-deps translations bytecode screenshots benchmarks clean

run: setup
	$(BIN)/maktab $(ARGS)

test: setup test-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# What only the tests need from the system: Debian's chromium for the browser tests (tests/web).
test-deps:
	@scripts/install-system-deps.sh --test

# Lint: ruff over the whole tree; mypy over the layers that hold the rules (domain, store,
# office, hub, sync). CI runs it before the tests.
lint: setup
	$(BIN)/ruff check .
	$(BIN)/mypy kiosk/domain kiosk/store kiosk/office kiosk/hub kiosk/services sync

setup: system-deps $(STAMP) translations bytecode

# What pip does for a regular install: compile once, so every start loads bytecode
# (even where PYTHONDONTWRITEBYTECODE stops Python from caching it on the fly).
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q -j 0 kiosk sync >/dev/null

system-deps:
	@scripts/install-system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

translations: $(QM)

kiosk/translations/%.qm: kiosk/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# The kiosk's screens, then the web pages: the browser tests marked `screenshots` write their
# pictures into docs/screenshots too (tests/web/screenshots.py). Exit 5 is "no test marked yet".
screenshots: setup test-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/maktab screenshots docs/screenshots
	MAKTAB_SCREENSHOTS=docs/screenshots QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m screenshots \
		tests/web || [ $$? -eq 5 ]

benchmarks: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks --json benchmarks/results.json

clean:
	rm -rf $(VENV) kiosk/translations/*.qm .pytest_cache build dist
