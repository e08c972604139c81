// Package browsertest holds Watt Ledger's end-to-end tests: headless
// Chromium, driven by chromedp, against the real server (bin/watt-ledger)
// and against a static export served by nginx (configured by `watt-ledger
// nginx-conf` from its _headers; python3 -m http.server stands in where
// nginx is missing, except under CI=true). The package
// has no code besides its tests; the app never imports it.
//
// Run it after make build:
//
//	go test -count=1 -timeout 10m ./app/browsertest/
//
// It needs Chromium (/usr/bin/chromium, or the path in $CHROME), nginx and brotli.
// Without Chromium the tests skip, except when CI=true, where they fail.
// Screenshots go to out/screenshots/<TestName>/ under the repository root.
package browsertest
