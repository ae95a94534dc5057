# The two commands: `make run` and `make test`. Both are idempotent.
# A recipe that fails leaves no half-made target behind (e.g. a venv without pip).
.DELETE_ON_ERROR:
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: run test install install-dev system-deps demo lint format bench faults clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed-runtime $@

# The project's Vietnamese for admin strings Django lacks (pure Python, no GNU gettext needed).
LOCALE_PO := $(wildcard locale/*/LC_MESSAGES/*.po)
LOCALE_MO := $(LOCALE_PO:.po=.mo)
$(LOCALE_MO): $(LOCALE_PO) | $(BIN)/python
	$(BIN)/python scripts/compile_locale.py

install: $(VENV)/.installed-runtime $(LOCALE_MO)
install-dev: $(VENV)/.installed-dev $(LOCALE_MO)

system-deps:
	@./scripts/system-deps.sh

demo: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo

# The server starts at once; "Nghe bài" for the demo articles is spoken beside it (a few minutes
# the first time, then only for changed articles), its progress in .demo-audio.log.
run: install
	$(BIN)/python manage.py migrate --noinput
	NEWS_AUDIO_DEMO=false $(BIN)/python manage.py load_demo
	@echo "Cổng thông tin đang chạy tại http://$(HOST):$(PORT)/  (dừng: Ctrl+C)"
	$(BIN)/python manage.py make_article_audio > .demo-audio.log & \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install-dev system-deps
	$(BIN)/python -m pytest --ds=portal.settings.test $(PYTEST_ARGS)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Several gunicorn workers on a throw-away database: throughput, latency and exact counts.
bench: install-dev
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

# Breaks Redis, gunicorn workers and database connections under load (FAULTS_DATABASE_URL names
# a PostgreSQL database to create and drop; FAULTS_ARGS e.g. "--short --port 8200").
faults: install-dev
	$(BIN)/python scripts/faults.py $(FAULTS_ARGS)

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
