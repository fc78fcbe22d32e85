package retrieval

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/data"
	"github.com/reportbot/reportbot/internal/zh"
)

// TestSpacedInNeedsFirstPiece: a topic word's spaced pattern is run only on texts holding its
// first two characters, and that filter never changes a match: every sentence of the bundled
// corpus, and sentences written to match each kind of alternative, are tested both ways.
func TestSpacedInNeedsFirstPiece(t *testing.T) {
	words := []string{"撂荒地", "老旧小区改造", "一般公共预算收入", "政协提案", "三公经费", "厕所革命",
		"电瓶车充电", "新增学位", "燃气隐患", "城乡居民医保参保人数", "企业上市", "高标准农田"}
	texts := []string{"撂荒土地整治", "政协委员提案8件", "“三公”经费下降", "厕所、污水、垃圾“三大革命”",
		"电瓶车违规充电", "新增中小学和幼儿园学位", "燃气管线占压隐患", "新增上市公司3家", "城乡居民基本医疗保险参保9.3万人"}
	for _, s := range strings.Split(string(data.Corpus), "\n") {
		texts = append(texts, zh.Sentences(s)...)
	}
	for _, w := range words {
		tw := newTopicWord(w)
		if tw.spaced == nil {
			t.Fatalf("%s: no spaced pattern", w)
		}
		for _, text := range texts {
			if got, want := tw.spacedIn(text), tw.spaced.MatchString(text); got != want {
				t.Errorf("%s in %q: spacedIn %v, pattern %v", w, text, got, want)
			}
		}
	}
	for w, want := range map[string]string{"撂荒地": "撂荒", "政协提案": "政协", "高标准农田": "高标", "三公经费": "三公", "企业上市": ""} {
		if got := newTopicWord(w).need; got != want {
			t.Errorf("%s: need %q, want %q (an inverted word's pattern may open with a verb of making)", w, got, want)
		}
	}
}

// BenchmarkSpacedIn tests a long topic word against the bundled corpus's sentences, through
// spacedIn and through its pattern alone.
func BenchmarkSpacedIn(b *testing.B) {
	var texts []string
	for _, s := range strings.Split(string(data.Corpus), "\n") {
		texts = append(texts, zh.Sentences(s)...)
	}
	tw := newTopicWord("一般公共预算收入")
	b.Run("spacedIn", func(b *testing.B) {
		for b.Loop() {
			for _, t := range texts {
				tw.spacedIn(t)
			}
		}
	})
	b.Run("pattern", func(b *testing.B) {
		for b.Loop() {
			for _, t := range texts {
				tw.spaced.MatchString(t)
			}
		}
	})
}
