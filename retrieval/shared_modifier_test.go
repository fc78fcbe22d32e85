package retrieval

import (
	"slices"
	"strings"
	"testing"
)

// A list's first item may open with a modifier that its later items share: 生产安全事故起数、
// 死亡人数 speaks of 事故死亡人数; a text whose list does not end in the rest does not.
func TestTopicSharedModifier(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       bool
	}{
		{"生产安全事故起数、死亡人数分别下降23.5%、30.4%。", "事故死亡人数", true},
		{"交通亡人事故起数、死亡人数分别下降23.33%和16.13%。", "事故死亡人数", true},
		{"生产安全事故起数和死亡人数双下降。", "事故死亡人数", true},
		{"全年火灾事故起数下降9.3%,死亡率下降。", "事故死亡人数", false},
	} {
		if got := holdsTopic(normalize(c.text), c.word); got != c.want {
			t.Errorf("holdsTopic(%q, %q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
}

// A Chinese list question about falls keeps the fall out of its topic: 事故起数下降 is no
// passage's word, 事故起数 is, and the fall is checked per passage (Plan.Decline).
func TestFallVerbsCut(t *testing.T) {
	p := Analyze("哪些报告说去年事故起数下降了?", nil)
	if !p.Decline {
		t.Fatal("a question about falls not read as one")
	}
	var topic bool
	for _, term := range p.Terms {
		if term.From == "事故起数下降" {
			t.Errorf("the fall verb is part of the topic: %+v", p.Terms)
		}
		topic = topic || term.From == "事故起数"
	}
	if !topic {
		t.Errorf("no topic 事故起数 in %+v", p.Terms)
	}
	if l := Analyze("事故起数下降了多少?", nil); !slices.ContainsFunc(l.Terms, func(t Term) bool { return strings.HasPrefix(t.From, "事故起数下降") }) {
		t.Errorf("a lookup lost its fall verb: %+v", l.Terms)
	}
}

// A verb of occurrence before the fall (出现了下降, 有所减少) is no term: no passage's fall holds
// it (一般公共预算收入下降幅度较大), and with it no report's sentence covers the question.
func TestFallOccursCut(t *testing.T) {
	for _, q := range []string{"哪些报告去年的一般公共预算收入出现了下降?", "哪些报告的交通事故起数有所减少?"} {
		p := Analyze(q, nil)
		if !p.Decline {
			t.Errorf("%s: not read as a question about falls", q)
		}
		for _, term := range p.Terms {
			if strings.Contains(term.From, "出现") || strings.Contains(term.From, "有所") {
				t.Errorf("%s: the verb of occurrence is a term: %+v", q, p.Terms)
			}
		}
	}
}
