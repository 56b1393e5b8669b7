# The two commands of the README: `make run` starts the app, `make test` runs the suite.
# Both create .venv when it is missing and install the project into it.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS_FILES := $(wildcard i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

# Debian packages: Qt's offscreen platform and the PDF tools the tests read with.
TEST_DEBS := poppler-utils qpdf libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
# Qt's X11 platform, for a real window.
RUN_DEBS := libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 libxcb-cursor0 \
	libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1

# Install the Debian packages named in $(1) that are missing, when this machine allows it.
define ensure_debs
	@if command -v dpkg >/dev/null 2>&1; then \
	  missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	  if [ -n "$$missing" ]; then \
	    if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	      echo "Installing system packages:$$missing"; \
	      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	    else echo "Warning: missing system packages (install them by hand):$$missing"; fi; \
	  fi; \
	fi
endef

.PHONY: run test bench screenshots i18n i18n-update clean

run: $(STAMP) i18n
	$(call ensure_debs,$(RUN_DEBS))
	$(BIN)/baocao

test: $(STAMP) i18n
	$(call ensure_debs,$(TEST_DEBS))
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python tests/bench.py
	$(BIN)/python tests/bench_exchange.py

# A PNG of each main screen in build/screenshots/, the app on an X server of 1366x768 (#15), to look at.
screenshots: $(STAMP) i18n
	$(call ensure_debs,xvfb $(RUN_DEBS))
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python tools/screenshots.py build/screenshots

i18n: $(STAMP) $(QM_FILES)

# After a change to the interface's texts: extract them into i18n/*.ts (the Vietnamese filled in); translate
# what it lists as left in baocao_en.ts (Qt Linguist, or by hand), then `make test`.
i18n-update: $(STAMP)
	$(BIN)/python tools/i18n.py update

i18n/%.qm: i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV) i18n/*.qm .pytest_cache
