package answer

import (
	"strings"
	"testing"
)

// qWant is a question and a text its answer must hold.
type qWant struct{ q, want string }

// wantDeclines asks each question and wants a decline (not grounded) holding its text.
func wantDeclines(t *testing.T, cases []qWant) {
	t.Helper()
	for _, c := range cases {
		ans := ask(t, c.q)
		if ans.Grounded || !strings.Contains(ans.Text, c.want) {
			t.Errorf("%s: want a decline holding %q, got:\n%s", c.q, c.want, ans.Text)
		}
	}
}

// wantAnswers asks each question and wants a grounded answer whose first line holds its text.
func wantAnswers(t *testing.T, cases []qWant) {
	t.Helper()
	for _, c := range cases {
		ans := ask(t, c.q)
		if !ans.Grounded || !strings.Contains(strings.SplitN(ans.Text, "\n", 2)[0], c.want) {
			t.Errorf("%s: want an answer holding %q, got:\n%s", c.q, c.want, ans.Text)
		}
	}
}

// TestAreaDeclines: a figure asked of a city, province or the whole country that holds the
// reports' places is declined, naming those places, not answered with a town's or district's own
// figure.
func TestAreaDeclines(t *testing.T) {
	wantDeclines(t, []qWant{
		{"What's the housing provident fund contribution rate in Suzhou right now?", "Suzhou (苏州市) as a whole; they cover places within it: Lili town (黎里镇)"},
		{"What is Jiangsu province's GDP growth target for 2023?", "Jiangsu (江苏省) as a whole"},
		{"淄博市今年固定资产投资增长目标是多少?", "报告没有给出淄博市整体的数字,只涉及其中的以下地方:齐都镇"},
		{"2023年全国GDP增长预期目标是多少?", "报告没有给出全国的数字"},
		{"How many new urban jobs were created nationwide in China last year?", "national figures for China"},
	})
}

// TestAreaNamedPlaceAnswers: a report's place named by its city and a level word, or named
// itself beside its city, is answered; so is a figure the report states of its city (全市).
func TestAreaNamedPlaceAnswers(t *testing.T) {
	wantAnswers(t, []qWant{
		{"What GDP growth target did the town in Zibo set for 2023?", "9%"},
		{"苏州的盛泽镇今年工业投资目标是多少?", "47亿元"},
		{"柳州那个区的地区生产总值占全市比重是多少?", "15.3%"},
		{"北京那个有三里屯的区今年计划竣工多少套保障性住房?", "8000套"},
		{"盘锦某区去年新建了几个高品质小区?", "个"},
		{"What share of Beijing's courier orders were kept moving during the outbreak?", "25%"},
	})
}

// TestAreaLevelDeclines: a place named by its city and a level that none of the city's reports
// has is declined, naming the city's reports, not answered from another city's report of that
// level or from the city's report of another level; a city and level a report has is answered.
func TestAreaLevelDeclines(t *testing.T) {
	wantDeclines(t, []qWant{
		{"What is the GDP growth target of the Suzhou district?", "no district of Suzhou (苏州市); within it they cover: Lili town (黎里镇)"},
		{"What is the GDP growth target of the Suzhou district?", "The closest passages (not an answer) are from 黎里镇 [1]"},
		{"苏州的那个区今年GDP增长目标是多少?", "报告中没有苏州市的区;苏州市的报告是:黎里镇"},
		{"盘锦那个镇去年规上工业增加值下降了多少?", "报告中没有盘锦市的镇"},
		{"What GDP growth target has the county in Ningde set for this year?", "no county of Ningde (宁德市)"},
	})
	wantAnswers(t, []qWant{
		{"What is the GDP growth target of the Liuzhou district?", "6.5%"},
		{"舟山的那个镇今年地方财政收入计划增长多少?", "8%以上"},
	})
}
