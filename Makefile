# Common tasks. The README's two commands work without make.
.PHONY: build test race vet fmt eval bench fuzz

build:
	go build -o bin/reportbot ./cmd/reportbot

test:
	go test -race ./...

vet:
	go vet ./...

fmt:
	gofmt -w $$(git ls-files '*.go')

eval:
	go run ./cmd/reportbot eval -v

bench:
	go test -run '^$$' -bench . -benchmem ./...

fuzz:
	go test -run '^$$' -fuzz FuzzClean -fuzztime 30s ./ingest/
