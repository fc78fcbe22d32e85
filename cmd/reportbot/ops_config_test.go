package main

import (
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot"
	"github.com/reportbot/reportbot/internal/config"
)

func TestServeLimitSettings(t *testing.T) {
	load := func(vars map[string]string) config.Config {
		t.Chdir(t.TempDir()) // no .env
		return serveDefaults(config.Load(func(k string) string { return vars[k] }))
	}
	def := load(nil)
	if def.RateUser != "6/min" || def.RateGlobal != "120/min" || def.ReloadInterval != 2*time.Second ||
		def.RetrievalTimeout != 10*time.Second || def.Workers != 0 || def.Queue != 0 || def.AnswerTimeout != 0 || def.MetricsAddr != "" {
		t.Errorf("defaults: %+v", def)
	}
	for _, s := range []string{def.RateUser, def.RateGlobal} {
		if r, err := bot.ParseRate(s); err != nil || r.Unlimited() {
			t.Errorf("default rate %q: %v, %v", s, r, err)
		}
	}
	got := load(map[string]string{
		"REPORTBOT_RATE_USER": "10/h", "REPORTBOT_RATE_GLOBAL": "off", "REPORTBOT_WORKERS": "4", "REPORTBOT_QUEUE": "500",
		"REPORTBOT_ANSWER_TIMEOUT": "45s", "REPORTBOT_RETRIEVAL_TIMEOUT": "3", "REPORTBOT_RELOAD_INTERVAL": "500ms",
		"REPORTBOT_METRICS_ADDR": "127.0.0.1:9090",
	})
	if got.RateUser != "10/h" || got.RateGlobal != "off" || got.Workers != 4 || got.Queue != 500 || got.AnswerTimeout != 45*time.Second ||
		got.RetrievalTimeout != 3*time.Second || got.ReloadInterval != 500*time.Millisecond || got.MetricsAddr != "127.0.0.1:9090" {
		t.Errorf("from the environment: %+v", got)
	}
	for _, off := range []string{"off", "0"} {
		if c := load(map[string]string{"REPORTBOT_RELOAD_INTERVAL": off}); c.ReloadInterval > 0 {
			t.Errorf("REPORTBOT_RELOAD_INTERVAL=%s: %v, want polling off", off, c.ReloadInterval)
		}
	}
	// Nonsense falls back to the defaults (rates are checked by serve itself).
	bad := load(map[string]string{"REPORTBOT_WORKERS": "many", "REPORTBOT_QUEUE": "-3", "REPORTBOT_ANSWER_TIMEOUT": "soon"})
	if bad.Workers != 0 || bad.Queue != 0 || bad.AnswerTimeout != 0 {
		t.Errorf("bad values: %+v", bad)
	}
}
