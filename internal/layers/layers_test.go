package layers

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

const (
	goApp = "github.com/maxence-charriere/go-app/v10"
	plot  = "gonum.org/v1/plot"
)

// rule is one import rule: what the packages matching from may not reach.
// With direct, only the imports of the module's own packages count (go-app
// itself imports net/http, which ui cannot help); otherwise every package
// linked in, however indirectly.
type rule struct {
	name   string
	from   func(pkg string) bool
	banned func(dep string) bool
	direct bool
}

func ours(p string) bool { return p == "wattledger" || strings.HasPrefix(p, "wattledger/") }

func under(prefixes ...string) func(string) bool {
	return func(p string) bool {
		for _, pre := range prefixes {
			if p == pre || strings.HasPrefix(p, pre+"/") {
				return true
			}
		}
		return false
	}
}

func is(pkgs ...string) func(string) bool {
	return func(p string) bool {
		for _, q := range pkgs {
			if p == q {
				return true
			}
		}
		return false
	}
}

func either(checks ...func(string) bool) func(string) bool {
	return func(p string) bool {
		for _, c := range checks {
			if c(p) {
				return true
			}
		}
		return false
	}
}

var rules = []rule{
	{name: "calc imports nothing of ours, no go-app, plot or net/http",
		from:   is("wattledger/calc"),
		banned: either(func(p string) bool { return ours(p) && p != "wattledger/calc" }, under(goApp, plot), is("net/http"))},
	{name: "content imports only calc of ours, no go-app, plot or net/http",
		from:   is("wattledger/content"),
		banned: either(func(p string) bool { return ours(p) && !is("wattledger/calc", "wattledger/content")(p) }, under(goApp, plot), is("net/http"))},
	{name: "estimate, planner and explainer import no go-app, plot or net/http",
		from:   is("wattledger/app/estimate", "wattledger/app/planner", "wattledger/app/explainer"),
		banned: either(under(goApp, plot), is("net/http"))},
	{name: "chart imports no go-app",
		from:   is("wattledger/app/chart"),
		banned: under(goApp)},
	{name: "server imports no go-app",
		from:   is("wattledger/app/server"),
		banned: under(goApp)},
	{name: "ui imports no net/http",
		from:   under("wattledger/app/ui"),
		banned: under("net/http"), direct: true},
	{name: "ui imports nothing host-only",
		from:   under("wattledger/app/ui"),
		banned: under("wattledger/app/site", "wattledger/app/server")},
	{name: "dom imports no component",
		from:   under("wattledger/app/ui/dom"),
		banned: either(is("wattledger/app/ui", "wattledger/app/ui/form"), under("wattledger/app/estimate", "wattledger/app/planner", "wattledger/app/chart"))},
	{name: "only the host entry point imports site",
		from:   func(p string) bool { return ours(p) && p != "wattledger/app" && p != "wattledger/app/site" },
		banned: is("wattledger/app/site"), direct: true},
	{name: "no production code imports httptest",
		from:   ours,
		banned: is("net/http/httptest"), direct: true},
}

// TestImportRules checks every rule against the module's packages as built
// for the host, and the wasm's packages as built for the browser.
func TestImportRules(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	for _, target := range []struct {
		name string
		env  []string
		pkgs string
	}{
		{"host", nil, "wattledger/..."},
		{"wasm", []string{"GOOS=js", "GOARCH=wasm"}, "wattledger/app"},
	} {
		imports := importGraph(t, target.env, target.pkgs)
		for _, r := range rules {
			t.Run(target.name+": "+r.name, func(t *testing.T) {
				for _, p := range sortedKeys(imports) {
					if !ours(p) || !r.from(p) {
						continue
					}
					for _, dep := range reach(imports, p, r.direct) {
						if r.banned(dep) {
							t.Errorf("%s imports %s%s", p, dep, via(imports, p, dep))
						}
					}
				}
			})
		}
	}
}

// TestTheWasmLeavesOutTheHost checks the browser's side of the split: the
// wasm links neither package site nor package server.
func TestTheWasmLeavesOutTheHost(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	imports := importGraph(t, []string{"GOOS=js", "GOARCH=wasm"}, "wattledger/app")
	for _, dep := range reach(imports, "wattledger/app", false) {
		if under("wattledger/app/site", "wattledger/app/server", "net/http/httptest")(dep) {
			t.Errorf("the wasm links %s%s", dep, via(imports, "wattledger/app", dep))
		}
	}
}

// importGraph is each package's direct imports, for pkgs and everything
// they depend on, as go list sees them with env. It stats the module's
// source files it lists: go test caches a result by the files the test
// touched, and this test must run again when any of them changes.
func importGraph(t *testing.T, env []string, pkgs string) map[string][]string {
	t.Helper()
	cmd := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}\t{{join .Imports \" \"}}\t{{.Dir}}\t{{join .GoFiles \" \"}}", pkgs)
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list %s: %v", pkgs, err)
	}
	graph := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Split(line, "\t")
		pkg := f[0]
		graph[pkg] = strings.Fields(f[1])
		if ours(pkg) {
			for _, name := range strings.Fields(f[3]) {
				os.Stat(filepath.Join(f[2], name))
			}
		}
	}
	return graph
}

// reach is what pkg imports: directly, or also through other packages.
// With direct, the walk goes on through the module's own packages only.
func reach(graph map[string][]string, pkg string, direct bool) []string {
	seen := map[string]bool{}
	var walk func(string)
	walk = func(p string) {
		for _, d := range graph[p] {
			if seen[d] {
				continue
			}
			seen[d] = true
			if !direct || ours(d) {
				walk(d)
			}
		}
	}
	walk(pkg)
	return sortedKeys(seen)
}

// via names the chain of imports from pkg to dep, for the error message.
func via(graph map[string][]string, pkg, dep string) string {
	prev := map[string]string{pkg: ""}
	queue := []string{pkg}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, d := range graph[p] {
			if _, ok := prev[d]; ok {
				continue
			}
			prev[d] = p
			if d == dep {
				var chain []string
				for q := prev[d]; q != pkg; q = prev[q] {
					chain = append([]string{q}, chain...)
				}
				if len(chain) == 0 {
					return ""
				}
				return " (through " + strings.Join(chain, " → ") + ")"
			}
			queue = append(queue, d)
		}
	}
	return ""
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
