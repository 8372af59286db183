# The two commands a person needs: `make demo` runs the demo, `make test` runs every test.
# Everything else is CMake + Ninja in build/ (Release); this file only sequences the steps.
# Every target first runs tools/setup-deps.sh, which is silent when nothing is missing.

BUILD   := build
HOTPY   := $(BUILD)/hotpy
SHARED  := ../shared
JOBS    ?= 2

.PHONY: all build setup configure test demo bench conformance clean

all: build

setup:
	@bash tools/setup-deps.sh

# Configure once; afterwards Ninja re-runs CMake by itself when a CMakeLists.txt changes.
configure: setup
	@test -f $(BUILD)/build.ninja || cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release

build: configure
	cmake --build $(BUILD) -j $(JOBS)

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The demo: samples/demo.sh when it exists (the REPL walkthrough), else samples/demo.py.
demo: build
	@if [ -f samples/demo.sh ]; then bash samples/demo.sh; else $(HOTPY) samples/demo.py; fi

# `make bench PROGRAMS="fib loop"` runs only some programs.
bench: build
	bench/compare $(HOTPY) $(PROGRAMS)

conformance: build
	@if [ -x $(SHARED)/conformance/run-conformance ]; then \
	  $(SHARED)/conformance/run-conformance --bin "$(CURDIR)/$(HOTPY)" $(SHARED)/conformance/public; \
	else echo "no conformance corpus at $(SHARED)/conformance"; fi

clean:
	rm -rf $(BUILD) bench/programs/benchgen
