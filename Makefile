# Endorsement Navigator — build, serve and test.
#
#   make setup   install what is missing: wasm32 target, the pinned nightly for the release build,
#                wasm-bindgen-cli (the Cargo.lock version, into tools/), npm devDependencies (wasm-opt,
#                playwright-core, axe-core), Debian chromium, chromium-driver, brotli and
#                poppler-utils (the print tests read PDFs with pdftotext)
#   make build   compile to wasm and assemble the deployable folder pkg/ (`make css`: only its stylesheet)
#   make serve   build, then serve the repository root on http://127.0.0.1:8080 (demo: /index.html), like a
#                production host (brotli/gzip, CORS, cache headers); SERVE_FLAGS="--also-host 127.0.0.2"
#                adds a second origin
#   make dist    build, then the release: dist/endorsement-navigator-<version>/ (hashed names, host
#                configs, snippet with SRI) and its .zip
#   make perf    build, then Lighthouse (mobile) with vs without the widget and time to usable (CDP)
#   make test    every tier: fmt, clippy (native + wasm32), cargo test, wasm-bindgen-test in headless
#                Chromium, build, the size check (per visitor, brotli), end-to-end tests, the WordPress
#                plugin on Debian's WordPress (`make test-wordpress`: apt installs what is missing; its own
#                Apache and MariaDB on 127.0.0.1, stopped afterwards)
#   make bench   rules-engine timings, then the brotli size of what one visitor downloads from pkg/
#   make clean   remove build outputs (keeps tools/ and node_modules/; `make distclean` removes those too)
#
# Every target is safe to run twice; installs happen only when something is missing.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory

ROOT := $(abspath $(dir $(lastword $(MAKEFILE_LIST))))
TOOLS := $(ROOT)/tools
NODE_BIN := $(ROOT)/node_modules/.bin
# npm's binaryen first: Debian's wasm-opt is too old for current wasm-bindgen output.
export PATH := $(NODE_BIN):$(TOOLS)/bin:$(HOME)/.cargo/bin:$(PATH)

CARGO ?= cargo
# The release wasm is built with a pinned, dated nightly: rebuilding std for size (build-std with
# optimize_for_size, panics that abort without formatting, no panic locations, no Debug formatting) takes
# about 21 KB brotli off the wasm. Tests, clippy and the native build stay on stable.
# `RELEASE_TOOLCHAIN=stable make build` builds without those levers.
RELEASE_TOOLCHAIN ?= nightly-2026-05-20
ifeq ($(RELEASE_TOOLCHAIN),stable)
RELEASE_CARGO := $(CARGO)
RELEASE_ZFLAGS :=
RELEASE_RUSTFLAGS :=
else
RELEASE_CARGO := $(CARGO) +$(RELEASE_TOOLCHAIN)
RELEASE_ZFLAGS := -Z build-std=core,std,panic_abort -Z build-std-features=optimize_for_size
RELEASE_RUSTFLAGS := -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none
endif
WASM_TARGET := wasm32-unknown-unknown
CRATE := endorsement_navigator
PKG := $(ROOT)/pkg
WASM_BINDGEN := $(TOOLS)/bin/wasm-bindgen
WASM_BINDGEN_TEST_RUNNER := $(TOOLS)/bin/wasm-bindgen-test-runner
WASM_OPT := $(NODE_BIN)/wasm-opt
CHROMIUM ?= /usr/bin/chromium
CHROMEDRIVER ?= /usr/bin/chromedriver
# Files from www/ that ship in pkg/ as they are (a missing one fails the build). embed.js and frame.js are
# bundled from www/loader/ by scripts/build-loader.mjs; configure.* is the webmasters' configurator page.
WWW_FILES := www/frame.html www/configure.html www/configure.js www/configure.css
# pkg/navigator.css is every www/styles/*.css concatenated in sorted order (00-base.css first, then one
# file per tool), each preceded by a comment naming its source.
PORT ?= 8080

# wasm-opt's passes. A function with a single caller is inlined only when it is small (-ocimfs 10, the
# default inlines it at any size): the views' one-caller helpers stay separate functions, whose code
# repeats and so compresses, instead of one large body per component (raw +4 KB, brotli -21.7 KB, from
# 235.9 to 214.2 KB; 20 gives 214.2, 5 gives 214.6, 40 gives 216.5). --low-memory-unused lets it fold
# constant addresses into loads and stores, which is sound here: the stack starts at 1 MiB and grows down, the
# data follows it, so only a 1 MiB stack overflow would reach the first KiB (brotli -2.3 KB on its own).
WASM_OPT_FLAGS := -Oz --converge -ocimfs 10 --low-memory-unused

