package retrieval_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// TestAnalyzeReadsComparisonWords: the words that ask for a comparison set Plan.Compare and are
// not search terms (相比 would otherwise be a subject no report mentions); questions that do not
// compare keep Compare false.
func TestAnalyzeReadsComparisonWords(t *testing.T) {
	ix := retrievaltest.Index(t)
	for _, q := range []string{
		"盛泽镇和黎里镇的一般公共预算收入谁多?",
		"黎里镇与盛泽镇相比,工业投资哪个高?",
		"盛泽镇、黎里镇的工业投资分别是多少?",
		"比较一下盛泽镇和齐都镇的地区生产总值增长目标。",
		"盛泽镇和齐都镇谁的地区生产总值增长目标更高?",
		"Compare the GDP growth targets of Shengze and Lili",
		"Shengze vs Qidu: fiscal revenue",
		"Which is higher, Shengze's or Lili's industrial investment?",
		"Shengze or Qidu: which grew fiscal revenue faster?",
		"How did fixed-asset investment growth differ between Shengze and Lili?",
		"盛泽镇与黎里镇的工业投资孰高?",
		"盛泽镇和黎里镇的工业投资相差多少?",
		"盛泽镇和黎里镇的工业投资差距有多大?",
	} {
		p := retrieval.Analyze(q, ix)
		if !p.Compare {
			t.Errorf("%q: not read as comparing", q)
		}
		for _, term := range p.Terms {
			for _, w := range []string{"相比", "谁", "孰", "相差", "差距", "更高", "哪个", "比较", "faster", "higher", "compare", "vs", "differ"} {
				if strings.Contains(term.From, w) {
					t.Errorf("%q: the comparison word %q is a search term (%+v)", q, w, term)
				}
			}
		}
		for _, w := range p.Untranslated {
			t.Errorf("%q: %q untranslated", q, w)
		}
	}
	for _, q := range []string{"盛泽镇2023年地区生产总值增长目标是多少?", "What is Shengze's GDP growth target?", "高标准农田建设了多少亩?"} {
		if p := retrieval.Analyze(q, ix); p.Compare {
			t.Errorf("%q: read as comparing", q)
		}
	}
	// A gap about one place is its subject, not a comparison's word.
	p := retrieval.Analyze("盛泽镇城乡收入差距缩小了吗?", ix)
	if !slices.ContainsFunc(p.Terms, func(t retrieval.Term) bool { return strings.Contains(t.From, "差距") }) {
		t.Errorf("one place's 差距 is no longer a term: %+v", p.Terms)
	}
}

// TestComparisonWordOpensPhrase: a comparison word that opens a longer phrase of the lexicon is
// content, not the planner's ("higher education" is 高等教育/高教, not "higher").
func TestComparisonWordOpensPhrase(t *testing.T) {
	ix := retrievaltest.Index(t)
	p := retrieval.Analyze("Which reports mention higher education?", ix)
	if !p.Compare {
		t.Fatalf("'which' no longer reads as a comparison word; this test needs another question")
	}
	found := false
	for _, e := range p.English {
		found = found || strings.Contains(e.Text, "higher education")
	}
	if !found {
		t.Errorf("'higher education' is not translated as one phrase: %+v", p.English)
	}
}
