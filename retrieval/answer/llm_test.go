package answer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"
)

// genFunc is a Generator made from a function; calls records each GenInput it got.
type genFunc struct {
	mu    sync.Mutex
	calls []GenInput
	fn    func(ctx context.Context, call int, in GenInput, onDelta func(string)) (string, error)
}

func (g *genFunc) Generate(ctx context.Context, in GenInput, onDelta func(string)) (string, error) {
	g.mu.Lock()
	g.calls = append(g.calls, in)
	n := len(g.calls)
	g.mu.Unlock()
	return g.fn(ctx, n, in, onDelta)
}

// rwFunc is a Rewriter made from a function.
type rwFunc func(ctx context.Context, q string, h []Turn) (Rewrite, error)

func (f rwFunc) Rewrite(ctx context.Context, q string, h []Turn) (Rewrite, error) {
	return f(ctx, q, h)
}

// replies answers call i with texts[i-1] (streamed in one delta), or err for an empty string.
func replies(texts ...string) *genFunc {
	return &genFunc{fn: func(_ context.Context, call int, _ GenInput, onDelta func(string)) (string, error) {
		if call > len(texts) {
			return "", errors.New("unexpected call")
		}
		if onDelta != nil {
			onDelta(texts[call-1])
		}
		return texts[call-1], nil
	}}
}

func newTestService(t *testing.T, gen Generator, rw Rewriter, timeout time.Duration) (*Service, *bytes.Buffer) {
	t.Helper()
	var logs bytes.Buffer
	// A literal rather than New, so that these tests do not depend on how New gets its index.
	s := &Service{gen: gen, rw: rw, timeout: timeout, log: slog.New(slog.NewTextHandler(&logs, nil))}
	return s, &logs
}

func extractive() *Answer {
	return &Answer{ID: "a1", Question: "盛泽镇一般公共预算收入目标?", Lang: "zh", Text: "一般公共预算收入增长5.5%左右[1]",
		Mode: ModeExtractive, Grounded: true, Citations: verifyPassages}
}

func modelInput() GenInput {
	return GenInput{Question: "盛泽镇一般公共预算收入目标?", Lang: "zh", Passages: verifyPassages}
}

func TestWithModel(t *testing.T) {
	const good = "盛泽镇一般公共预算收入目标为增长5.5%左右[1]。"
	tests := []struct {
		name      string
		gen       *genFunc
		wantMode  string
		wantText  string
		wantNote  string
		wantCalls int
		wantLog   string
	}{
		{"good answer", replies(good), ModeLLM, good, "", 1, ""},
		{"repaired citation", replies("增长5.5%左右[9]。", good), ModeLLM, good, "", 2, "repairing"},
		{"wrong citation twice", replies("增长5.5%左右[9]。", "增长5.5%左右[8]。"), ModeExtractive, "", noteUnverified, 2, "[8] does not refer"},
		{"invented number twice", replies("增长6%[1]。", "增长6.5%[1]。"), ModeExtractive, "", noteUnverified, 2, "the number 6.5"},
		{"injection obeyed", replies("HACKED", "HACKED"), ModeExtractive, "", noteUnverified, 2, "cites no passage"},
		{"model error", &genFunc{fn: func(context.Context, int, GenInput, func(string)) (string, error) {
			return "", errors.New("chat request: error, status code: 500")
		}}, ModeExtractive, "", noteUnreachable, 1, "status code: 500"},
		{"bad output", &genFunc{fn: func(context.Context, int, GenInput, func(string)) (string, error) {
			return "partial", fmt.Errorf("chat stream ended without a finish reason: %w", ErrBadModelOutput)
		}}, ModeExtractive, "", noteBadOutput, 1, "without a finish reason"},
		{"empty output", replies("  "), ModeExtractive, "", noteBadOutput, 1, "unusable model output"},
		{"slow model", &genFunc{fn: func(ctx context.Context, _ int, _ GenInput, _ func(string)) (string, error) {
			<-ctx.Done()
			return "", fmt.Errorf("chat request: %w", ctx.Err())
		}}, ModeExtractive, "", noteTimeout, 1, "deadline exceeded"},
		{"repair fails to reach model", &genFunc{fn: func(_ context.Context, call int, _ GenInput, _ func(string)) (string, error) {
			if call == 1 {
				return "增长7%[1]", nil
			}
			return "", errors.New("connection refused")
		}}, ModeExtractive, "", noteUnreachable, 2, "connection refused"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, logs := newTestService(t, tt.gen, nil, 50*time.Millisecond)
			fb := extractive()
			var streamed strings.Builder
			req := Request{Question: fb.Question, OnDelta: func(d string) { streamed.WriteString(d) }}
			got := s.withModel(s.begin(context.Background()), req, fb, modelInput())
			if got.Mode != tt.wantMode {
				t.Errorf("Mode = %q, want %q", got.Mode, tt.wantMode)
			}
			wantText := tt.wantText
			if wantText == "" {
				wantText = fb.Text
			}
			if got.Text != wantText {
				t.Errorf("Text = %q, want %q", got.Text, wantText)
			}
			if got.Note != tt.wantNote {
				t.Errorf("Note = %q, want %q", got.Note, tt.wantNote)
			}
			if len(tt.gen.calls) != tt.wantCalls {
				t.Errorf("%d Generate calls, want %d", len(tt.gen.calls), tt.wantCalls)
			}
			if tt.wantLog != "" && !strings.Contains(logs.String(), tt.wantLog) {
				t.Errorf("log lacks %q:\n%s", tt.wantLog, logs.String())
			}
			if fb.Mode != ModeExtractive || fb.Note != "" || fb.Text != "一般公共预算收入增长5.5%左右[1]" {
				t.Error("withModel modified the fallback answer")
			}
			if len(got.Citations) != len(fb.Citations) || got.ID != fb.ID || got.Grounded != fb.Grounded {
				t.Error("the model answer must keep the fallback's citations, ID and grounding")
			}
		})
	}
}

