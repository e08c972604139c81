//go:build !js

package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
)

// goBench is one line of `go test -bench` output.
type goBench struct {
	Pkg         string  `json:"pkg"`
	Name        string  `json:"name"`
	NsPerOp     float64 `json:"ns_per_op"`
	BytesPerOp  int64   `json:"bytes_per_op"`
	AllocsPerOp int64   `json:"allocs_per_op"`
}

// runGoBench runs the Go benchmarks, streaming their output, and parses it.
func runGoBench(root string) ([]goBench, error) {
	cmd := exec.Command("go", "test", "-run", "^$", "-bench", ".", "-benchmem", "./calc", "./app/estimate", "./app/chart")
	cmd.Dir = root
	var buf bytes.Buffer
	cmd.Stdout = io.MultiWriter(os.Stdout, &buf)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("go test -bench: %w", err)
	}
	var out []goBench
	pkg := ""
	sc := bufio.NewScanner(&buf)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) >= 2 && f[0] == "pkg:" {
			pkg = strings.TrimPrefix(f[1], "wattledger/")
		}
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		b := goBench{Pkg: pkg, Name: strings.TrimPrefix(f[0], "Benchmark")}
		if i := strings.LastIndex(b.Name, "-"); i > 0 {
			b.Name = b.Name[:i] // the GOMAXPROCS suffix
		}
		for i := 2; i+1 < len(f); i += 2 {
			v, _ := strconv.ParseFloat(f[i], 64)
			switch f[i+1] {
			case "ns/op":
				b.NsPerOp = v
			case "B/op":
				b.BytesPerOp = int64(v)
			case "allocs/op":
				b.AllocsPerOp = int64(v)
			}
		}
		out = append(out, b)
	}
	return out, nil
}

func (b goBench) time() string {
	switch {
	case b.NsPerOp >= 1e6:
		return fmt.Sprintf("%.2f ms", b.NsPerOp/1e6)
	case b.NsPerOp >= 1e3:
		return fmt.Sprintf("%.1f µs", b.NsPerOp/1e3)
	}
	return fmt.Sprintf("%.0f ns", b.NsPerOp)
}
