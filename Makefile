# Two commands do all the set-up on a fresh machine with Python 3.11:
#   make demo   -- the main job: generate a data set and run it through every available engine
#   make test   -- lint, types and the whole test suite
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean upgrade-constraints

$(STAMP): pyproject.toml constraints.txt
	@echo "make: creating $(VENV) and installing the pinned dependencies (constraints.txt), about 30 s"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test,bench]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/idrs demo

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/engines_bench.py --accounts 20000 --transactions 100000 --memory 20000 100000

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

# Re-pin on purpose: install the newest releases the ranges in pyproject.toml admit, then write
# them to constraints.txt. Run the whole suite (make test) before committing the new pins.
upgrade-constraints:
	rm -rf $(VENV)-upgrade
	$(PYTHON) -m venv $(VENV)-upgrade
	$(VENV)-upgrade/bin/pip install --quiet --upgrade pip
	$(VENV)-upgrade/bin/pip install --quiet -e '.[test,bench]'
	head -n 3 constraints.txt > constraints.txt.new
	$(VENV)-upgrade/bin/pip freeze --exclude-editable | grep -v '^-e' >> constraints.txt.new
	mv constraints.txt.new constraints.txt
	rm -rf $(VENV)-upgrade