func TestWithModelRepairInput(t *testing.T) {
	gen := replies("增长5.5%左右[9]。", "增长5.5%左右[1]。")
	s, _ := newTestService(t, gen, nil, time.Second)
	var deltas []string
	req := Request{OnDelta: func(d string) { deltas = append(deltas, d) }}
	s.withModel(s.begin(context.Background()), req, extractive(), modelInput())
	if len(gen.calls) != 2 {
		t.Fatalf("%d calls, want 2", len(gen.calls))
	}
	first, repair := gen.calls[0], gen.calls[1]
	if first.Previous != "" || first.Problems != nil {
		t.Error("the first attempt must not carry repair fields")
	}
	if repair.Previous != "增长5.5%左右[9]。" || len(repair.Problems) == 0 || !strings.Contains(repair.Problems[0], "[9]") {
		t.Errorf("repair input = %q / %q", repair.Previous, repair.Problems)
	}
	if len(repair.Passages) != len(first.Passages) || repair.Question != first.Question {
		t.Error("the repair attempt must get the same passages and question")
	}
	if len(deltas) != 1 {
		t.Errorf("only the first attempt streams; got %d deltas", len(deltas))
	}
}

// TestWithModelOneDeadline: the answer and the repair run under one deadline, set by the
// first call, not a fresh ModelTimeout each.
func TestWithModelOneDeadline(t *testing.T) {
	var deadlines []time.Time
	gen := &genFunc{fn: func(ctx context.Context, call int, _ GenInput, _ func(string)) (string, error) {
		dl, ok := ctx.Deadline()
		if !ok {
			return "", errors.New("no deadline")
		}
		deadlines = append(deadlines, dl)
		if call == 1 {
			return "增长9%[1]", nil
		}
		return "增长5.5%左右[1]", nil
	}}
	s, _ := newTestService(t, gen, nil, time.Hour)
	got := s.withModel(s.begin(context.Background()), Request{}, extractive(), modelInput())
	if got.Mode != ModeLLM {
		t.Fatalf("Mode = %q, want llm (note %q)", got.Mode, got.Note)
	}
	if len(deadlines) != 2 || !deadlines[0].Equal(deadlines[1]) {
		t.Errorf("deadlines %v, want one deadline for both calls", deadlines)
	}
}

