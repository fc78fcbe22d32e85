package answer

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/metrics"
)

// generatorFunc is a function-field fake of a Generator.
type generatorFunc func(ctx context.Context, in GenInput, onDelta func(string)) (string, error)

func (f generatorFunc) Generate(ctx context.Context, in GenInput, onDelta func(string)) (string, error) {
	return f(ctx, in, onDelta)
}

func TestTimedFallbacks(t *testing.T) {
	okRW := Rewrite{Queries: []string{"盛泽镇 工业投资"}}
	cases := []struct {
		name    string
		rwErr   error
		rw      Rewrite
		gens    []error // one per generate call
		texts   []string
		mode    string
		want    []string
		nothing bool // no model call at all
	}{
		{name: "model answer used", rw: okRW, gens: []error{nil}, texts: []string{"答[1]"}, mode: ModeLLM},
		{name: "generate timed out", rw: okRW, gens: []error{fmt.Errorf("chat: %w", context.DeadlineExceeded)}, texts: []string{""},
			mode: ModeExtractive, want: []string{"generate:timeout"}},
		{name: "cut-off stream", rw: okRW, gens: []error{fmt.Errorf("chat: %w", ErrBadModelOutput)}, texts: []string{""},
			mode: ModeExtractive, want: []string{"generate:bad_output"}},
		{name: "unverified after repair", rw: okRW, gens: []error{nil, nil}, texts: []string{"答", "答"},
			mode: ModeExtractive, want: []string{"generate:unverified"}},
		{name: "repair failed", rw: okRW, gens: []error{nil, errors.New("connection refused")}, texts: []string{"答", ""},
			mode: ModeExtractive, want: []string{"generate:error"}},
		{name: "rewrite failed, answer used", rwErr: errors.New("503"), gens: []error{nil}, texts: []string{"答[1]"},
			mode: ModeLLM, want: []string{"rewrite:error"}},
		{name: "rewrite without queries", rw: Rewrite{}, gens: []error{nil}, texts: []string{"答[1]"},
			mode: ModeLLM, want: []string{"rewrite:bad_output"}},
		{name: "no model", mode: ModeExtractive, nothing: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx, clock := metrics.WithClock(context.Background())
			if !c.nothing {
				rw := TimeRewriter(rwFunc(func(context.Context, string, []Turn) (Rewrite, error) { return c.rw, c.rwErr }), nil)
				_, _ = rw.Rewrite(ctx, "q", nil)
				for i, err := range c.gens {
					g := TimeGenerator(generatorFunc(func(context.Context, GenInput, func(string)) (string, error) {
						return c.texts[i], err
					}), nil)
					_, _ = g.Generate(ctx, GenInput{}, nil)
				}
			}
			var got []string
			for _, f := range clock.Fallbacks(c.mode == ModeLLM) {
				got = append(got, f.Stage+":"+f.Reason)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("fallbacks = %v, want %v", got, c.want)
			}
		})
	}
	var nilClock *metrics.Clock
	if nilClock.ModelTime() != 0 || nilClock.Fallbacks(false) != nil {
		t.Error("a nil clock reports something")
	}
	// A wrapper called without a clock in the context works and records nothing.
	g := TimeGenerator(generatorFunc(func(context.Context, GenInput, func(string)) (string, error) { return "x", nil }), nil)
	if text, err := g.Generate(context.Background(), GenInput{}, nil); text != "x" || err != nil {
		t.Errorf("Generate = %q, %v", text, err)
	}
}

func TestWrappersSeeTheRequestID(t *testing.T) {
	ctx, _ := metrics.WithClock(metrics.WithRequestID(context.Background(), "req-1"))
	if metrics.RequestID(ctx) != "req-1" {
		t.Fatal("request id lost")
	}
	calls := 0
	g := TimeGenerator(generatorFunc(func(ctx context.Context, _ GenInput, _ func(string)) (string, error) {
		calls++
		if metrics.RequestID(ctx) != "req-1" {
			t.Error("the generator does not see the request id")
		}
		return "答", nil
	}), nil)
	for range 3 {
		_, _ = g.Generate(ctx, GenInput{}, nil)
	}
	if calls != 3 {
		t.Errorf("%d calls, want 3", calls)
	}
}
