package ui

import (
	"errors"
	"net/url"
	"strings"
	"testing"

	"wattledger/calc"
	"wattledger/content"
)

func TestParseDataVersion(t *testing.T) {
	for raw, want := range map[string]string{"": "", "dv=": "", "dv=" + content.DataVersion: content.DataVersion,
		"dv=2025.1.1": "2025.1.1", "dv=2099.12.999": "2099.12.999"} {
		q, _ := url.ParseQuery(raw)
		got, err := parseDataVersion(q)
		if err != nil || got != want {
			t.Errorf("%q: %q, %v; want %q", raw, got, err, want)
		}
	}
	for _, bad := range []string{"<script>alert(1)</script>", "javascript:alert(1)", "2026.11", "2026.11.1.1",
		"2026.11.1 ", " 2026.11.1", "２０２６.11.1", "2026.11.1\n", "1e3", "-2026.1.1", "%3Cb%3E",
		"20261.1.1", "2026.123.1", "2026.1.1234", "2026..1", "2026.1.", "x026.1.1"} {
		_, err := parseDataVersion(url.Values{"dv": {bad}})
		var ie *calc.InputError
		if !errors.As(err, &ie) || ie.Field != "dv" {
			t.Errorf("dv=%q: error %v, want an input error naming dv", bad, err)
		}
	}
}

func TestChangesSince(t *testing.T) {
	if got := changesSince(content.DataVersion); len(got) != 0 {
		t.Errorf("changes since the current version: %v", got)
	}
	if got := changesSince("2000.1.1"); len(got) != len(content.DataChangelog) {
		t.Errorf("changes since 2000.1.1: %d, want all %d", len(got), len(content.DataChangelog))
	}
	if compareVersions("2026.2.1", "2026.11.1") >= 0 || compareVersions("2026.11.10", "2026.11.9") <= 0 {
		t.Error("versions compare as text, not as numbers")
	}
	if q := withDataVersion("preset=gpt-3"); q != "preset=gpt-3&dv="+content.DataVersion {
		t.Errorf("withDataVersion: %q", q)
	}
}

func TestShareSnippetsEscape(t *testing.T) {
	s := &shareDialog{Ilang: content.Chinese, Iquery: "preset=gpt-3&params=7e10", view: "chart-co2", theme: "dark"}
	script := s.scriptSnippet()
	if want := `data-watt-ledger="?preset=gpt-3&amp;params=7e10&amp;dv=` + content.DataVersion + `"`; !strings.Contains(script, want) {
		t.Errorf("script snippet %q lacks %q", script, want)
	}
	for _, want := range []string{`data-lang="zh"`, `data-view="chart-co2"`, `data-theme="dark"`, `data-controls="0"`, `/embed.js"`} {
		if !strings.Contains(script, want) {
			t.Errorf("script snippet %q lacks %s", script, want)
		}
	}
	if f := s.iframeSnippet(); !strings.Contains(f, `/zh/embed/?preset=gpt-3&amp;params=7e10&amp;dv=`) || !strings.Contains(f, `loading="lazy"`) {
		t.Errorf("iframe snippet %q", f)
	}
	if got := bibEscape(`50% & {x}_#$`); got != `50\% \& \{x\}\_\#\$` {
		t.Errorf("bibEscape: %q", got)
	}
}
