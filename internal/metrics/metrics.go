// Package metrics owns what `reportbot serve` reports about itself: Prometheus metrics on a
// registry of their own (no globals), the per-question clock that the Slack bot and the model
// stage's timing wrappers (in retrieval/answer) share through a context, and the operational
// endpoints /metrics, /healthz and /readyz. It deals in plain values (stages, reasons,
// durations) and knows no answer types.
package metrics

import (
	"net/http"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Question sources and outcomes, the label values of reportbot_questions_total.
const (
	SourceMention = "mention"
	SourceDM      = "dm"
	SourceCommand = "command"

	OutcomeAnswered    = "answered"     // an answer (grounded or not) was delivered
	OutcomeInvalid     = "invalid"      // empty, too long, no words, unsupported language
	OutcomeTimeout     = "timeout"      // the answer deadline passed
	OutcomeError       = "error"        // the answer service failed
	OutcomeRateLimited = "rate_limited" // refused by a rate limit; the user was told when to retry
	OutcomeBusy        = "busy"         // the queue was full; the user was told

	// Delivery outcomes (bot: every taken question ends in one final message).
	OutcomeDeliveryFailed = "delivery_failed" // Slack did not accept the final message
	OutcomeRestarted      = "restarted"       // cut short by a shutdown; the user was told to ask again
)

// Stages of a question, the label values of reportbot_stage_duration_seconds.
const (
	StageQueue    = "queue"    // waiting for a worker
	StageRetrieve = "retrieve" // analysis, search and the extractive answer (the answer call minus model time)
	StageModel    = "model"    // model calls: rewrite, generate, repair
	StagePost     = "post"     // Slack calls that show the placeholder and the answer
	StageTotal    = "total"    // from the worker taking the question to the answer shown
)

// Reload results, the label values of reportbot_reloads_total.
const (
	ReloadOK    = "ok"
	ReloadError = "error"
)

// Metrics are the serve process's Prometheus metrics. A nil *Metrics is valid and records
// nothing, so that components work without metrics in tests.
type Metrics struct {
	reg          *prometheus.Registry
	questions    *prometheus.CounterVec
	stages       *prometheus.HistogramVec
	fallbacks    *prometheus.CounterVec
	slackErrors  *prometheus.CounterVec
	rateLimited  *prometheus.CounterVec
	reloads      *prometheus.CounterVec
	indexInfo    *prometheus.GaugeVec
	indexChunks  prometheus.Gauge
	indexReports prometheus.Gauge
	indexLoaded  prometheus.Gauge
	queue        atomic.Pointer[func() (queued, running int)]
	breaker      breakerSlot
}

// New returns Metrics registered on a fresh registry, with the Go runtime and process
// collectors.
func New() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_questions_total",
			Help: "Slack questions by source (mention, dm, command) and outcome (answered, invalid, timeout, error, rate_limited, busy, delivery_failed, restarted).",
		}, []string{"source", "outcome"}),
		stages: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "reportbot_stage_duration_seconds",
			Help:    "Time per question in each stage: queue, retrieve, model, post, total.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 20, 30, 60, 120},
		}, []string{"stage"}),
		fallbacks: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_model_fallbacks_total",
			Help: "Model calls whose result was not used, by stage (generate: the answer fell back to the extractive one; rewrite: the offline question analysis was used) and reason (timeout, error, bad_output, unverified).",
		}, []string{"stage", "reason"}),
		slackErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_slack_api_errors_total",
			Help: "Slack Web API calls that failed (after the 429 retries), by method.",
		}, []string{"method"}),
		rateLimited: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_rate_limited_total",
			Help: "Questions refused by a rate limit, by scope (user, global).",
		}, []string{"scope"}),
		reloads: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_reloads_total",
			Help: "Store reloads by result (ok, error); a failed reload keeps the index in use.",
		}, []string{"result"}),
		indexInfo: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "reportbot_index_info",
			Help: "The store generation questions are answered from (value 1).",
		}, []string{"generation", "embedder"}),
		indexChunks: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "reportbot_index_chunks", Help: "Chunks in the index in use.",
		}),
		indexReports: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "reportbot_index_reports", Help: "Reports in the index in use.",
		}),
		indexLoaded: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "reportbot_index_loaded_timestamp_seconds", Help: "When the index in use was loaded (Unix time).",
		}),
	}
	m.reg.MustRegister(m.questions, m.stages, m.fallbacks, m.slackErrors, m.rateLimited, m.reloads,
		m.indexInfo, m.indexChunks, m.indexReports, m.indexLoaded,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "reportbot_queue_length", Help: "Questions waiting for a worker.",
		}, func() float64 { q, _ := m.queueNow(); return float64(q) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "reportbot_answers_in_flight", Help: "Questions being answered now.",
		}, func() float64 { _, r := m.queueNow(); return float64(r) }),
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	m.reg.MustRegister(m.breakerCollectors()...)
	// Series that exist from the start read 0 rather than being absent, so that rates and
	// alerts work before the first event.
	for _, s := range []string{SourceMention, SourceDM, SourceCommand} {
		for _, o := range []string{OutcomeAnswered, OutcomeInvalid, OutcomeTimeout, OutcomeError, OutcomeRateLimited, OutcomeBusy,
			OutcomeDeliveryFailed, OutcomeRestarted} {
			m.questions.WithLabelValues(s, o)
		}
	}
	for _, s := range []string{ModelGenerate, ModelRewrite} {
		for _, r := range []string{ReasonTimeout, ReasonError, ReasonBadOutput, ReasonUnverified} {
			m.fallbacks.WithLabelValues(s, r)
		}
	}
	for _, method := range []string{"auth.test", "chat.postMessage", "chat.update", "chat.postEphemeral", "response_url"} {
		m.slackErrors.WithLabelValues(method)
	}
	for _, s := range []string{"user", "global"} {
		m.rateLimited.WithLabelValues(s)
	}
	for _, r := range []string{ReloadOK, ReloadError} {
		m.reloads.WithLabelValues(r)
	}
	return m
}

