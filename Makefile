# Two commands: `make run` (set up, index the bundled corpus, start the app) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: llm-check run test lint index bench eval clean

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

test: lint
	$(BIN)/python -m pytest

# ruff (lint rules in pyproject.toml) over everything; mypy over the core (domain, planner, profiles)
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

index: $(STAMP)
	$(BIN)/pathfinder index

bench: $(STAMP)  # quick pass of every benchmark; bench/run_all.py --full for the reported sizes
	$(BIN)/python bench/run_all.py

eval: $(STAMP)
	$(BIN)/pathfinder eval retrieval

llm-check: $(STAMP)  # a real local model (tools/llm_server.sh): evals/dialogues/llm_real.jsonl on the LLM path
	$(BIN)/pathfinder index --if-needed
	tools/llm_server.sh start
	$(BIN)/python tools/llm_check.py evals/dialogues/llm_real.jsonl

clean:
	rm -rf $(VENV) .pathfinder .pytest_cache .ruff_cache .mypy_cache test-output
