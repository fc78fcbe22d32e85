package answer

import (
	"slices"
	"strings"
	"testing"
)

// TestListsByGeneralRules: list questions whose evidence is worded otherwise than the question
// — a generic noun after the topic (扫黑除恶工作), alternatives joined by 或, a verb of asking
// glued to the topic (提出…), a town-level question (哪些镇…) — list exactly the reports that
// speak of the topic (checked by grep across the nine reports).
func TestListsByGeneralRules(t *testing.T) {
	tests := []struct {
		q    string
		want []int
	}{
		{"哪些报告提到了扫黑除恶工作?", []int{3, 6, 7, 8, 9}},
		{"哪些报告提到了河长制或田长制?", []int{1, 2, 3, 9}},
		{"哪些报告提出居民收入与经济增长同步?", []int{1, 2, 4, 9}},
		{"哪些镇新增了多少家专精特新企业?", []int{2, 5}},
		{"Which reports mention childcare (托育)?", []int{2, 9}},
		// An indicator stated without a figure (黎里镇: 进出口总额保持稳定) is a mention.
		{"哪些报告提到了进出口总额?", []int{1, 2, 4, 5}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			ans := ask(t, tt.q)
			checkQuotes(t, ans)
			if got := listedReports(ans); !slices.Equal(got, tt.want) {
				t.Errorf("listed %v, want %v\n%s", got, tt.want, ans.Text)
			}
		})
	}
}

// TestListAskingForAFigureNamesNearMisses: a list question that asks how many lists a report
// whose statement on the topic has no figure as a near miss, not as a match (齐都镇's
// 专精特新 statement is an award, not a count).
func TestListAskingForAFigureNamesNearMisses(t *testing.T) {
	ans := ask(t, "Which towns report how many 专精特新 enterprises they added last year?")
	if got := listedReports(ans); !slices.Equal(got, []int{2, 5}) {
		t.Errorf("listed %v, want [2 5]\n%s", got, ans.Text)
	}
	for _, l := range ans.Listed {
		if l.Report == 7 && !l.Near {
			t.Errorf("齐都镇 listed as a match:\n%s", ans.Text)
		}
	}
	if strings.Contains(ans.Text, "齐都镇") && !strings.Contains(ans.Text, "without the figure asked for") {
		t.Errorf("齐都镇 shown without the near-miss label:\n%s", ans.Text)
	}
}

// TestListOfATopicNoReportSpeaksOf: a list question whose topic no report speaks of says so
// and is not grounded, instead of quoting a passage about something else (体育服务, 公园).
func TestListOfATopicNoReportSpeaksOf(t *testing.T) {
	ans := ask(t, "哪些报告提到了体育公园?")
	if ans.Grounded || !strings.Contains(ans.Text, "都没有谈到这一点") || len(listedReports(ans)) > 0 {
		t.Errorf("grounded %v, listed %v; want a decline:\n%s", ans.Grounded, listedReports(ans), ans.Text)
	}
	checkCitations(t, ans)
}

// TestListOfAServiceSpokenOfWithoutTheWord: 托育服务 is spoken of as 普惠性托育机构 (黎里镇) and
// 普惠托育托位 (柳州's district), never as 托育服务; 盛泽镇's 体育服务综合体 is not about it.
func TestListOfAServiceSpokenOfWithoutTheWord(t *testing.T) {
	ans := ask(t, "哪些报告提到了托育服务?")
	if got := listedReports(ans); !slices.Equal(got, []int{2, 9}) {
		t.Errorf("listed %v, want [2 9]\n%s", got, ans.Text)
	}
	checkQuotes(t, ans)
}
