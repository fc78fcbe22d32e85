package answer

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// listedReports returns the report numbers an answer lists as matches (Near false).
func listedReports(ans *Answer) []int {
	var out []int
	for _, l := range ans.Listed {
		if !l.Near {
			out = append(out, l.Report)
		}
	}
	slices.Sort(out)
	return out
}

// quoteOf returns the quote of citation n.
func quoteOf(t *testing.T, ans *Answer, n int) string {
	t.Helper()
	if n < 1 || n > len(ans.Citations) {
		t.Fatalf("citation %d of %d", n, len(ans.Citations))
	}
	return ans.Citations[n-1].Quote
}

// TestRuralRevitalizationListsEveryReport: every report speaks of rural revitalization —
// 浍沟镇 under its own section heading "全面推进乡村振兴" — and each is listed with a statement
// that holds the topic (or stands under a heading that does), never a heading alone.
func TestRuralRevitalizationListsEveryReport(t *testing.T) {
	for _, q := range []string{"Which reports mention rural revitalization?", "哪些报告提到了乡村振兴?"} {
		ans := ask(t, q)
		checkQuotes(t, ans)
		if got := listedReports(ans); !slices.Equal(got, []int{1, 2, 3, 4, 5, 6, 7, 8, 9}) {
			t.Errorf("%s: listed %v, want all nine\n%s", q, got, ans.Text)
		}
		if !strings.Contains(ans.Text, "nine of nine reports") && !strings.Contains(ans.Text, "共查九份报告,其中九份") {
			t.Errorf("%s: the answer does not say how many reports were checked:\n%s", q, ans.Text)
		}
		for _, l := range ans.Listed {
			quote := quoteOf(t, ans, l.Cite)
			line := ""
			for _, s := range strings.Split(ans.Text, "\n") {
				if strings.Contains(s, "["+itoa(l.Cite)+"]") {
					line = s
				}
			}
			if !strings.Contains(line, "乡村振兴") {
				t.Errorf("%s: %s is listed without the topic: %q", q, l.Entity, line)
			}
			if utf8.RuneCountInString(quote) < 20 || slices.Contains([]string{"全面激发乡村振兴活力。", "助力乡村振兴。", "加速乡村振兴。"}, quote) {
				t.Errorf("%s: %s quotes a heading: %q", q, l.Entity, quote)
			}
		}
	}
}

// TestQuoteIsAStatement: a heading ("一是渔业产业质效提升。") is quoted with the statement after
// it, and a long sentence is not cut to a clause ("…一年来").
func TestQuoteIsAStatement(t *testing.T) {
	tests := []struct{ q, want, not string }{
		{"How did Shacheng's fishery industry do?", "深海养殖规模不断扩大", ""},
		{"沙埕镇渔业产业质效提升情况如何?", "深海养殖规模不断扩大", ""},
		{"岱西镇如何应对疫情防控的严峻形势和经济下行压力?", "坚强领导下", "一年来"},
	}
	for _, tt := range tests {
		ans := ask(t, tt.q)
		checkQuotes(t, ans)
		quote := quoteOf(t, ans, 1)
		if !strings.Contains(quote, tt.want) || tt.not != "" && strings.HasSuffix(quote, tt.not) {
			t.Errorf("%s: quote %q, want a statement with %q", tt.q, quote, tt.want)
		}
	}
}

// TestHowManyQuotesTheFigure: for how-much / how-many questions the quote states the figure
// asked for, although another sentence matches the question's words better.
func TestHowManyQuotesTheFigure(t *testing.T) {
	tests := []struct{ q, figure string }{
		{"盘锦的那个区化解了多少政府存量债务?", "9.59亿元"},
		{"How much outstanding government debt did the Panjin district pay down last year?", "9.59亿元"},
		{"What was the Guangxi district's GDP in 2023?", "426.82亿元"},
		{"How many government service items can be applied for online in the Liuzhou district?", "715项"},
	}
	for _, tt := range tests {
		ans := ask(t, tt.q)
		checkQuotes(t, ans)
		if quote := quoteOf(t, ans, 1); !strings.Contains(quote, tt.figure) {
			t.Errorf("%s: quote %q, want the figure %s", tt.q, quote, tt.figure)
		}
	}
}

