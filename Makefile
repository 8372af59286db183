# The two commands a person needs: `make demo` runs the demo, `make test` runs every test.
# Everything else is CMake + Ninja in build/ (Release); this file only sequences the steps.
# Every target first runs tools/setup-deps.sh, which is silent when nothing is missing.

BUILD   := build
HOTPY   := $(BUILD)/hotpy
SHARED  := ../shared
JOBS    ?= 2

SAN_BUILD := build-sanitize
TSAN_BUILD := build-tsan

.PHONY: all build setup configure test install check-sanitize check-tsan demo demo-hot bench conformance fuzz clean

all: build

setup:
	@bash tools/setup-deps.sh

# Configure on every run (about a second): the top-level CMakeLists.txt adds a stage only
# when its folder has a CMakeLists.txt, and a folder that appears later is not something
# Ninja knows to re-check. Quiet unless it fails; the output stays in build/cmake.log.
configure: setup
	@mkdir -p $(BUILD)
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release >$(BUILD)/cmake.log 2>&1 \
	  || { cat $(BUILD)/cmake.log; exit 1; }

build: configure
	cmake --build $(BUILD) -j $(JOBS)

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# `make install PREFIX=/opt/hotpy`: libhotpy, include/hotpy/, bin/hotpy, share/hotpy/stdlib/
# and the CMake package (README.md, "Building a host").
PREFIX ?= /usr/local
install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

# The same tests (and the corpus, when ../shared is there) built with AddressSanitizer,
# LeakSanitizer and UBSan in $(SAN_BUILD)/; fails on any test failure or sanitizer report.
check-sanitize: setup
	@mkdir -p $(SAN_BUILD)
	@cmake -S . -B $(SAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Sanitize >$(SAN_BUILD)/cmake.log 2>&1 \
	  || { cat $(SAN_BUILD)/cmake.log; exit 1; }
	cmake --build $(SAN_BUILD) -j $(JOBS)
	JOBS=$(JOBS) bash tools/check-sanitize.sh $(SAN_BUILD)

# Interpreters running at once on several threads (tests/unit/api_interpreters_test.cpp)
# built with ThreadSanitizer in $(TSAN_BUILD)/: any report fails.
check-tsan: setup
	@mkdir -p $(TSAN_BUILD)
	@cmake -S . -B $(TSAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Tsan >$(TSAN_BUILD)/cmake.log 2>&1 \
	  || { cat $(TSAN_BUILD)/cmake.log; exit 1; }
	cmake --build $(TSAN_BUILD) -j $(JOBS) --target api_interpreters_test
	TSAN_OPTIONS="halt_on_error=1 exitcode=66 second_deadlock_stack=1" \
	  $(TSAN_BUILD)/tests/unit/api_interpreters_test --gtest_filter=-*Thousand*

# The demo: samples/demo.sh when it exists (the REPL walkthrough), else samples/demo.py.
demo: build
	@if [ -f samples/demo.sh ]; then bash samples/demo.sh; else $(HOTPY) samples/demo.py; fi

# The same walkthrough with hotreload: reload(changer, patch=True), then -X autoreload.
demo-hot: build
	@bash samples/demo_hot.sh $(HOTPY)

# `make bench PROGRAMS="fib loop"` runs only some programs.
bench: build
	bench/compare $(HOTPY) $(PROGRAMS)

conformance: build
	@if [ -x $(SHARED)/conformance/run-conformance ]; then \
	  $(SHARED)/conformance/run-conformance --bin "$(CURDIR)/$(HOTPY)" $(SHARED)/conformance/public; \
	else echo "no conformance corpus at $(SHARED)/conformance"; fi

# `make fuzz FUZZ_SECONDS=600` runs each libFuzzer harness (tests/fuzz/README.md) for
# that long, one after the other, from a clang + ASan/UBSan build in build-fuzz/; the
# corpora grow in build-fuzz/corpus/, crashes land in build-fuzz/crashes/.
FUZZ_BUILD     := build-fuzz
FUZZ_SECONDS   ?= 60
FUZZ_HARNESSES ?= fuzz_frontend fuzz_run

fuzz: setup
	@bash tools/setup-deps.sh fuzz
	@mkdir -p $(FUZZ_BUILD)
	@cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++ \
	  -DHOTPY_FUZZ=ON >$(FUZZ_BUILD)/cmake.log 2>&1 || { cat $(FUZZ_BUILD)/cmake.log; exit 1; }
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target $(FUZZ_HARNESSES)
	bash tests/fuzz/run-fuzz.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZ_HARNESSES)

clean:
	rm -rf $(BUILD) $(SAN_BUILD) $(FUZZ_BUILD) bench/programs/benchgen