# WebAssembly features that rustc 1.95's default wasm32 CPU emits; wasm-opt must accept them all and must
# not introduce any other.
WASM_FEATURES := --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
                 --enable-sign-ext --enable-mutable-globals --enable-multivalue --enable-reference-types \
                 --enable-call-indirect-overlong

# The wasm-bindgen version pinned in Cargo.lock ([[package]] name = "wasm-bindgen").
wasm_bindgen_lock_version = $(shell awk -F'"' '/^\[\[package\]\]/ {name = ""} /^name = / {name = $$2} /^version = / && name == "wasm-bindgen" {print $$2; exit}' $(ROOT)/Cargo.lock 2>/dev/null)

.PHONY: help setup setup-nightly setup-rust setup-wasm-bindgen setup-node setup-apt build pkg css loader serve \
        test lint fmt-check clippy test-native test-loader test-wasm test-e2e test-wordpress bench size clean distclean dist perf

help:
	@sed -n '3,21p' $(ROOT)/Makefile | sed 's/^# \{0,1\}//'

# ---------------------------------------------------------------------------------------------- setup
setup: setup-apt setup-rust setup-nightly setup-wasm-bindgen setup-node
	@echo "setup: everything is in place"

setup-rust:
	@if ! rustup target list --installed | grep -qx '$(WASM_TARGET)'; then \
	  echo "setup: adding rust target $(WASM_TARGET)"; rustup target add $(WASM_TARGET); \
	fi
	@for c in clippy rustfmt; do \
	  if ! rustup component list --installed | grep -q "^$$c"; then \
	    echo "setup: adding rust component $$c"; rustup component add $$c; \
	  fi; \
	done

# The release toolchain with the standard library's sources (for build-std) and the wasm target.
setup-nightly:
	@if [ '$(RELEASE_TOOLCHAIN)' = stable ]; then exit 0; fi; \
	if rustup run '$(RELEASE_TOOLCHAIN)' rustc --print sysroot >/dev/null 2>&1 \
	   && rustup component list --toolchain '$(RELEASE_TOOLCHAIN)' --installed 2>/dev/null | grep -q '^rust-src' \
	   && rustup target list --toolchain '$(RELEASE_TOOLCHAIN)' --installed 2>/dev/null | grep -qx '$(WASM_TARGET)'; then \
	  echo "setup: release toolchain $(RELEASE_TOOLCHAIN) present"; \
	else \
	  echo "setup: installing release toolchain $(RELEASE_TOOLCHAIN) (rust-src, $(WASM_TARGET))"; \
	  rustup toolchain install '$(RELEASE_TOOLCHAIN)' --profile minimal --component rust-src --target $(WASM_TARGET); \
	fi

$(ROOT)/Cargo.lock: $(ROOT)/Cargo.toml
	@if [ ! -f '$@' ]; then echo "setup: no Cargo.lock yet, generating it"; $(CARGO) generate-lockfile; fi

setup-wasm-bindgen: $(ROOT)/Cargo.lock
	@want='$(wasm_bindgen_lock_version)'; \
	if [ -z "$$want" ]; then \
	  echo "setup: could not read the wasm-bindgen version from Cargo.lock" >&2; exit 1; \
	fi; \
	have=$$('$(WASM_BINDGEN)' --version 2>/dev/null | awk '{print $$2}' || true); \
	have_runner=$$('$(WASM_BINDGEN_TEST_RUNNER)' --version 2>/dev/null | awk '{print $$2}' || true); \
	if [ "$$have" = "$$want" ] && [ "$$have_runner" = "$$want" ]; then \
	  echo "setup: wasm-bindgen-cli $$want present in tools/"; \
	else \
	  echo "setup: installing wasm-bindgen-cli $$want into tools/ (found: '$${have:-none}')"; \
	  $(CARGO) install wasm-bindgen-cli --version "$$want" --root '$(TOOLS)' --force; \
	fi

# npm ci only when node_modules is missing or older than the lock file.
setup-node: $(ROOT)/node_modules/.package-lock.json
	@echo "setup: npm devDependencies present (node_modules/)"

$(ROOT)/node_modules/.package-lock.json: $(ROOT)/package-lock.json $(ROOT)/package.json
	@echo "setup: npm ci"
	cd '$(ROOT)' && npm ci --no-audit --no-fund
	@touch '$@'

