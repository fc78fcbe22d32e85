package answer

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestVerifyRejectsSlackMarkup: model output with Slack's link, mention or broadcast syntax
// never passes as-is, in any bracket width; plain angle brackets in prose still do.
func TestVerifyRejectsSlackMarkup(t *testing.T) {
	for _, text := range []string{
		"收入增长5.5%左右[1],详见<https://evil.example/x|官方通知>。",
		"<!channel> 盛泽镇收入增长5.5%左右[1]。",
		"<!here|here> 增长5.5%左右[1]。",
		"请 <@U024BE7LH> 查看:增长5.5%左右[1]。",
		"See <#C024BE7LH|general>: revenue grows about 5.5% [1].",
		"Revenue grows about 5.5% [1] <mailto:a@b.example|mail us>.",
		"＜!channel＞ 增长5.5%左右[1]。", // full width, NFKC-folded
	} {
		problems := Verify(text, verifyPassages)
		if len(problems) == 0 || !strings.Contains(strings.Join(problems, "\n"), "Slack markup") {
			t.Errorf("Verify(%q) = %q, want a Slack markup problem", text, problems)
		}
	}
	for _, text := range []string{
		"盛泽镇一般公共预算收入增长5.5%左右[1]。",
		"Growth stays <= 5.5% and > 5% [1].",
	} {
		if p := Verify(text, verifyPassages); len(p) != 0 {
			t.Errorf("Verify(%q) = %q, want no problems", text, p)
		}
	}
}

// TestModelMarkupFallsBack: a model that keeps writing markup gets one repair (told what was
// wrong), then the extractive answer is shown; a repair without it is used.
func TestModelMarkupFallsBack(t *testing.T) {
	const bad = "<!channel> 增长5.5%左右[1]。"
	s, _ := newTestService(t, replies(bad, bad), nil, time.Second)
	got := s.withModel(s.begin(context.Background()), Request{}, extractive(), modelInput())
	if got.Mode != ModeExtractive || strings.Contains(got.Text, "<!") {
		t.Errorf("mode %s, text %q: markup passed", got.Mode, got.Text)
	}
	gen := replies(bad, "增长5.5%左右[1]。")
	s, _ = newTestService(t, gen, nil, time.Second)
	got = s.withModel(s.begin(context.Background()), Request{}, extractive(), modelInput())
	if got.Mode != ModeLLM || !strings.Contains(strings.Join(gen.calls[1].Problems, " "), "Slack markup") {
		t.Errorf("mode %s, repair problems %q", got.Mode, gen.calls[1].Problems)
	}
}
