//go:build !js

package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"os/exec"
)

// sizes of one app.wasm: raw, gzip -9 and brotli -q 11 (what
// scripts/compress.sh writes and the server sends).
type sizes struct {
	Raw    int64 `json:"raw"`
	Gzip   int64 `json:"gzip"`
	Brotli int64 `json:"brotli"`
	// Recompressed is true when the .br/.gz siblings were missing or did
	// not decompress to app.wasm, so the bench compressed it itself.
	Recompressed bool `json:"recompressed,omitempty"`
}

func (s sizes) note() string {
	if s.Recompressed {
		return " (the .br/.gz beside it were stale or missing: recompressed; run `make build`)"
	}
	return ""
}

// wasmSizes reads the sizes of wasm and of its .gz and .br siblings after
// checking that they decompress to wasm; stale or missing siblings are
// recompressed into memory with the same settings.
func wasmSizes(wasm string) (sizes, error) {
	raw, err := os.ReadFile(wasm)
	if err != nil {
		return sizes{}, fmt.Errorf("%w (run `make build`)", err)
	}
	want := sha256.Sum256(raw)
	s := sizes{Raw: int64(len(raw))}

	gz, gzErr := os.ReadFile(wasm + ".gz")
	if gzErr == nil {
		if zr, err := gzip.NewReader(bytes.NewReader(gz)); err == nil {
			h := sha256.New()
			if _, err := io.Copy(h, zr); err != nil || !bytes.Equal(h.Sum(nil), want[:]) {
				gzErr = fmt.Errorf("stale")
			}
		} else {
			gzErr = err
		}
	}
	if gzErr != nil {
		s.Recompressed = true
		if gz, err = runCmd(raw, "gzip", "-9", "-n", "-c"); err != nil {
			return s, err
		}
	}
	s.Gzip = int64(len(gz))

	br, brErr := os.ReadFile(wasm + ".br")
	if brErr == nil {
		if dec, err := runCmd(nil, "brotli", "-d", "-c", wasm+".br"); err != nil || sha256.Sum256(dec) != want {
			brErr = fmt.Errorf("stale")
		}
	}
	if brErr != nil {
		s.Recompressed = true
		if br, err = runCmd(raw, "brotli", "-q", "11", "-c"); err != nil {
			return s, err
		}
	}
	s.Brotli = int64(len(br))
	return s, nil
}

// runCmd runs a command with stdin and returns its stdout.
func runCmd(stdin []byte, name string, args ...string) ([]byte, error) {
	cmd := exec.Command(name, args...)
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %s", name, err, stderr.Bytes())
	}
	return out, nil
}