setup-apt:
	@missing=""; \
	command -v '$(CHROMIUM)' >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v '$(CHROMEDRIVER)' >/dev/null 2>&1 || missing="$$missing chromium-driver"; \
	command -v brotli >/dev/null 2>&1 || missing="$$missing brotli"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	if [ -z "$$missing" ]; then \
	  echo "setup: chromium, chromedriver, brotli and poppler-utils present"; \
	else \
	  echo "setup: apt-get install$$missing"; \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  $$sudo apt-get install -y --no-install-recommends $$missing </dev/null \
	    || { $$sudo apt-get update </dev/null && $$sudo apt-get install -y --no-install-recommends $$missing </dev/null; }; \
	fi

# ---------------------------------------------------------------------------------------------- build
build: setup-rust setup-nightly setup-wasm-bindgen setup-node
	@start=$$(date +%s); \
	echo "build: cargo build --release --target $(WASM_TARGET) --lib ($(RELEASE_TOOLCHAIN))"; \
	RUSTFLAGS='$(RELEASE_RUSTFLAGS)' $(RELEASE_CARGO) build --release --target $(WASM_TARGET) --lib $(RELEASE_ZFLAGS); \
	rm -rf '$(PKG)'; mkdir -p '$(PKG)'; \
	echo "build: wasm-bindgen --target web"; \
	'$(WASM_BINDGEN)' --target web --no-typescript --out-dir '$(PKG)' --out-name $(CRATE) \
	  '$(ROOT)/target/$(WASM_TARGET)/release/$(CRATE).wasm'; \
	echo "build: wasm-opt $(WASM_OPT_FLAGS)"; \
	'$(WASM_OPT)' $(WASM_OPT_FLAGS) $(WASM_FEATURES) --strip-debug --strip-producers --strip-target-features '$(PKG)/$(CRATE)_bg.wasm' -o '$(PKG)/$(CRATE)_bg.opt.wasm'; \
	mv '$(PKG)/$(CRATE)_bg.opt.wasm' '$(PKG)/$(CRATE)_bg.wasm'; \
	for f in $(WWW_FILES); do \
	  if [ -f "$(ROOT)/$$f" ]; then cp "$(ROOT)/$$f" '$(PKG)/'; \
	  else echo "build: missing $$f" >&2; exit 1; fi; \
	done; \
	mkdir -p '$(PKG)/i18n'; \
	for t in '$(ROOT)'/src/i18n/*.txt; do \
	  sed -e '1n' -e '/^[[:space:]]*\(#.*\)\{0,1\}$$/d' -e 's/^[^=]*= */=/' "$$t" > "$(PKG)/i18n/$${t##*/}"; \
	done; \
	$(MAKE) css; \
	$(MAKE) loader; \
	node '$(ROOT)/scripts/minify.mjs' '$(PKG)'; \
	echo "build: pkg/ ready in $$(( $$(date +%s) - start ))s:"; \
	ls -l '$(PKG)' | tail -n +2

pkg: build

