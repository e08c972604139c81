package site

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCompressKeepsSiblingsWhole runs scripts/compress.sh twice on one
// file: once with a brotli that dies halfway through its output, which
// must leave the previous .br as it was and no temporary file behind, and
// once for real, which must replace the siblings whole.
func TestCompressKeepsSiblingsWhole(t *testing.T) {
	if _, err := exec.LookPath("brotli"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("brotli is not installed")
		}
		t.Skip("brotli is not installed")
	}
	dir := t.TempDir()
	f := filepath.Join(dir, "app.wasm")
	body := bytes.Repeat([]byte("\x00asm a module that compresses well "), 500)
	for name, data := range map[string][]byte{f: body, f + ".br": []byte("previous br"), f + ".gz": []byte("previous gz")} {
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A brotli that writes part of its output, then fails.
	fake := filepath.Join(dir, "bin")
	if err := os.Mkdir(fake, 0o755); err != nil {
		t.Fatal(err)
	}
	script := "#!/bin/sh\nwhile [ $# -gt 1 ]; do [ \"$1\" = -o ] && out=$2; shift; done\nprintf half > \"$out\"\nexit 1\n"
	if err := os.WriteFile(filepath.Join(fake, "brotli"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("../../scripts/compress.sh", f)
	cmd.Env = append(os.Environ(), "PATH="+fake+string(os.PathListSeparator)+os.Getenv("PATH"))
	if out, err := cmd.CombinedOutput(); err == nil {
		t.Fatalf("compress.sh succeeded with a failing brotli: %s", out)
	}
	if got, _ := os.ReadFile(f + ".br"); string(got) != "previous br" {
		t.Errorf("after a failed run, app.wasm.br holds %q, want the previous file", got)
	}
	if left := siblingsOf(t, dir); left != "app.wasm app.wasm.br app.wasm.gz bin" {
		t.Errorf("after a failed run the folder holds %s", left)
	}

	if out, err := exec.Command("../../scripts/compress.sh", f).CombinedOutput(); err != nil {
		t.Fatalf("compress.sh: %v: %s", err, out)
	}
	if st, err := os.Stat(f + ".br"); err != nil || st.Size() == 0 || st.Size() >= int64(len(body)) {
		t.Errorf("app.wasm.br after a run: %v, %v", st, err)
	}
	gz, _ := os.ReadFile(f + ".gz")
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatalf("app.wasm.gz: %v", err)
	}
	if got, _ := io.ReadAll(zr); !bytes.Equal(got, body) {
		t.Errorf("app.wasm.gz decompresses to %d bytes, want the %d of app.wasm", len(got), len(body))
	}
	if left := siblingsOf(t, dir); left != "app.wasm app.wasm.br app.wasm.gz bin" {
		t.Errorf("after a run the folder holds %s", left)
	}
}

// TestWriteAtomic checks that a write that fails leaves the previous file
// and no temporary one, and that one that succeeds replaces it.
func TestWriteAtomic(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "sitemap.xml")
	if err := os.WriteFile(name, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	failed := errors.New("the disk is full")
	err := writeAtomic(name, func(w io.Writer) error {
		io.WriteString(w, "half of the new")
		return failed
	})
	if !errors.Is(err, failed) {
		t.Fatalf("writeAtomic returned %v, want the writer's error", err)
	}
	if got, _ := os.ReadFile(name); string(got) != "old" || siblingsOf(t, dir) != "sitemap.xml" {
		t.Errorf("after a failed write: %q, folder %s", got, siblingsOf(t, dir))
	}
	if err := writeFileAtomic(name, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(name); string(got) != "new" || siblingsOf(t, dir) != "sitemap.xml" {
		t.Errorf("after a write: %q, folder %s", got, siblingsOf(t, dir))
	}
}

// TestDirectorySymlinkIsSkipped checks that a symlink to a directory under
// web/ is skipped with a log line by the version hash and the static
// export's copy, instead of stopping the server from starting.
func TestDirectorySymlinkIsSkipped(t *testing.T) {
	web := filepath.Join(t.TempDir(), "web")
	if err := os.MkdirAll(filepath.Join(web, "fonts"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(web, "app.css"), []byte("body{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(web, "fonts"), filepath.Join(web, "linked-fonts")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(web, "app.css"), filepath.Join(web, "linked.css")); err != nil {
		t.Fatal(err)
	}
	var logged bytes.Buffer
	log.SetOutput(&logged)
	defer log.SetOutput(os.Stderr)
	if _, err := buildVersion(web); err != nil {
		t.Fatalf("buildVersion: %v", err)
	}
	dist := filepath.Join(t.TempDir(), "web")
	if err := copyDir(web, dist); err != nil {
		t.Fatalf("copyDir: %v", err)
	}
	if n := strings.Count(logged.String(), "linked-fonts"); n != 2 {
		t.Errorf("logged %q: want the directory link skipped once by each", logged.String())
	}
	if got, _ := os.ReadFile(filepath.Join(dist, "linked.css")); string(got) != "body{}" {
		t.Errorf("a symlink to a file was not copied: %q", got)
	}
}

func siblingsOf(t *testing.T, dir string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return strings.Join(names, " ")
}
