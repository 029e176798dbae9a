# Every target installs what it needs into .venv first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: install run test eval bench lint clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

run: install
	$(VENV)/bin/gunicorn -c gunicorn.conf.py wsgi:app

test: install
	$(PY) -m pytest -q

eval: install
	$(PY) eval/rouge_table.py --jobs 2

bench: install
	$(PY) bench/speed.py

lint: install
	$(VENV)/bin/ruff check summarizer service eval bench tests
	$(VENV)/bin/mypy summarizer service

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
