package answer

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
)

// TestDateLine: a "when …" question is answered by the date of the quote's clause holding the
// question's terms, in English with the original; spans of months, figures like 6·30, a year
// alone and other questions are not.
func TestDateLine(t *testing.T) {
	tests := []struct {
		name, q, quote string
		terms          []retrieval.Term
		want           string
	}{
		{"a month", "When did the granary open?", "大力发展特色种植,9月“齐都粮仓”正式开园;",
			[]retrieval.Term{term("granary", "粮仓")}, "September (9月)"},
		{"a full date", "When was the park opened?", "公园于2023年6月30日建成开放。",
			[]retrieval.Term{term("park", "公园")}, "30 June 2023 (于2023年6月30日)"},
		{"the end of a year", "By when will the line be finished?", "地铁线路2024年底建成通车。",
			[]retrieval.Term{term("line", "线路")}, "the end of 2024 (2024年底)"},
		{"since a year", "Since when has the district prepared the games?", "自2015年启动筹办工作以来,全面落实办奥理念。",
			[]retrieval.Term{term("prepared", "筹办")}, "since 2015 (自2015年)"},
		{"the end of this year", "When will the school open?", "力争今年年底前学校建成投用。",
			[]retrieval.Term{term("school", "学校")}, "by the end of this year (今年年底)"},
		{"a span of months", "When did revenue grow?", "1至9月份,全镇财政收入333万元。",
			[]retrieval.Term{term("revenue", "财政收入")}, ""},
		{"a figure like 6·30", "When were the patrols formed?", "6·30疫情期间,组建巡逻队伍49个。",
			[]retrieval.Term{term("patrols", "巡逻")}, ""},
		{"a year alone", "When did the town build the road?", "2023年建成道路5公里。",
			[]retrieval.Term{term("road", "道路")}, ""},
		{"a year asked", "In what year did the district start preparing for the games?", "自2015年启动筹办工作以来,我区2018年启动筹办。",
			[]retrieval.Term{term("preparing", "筹办")}, "since 2015 (自2015年), 2018 (2018年)"},
		{"not a when question", "What opened in September?", "9月“齐都粮仓”正式开园;",
			[]retrieval.Term{term("opened", "开园")}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts, at, ok := dateLine(enPlan(tt.q, tt.terms...), tt.quote)
			if got := strings.Join(parts, ", "); got != tt.want || ok != (tt.want != "") || len(at) != len(parts) {
				t.Errorf("dateLine = %q (ok %v), want %q", got, ok, tt.want)
			}
		})
	}
}

// TestTopRank: 前10名 is a rank, "top 10", answering a rank question.
func TestTopRank(t *testing.T) {
	a := enPlan("Where does the district's drug enforcement rank?", term("drug enforcement", "缉毒"))
	quote := "缉毒执法能力指标数位列自治区县区前10名。"
	figs := quoteFigures(a, quote)
	if len(figs) != 1 || figs[0].english(quote) != "top 10 (前10名)" {
		t.Errorf("figures %+v: want top 10 (前10名)", figs)
	}
}

// TestTimeNouns: "how many years" asks a duration, never a count in another measure word, and
// "how long" a duration whatever rate the question restates.
func TestTimeNouns(t *testing.T) {
	a := enPlan("How many years did the renovation wait before restarting?", term("renovation", "改造"))
	if figs := quoteFigures(a, "改造完成老旧小区8个。"); len(figs) != 0 {
		t.Errorf("8个 read as years: %+v", figs)
	}
	b := enPlan("How long did it take to reach a 100% pre-signing rate?", term("pre-signing", "预签约"))
	quote := "创造了化石营项目征收预签约率30天达到100%的速度。"
	figs := quoteFigures(b, quote)
	if len(figs) != 1 || figs[0].original(quote) != "30天" {
		t.Errorf("figures %+v: want 30天", figs)
	}
}

// TestRankAskEveryday: a ranking asked in everyday words ("where did … end up on the list")
// states the place as a rank, 14th place, not as a count.
func TestRankAskEveryday(t *testing.T) {
	a := enPlan("Where did Lili end up on the list of China's top 100 towns?", term("top 100 towns", "百强镇"))
	quote := "黎里镇在中国百强镇榜单中晋升至第14位。"
	figs := quoteFigures(a, quote)
	if len(figs) != 1 || figs[0].english(quote) != "14th place (第14位)" {
		t.Errorf("figures %+v: want 14th place (第14位)", figs)
	}
}
