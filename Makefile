# Watt Ledger. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

GO        ?= go
# The wasm is built with gonum/plot's `minimal` tag: without it plot links
# its EPS, PDF, PNG/JPEG/TIFF and TeX back ends (about 1 MB of wasm) that
# the page never uses (app/wasm-deps_test.go keeps them out).
WASM_TAGS := minimal
GOFLAGS_WASM := -trimpath -ldflags='-s -w' -tags $(WASM_TAGS)
# The packages the wasm is built from, vetted for GOOS=js (app/site and
# app/server are host-only).
WASM_PKGS := ./app ./app/ui/... ./app/estimate ./app/chart ./app/explainer ./calc ./content
ADDR      ?= 127.0.0.1:8000
BIN       := bin/watt-ledger
WASM      := web/app.wasm

# Fuzz targets: package and function. `make test` runs each briefly with
# its seed corpus (a fixed 20,000 inputs: a time limit can end a run
# mid-input, which go test reports as "context deadline exceeded");
# `make fuzz` runs each for FUZZTIME.
FUZZ_TARGETS := ./calc:FuzzRun ./app/ui/dom:FuzzAttributeText ./app/estimate:FuzzQuery ./app/estimate:FuzzParseNumber ./app/ui:FuzzSavedState ./app/server:FuzzPath ./app/site:FuzzCanonicalQuery
FUZZTIME ?= 60s

.PHONY: help run build wasm server static static-nginx test fuzz-brief bench lighthouse golden fuzz loadtest generate clean

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-13s %s\n", $$1, $$2}'

run: build ## Build and serve the app on http://localhost:8000
	WATT_ADDR=$${WATT_ADDR:-:8000} ./$(BIN)

build: wasm server ## Build the wasm (with .br/.gz) and the server binary

# Outputs are built beside their place and renamed into it, so a server
# running from this tree never reads half a file; the compressed siblings
# go first, and a sibling older than its original is never served.
wasm: ## Build web/app.wasm and its compressed siblings
	@mkdir -p bin
	GOOS=js GOARCH=wasm $(GO) build $(GOFLAGS_WASM) -o bin/app.wasm ./app
	./scripts/compress.sh bin/app.wasm
	mv -f bin/app.wasm.br bin/app.wasm.gz web/
	mv -f bin/app.wasm $(WASM)

server: ## Build the server binary (and web/sitemap.xml, web/robots.txt, the text files' .br/.gz)
	$(GO) build -trimpath -o $(BIN).tmp ./app
	mv -f $(BIN).tmp $(BIN)
	./$(BIN) site-files -out web
	./scripts/compress.sh --text web

static: build ## Write the static site to dist/ (BASE=/sub-path for a project site)
	./$(BIN) export -out dist -base "$(BASE)"
	./scripts/compress.sh --text dist

# nginx in the foreground on 127.0.0.1:8080 serving dist/ as in production
# (watt-ledger nginx-conf writes its configuration from dist/_headers).
static-nginx: static ## Serve dist/ with nginx on http://127.0.0.1:8080 (Ctrl-C stops)
	@mkdir -p bin/nginx
	./$(BIN) nginx-conf -dist dist -standalone "$(CURDIR)/bin/nginx" -listen 127.0.0.1:8080 > bin/nginx/nginx.conf
	nginx -c "$(CURDIR)/bin/nginx/nginx.conf" -p "$(CURDIR)/bin/nginx" -e "$(CURDIR)/bin/nginx/error.log"

test: build ## Run every test, browser tests included
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet -tags $(WASM_TAGS) $(WASM_PKGS)
	@test -z "$$(git ls-files '*.go' | xargs gofmt -l)" || { echo "gofmt would change:"; git ls-files '*.go' | xargs gofmt -l; exit 1; }
	$(GO) test $$($(GO) list ./... | grep -v /app/browsertest)
	$(GO) test -count=1 -timeout 15m ./app/browsertest/
	PATH="$$PATH:$$($(GO) env GOROOT)/lib/wasm" GOOS=js GOARCH=wasm $(GO) test -tags $(WASM_TAGS) ./calc ./app/estimate
	$(MAKE) --no-print-directory fuzz-brief FUZZTIME=20000x

fuzz: ## Run every fuzz target for FUZZTIME each (default 60s)
	$(MAKE) --no-print-directory fuzz-brief

fuzz-brief:
	@for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; fn=$${t##*:}; \
		echo "fuzz $$pkg $$fn for $(FUZZTIME)"; \
		$(GO) test -run='^$$' -fuzz="^$$fn$$" -fuzztime=$(FUZZTIME) $$pkg || exit 1; \
	done

bench: build ## Wasm size, load and update times in Chromium, Go benchmarks (see BENCH.md)
	./scripts/bench.sh

lighthouse: build ## Lighthouse 12, mobile, per page: four scores, TBT, LCP (PAGES, RUNS; see BENCH.md)
	./tools/lighthouse/run.sh

loadtest: build ## Load on 127.0.0.1 (hot, mix, flood; server and client on separate CPUs): requests/s, p50/p99/max, errors, peak RSS
	./scripts/loadtest.sh

golden: ## Regenerate the charts' golden SVGs
	$(GO) test ./app/chart -update

generate: ## Regenerate content's Go tables, the chart font subset, the icons and the preview image
	$(GO) run ./content/cmd/tablegen
	$(GO) generate ./app/chart
	$(GO) run ./tools/icongen -out web/icons
	$(GO) run ./tools/ogimage -out web/og-image.png

clean: ## Remove build outputs
	rm -rf bin dist out $(WASM) $(WASM).br $(WASM).gz
	find web -name '*.br' -delete -o -name '*.gz' -delete
