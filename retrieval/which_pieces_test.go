package retrieval

import (
	"slices"
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