# Only pkg/navigator.css, from www/styles/ (no compiling): after a stylesheet edit, with pkg/ built already.
css:
	@mkdir -p '$(PKG)'; \
	shopt -s nullglob; styles=($(ROOT)/www/styles/*.css); \
	if [ $${#styles[@]} -eq 0 ]; then echo "css: no www/styles/*.css" >&2; exit 1; fi; \
	: > '$(PKG)/navigator.css'; \
	for f in $$(printf '%s\n' "$${styles[@]}" | LC_ALL=C sort); do \
	  printf '/* %s */\n' "$${f#$(ROOT)/}" >> '$(PKG)/navigator.css'; cat "$$f" >> '$(PKG)/navigator.css'; \
	  printf '\n' >> '$(PKG)/navigator.css'; \
	done; \
	if ! grep -q '[^[:space:]]' <(sed -e 's:/\*[^*]*\*/::g' '$(PKG)/navigator.css'); then \
	  echo "css: pkg/navigator.css came out empty (www/styles/*.css hold no rules)" >&2; exit 1; \
	fi

# Only pkg/embed.js and pkg/frame.js, bundled from www/loader/ with the words, placeholder styles and
# attribute list generated from src/i18n, www/styles and src/config.rs (after a loader edit, with pkg/
# built already).
loader: setup-node
	@mkdir -p '$(PKG)'
	node '$(ROOT)/scripts/build-loader.mjs' '$(PKG)'

# ---------------------------------------------------------------------------------------------- serve
SERVE_FLAGS ?=
serve: build
	node '$(ROOT)/scripts/serve.mjs' --host 127.0.0.1 --port $(PORT) $(SERVE_FLAGS)

# ---------------------------------------------------------------------------------------------- dist
dist: build
	node '$(ROOT)/scripts/dist.mjs'

# ---------------------------------------------------------------------------------------------- perf
# PERF_RUNS Lighthouse runs per page (alternating with/without), then as many time-to-usable runs.
PERF_RUNS ?= 5
perf: build
	CHROME_PATH='$(CHROMIUM)' node '$(ROOT)/scripts/perf.mjs' --runs $(PERF_RUNS)

# ---------------------------------------------------------------------------------------------- test
# The tiers in order; `make test` stops at the first failing one.
test: setup
	@$(MAKE) lint
	@$(MAKE) test-native
	@$(MAKE) test-loader
	@$(MAKE) test-wasm
	@$(MAKE) build
	@$(MAKE) size
	@$(MAKE) test-e2e
	@$(MAKE) test-wordpress

lint: fmt-check clippy

fmt-check:
	@echo "== tier: cargo fmt --check"
	$(CARGO) fmt --all --check

clippy: setup-rust
	@echo "== tier: cargo clippy (native, all targets)"
	$(CARGO) clippy --all-targets -- -D warnings
	@echo "== tier: cargo clippy (wasm32, lib)"
	$(CARGO) clippy --target $(WASM_TARGET) --lib -- -D warnings

test-native:
	@echo "== tier: cargo test (native: unit, golden cases, property tests)"
	$(CARGO) test

# The loader's logic that needs no page (attribute reading, placeholder words, share links, pacing,
# holding, the build's generated data), with node's test runner.
test-loader: setup-node
	@echo "== tier: loader unit tests (node --test tests/loader/)"
	node --test --test-reporter=spec tests/loader/

# Browser tests: tests/web*.rs, compiled to wasm32 and run by wasm-bindgen-test-runner in headless Chromium
# through chromedriver (extra capabilities in webdriver.json).
test-wasm: setup-rust setup-wasm-bindgen
	@echo "== tier: wasm-bindgen-test (headless Chromium)"
	@shopt -s nullglob; web=($(ROOT)/tests/web*.rs); \
	if [ $${#web[@]} -eq 0 ]; then echo "test-wasm: no tests/web*.rs (the browser tests are missing)" >&2; exit 1; fi; \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER='$(WASM_BINDGEN_TEST_RUNNER)' \
	CHROMEDRIVER='$(CHROMEDRIVER)' \
	WASM_BINDGEN_TEST_WEBDRIVER_JSON='$(ROOT)/webdriver.json' \
	WASM_BINDGEN_TEST_TIMEOUT=$${WASM_BINDGEN_TEST_TIMEOUT:-120} \
	WASM_BINDGEN_TEST_DRIVER_TIMEOUT=$${WASM_BINDGEN_TEST_DRIVER_TIMEOUT:-30} \
	$(CARGO) test --target $(WASM_TARGET) --test 'web*'

test-e2e: setup-node
	@echo "== tier: end-to-end (playwright-core + headless Chromium)"
	node '$(ROOT)/tests/e2e/run.mjs'

# The plugin zip (from the release, `scripts/dist.mjs`, on the pkg/ already built) on a real WordPress 6.1 from
# Debian's packages: PHPUnit for its PHP functions, Playwright for the admin, an Author, the front end
# (tests/wordpress/run.sh; about a minute once the packages are installed).
test-wordpress: setup-node
	@echo "== tier: WordPress plugin on Debian's WordPress (PHPUnit, Playwright)"
	@if [ ! -f '$(PKG)/endorsement_navigator_bg.wasm' ]; then $(MAKE) build; fi
	node '$(ROOT)/scripts/dist.mjs' >/dev/null
	'$(ROOT)/tests/wordpress/run.sh' '$(ROOT)/dist/endorsement-navigator-wordpress.zip'

# ---------------------------------------------------------------------------------------------- bench
bench: build
	$(CARGO) bench --bench rules
	@$(MAKE) size

# Sizes are deterministic for a given toolchain, so this is a test, not a timing: it fails when what one
# visitor downloads (loader, glue, wasm, stylesheet, their language's table) exceeds the budget.
size:
	@echo "== tier: size per visitor (brotli)"
	@'$(ROOT)/scripts/size-report.sh' '$(PKG)'

# ---------------------------------------------------------------------------------------------- clean
clean:
	$(CARGO) clean
	rm -rf '$(PKG)' '$(ROOT)/dist' '$(ROOT)/tests/e2e/screenshots' '$(ROOT)/tests/e2e/results'

distclean: clean
	rm -rf '$(ROOT)/node_modules' '$(TOOLS)'
