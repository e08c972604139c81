package site

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// nginxConfCommand writes an nginx configuration that serves a static
// export (watt-ledger export, then scripts/compress.sh: `make static`) as
// the Go server would, from the export's own _headers file, so that the
// headers a Netlify or Cloudflare Pages deploy sends and those nginx sends
// come from one list:
//
//	watt-ledger nginx-conf [-dist dist] [-root dir] [-listen 80] [-server-name example.org] [-brotli=false]
//	watt-ledger nginx-conf -standalone /tmp/run -listen 127.0.0.1:8080    a whole nginx.conf, run as any user
//
// The default output is one server block, for /etc/nginx/sites-enabled/
// on Debian (apt-get install nginx libnginx-mod-http-brotli-static).
func nginxConfCommand(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("nginx-conf", flag.ContinueOnError)
	dist := fs.String("dist", "dist", "the static export to serve")
	served := fs.String("root", "", "the directory nginx serves, when the export is in a sub-path of it (export -base); default -dist")
	listen := fs.String("listen", "80", "nginx's listen parameter")
	name := fs.String("server-name", "_", "nginx's server_name")
	standalone := fs.String("standalone", "", "write a whole nginx.conf whose pid, logs and temporary files go under this directory")
	brotli := fs.Bool("brotli", true, "serve the .br siblings (needs Debian's libnginx-mod-http-brotli-static; -standalone loads it if installed)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *served == "" {
		*served = *dist
	}
	root, err := filepath.Abs(*served)
	if err != nil {
		return err
	}
	f, err := os.Open(filepath.Join(*dist, "_headers"))
	if err != nil {
		return fmt.Errorf("nginx-conf: %w (run `make static` first)", err)
	}
	defer f.Close()
	rules, err := parseHeadersFile(f)
	if err != nil {
		return err
	}
	c := nginxConf{root: root, listen: *listen, serverName: *name, rules: rules}
	if *standalone != "" {
		dir, err := filepath.Abs(*standalone)
		if err != nil {
			return err
		}
		_, err = io.WriteString(stdout, c.standalone(dir, brotliModule()))
		return err
	}
	_, err = io.WriteString(stdout, c.withBrotli(*brotli))
	return err
}

// brotliModule is the path of Debian's brotli_static module for nginx, or
// "" when it is not installed: nginx then serves the .gz siblings only.
func brotliModule() string {
	const p = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so"
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// headerRule is one rule of a _headers file: a path pattern and the
// headers for the paths it matches.
type headerRule struct {
	path    string
	headers [][2]string
}

// parseHeadersFile reads the _headers format of Netlify and Cloudflare
// Pages: a path on a line of its own, then its headers indented as
// "Name: value"; # starts a comment.
func parseHeadersFile(r io.Reader) ([]headerRule, error) {
	var rules []headerRule
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
		case line[0] != ' ' && line[0] != '\t':
			rules = append(rules, headerRule{path: trimmed})
		case len(rules) == 0:
			return nil, fmt.Errorf("_headers:%d: a header before any path", n)
		default:
			k, v, ok := strings.Cut(trimmed, ":")
			if !ok {
				return nil, fmt.Errorf("_headers:%d: want Name: value", n)
			}
			if strings.Contains(v, "$") {
				// nginx would read it as a variable.
				return nil, fmt.Errorf("_headers:%d: a value with $ cannot be written for nginx", n)
			}
			last := &rules[len(rules)-1]
			last.headers = append(last.headers, [2]string{strings.TrimSpace(k), strings.TrimSpace(v)})
		}
	}
	return rules, sc.Err()
}

// nginxConf is a server for one export.
type nginxConf struct {
	root, listen, serverName string
	rules                    []headerRule
}

// nginxTypes are the export's file types. The server block sets them
// itself: Debian's mime.types has no .webmanifest nor .wasm before nginx
// 1.21 and says application/javascript for .js; a types block replaces
// the inherited list, so every type the export uses is here.
var nginxTypes = [][2]string{
	{"text/html", "html"}, {"text/css", "css"}, {"text/javascript", "js"},
	{"application/json", "json"}, {"application/manifest+json", "webmanifest"},
	{"application/wasm", "wasm"}, {"image/svg+xml", "svg"}, {"image/png", "png"},
	{"font/woff2", "woff2"}, {"application/xml", "xml"}, {"text/plain", "txt"},
}

// covers reports whether a _headers pattern covers every path under
// prefix: "/*" does, "/web/*" covers "/web/".
func covers(pattern, prefix string) bool {
	if p, ok := strings.CutSuffix(pattern, "*"); ok {
		return strings.HasPrefix(prefix, p)
	}
	return false
}

