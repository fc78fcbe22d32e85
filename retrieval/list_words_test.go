package retrieval

import "testing"

// TestZhListWords: 哪几个地方, 哪几份报告, 哪几个镇, 哪里的报告 ask a list like 哪些报告 — the
// plan is an aggregate, the question words leave no term (地方, 份) that would cost a list its
// coverage, 哪几个镇 sets the level, and 几个 in them asks no figure.
func TestZhListWords(t *testing.T) {
	cases := []struct{ q, level string }{
		{"哪几个地方的报告说去年一般公共预算收入下降了?", ""},
		{"哪几份报告提到了老旧小区改造?", ""},
		{"哪里的报告提到了口袋公园?", ""},
		{"哪儿的报告写到了人才公寓?", ""},
		{"哪几个镇的报告提到了高标准农田?", "镇"},
		{"哪几个区今年计划新增学位?", "区"},
	}
	for _, c := range cases {
		p := Analyze(c.q, nil)
		if !p.Aggregate {
			t.Errorf("%s: not a list question", c.q)
		}
		if p.Level != c.level {
			t.Errorf("%s: level %q, want %q", c.q, p.Level, c.level)
		}
		if p.AsksFigure() {
			t.Errorf("%s: asks a figure", c.q)
		}
		for _, tm := range p.Terms {
			for _, w := range []string{"地方", "份", "哪", "里的", "儿的", "镇", "区"} {
				if tm.From == w {
					t.Errorf("%s: question word %q left as a term", c.q, w)
				}
			}
		}
	}
	// A count of places still asks a figure.
	if p := Analyze("哪些镇去年新增了几个口袋公园?", nil); !p.AsksFigure() {
		t.Error("几个口袋公园 no longer asks a figure")
	}
}

// TestEnNameList: "Name the towns…", "List the places…" ask a list, and the verb is no term.
func TestEnNameList(t *testing.T) {
	for _, q := range []string{"Name the towns whose reports mention talent apartments.", "List all the districts that mention pocket parks.", "Name the reports that mention the double reduction."} {
		p := Analyze(q, nil)
		if !p.Aggregate {
			t.Errorf("%s: not a list question", q)
		}
		for _, tm := range p.Terms {
			if tm.From == "name" || tm.From == "list" {
				t.Errorf("%s: list verb %q left as a term", q, tm.From)
			}
		}
	}
	if p := Analyze("What is the name of Shengze's new industrial park?", nil); p.Aggregate {
		t.Error("a question about a name became a list")
	}
}

// TestEnWhereList: "Where do the reports mention …?", "Where did towns …?" ask a list of places
// like "Which reports …?"; "where" asking one thing's place stays a lookup, and the question words
// leave no term.
func TestEnWhereList(t *testing.T) {
	for _, q := range []string{"Where do the reports mention tax and fee cuts?", "Where did towns open pocket parks last year?",
		"Where in the reports is vaccination mentioned?", "Where are districts building talent apartments?"} {
		p := Analyze(q, nil)
		if !p.Aggregate {
			t.Errorf("%s: not a list question", q)
		}
		for _, tm := range p.Terms {
			if tm.From == "where" {
				t.Errorf("%s: term %q", q, tm.From)
			}
		}
	}
	for _, q := range []string{"Where is a 500 kV substation being built?", "Where did makeshift hospitals open during covid?"} {
		if Analyze(q, nil).Aggregate {
			t.Errorf("%s: read as a list question", q)
		}
	}
}
