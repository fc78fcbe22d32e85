package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestStriveVerbIsNoResult: an achievement verb after a target word (力争完成) is no cue of a
// result: a plan's sentence holding it does not answer a question about last year.
func TestStriveVerbIsNoResult(t *testing.T) {
	for s, want := range map[string]bool{
		"加快推进科技企业孵化基地建设,力争完成落户60家。": false,
		"确保实现村级集体经济收入翻番。":           false,
		"科技企业孵化基地完成落户60家。":          true,
		"力争完成落户60家,去年已落户45家。":       true,
	} {
		if got := hasFrameCue(s, corpus.KindActual); got != want {
			t.Errorf("hasFrameCue(%q, actual) = %v; want %v", s, got, want)
		}
	}
	if !hasFrameCue("力争完成落户60家。", corpus.KindTarget) {
		t.Errorf("力争完成 is no target cue")
	}
}
