package retrieval

import (
	"strings"
	"testing"
)

// TestTopicWordRunTogether: words a question runs together are held by a report that writes
// them in order with one shortened (文保单位 for 文物保护单位) or spelled out (基本医疗保险 for
// 医保), and a final count noun stated by its figure (参保9.3万人 for 参保人数); a word of two
// pieces is one word, not shortened (乡旅 is not 乡村旅游), and the words out of order or apart
// across a clause do not hold it.
func TestTopicWordRunTogether(t *testing.T) {
	tests := []struct {
		text, word string
		held       bool
	}{
		{"城乡居民基本医疗保险参保9.3万人,任务完成率109%", "城乡居民医保参保人数", true},
		{"城乡居民医保参保47369人", "城乡居民医保参保人数", true},
		{"城乡居民养老保险参保率达95%", "城乡居民医保参保人数", false},
		{"完成鸿寿堂、内省堂等文保单位修缮工作", "文物保护单位", true},
		{"实现镇域102处文物保护单位有机串联", "文物保护单位", true},
		{"加强文物点位保护,落实单位责任", "文物保护单位", false},
		{"发展乡旅融合项目", "乡村旅游", false},
	}
	for _, tt := range tests {
		w := newTopicWord(tt.word)
		if got := w.heldIn(tt.text) && w.wholeIn(tt.text); got != tt.held {
			t.Errorf("%s in %q: held and whole = %v, want %v", tt.word, tt.text, got, tt.held)
		}
	}
}

// TestQuotedWholeName: a name the question quotes whole (“一网通办”) is not held by another name
// that opens with its numeral head (“一网三联”), as an unquoted one is (三公经费 by “三公两费”).
func TestQuotedWholeName(t *testing.T) {
	quoted := compileTopicWord("一网通办", true)
	if quoted.heldIn("常态化落实“一网三联”、“街巷长制”等管理机制") {
		t.Error("a quoted 一网通办 is held by “一网三联”")
	}
	if !quoted.heldIn("实现“一网通办”“一门通办”") {
		t.Error("a quoted 一网通办 is not held by itself")
	}
	if !newTopicWord("三公经费").heldIn("持续压减“三公两费”支出") {
		t.Error("an unquoted 三公经费 is no longer held by its quoted head")
	}
	for _, tt := range []struct {
		norm string
		want bool
	}{{"哪些报告提到了“一网通办”?", true}, {"which reports mention \"一网通办\"?", true}, {"哪些报告提到了一网通办?", false}} {
		if got := quotedWhole(tt.norm, "一网通办"); got != tt.want {
			t.Errorf("quotedWhole(%q) = %v, want %v", tt.norm, got, tt.want)
		}
	}
}

// TestLendQuotedNames: the term right after a quoted name takes the name's topic words; a term
// elsewhere in the question, or after an unquoted word, does not.
func TestLendQuotedNames(t *testing.T) {
	mk := func(words ...string) *scorer {
		sc := &scorer{}
		for _, w := range words {
			sc.terms = append(sc.terms, scoredTerm{wordings: []string{w}, topics: []topicWord{newTopicWord(w)}})
		}
		return sc
	}
	sc := mk("雪亮", "视频监控工程")
	sc.lendQuotedNames(Plan{Lang: "zh", Norm: "哪些镇提到了“雪亮”视频监控工程?"})
	if !sc.terms[1].holdsTopic("全面优化新一代“雪亮技防”工程") {
		t.Error("the head of a quoted name is not held by the name")
	}
	sc = mk("雪亮", "视频监控工程")
	sc.lendQuotedNames(Plan{Lang: "zh", Norm: "哪些镇提到了雪亮视频监控工程?"})
	if sc.terms[1].holdsTopic("全面优化新一代“雪亮技防”工程") {
		t.Error("the head of an unquoted word is held by the word")
	}
}

// TestRankingTerms: an English "top N" names a ranking as the reports write it (N强), in place
// of the rendering of "top" alone; a Chinese 500强 is a term as written.
func TestRankingTerms(t *testing.T) {
	p := Plan{Lang: "en", Norm: "which reports mention any 'top 500' list?", Terms: []Term{{From: "top", Variants: []string{"百强"}, Weight: 0.37}}}
	p.rankingTerms()
	if len(p.Terms) != 1 || p.Terms[0].Variants[0] != "500强" {
		t.Errorf("terms = %+v, want only top 500 as 500强", p.Terms)
	}
	p = Plan{Lang: "zh", Norm: "哪些报告提到世界500强?"}
	p.rankingTerms()
	if len(p.Terms) != 1 || p.Terms[0].From != "500强" {
		t.Errorf("terms = %+v, want 500强", p.Terms)
	}
}

// TestStandsIn: a term stands in a bracket on its own, not as a part of another term there.
func TestStandsIn(t *testing.T) {
	norm := "which reports mention farmers' markets (wet markets)?"
	m := []int{strings.Index(norm, "("), strings.Index(norm, ")") + 1}
	wet := strings.Index(norm, "wet markets")
	at := [][2]int{{22, 28}, {31, 37}, {wet, wet + len("wet markets")}}
	if standsIn(norm, "market", m, at) {
		t.Error("market stands in (wet markets) on its own")
	}
	if !standsIn(norm, "wet markets", m, at) {
		t.Error("wet markets does not stand in (wet markets)")
	}
}

// TestCountOfAsksFigure: a count noun after 的 asks for a figure and is no term.
func TestCountOfAsksFigure(t *testing.T) {
	p := Analyze("哪些报告给出了民生实事的具体件数?", nil)
	if !p.AsksFigure() {
		t.Error("的具体件数 does not ask for a figure")
	}
	for _, tm := range p.Terms {
		if tm.From != "民生实事" {
			t.Errorf("term %q beside 民生实事", tm.From)
		}
	}
}
