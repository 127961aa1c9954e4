# The README's commands. Everything runs from a virtual environment in .venv, created
# on first use from the Python 3.11+ found on the PATH (override with PYTHON=...).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# A local S3-compatible server for the media-storage tests (tests/s3_server.py), an npm
# package: installed when npm is available, else those tests skip with a message.
S3RVER := $(VENV)/node/node_modules/.bin/s3rver
S3RVER_VERSION := 3.7.1
HOST ?= 127.0.0.1
PORT ?= 8000

# make demo runs with debug on (development key, runserver); production never does.
DEMO_ENV := DJANGO_DEBUG=true

.PHONY: demo test lint format venv migrate messages translations bench bench-search bench-scale reliability clean html-checker lock

# Exact versions with their hashes (pyproject.toml keeps the ranges): the portal's own
# dependencies for the Docker image, and those with the test tools for make test and CI.
# `make lock` computes both again from pyproject.toml (see the README).
LOCK := deploy/requirements.txt
TEST_LOCK := deploy/requirements-test.txt
UV_VERSION := 0.13.8

# The Nu Html Checker (W3C's validator engine) for tests/test_html_validity.py: a jar
# from the npm registry, run offline with Java. Without npm the test skips and says why.
VNU_VERSION := 26.9.27
VNU_JAR := $(VENV)/vnu/node_modules/vnu-jar/build/dist/vnu.jar

$(STAMP): pyproject.toml $(TEST_LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r $(TEST_LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# After changing a range in pyproject.toml, or to take newer releases within the ranges.
lock:
	test -x $(VENV)/uv/bin/uv || ($(PYTHON) -m venv $(VENV)/uv && \
		$(VENV)/uv/bin/pip install --quiet uv==$(UV_VERSION))
	$(VENV)/uv/bin/uv pip compile pyproject.toml --python-version 3.11 --generate-hashes \
		--upgrade --quiet --custom-compile-command "make lock" -o $(LOCK)
	$(VENV)/uv/bin/uv pip compile pyproject.toml --extra test --python-version 3.11 \
		--generate-hashes --upgrade --quiet --custom-compile-command "make lock" -o $(TEST_LOCK)

$(S3RVER): | $(STAMP)
	@if command -v npm >/dev/null 2>&1; then \
		npm install --silent --no-audit --no-fund --prefix $(VENV)/node s3rver@$(S3RVER_VERSION); \
	else \
		echo "npm not found: the S3 storage tests will be skipped (install Node.js and npm)"; \
	fi

venv: $(STAMP) $(S3RVER)

$(VNU_JAR):
	@if command -v npm >/dev/null 2>&1; then \
		npm install --prefix $(VENV)/vnu --no-audit --no-fund --silent vnu-jar@$(VNU_VERSION); \
	else \
		echo "npm not found: the Nu Html Checker test will be skipped"; \
	fi

html-checker: $(VNU_JAR)

migrate: $(STAMP)
	$(DEMO_ENV) $(BIN)/python manage.py migrate --noinput

demo: migrate
	$(DEMO_ENV) $(BIN)/python manage.py load_demo
	$(DEMO_ENV) $(BIN)/python manage.py runserver $(HOST):$(PORT)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Two test processes (pytest-xdist; tests/parallel.py says how the work is shared out).
TEST_PROCESSES ?= 2
test: lint html-checker $(S3RVER)
	$(BIN)/python -m pytest -n $(TEST_PROCESSES) $(PYTEST_ARGS)

# Every kind of page under gunicorn against Django's floor, cached (in a Redis of its own)
# and uncached, then the whole sitemap while an editor saves, and the pages with Redis
# down; prints the tables and writes bench/results.json. BENCH_SECONDS, BENCH_EDIT_SECONDS
# and BENCH_CASES=edits,redis-down shorten it; DATABASE_URL=postgres://... runs it on a
# fresh PostgreSQL database. See docs/quality.md.
bench: $(STAMP)
	$(BIN)/python -m bench.run

# Search on the demo content and on ten times as much (with and without its PostgreSQL
# indexes); prints milliseconds per search and writes bench/search_scale.json.
bench-search: $(STAMP)
	$(BIN)/python -m bench.search_scale

# Whole pages at the demo content and with 1,000 partners, 3,000 news items and 1,000
# events more: list pages, feeds, sitemap sections and search, page cache off; prints
# ms, bytes and SQL queries side by side and writes bench/scale.json.
bench-scale: $(STAMP)
	$(BIN)/python -m bench.scale

# The load and fault suite (tests/reliability/): starts its own PostgreSQL, Redis and
# gunicorn in a temporary directory, all on 127.0.0.1, and removes them afterwards.
# LOAD_SECONDS sets the length of the load test; the figures go to reliability-report.json.
LOAD_SECONDS ?= 60
reliability: $(STAMP)
	COP_RELIABILITY_LIVE=1 COP_HOSTILE_FULL=1 COP_LOAD_SECONDS=$(LOAD_SECONDS) \
	COP_RELIABILITY_REPORT=reliability-report.json \
		timeout --signal=INT --kill-after=60 900 \
		$(BIN)/python -m pytest tests/reliability -p no:cacheprovider $(PYTEST_ARGS)

# Re-extract interface strings after changing templates or code (needs GNU gettext),
# translate the new entries in locale/*/LC_MESSAGES/django.po, then compile.
messages: $(STAMP)
	$(DEMO_ENV) $(BIN)/python manage.py makemessages --no-location --no-wrap --ignore=.venv \
		--ignore=staticfiles --ignore=.test-static -l ar -l zh_Hans -l fr -l ru -l es

translations: $(STAMP)
	$(DEMO_ENV) $(BIN)/python manage.py compile_translations

clean:
	rm -rf $(VENV) staticfiles .test-static .pytest_cache .ruff_cache
