# Watt Ledger. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

GO        ?= go
GOFLAGS_WASM := -trimpath -ldflags='-s -w'
ADDR      ?= 127.0.0.1:8000
BIN       := bin/watt-ledger
WASM      := web/app.wasm

.PHONY: help run build wasm server static test test-go test-browser bench golden fuzz loadtest generate clean

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-13s %s\n", $$1, $$2}'

run: build ## Build and serve the app on http://localhost:8000
	WATT_ADDR=$${WATT_ADDR:-:8000} ./$(BIN)

build: wasm server ## Build the wasm (with .br/.gz) and the server binary

wasm: ## Build web/app.wasm and its compressed siblings
	GOOS=js GOARCH=wasm $(GO) build $(GOFLAGS_WASM) -o $(WASM) ./app
	./scripts/compress.sh $(WASM)

server: ## Build the server binary
	$(GO) build -trimpath -o $(BIN) ./app

static: build ## Write the static site to dist/ (BASE=/sub-path for a project site)
	./$(BIN) export -out dist -base "$(BASE)"
	./scripts/compress.sh dist

test: build ## Run every test, browser tests included
	$(GO) vet ./...
	$(GO) test ./...
	PATH="$$PATH:$$($(GO) env GOROOT)/lib/wasm" GOOS=js GOARCH=wasm $(GO) test ./calc ./app/estimate

golden: ## Regenerate the charts' golden SVGs
	$(GO) test ./app/chart -update

generate: ## Regenerate the chart font subset and the icons
	$(GO) generate ./app/chart
	$(GO) run ./app/internal/icongen -out web/icons

clean: ## Remove build outputs
	rm -rf bin dist out $(WASM) $(WASM).br $(WASM).gz
