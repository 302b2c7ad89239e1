# Two commands for a fresh machine: `make run` (install and launch) and `make test` (install and test).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint dist clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/timeline-app

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/timeline-app --smoke
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check timeline_app tests
	$(BIN)/ruff format --check timeline_app tests
	$(BIN)/mypy timeline_app

# The bundle's smoke checks run in an empty folder with throw-away settings and store, so nothing
# comes from the source tree or the user's data; importing the six samples with 2 jobs runs the worker
# pool, which needs multiprocessing.freeze_support() in the bundle.
dist: $(STAMP)
	$(BIN)/pyinstaller --noconfirm build.spec
	@set -e; app="$(CURDIR)/dist/timeline-app/timeline-app"; samples="$(CURDIR)/data/samples"; \
	tmp="$$(mktemp -d)"; trap 'rm -rf "$$tmp"' EXIT; cd "$$tmp"; \
	export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$$tmp/config" XDG_DATA_HOME="$$tmp/data"; \
	set -x; \
	"$$app" --version; \
	"$$app" extract "$$samples/2025-11-19-voronezh-atacms.txt" --published 2025-11-19 > txt.jsonl; \
	grep -q '"time_expressions": \[{' txt.jsonl; grep -q '"events": \[{' txt.jsonl; \
	"$$app" extract "$$samples/2025-11-21-odesa-port-strike.html" > html.jsonl; \
	grep -q '"published": "2025-11-21"' html.jsonl; grep -q '"events": \[{' html.jsonl; \
	"$$app" import "$$samples" --jobs 2 --db smoke.sqlite; \
	"$$app" events --db smoke.sqlite --json > events.jsonl; test -s events.jsonl; \
	"$$app" --smoke --db smoke.sqlite
	@du -sh dist/timeline-app

clean:
	rm -rf $(VENV) build dist
