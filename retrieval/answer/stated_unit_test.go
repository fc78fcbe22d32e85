package answer

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/retrieval"
)

// TestUnitDeclines: a figure asked in tonnes of a report that states no tonnage for it declines,
// saying so and quoting the closest statement; a tonnage that is stated still answers.
func TestUnitDeclines(t *testing.T) {
	ans := ask(t, "How many tonnes of aquaculture output did Shacheng produce last year?")
	if ans.Grounded || !strings.Contains(ans.Text, "no figure in tonnes") {
		t.Errorf("not declined for the unit:\n%s", ans.Text)
	}
	checkCitations(t, ans)
	ans = ask(t, "How many tonnes of garbage did Daixi clear last year?")
	if !ans.Grounded || !strings.Contains(ans.Text, "4,500 tonnes") {
		t.Errorf("not answered:\n%s", ans.Text)
	}
}

// TestScopeSaysAgrees: the decline's subject and verb agree — one report states, the reports
// state — and the subject is capitalised.
func TestScopeSaysAgrees(t *testing.T) {
	a := retrieval.Plan{Lang: "en"}
	k := corpus.ReportKey{Source: "r.txt", Report: 5}
	one := retrieval.Result{Scope: []corpus.ReportKey{k}, Reports: map[corpus.ReportKey]corpus.Report{k: {Entity: "盛泽镇", Level: "镇"}}}
	if got := scopeSays(a, one, "states X", "state X"); !strings.HasPrefix(got, "The report of ") || !strings.HasSuffix(got, " states X") {
		t.Errorf("one report: %q", got)
	}
	if got := scopeSays(a, retrieval.Result{}, "states X", "state X"); got != "The reports state X" {
		t.Errorf("the reports: %q", got)
	}
}

// TestDeclineOnce: a decline that quotes its evidence ([1]) names no closest passages besides,
// one that quotes none does, and no frame note survives the decline.
func TestDeclineOnce(t *testing.T) {
	a := retrieval.Plan{Lang: "en"}
	ans := &Answer{Citations: []Citation{{}}, Note: "a frame note", Grounded: true}
	decline(a, ans, "The report states X: “…”[1]")
	if strings.Contains(ans.Text, "closest passages") || ans.Note != "" || ans.Grounded {
		t.Errorf("quoted decline: %+v", ans)
	}
	decline(a, ans, "The reports do not mention X.")
	if !strings.Contains(ans.Text, "closest passages") {
		t.Errorf("unquoted decline names no closest passages: %q", ans.Text)
	}
}
