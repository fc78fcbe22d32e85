package answer

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestModelEnglishFigures: in model mode the model writes the English answer with converted
// figures; the verifier accepts a conversion that states a cited figure (31.81亿元 → 3.181
// billion yuan) and sends a misscaled one (31.81 billion yuan) back for repair.
func TestModelEnglishFigures(t *testing.T) {
	const good = "Shengze town (盛泽镇) expected general public budget revenue of 3.181 billion yuan (31.81亿元) in 2023 [2].\nEvidence: “预计完成一般公共预算收入31.81亿元” [2]"
	const misscaled = "Shengze town (盛泽镇) expected general public budget revenue of 31.81 billion yuan [2]."
	tests := []struct {
		name      string
		gen       *genFunc
		wantMode  string
		wantCalls int
		wantLog   string
	}{
		{"converted figure", replies(good), ModeLLM, 1, ""},
		{"misscaled then repaired", replies(misscaled, good), ModeLLM, 2, "check the conversion"},
		{"misscaled twice", replies(misscaled, misscaled), ModeExtractive, 2, "31.81 billion yuan"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, logs := newTestService(t, tt.gen, nil, time.Second)
			fb := &Answer{ID: "a1", Question: "What was Shengze's revenue?", Lang: "en", Text: "fallback [2]",
				Mode: ModeExtractive, Grounded: true, Citations: verifyPassages}
			in := GenInput{Question: fb.Question, Lang: "en", Passages: verifyPassages}
			got := s.withModel(s.begin(context.Background()), Request{Question: fb.Question}, fb, in)
			if got.Mode != tt.wantMode || len(tt.gen.calls) != tt.wantCalls {
				t.Errorf("mode %s after %d calls, want %s after %d\n%s", got.Mode, len(tt.gen.calls), tt.wantMode, tt.wantCalls, logs)
			}
			if tt.wantMode == ModeLLM && got.Text != good {
				t.Errorf("text %q", got.Text)
			}
			if tt.wantLog != "" && !strings.Contains(logs.String(), tt.wantLog) {
				t.Errorf("log lacks %q:\n%s", tt.wantLog, logs)
			}
		})
	}
}
