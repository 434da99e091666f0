# Two commands for a newcomer: `make run` and `make test`. `make help` lists the rest.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export PORT

.DEFAULT_GOAL := help
.PHONY: help install run test lint format check demo browser-test lighthouse screenshots messages bench
# The browser checks' Node tools (axe-core, Lighthouse) install only where npm is; the tests say when they skip.
NPM := $(shell command -v npm 2>/dev/null)

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

# Translations: the catalogues (.po) are kept in the repo; the compiled files (.mo) are built here.
APPS_WITH_CATALOGUES := charity cancers programs subscriptions search discovery translations staff
MESSAGE_CATALOGUES := $(wildcard */locale/*/LC_MESSAGES/django.po)
%.mo: %.po
	msgfmt --check-format -o $@ $<

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.installed $(MESSAGE_CATALOGUES:.po=.mo) $(if $(NPM),node_modules/.installed) ## Make the virtualenv, install the dependencies (and the Node tools, with npm), compile the translations

run: install ## Migrate, load the demo content on first run, and serve on 127.0.0.1:$PORT
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content --if-empty
	$(PY) manage.py ensure_dev_admin
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: install ## Run the test suite (SQLite, or the database in DATABASE_URL); browser tests too, with Chromium
	$(PY) -m pytest

browser-test: install ## Run only the browser tests: journeys, keyboard, axe (Chromium at /usr/bin/chromium)
	$(PY) -m pytest tests/browser

lighthouse: install ## Lighthouse on the main page types; fails below the thresholds, records docs/quality.md
	$(PY) -m tests.browser.lighthouse

screenshots: install ## Regenerate docs/screenshots/ (each page type at phone and desktop widths)
	$(PY) -m tests.browser.screenshots

lint: install ## Check style with ruff, and that imports between the apps run one way
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-logo

format: install ## Format the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: install ## Django's system checks and no missing migration
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

demo: install ## Rebuild the demo content (keeps anything else already in the database)
	$(PY) manage.py load_demo_content

messages: install ## Update every app's catalogues (.po) from its code, templates and emails
	for app in $(APPS_WITH_CATALOGUES); do \
		(cd $$app && ../$(PY) ../manage.py makemessages -l fr -l en --no-obsolete -e html,txt,py) || exit 1; \
	done

bench: install ## Measure every page type: SQL queries, render time, req/s through gunicorn (SCALE=1: at scale)
	$(PY) -m bench $(if $(SCALE),--scale)
