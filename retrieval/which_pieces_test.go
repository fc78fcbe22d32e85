package retrieval

import (
	"slices"
	"strings"
	"testing"
)

// 哪几篇 asks which reports (篇 counts reports), and 讲到/写到 say "mention", like 提到: the
// topic is the word after them.
func TestWhichPiecesAsksAList(t *testing.T) {
	for _, q := range []string{"哪几篇讲到了托育?", "哪几篇报告写到了夜市?", "哪些篇提到了托育?"} {
		p := Analyze(q, nil)
		if !p.Aggregate {
			t.Errorf("%s: not read as a list question", q)
		}
		var from []string
		for _, term := range p.Terms {
			from = append(from, term.From)
		}
		if slices.ContainsFunc(from, func(f string) bool { return f == "讲到了托育" || f == "写到了夜市" || f == "篇" }) {
			t.Errorf("%s: terms %v hold a mention verb or 篇", q, from)
		}
	}
}

// A manner word before a verb of mentioning (明确写到) is no term: 明确 would match any report's
// 明确指标任务.
func TestMentionMannerIsNoTerm(t *testing.T) {
	for _, q := range []string{"哪些报告明确写到某项工作“全市第一”或“全市首位”?", "哪些报告专门提到了托育?"} {
		for _, term := range Analyze(q, nil).Terms {
			if strings.Contains(term.From, "明确") || strings.Contains(term.From, "专门") {
				t.Errorf("%s: term %q holds the manner word", q, term.From)
			}
		}
	}
}
