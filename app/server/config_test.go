//go:build !wasm

package server

import "testing"

func TestConfigFromEnv(t *testing.T) {
	cases := []struct {
		name, wattAddr, port string
		args                 []string
		want                 string
		fail                 bool
	}{
		{name: "default", want: ":8000"},
		{name: "PORT", port: "9090", want: ":9090"},
		{name: "WATT_ADDR over PORT", wattAddr: "127.0.0.1:7000", port: "9090", want: "127.0.0.1:7000"},
		{name: "flag over env", wattAddr: "127.0.0.1:7000", args: []string{"-addr", "[::1]:8080"}, want: "[::1]:8080"},
		{name: "bad port", port: "http", fail: true},
		{name: "port out of range", args: []string{"-addr=:70000"}, fail: true},
		{name: "no port", args: []string{"-addr=localhost"}, fail: true},
		{name: "unknown flag", args: []string{"-nope"}, fail: true},
		{name: "stray argument", args: []string{"serve"}, fail: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("WATT_ADDR", c.wattAddr)
			t.Setenv("PORT", c.port)
			cfg, err := ConfigFromEnv(c.args)
			if c.fail {
				if err == nil {
					t.Errorf("want an error, got %+v", cfg)
				}
				return
			}
			if err != nil || cfg.Addr != c.want || cfg.WebDir != "web" || cfg.WriteTimeout == 0 {
				t.Errorf("%+v %v, want Addr %q", cfg, err, c.want)
			}
		})
	}
}