// TestListKeepsReportsWithoutFacts: a list built from the facts table keeps a report whose
// statement was retrieved but not extracted as a fact row (齐都镇: "一般公共预算收入下降幅度较大"),
// with its quote; reports whose figures miss stay near misses.
func TestListKeepsReportsWithoutFacts(t *testing.T) {
	ans := ask(t, "哪些报告里2023年财政收入是下降的?")
	checkQuotes(t, ans)
	if got := listedReports(ans); !slices.Equal(got, []int{1, 4, 7, 9}) {
		t.Fatalf("listed %v, want [1 4 7 9]\n%s", got, ans.Text)
	}
	for _, l := range ans.Listed {
		if l.Report == 7 && !strings.Contains(quoteOf(t, ans, l.Cite), "下降幅度较大") {
			t.Errorf("齐都镇 quoted %q", quoteOf(t, ans, l.Cite))
		}
		if l.Near && l.Report == 7 {
			t.Errorf("齐都镇 is a near miss")
		}
	}
	if !slices.ContainsFunc(ans.Listed, func(l Listed) bool { return l.Near }) {
		t.Errorf("no near misses listed:\n%s", ans.Text)
	}
}

// TestListedMatchesText holds Listed to the answer's lines: every listed report is named on a
// line with its citation.
func TestListedMatchesText(t *testing.T) {
	for _, q := range []string{"Which towns target 10% revenue growth?", "哪些报告提到了老旧小区改造?", "Which reports set a growth target for retail sales of consumer goods?"} {
		ans := ask(t, q)
		if len(ans.Listed) == 0 {
			t.Errorf("%s: nothing listed\n%s", q, ans.Text)
		}
		for _, l := range ans.Listed {
			if l.Cite < 1 || l.Cite > len(ans.Citations) || !strings.Contains(ans.Text, "["+itoa(l.Cite)+"]") {
				t.Errorf("%s: %s cites [%d], not in the answer\n%s", q, l.Entity, l.Cite, ans.Text)
			}
			if c := ans.Citations[l.Cite-1]; c.Report != l.Report {
				t.Errorf("%s: %s cites [%d] of report %d", q, l.Entity, l.Cite, c.Report)
			}
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// checkQuotes checks that citations are numbered from 1 and that every quote is verbatim in its
// passage (the part of checkCitations that does not depend on how reports are labelled).
func checkQuotes(t *testing.T, ans *Answer) {
	t.Helper()
	for i, c := range ans.Citations {
		if c.N != i+1 {
			t.Errorf("citation %d numbered %d", i+1, c.N)
		}
		if c.Quote != "" && !strings.Contains(c.Text, c.Quote) {
			t.Errorf("citation %d quote %q is not in its passage", c.N, c.Quote)
		}
	}
	for _, p := range Verify(ans.Text, ans.Citations) {
		if strings.Contains(p, "quotation") {
			t.Errorf("the answer misquotes: %s\n%s", p, ans.Text)
		}
	}
}

// TestListNeedsTheTopic: a report is listed only when its quote holds the topic, not when it
// shares generic words with the question (浍沟镇's clause on epidemic policy, "常态化防控…网格化
// 管理体系", is no evidence for 常态化管理).
func TestListNeedsTheTopic(t *testing.T) {
	ans := ask(t, "哪些报告提到了常态化管理?")
	checkQuotes(t, ans)
	for _, l := range ans.Listed {
		if quote := quoteOf(t, ans, l.Cite); strings.Contains(quote, "疫情") {
			t.Errorf("%s listed with an epidemic clause: %q", l.Entity, quote)
		}
	}
	if got := listedReports(ans); !slices.Contains(got, 4) {
		t.Errorf("listed %v, want the Beijing district's 健全常态化管理机制\n%s", got, ans.Text)
	}
}
