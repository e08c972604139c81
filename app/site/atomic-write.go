package site

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
)

// writeAtomic writes name through a temporary file in the same folder,
// renamed over name once complete: a server or static host reading the
// folder while a build runs sees the old file or the new one, never half
// of one (a 0-byte app.wasm.br was once served as the module).
func writeAtomic(name string, write func(io.Writer) error) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename, a no-op
	w := bufio.NewWriter(tmp)
	if err := write(w); err != nil {
		tmp.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}

// writeFileAtomic is os.WriteFile through writeAtomic.
func writeFileAtomic(name string, data []byte) error {
	return writeAtomic(name, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}