func TestWithModelKeepsNote(t *testing.T) {
	s, _ := newTestService(t, replies("HACKED", "HACKED"), nil, time.Second)
	fb := extractive()
	fb.Note = "The reports may not answer this exactly."
	got := s.withModel(s.begin(context.Background()), Request{}, fb, modelInput())
	if got.Note != noteUnverified+" "+fb.Note {
		t.Errorf("Note = %q", got.Note)
	}
}

func TestWithModelNoGenerator(t *testing.T) {
	s, _ := newTestService(t, nil, nil, time.Second)
	fb := extractive()
	if got := s.withModel(s.begin(context.Background()), Request{}, fb, modelInput()); got != fb {
		t.Error("without a Generator the fallback is returned as is")
	}
}

func TestWithModelNoteHidesError(t *testing.T) {
	// The log gets the error; the user gets one plain line.
	gen := &genFunc{fn: func(context.Context, int, GenInput, func(string)) (string, error) {
		return "", errors.New("error, status code: 401, message: Incorrect API key provided")
	}}
	s, logs := newTestService(t, gen, nil, time.Second)
	got := s.withModel(s.begin(context.Background()), Request{}, extractive(), modelInput())
	if got.Note != noteUnreachable || !strings.Contains(logs.String(), "401") {
		t.Errorf("note %q, log %s", got.Note, logs.String())
	}
	if strings.Contains(got.Note, "401") || strings.Contains(got.Note, "API key") {
		t.Error("the user-facing note must not carry the error")
	}
}

func TestRewrite(t *testing.T) {
	want := Rewrite{Question: "What is Shengze's revenue target?", Queries: []string{"盛泽镇 一般公共预算收入 目标"}, Entities: []string{"盛泽镇"}, Kind: "target"}
	t.Run("ok", func(t *testing.T) {
		var gotQ string
		var gotH []Turn
		rw := rwFunc(func(ctx context.Context, q string, h []Turn) (Rewrite, error) {
			if _, ok := ctx.Deadline(); !ok {
				t.Error("no deadline")
			}
			gotQ, gotH = q, h
			return want, nil
		})
		s, _ := newTestService(t, nil, rw, time.Second)
		hist := []Turn{{Question: "What is Wujiang's target?", Answer: "…"}}
		got, ok := s.rewrite(s.begin(context.Background()), Request{Question: "and Shengze?", History: hist}, nil)
		if !ok || got.Queries[0] != want.Queries[0] || gotQ != "and Shengze?" || len(gotH) != 1 {
			t.Errorf("rewrite = %+v, %v (q %q, history %v)", got, ok, gotQ, gotH)
		}
	})
	t.Run("nil", func(t *testing.T) {
		s, _ := newTestService(t, nil, nil, time.Second)
		if _, ok := s.rewrite(s.begin(context.Background()), Request{Question: "q"}, nil); ok {
			t.Error("no Rewriter must give false")
		}
	})
	t.Run("error", func(t *testing.T) {
		rw := rwFunc(func(context.Context, string, []Turn) (Rewrite, error) {
			return Rewrite{}, errors.New("decode rewrite JSON: unexpected EOF")
		})
		s, logs := newTestService(t, nil, rw, time.Second)
		if _, ok := s.rewrite(s.begin(context.Background()), Request{Question: "q"}, nil); ok {
			t.Error("a failed rewrite must give false")
		}
		if !strings.Contains(logs.String(), "unexpected EOF") {
			t.Errorf("log lacks the error: %s", logs.String())
		}
	})
	t.Run("timeout", func(t *testing.T) {
		rw := rwFunc(func(ctx context.Context, _ string, _ []Turn) (Rewrite, error) {
			<-ctx.Done()
			return Rewrite{}, ctx.Err()
		})
		s, _ := newTestService(t, nil, rw, 20*time.Millisecond)
		if _, ok := s.rewrite(s.begin(context.Background()), Request{Question: "q"}, nil); ok {
			t.Error("a timed-out rewrite must give false")
		}
	})
	t.Run("no queries", func(t *testing.T) {
		rw := rwFunc(func(context.Context, string, []Turn) (Rewrite, error) { return Rewrite{Question: "q"}, nil })
		s, _ := newTestService(t, nil, rw, time.Second)
		if _, ok := s.rewrite(s.begin(context.Background()), Request{Question: "q"}, nil); ok {
			t.Error("a rewrite without queries must give false")
		}
	})
}
