package metrics

import (
	"sync/atomic"

	"github.com/prometheus/client_golang/prometheus"
)

// BreakerProbe reports the model stage's circuit breaker: how often it opened, how many
// questions skipped the model while it was open, and whether it is open now.
type BreakerProbe func() (opens, skips uint64, open bool)

// breakerCollectors are the breaker's series, read from the probe at scrape time (zero until
// SetBreakerProbe is called).
func (m *Metrics) breakerCollectors() []prometheus.Collector {
	read := func() (uint64, uint64, bool) {
		if p := m.breaker.Load(); p != nil {
			return (*p)()
		}
		return 0, 0, false
	}
	return []prometheus.Collector{
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "reportbot_model_breaker_opens_total",
			Help: "Times the model's circuit breaker opened after repeated model failures (timeouts, errors, unusable output), including after a failed probe.",
		}, func() float64 { o, _, _ := read(); return float64(o) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "reportbot_model_breaker_skips_total",
			Help: "Questions answered from the reports directly because the model's circuit breaker was open.",
		}, func() float64 { _, s, _ := read(); return float64(s) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "reportbot_model_breaker_open",
			Help: "1 while the model's circuit breaker is open or half-open (the model is skipped), else 0.",
		}, func() float64 {
			if _, _, open := read(); open {
				return 1
			}
			return 0
		}),
	}
}

// SetBreakerProbe makes the breaker series read probe.
func (m *Metrics) SetBreakerProbe(probe BreakerProbe) {
	if m == nil {
		return
	}
	m.breaker.Store(&probe)
}

// breakerSlot holds the probe (a field of Metrics).
type breakerSlot = atomic.Pointer[BreakerProbe]
