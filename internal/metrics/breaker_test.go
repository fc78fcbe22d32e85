package metrics

import (
	"strings"
	"testing"
)

func TestBreakerSeries(t *testing.T) {
	m := New()
	page := scrape(t, m.Handler())
	for _, want := range []string{"reportbot_model_breaker_opens_total 0", "reportbot_model_breaker_skips_total 0", "reportbot_model_breaker_open 0"} {
		if !strings.Contains(page, want+"\n") {
			t.Errorf("before a probe, /metrics lacks %q", want)
		}
	}
	m.SetBreakerProbe(func() (uint64, uint64, bool) { return 2, 17, true })
	page = scrape(t, m.Handler())
	for _, want := range []string{"reportbot_model_breaker_opens_total 2", "reportbot_model_breaker_skips_total 17", "reportbot_model_breaker_open 1"} {
		if !strings.Contains(page, want+"\n") {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	var nilM *Metrics
	nilM.SetBreakerProbe(func() (uint64, uint64, bool) { return 0, 0, false }) // no panic
}
