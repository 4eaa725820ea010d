# CoreCue's build, test and packaging entry points. On a fresh Debian/Ubuntu
# machine `make run` and `make test` install the system packages they need.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := build

# Go is often installed only in /usr/local/go (the go.dev tarball); a Go
# already on PATH wins.
export PATH := $(PATH):/usr/local/go/bin

# The build tag Fyne expects once every UI call goes through fyne.Do;
# `fyne package` adds it itself from FyneApp.toml's [Migrations].
BUILD_TAGS := migrated_fynedo
BIN := bin/corecue
BENCHTIME ?= 1s

# The corecue binary copes with any locale itself (internal/locale), so
# run, bench and e2e keep the person's own. The Go test binaries of Fyne
# packages do not include that fix and would log "Error parsing user locale"
# under C.UTF-8, so unit tests get a fixed locale (en_US.UTF-8 parses even
# where it is not installed; LC_ALL and LC_MESSAGES emptied count as unset).
TEST_LOCALE := en_US.UTF-8
test: export LANG := $(TEST_LOCALE)
test: export LC_ALL :=
test: export LC_MESSAGES :=

.PHONY: run build test bench package fmt fmt-check vet lint e2e deps deps-test deps-bench clean cross windows-exe deps-package

deps:
	@scripts/install-deps.sh build

deps-test:
	@scripts/install-deps.sh test

deps-package:
	@scripts/install-deps.sh package

deps-bench:
	@scripts/install-deps.sh bench

build: deps
	go build -tags $(BUILD_TAGS) -o $(BIN) ./app

run: build
	$(BIN)

# Tracked and new (not ignored) Go files; plain find outside a git checkout.
GO_FILES = $(shell git ls-files --cached --others --exclude-standard '*.go' 2>/dev/null || find . -name '*.go' -not -path './.git/*')

fmt:
	gofmt -w $(GO_FILES)

fmt-check:
	@files=$$(gofmt -l $(GO_FILES)); \
	if [ -n "$$files" ]; then echo "gofmt: these files need formatting (run make fmt):"; echo "$$files"; exit 1; fi; \
	echo "gofmt: ok"

vet:
	go vet ./...
	@echo "go vet: ok"

# staticcheck at a pinned version, fetched by go run from the module proxy so
# nothing extra is installed on the machine.
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
lint:
	go run $(STATICCHECK) ./...
	@echo "staticcheck: ok"

# The race run needs an X server and a sound server for the packages that
# touch them, so it runs inside scripts/headless.sh; CORECUE_DEVICE_TEST=1
# also plays a short drill through the real (null-sink) sound device. The CGO_ENABLED=0 run
# proves everything under internal/ builds and passes with no C toolchain.
test: deps-test fmt-check vet lint
	@mkdir -p out
	@rm -f out/*.counts
	@echo "== go test -race ./..."
	scripts/headless.sh env CORECUE_DEVICE_TEST=1 bash -o pipefail -c 'go test -race -json ./... | go run ./scripts/testsum -label race -save out/race.counts'
	@echo "== CGO_ENABLED=0 go test ./internal/..."
	CGO_ENABLED=0 go test -json ./internal/... | go run ./scripts/testsum -label no-cgo -save out/nocgo.counts
	@echo "== end-to-end: scripts/e2e.sh"
	scripts/e2e.sh
	@echo "1 0 0" > out/e2e.counts
	@go run ./scripts/testsum -total out/race.counts out/nocgo.counts out/e2e.counts

e2e: deps-test
	scripts/e2e.sh

# macOS and Windows are cross-checked here, since only Linux runs the tests.
# Every engine (an internal package whose imports reach no Fyne package, as
# go list finds them) must compile for macOS without cgo, and all of
# internal/ for Windows without cgo, so no Linux-only call slips into shared
# code; Fyne's widgets need cgo on macOS, so the UI packages are checked for
# Linux (the tests) and Windows. Then the Windows executable itself is built
# with MinGW-w64: it cannot be run here (Debian's Wine lacks the DLL Go
# needs), so building it is the proof.
test: cross
cross: deps-test
	@engines=$$(GOOS=darwin GOARCH=arm64 CGO_ENABLED=0 go list -e -tags $(BUILD_TAGS) \
		-f '{{if .GoFiles}}{{.ImportPath}} {{join .Deps " "}}{{end}}' ./internal/... | \
		awk '{ for (i = 2; i <= NF; i++) if ($$i ~ /^fyne\.io\//) next; if ($$1 != "") print $$1 }'); \
	if [ -z "$$engines" ]; then echo "cross: go list found no engine packages" >&2; exit 1; fi; \
	echo "== darwin/arm64, no cgo: $$(wc -w <<<"$$engines") engines"; \
	GOOS=darwin GOARCH=arm64 CGO_ENABLED=0 go build -tags $(BUILD_TAGS) $$engines
	@echo "== windows/amd64, no cgo: ./internal/..."
	GOOS=windows GOARCH=amd64 CGO_ENABLED=0 go build -tags $(BUILD_TAGS) ./internal/...
	@$(MAKE) --no-print-directory windows-exe

# The Windows executable (a console program, so the sub-commands print and
# read the PIN; `make package` builds the double-clickable one).
WINDOWS_CC ?= x86_64-w64-mingw32-gcc
windows-exe:
	@echo "== windows/amd64 with cgo (MinGW-w64): out/windows/corecue.exe"
	CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=$(WINDOWS_CC) go build -tags $(BUILD_TAGS) -o out/windows/corecue.exe ./app

# The figures of docs/benchmarks.md: the Go benchmarks once each
# at BENCHTIME, then start-up, CPU and memory against a minimal Fyne window,
# and A/V error and drift over an AV_MINUTES drill on the null sink. It
# prints a table and never fails because a machine is slow. Outputs go to
# out/bench/. A quick pass: make bench AV_MINUTES=2.
AV_MINUTES ?= 20
CPU_SECONDS ?= 30
IDLE_SECONDS ?= 15
STARTUP_RUNS ?= 3
# The shared screen-and-sound recorder for the outside A/V measure (avtoy,
# its reference window, beside it); a run without it says "not measured".
AVSYNC ?= ../shared/tools/avsync
OUTSIDE_SECONDS ?= 60
bench: deps-bench
	go build -tags $(BUILD_TAGS) -o $(BIN) ./app
	scripts/headless.sh go run ./scripts/bench -bin $(BIN) -out out/bench \
		-av-minutes $(AV_MINUTES) -cpu-seconds $(CPU_SECONDS) -idle-seconds $(IDLE_SECONDS) \
		-startup-runs $(STARTUP_RUNS) -benchtime $(BENCHTIME) \
		-avsync $(AVSYNC) -outside-seconds $(OUTSIDE_SECONDS)

# The Linux package and the Windows executable, both from FyneApp.toml.
package: deps-package
	scripts/package.sh

clean:
	rm -rf bin out dist
