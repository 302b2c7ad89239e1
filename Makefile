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

dist: $(STAMP)
	$(BIN)/pyinstaller --noconfirm build.spec
	QT_QPA_PLATFORM=offscreen dist/timeline-app/timeline-app --version
	QT_QPA_PLATFORM=offscreen dist/timeline-app/timeline-app --smoke

clean:
	rm -rf $(VENV) build dist
