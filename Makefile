# Guanxi: `make run` starts the app, `make test` runs the whole suite. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint format screenshots bench i18n clean

$(STAMP): setup.cfg pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m compileall -q main.py cli reminders storage ui  # as an install would: a faster first start
	@touch $(STAMP)

run: $(STAMP)
	$(PY) main.py

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: $(STAMP)
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py screenshots

bench: $(STAMP)
	$(PY) bench/run.py

# Update the translation sources from the code, fill the English ones, compile both to .qm.
i18n: $(STAMP)
	$(PY) tools/i18n.py

clean:
	rm -rf $(VENV) screenshots build *.egg-info
