package answer

import (
	"context"
	"log/slog"
	"time"
)

// Service answers questions. It is safe for concurrent use.
type Service struct {
	gen     Generator
	rw      Rewriter
	log     *slog.Logger
	timeout time.Duration
}

// Options configure a Service.
type Options struct {
	// Generator and Rewriter are optional (nil: offline, extractive answers only).
	Generator Generator
	Rewriter  Rewriter
	// ModelTimeout bounds each model call (default 30s).
	ModelTimeout time.Duration
	Logger       *slog.Logger
}

// New returns a Service.
func New(opts Options) *Service {
	s := &Service{gen: opts.Generator, rw: opts.Rewriter, log: opts.Logger, timeout: opts.ModelTimeout}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.timeout <= 0 {
		s.timeout = 30 * time.Second
	}
	return s
}

// Ask answers one question.
func (s *Service) Ask(ctx context.Context, req Request) (*Answer, error) {
	return nil, ErrEmptyQuestion // being written
}