// headersFor merges the headers of every rule that applies to a location:
// the wildcard rules covering it, then its exact rule (both hosts apply
// every matching rule).
func (c nginxConf) headersFor(location string, exact bool) [][2]string {
	var out [][2]string
	for _, r := range c.rules {
		if covers(r.path, location) || exact && r.path == location {
			out = append(out, r.headers...)
		}
	}
	return out
}

// server is the server block. nginx applies add_header from one level
// only (a location with its own drops the server's), so each location
// repeats every header that applies to it. Everything is "no-cache" with
// an ETag, as from the Go server: go-app asks for /web/app.wasm and the
// other files by fixed names, so none may be cached as immutable
// (app/server's doc.go); the export has no file named by its hash.
func (c nginxConf) server() string {
	var b strings.Builder
	w := func(indent int, format string, args ...any) {
		b.WriteString(strings.Repeat("    ", indent))
		fmt.Fprintf(&b, format, args...)
		b.WriteByte('\n')
	}
	w(0, "# Serves the static export %s with the headers of its _headers file.", c.root)
	w(0, "# Written by `watt-ledger nginx-conf`: write it again after each `make static`.")
	w(0, "server {")
	w(1, "listen %s;", c.listen)
	w(1, "server_name %s;", c.serverName)
	w(1, "root %s;", nginxQuote(c.root))
	w(1, "index index.html;")
	w(1, "charset utf-8;")
	w(1, "charset_types text/css text/javascript application/json application/manifest+json image/svg+xml application/xml text/plain;")
	w(1, "absolute_redirect off;  # /zh -> /zh/ on whatever host and port the visitor used")
	w(1, "server_tokens off;")
	w(1, "etag on;")
	w(1, "# The .gz and .br siblings that scripts/compress.sh wrote, chosen by")
	w(1, "# Accept-Encoding; gzip_vary adds Vary: Accept-Encoding to both.")
	w(1, "gzip_static on;")
	w(1, "gzip_vary on;")
	b.WriteString("BROTLI")
	w(1, "types {")
	for _, t := range nginxTypes {
		w(2, "%s %s;", t[0], t[1])
	}
	w(1, "}")
	w(1, "default_type application/octet-stream;")
	location := func(match string, headers [][2]string) {
		w(1, "location %s {", match)
		w(2, `add_header Cache-Control "no-cache" always;`)
		for _, h := range headers {
			w(2, "add_header %s %s always;", h[0], nginxQuote(h[1]))
		}
		w(2, "try_files $uri $uri/ =404;")
		w(1, "}")
	}
	location("/", c.headersFor("/", false))
	var exact []string
	for _, r := range c.rules {
		if !strings.Contains(r.path, "*") {
			exact = append(exact, r.path)
		}
	}
	slices.Sort(exact)
	for _, p := range slices.Compact(exact) {
		location("= "+nginxQuote(p), c.headersFor(p, true))
	}
	w(0, "}")
	return b.String()
}

// standalone is a whole nginx.conf that any user can run in the
// foreground (nginx -c FILE -p DIR), as the browser tests do.
func (c nginxConf) standalone(dir, brotli string) string {
	var b strings.Builder
	if brotli != "" {
		fmt.Fprintf(&b, "load_module %s;\n", brotli)
	}
	fmt.Fprintf(&b, "daemon off;\nmaster_process off;\nworker_processes 1;\npid %s;\nerror_log %s warn;\n",
		filepath.Join(dir, "nginx.pid"), filepath.Join(dir, "error.log"))
	b.WriteString("events { worker_connections 256; }\nhttp {\n    access_log off;\n")
	for _, t := range []string{"client_body", "proxy", "fastcgi", "uwsgi", "scgi"} {
		fmt.Fprintf(&b, "    %s_temp_path %s;\n", t, filepath.Join(dir, t))
	}
	b.WriteString(indent(c.withBrotli(brotli != ""), "    "))
	b.WriteString("}\n")
	return b.String()
}

// withBrotli is the server block with brotli_static on when the module is
// loaded (the default output assumes Debian's package is installed,
// which loads it from /etc/nginx/modules-enabled/).
func (c nginxConf) withBrotli(on bool) string {
	line := ""
	if on {
		line = "    brotli_static on;\n"
	}
	return strings.Replace(c.server(), "BROTLI", line, 1)
}

func indent(s, prefix string) string {
	lines := strings.SplitAfter(s, "\n")
	for i, l := range lines {
		if l != "" && l != "\n" {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "")
}

// nginxQuote quotes a value for nginx's configuration syntax (a value
// holds no $: parseHeadersFile refuses it).
func nginxQuote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}
