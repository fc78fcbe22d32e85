package answer

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"time"

	"github.com/reportbot/reportbot/internal/metrics"
)

// TimeGenerator wraps g so that each call is timed into the question's metrics.Clock (when its
// context carries one) and logged (at debug, or warn when it fails) with the request id the
// context carries.
func TimeGenerator(g Generator, logger *slog.Logger) Generator {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &timedGenerator{g: g, log: logger}
}

type timedGenerator struct {
	g   Generator
	log *slog.Logger
}

// Generate calls the wrapped Generator.
func (t *timedGenerator) Generate(ctx context.Context, in GenInput, onDelta func(string)) (string, error) {
	start := time.Now()
	text, err := t.g.Generate(ctx, in, onDelta)
	reason := failureReason(err)
	if err == nil && strings.TrimSpace(text) == "" {
		reason = metrics.ReasonBadOutput
	}
	d := time.Since(start)
	metrics.ClockFrom(ctx).Record(metrics.ModelGenerate, d, reason)
	logModelCall(ctx, t.log, metrics.ModelGenerate, d, in.Previous != "", err)
	return text, err
}

// TimeRewriter wraps r like TimeGenerator wraps a Generator.
func TimeRewriter(r Rewriter, logger *slog.Logger) Rewriter {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &timedRewriter{r: r, log: logger}
}

type timedRewriter struct {
	r   Rewriter
	log *slog.Logger
}

// Rewrite calls the wrapped Rewriter.
func (t *timedRewriter) Rewrite(ctx context.Context, question string, history []Turn) (Rewrite, error) {
	start := time.Now()
	rw, err := t.r.Rewrite(ctx, question, history)
	reason := failureReason(err)
	if err == nil && len(rw.Queries) == 0 {
		reason = metrics.ReasonBadOutput // the service then uses the offline plan
	}
	d := time.Since(start)
	metrics.ClockFrom(ctx).Record(metrics.ModelRewrite, d, reason)
	logModelCall(ctx, t.log, metrics.ModelRewrite, d, false, err)
	return rw, err
}

// failureReason classifies a model call's error for the fallback metric ("" for nil).
func failureReason(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, context.DeadlineExceeded):
		return metrics.ReasonTimeout
	case errors.Is(err, ErrBadModelOutput):
		return metrics.ReasonBadOutput
	}
	return metrics.ReasonError
}

func logModelCall(ctx context.Context, log *slog.Logger, stage string, d time.Duration, repair bool, err error) {
	attrs := []any{"stage", stage, "elapsed_ms", d.Milliseconds()}
	if id := metrics.RequestID(ctx); id != "" {
		attrs = append(attrs, "request_id", id)
	}
	if repair {
		attrs = append(attrs, "repair", true)
	}
	if err != nil {
		log.Warn("model call failed", append(attrs, "reason", failureReason(err), "err", err)...)
		return
	}
	log.Debug("model call", attrs...)
}
