# Two commands: `make run` (set up, index the bundled corpus, start the app) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test index bench eval clean

$(STAMP): requirements.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.txt
	$(BIN)/python -m pip install -q --no-deps -e .
	@touch $(STAMP)

# PATHFINDER_DEMO=1: a "continue as guest" button for trying it out locally (marked in the sidebar). The first
# admin's one-time password is printed here on the first start (or: `pathfinder accounts create-admin NAME`).
run: $(STAMP)
	$(BIN)/pathfinder index --if-needed
	$(BIN)/pathfinder accounts ensure-admin
	PATHFINDER_DEMO=$${PATHFINDER_DEMO:-1} $(BIN)/streamlit run app.py

test: $(STAMP)
	$(BIN)/python -m pytest

index: $(STAMP)
	$(BIN)/pathfinder index

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

eval: $(STAMP)
	$(BIN)/pathfinder eval retrieval

clean:
	rm -rf $(VENV) .pathfinder .pytest_cache test-output
