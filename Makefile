# readout: `make serve` to use it, `make test` to test it. Both install what is missing.
# `make bench` measures speed and size beside the peers and checks `readout eval` against
# score.py (not in `test`). `make spark-example` runs the Spark job of examples/spark.
PORT ?= 8080
# wasm-opt from npm's binaryen@132 (never Debian's binaryen 108).
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
TRUNK_FLAGS := --release --offline --locked

.PHONY: setup serve dist test test-rust test-web test-e2e test-py py-develop spark-example bench fuzz clean

setup:
	@scripts/setup.sh

dist: setup
	@scripts/devnull.sh
	trunk build $(TRUNK_FLAGS)

serve: dist
	node tests/serve.mjs dist $(PORT)

test: setup test-rust test-web test-e2e test-py

# Separately: built with the CLI, the core gets the CLI's `cjk` feature, and the page's
# build (without it) would go untested.
test-rust: setup
	cargo test --locked -p readout-core
	cargo test --locked -p readout-cli

# The web crate's own tests, compiled to wasm and run in headless Chromium.
test-web: setup
	@scripts/devnull.sh
	CHROMEDRIVER=/usr/bin/chromedriver \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	WASM_BINDGEN_TEST_TIMEOUT=120 \
	cargo test --locked -p readout-web --target wasm32-unknown-unknown

# End-to-end: the release build, served on 127.0.0.1, driven in Chromium by playwright-core.
test-e2e: dist
	node --test --test-concurrency=1 tests/e2e/

# The Python module (crates/readout-py) built by maturin into .venv, the repository's own
# virtual environment (scripts/python-setup.sh makes it and installs the pinned tools);
# its tests compare it with the release CLI.
py-develop:
	scripts/python-setup.sh
	cargo build --locked --release -p readout-cli
	VIRTUAL_ENV=$(CURDIR)/.venv .venv/bin/maturin develop --release --locked -m crates/readout-py/Cargo.toml

test-py: py-develop
	.venv/bin/python -m pytest -q -p no:cacheprovider crates/readout-py/tests

# examples/spark/job.py on local[2] over 10,000 generated articles, its Parquet tables
# checked against the CLI on the same input (examples/spark/run.sh; pyspark, pandas and
# pyarrow go into .venv, Java 17 from Debian if there is none).
spark-example: py-develop
	examples/spark/run.sh

# Speed and size, side by side with the peers (issue 7; README "Speed and size"): criterion
# per stage over tests/corpus/dev, then tests/bench/run.mjs (the CLI over 10 MB, readout's
# wasm, wink-nlp and compromise in node and Chromium, the page with 1,000 and 10,000
# articles, dist/'s gzip -9 transfer), then readout eval against shared/eval/score.py on
# perturbed predictions (needs python3). The peers are installed in tests/bench only.
# Last, the Python module (tests/bench/python.py: analyze's MB/s and its overhead over the
# core in process, tests/bench/native) and the Spark example's articles per second, over
# 50,000 articles so that Spark's start-up weighs less than in `make spark-example`.
BENCH_WASM := cargo build --locked --target wasm32-unknown-unknown -p readout-bench-wasm
bench: dist py-develop
	cargo bench --locked -p readout-core --bench analyze
	cargo bench --locked -p readout-core --bench scaling
	cargo build --locked --release -p readout-cli
	$(BENCH_WASM) --profile web
	$(BENCH_WASM) --release
	cd tests/bench && npm ci --no-audit --no-fund
	node tests/bench/run.mjs
	tests/eval-parity.sh
	cargo build --locked --release -p readout-bench-native
	ARTICLES=50000 examples/spark/run.sh
	.venv/bin/python tests/bench/python.py --spark-summary target/spark-example/summary.json \
		--spark-input target/spark-example/input

# cargo-fuzz on readout-core's analyze and analyze_many (needs nightly and cargo-fuzz; see
# crates/readout-core/fuzz/README.md). FUZZ_SECONDS=60 make fuzz for a short run.
FUZZ_SECONDS ?= 1800
fuzz:
	crates/readout-core/fuzz/seed.sh
	cd crates/readout-core/fuzz && nice -n 10 cargo +nightly fuzz run analyze corpus/analyze -- \
		-max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=10 -rss_limit_mb=1024 -print_final_stats=1

clean:
	rm -rf dist tests/artifacts
