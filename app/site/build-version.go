package site

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// buildVersion hashes everything a visitor downloads from web/ (app.wasm
// included), so the version changes exactly when the app does: a restart
// alone never makes visitors download the wasm again. Compressed siblings
// are skipped: they follow from their originals.
func buildVersion(webDir string) (string, error) {
	var files []string
	err := walkServed(webDir, func(p string) error {
		if !strings.HasSuffix(p, ".br") && !strings.HasSuffix(p, ".gz") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	sort.Strings(files)
	h := sha256.New()
	for _, p := range files {
		f, err := os.Open(p)
		if err != nil {
			return "", err
		}
		io.WriteString(h, filepath.ToSlash(p)+"\x00")
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// walkServed calls f with every regular file under dir, in lexical order,
// following symlinks to files. A symlink to a directory (or to nothing) is
// skipped with a log line: the server does not serve through it either
// (os.Root refuses to leave the folder, and a directory is never listed),
// and a stray link must not stop the server from starting.
func walkServed(dir string, f func(path string) error) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch {
		case d.IsDir():
			return nil
		case d.Type()&fs.ModeSymlink != 0:
			if st, err := os.Stat(p); err != nil || !st.Mode().IsRegular() {
				log.Printf("skipping %s: a symlink to something other than a file", p)
				return nil
			}
		case !d.Type().IsRegular():
			log.Printf("skipping %s: not a regular file", p)
			return nil
		}
		return f(p)
	})
}
