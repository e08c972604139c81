//go:build !js

package main

import (
	"bufio"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"

	"wattledger/internal/chrome"
)

type machine struct {
	CPUs     int     `json:"cpus"`
	CPU      string  `json:"cpu"`
	Memory   string  `json:"memory"`
	Go       string  `json:"go"`
	Chromium string  `json:"chromium"`
	Load     string  `json:"load"`
	LoadAvg  float64 `json:"load1"`
}

func describeMachine() machine {
	m := machine{CPUs: runtime.NumCPU(), CPU: "unknown", Memory: "unknown", Go: goVersion()}
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPU = strings.TrimSpace(v)
				break
			}
		}
		f.Close()
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if f := strings.Fields(line); len(f) >= 2 && f[0] == "MemTotal:" {
				kb, _ := strconv.ParseFloat(f[1], 64)
				m.Memory = strconv.FormatFloat(kb/1024/1024, 'f', 1, 64) + " GiB"
			}
		}
	}
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		f := strings.Fields(string(b))
		if len(f) >= 3 {
			m.Load = strings.Join(f[:3], " ")
			m.LoadAvg, _ = strconv.ParseFloat(f[0], 64)
		}
	}
	m.Chromium = "Chromium not found"
	if p := chrome.Find(); p != "" {
		// The Debian wrapper script prints a warning on stderr; keep stdout.
		if out, err := exec.Command(p, "--version").Output(); err == nil {
			m.Chromium = strings.TrimSpace(strings.Split(string(out), " built on")[0])
		}
	}
	return m
}

func goVersion() string {
	if out, err := exec.Command("go", "env", "GOVERSION").Output(); err == nil {
		return strings.TrimSpace(string(out))
	}
	return runtime.Version()
}
