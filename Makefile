# Common tasks. The README's two commands work without make. Every target fails when it finds
# nothing to run (no benchmark, no fuzz target) rather than passing silently.
.PHONY: build test race vet lint tidy fmt eval bench fuzz ci

SHELL := /bin/bash
STATICCHECK_VERSION ?= v0.8.2
# bench: BENCH selects benchmarks (a go test -bench pattern), PKG the packages.
BENCH ?= .
PKG ?= ./...
# fuzz: FUZZ selects fuzz targets by name (an egrep pattern), FUZZTIME is each one's budget.
FUZZ ?= .
FUZZTIME ?= 10s

build:
	go build -o bin/reportbot ./cmd/reportbot

test race:
	go test -race -timeout 30m ./...

vet:
	go vet ./...

lint: vet
	go run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION) ./...

tidy:
	go mod tidy -diff

fmt:
	gofmt -w $$(git ls-files '*.go')

# The quality gate CI runs: the dev, team and holdout sets against today's figures.
eval:
	.ci/eval

bench:
	@out=$$(mktemp); trap 'rm -f $$out' EXIT; \
	go test -run '^$$' -bench '$(BENCH)' -benchmem $(PKG) | tee $$out; \
	test $${PIPESTATUS[0]} -eq 0 || exit 1; \
	grep -q '^Benchmark' $$out || { echo "make bench: no benchmark matched BENCH=$(BENCH) in $(PKG)"; exit 1; }

# Every fuzz target in the tree (func FuzzX in a _test.go file), each for FUZZTIME.
fuzz:
	@targets=$$(git grep -n -E '^func Fuzz[A-Za-z0-9_]*\(' -- '*_test.go' | \
		sed -E 's|^(.*)/[^/]*_test\.go:[0-9]+:func (Fuzz[A-Za-z0-9_]*)\(.*|./\1 \2|; s|^[^./][^ ]*_test\.go:[0-9]+:func (Fuzz[A-Za-z0-9_]*)\(.*|. \1|' | \
		grep -E ' ($(FUZZ))' || true); \
	test -n "$$targets" || { echo "make fuzz: no fuzz target matches FUZZ=$(FUZZ)"; exit 1; }; \
	echo "$$targets" | while read -r pkg name; do \
		echo "== $$name ($$pkg, $(FUZZTIME))"; \
		go test -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) "$$pkg" || exit 1; \
	done

ci:
	.ci/run
