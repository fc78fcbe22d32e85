package answer

import (
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/retrieval"
)

// TestListsMagnitudeAsksFigure: a list question that asks which figure is bigger compares
// figures: a report that speaks of jobs but states no jobs figure in the clause that names them
// (黎里镇's 重点群体就业创业 before 新增入驻机构不少于20家) is a near miss; one whose figure is
// last year's result (柳州's district) is not this year's target; 盛泽镇 is quoted for its own
// 省级“专精特新”企业14家, not for the figure of the sentence after another statement.
func TestListsMagnitudeAsksFigure(t *testing.T) {
	checkListed(t, []listCase{
		{"Which reports give a jobs target for this year, and which is the biggest?", []int{1, 4}},
		{"哪些报告提到了今年的就业目标?哪个更多?", []int{1, 4}},
	})
	ans := ask(t, "Which towns say how many provincial 专精特新 enterprises they added last year, and which added more?")
	if !strings.Contains(ans.Text, "14家") {
		t.Errorf("盛泽镇 not quoted for its 14家:\n%s", ans.Text)
	}
}

// TestStatesTermFigure: the figure must stand in a clause that names the question's term; a
// quote that never names it is held to any figure.
func TestStatesTermFigure(t *testing.T) {
	p := retrieval.Plan{Terms: []retrieval.Term{{From: "jobs", Variants: []string{"就业"}, Weight: 1}, {From: "target", Variants: []string{"目标"}, Weight: 0.3}}}
	tests := []struct {
		quote string
		want  bool
	}{
		{"突出抓好高校毕业生、退役军人、农民工等重点群体就业创业。擦亮“汾湖人社”品牌,新增入驻机构不少于20家。", false},
		{"城镇调查失业率控制在5.5%以内,新增就业5300人以上,居民收入稳步增长。", true},
		{"目标是新增入驻机构不少于20家。", true},
	}
	for _, tt := range tests {
		if got := statesTermFigure(p, tt.quote); got != tt.want {
			t.Errorf("statesTermFigure(%q) = %v, want %v", tt.quote, got, tt.want)
		}
	}
}

// TestListsHeadWording: a rendering that is the head of the first (合作社 of 农民专业合作社) names
// the topic: 浍沟镇's 村党组织领办合作社 speaks of farmers' cooperatives.
func TestListsHeadWording(t *testing.T) {
	checkListed(t, []listCase{{"Which reports talk about farmers' cooperatives?", []int{3, 5, 7}}})
}

// TestListsShortenedTopic: a report that writes the topic shortened as a word of its own speaks
// of it (北京's district 新生违建, 盛泽镇 农村违建整治 for 违法建设); 违法建设 is no generic head
// after 违法 ("illegal": 严厉打击各类违法犯罪 is not illegal construction).
func TestListsShortenedTopic(t *testing.T) {
	checkListed(t, []listCase{{"哪些报告提到了整治违法建设?", []int{4, 5, 9}}})
}

// TestListsLongTopicHead: a long topic is spoken of by its head where few reports hold it
// (浍沟镇's 办理优待证543个 for 退役军人优待证; 浍沟镇's 领办合作社 for 农民专业合作社); 创建 before a
// topic is a generic verb (创建全国文明城市: 岱西镇's 全国县级文明城市创建工作).
func TestListsLongTopicHead(t *testing.T) {
	checkListed(t, []listCase{
		{"哪些报告谈到办理退役军人优待证?", []int{3, 6, 9}},
		{"哪些报告提到了农民专业合作社?", []int{3, 5, 7}},
	})
	ans := ask(t, "哪些报告提到了创建全国文明城市?")
	if got := listedReports(ans); !slices.Contains(got, 6) {
		t.Errorf("listed %v, want 岱西镇 (6) among them", got)
	}
}

// TestListsPlaceAmongTopics: a place named beside other topics ("Taiwan-related work (对台, 侨台
// or 台港澳)") is one of the topics: the list checks every report, not only the one that names
// 台湾 (沙埕镇's 台湾街).
func TestListsPlaceAmongTopics(t *testing.T) {
	checkListed(t, []listCase{{"Which reports talk about Taiwan-related work (对台, 侨台 or 台港澳)?", []int{4, 6, 8}}})
}

// TestSameUnitEnglish: a threshold in kilometres is met by a length, not by a count (146条).
func TestSameUnitEnglish(t *testing.T) {
	n := retrieval.Number{Text: "100 kilometres", Value: 100}
	for _, tt := range []struct {
		text string
		want bool
	}{{"维修改造农村公路157公里", true}, {"中小沟疏浚146条", false}} {
		vs := num.Find(tt.text)
		if len(vs) != 1 {
			t.Fatalf("num.Find(%s) = %v", tt.text, vs)
		}
		if got, _, _ := n.Measures(vs[0]); got != tt.want {
			t.Errorf("Measures(100 kilometres, %s) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestListsScopeLeftOut: a report that leaves out the topic's area speaks of it (北京's district:
// 人居环境更加整洁优美 for 改善农村人居环境); 改善 before a topic is a generic verb.
func TestListsScopeLeftOut(t *testing.T) {
	checkListed(t, []listCase{{"哪些报告提到了改善农村人居环境?", []int{1, 3, 4, 5, 6, 7, 8, 9}}})
}