// Registry returns the registry the metrics are on (to add collectors or gather in tests).
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Handler serves the metrics in the Prometheus exposition format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// Question counts one Slack question by source and outcome.
func (m *Metrics) Question(source, outcome string) {
	if m == nil {
		return
	}
	m.questions.WithLabelValues(source, outcome).Inc()
}

// Stage records the time a question spent in a stage.
func (m *Metrics) Stage(stage string, d time.Duration) {
	if m == nil {
		return
	}
	m.stages.WithLabelValues(stage).Observe(d.Seconds())
}

// Fallback counts a model result that was not used.
func (m *Metrics) Fallback(stage, reason string) {
	if m == nil {
		return
	}
	m.fallbacks.WithLabelValues(stage, reason).Inc()
}

// SlackError counts a failed Slack Web API call.
func (m *Metrics) SlackError(method string) {
	if m == nil {
		return
	}
	m.slackErrors.WithLabelValues(method).Inc()
}

// RateLimited counts a question refused by the user or global rate limit.
func (m *Metrics) RateLimited(scope string) {
	if m == nil {
		return
	}
	m.rateLimited.WithLabelValues(scope).Inc()
}

// Reload counts a store reload by result.
func (m *Metrics) Reload(result string) {
	if m == nil {
		return
	}
	m.reloads.WithLabelValues(result).Inc()
}

// SetIndex records the store generation now in use.
func (m *Metrics) SetIndex(generation, embedder string, chunks, reports int, loaded time.Time) {
	if m == nil {
		return
	}
	m.indexInfo.Reset()
	m.indexInfo.WithLabelValues(generation, embedder).Set(1)
	m.indexChunks.Set(float64(chunks))
	m.indexReports.Set(float64(reports))
	m.indexLoaded.Set(float64(loaded.UnixNano()) / 1e9)
}

// SetQueueProbe makes the queue gauges read probe, which reports the questions waiting and
// running.
func (m *Metrics) SetQueueProbe(probe func() (queued, running int)) {
	if m == nil {
		return
	}
	m.queue.Store(&probe)
}

func (m *Metrics) queueNow() (int, int) {
	if p := m.queue.Load(); p != nil {
		return (*p)()
	}
	return 0, 0
}
