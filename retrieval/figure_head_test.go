package retrieval

import (
	"strings"
	"testing"
)

// TestDurationIsNoCount: a number followed by a unit of time (15分钟) is no count of the things
// a how-many question asks about; it answers a question that counts units of time.
func TestDurationIsNoCount(t *testing.T) {
	text := "“15分钟养老服务圈”基本形成。"
	p := Plan{Lang: "en", Norm: "how many elderly care facilities did shengze add last year?", Terms: []Term{
		{From: "elderly care", Variants: []string{"养老服务", "养老"}, Weight: 1},
		{From: "facilities", Variants: []string{"设施"}, Weight: 1},
	}}
	if has, fits := wantFigure(p).fit(text); !has || fits {
		t.Errorf("fit(%q) = %v, %v; want true, false", text, has, fits)
	}
	p.Norm = "how many minutes does the elderly care circle take to reach?"
	if _, fits := wantFigure(p).fit(text); !fits {
		t.Errorf("15分钟 does not answer how many minutes")
	}
	zhq := Plan{Lang: "zh", Norm: "企业开办需要几个工作日?"}
	if _, fits := wantFigure(zhq).fit("企业开办实现0.5个工作日办结。"); !fits {
		t.Errorf("0.5个工作日 does not answer 几个工作日")
	}
	zhq.Norm = "新增了多少个养老服务设施?"
	if _, fits := wantFigure(zhq).fit("服务时间延长3个月。"); fits {
		t.Errorf("3个月 answers 多少个养老服务设施")
	}
}

// TestZhCountedNoun: a Chinese question counts the noun it puts after 多少 and its measure word
// (多少件人大代表建议): a count of other things beside its verb (办理…便民服务事项1887件) does not
// name it.
func TestZhCountedNoun(t *testing.T) {
	p := Plan{Lang: "zh", Norm: "沙埕镇去年办理了多少件人大代表建议?", Terms: []Term{
		{From: "办理", Variants: []string{"办理"}, Weight: 1},
		{From: "件人大代表建议", Variants: []string{"件人大代表建议"}, Weight: 1},
	}}
	noun, checked, named := FigureNamed(p, "坚持“群众利益无小事”原则,全年办理各种便民服务事项1887件。")
	if noun != "人大代表建议" || !checked || named {
		t.Errorf("FigureNamed = %q, %v, %v; want 人大代表建议, true, false", noun, checked, named)
	}
	if _, _, named := FigureNamed(p, "认真办理人大代表建议20件,政协委员提案4件。"); !named {
		t.Errorf("建议20件 does not name the count")
	}
	// A question with no term after its question word keeps reading its terms.
	p = Plan{Lang: "zh", Norm: "互花米草除治面积有多大?", Terms: []Term{
		{From: "互花米草除治面积有多大", Variants: []string{"互花米草除治面积"}, Weight: 1},
	}}
	if _, _, named := FigureNamed(p, "圆满完成互花米草除治攻坚任务,除治面积达681亩。"); !named {
		t.Errorf("除治面积达681亩 is not named")
	}
}

// TestHeadCounted: the head of a how-many noun phrase is its last word ("how many routine
// prevention measures" counts measures); a count followed in its clause by a wording of it
// counts it, whatever the lexicon's confidence; so does one followed by two of the question's
// words. A number in a name (温馨772商业综合体) counts nothing.
func TestHeadCounted(t *testing.T) {
	p := Plan{Lang: "en", Norm: "huigou's covid plan for this year — how many routine prevention measures?", Terms: []Term{
		{From: "covid", Variants: []string{"疫情"}, Weight: 1},
		{From: "routine", Variants: []string{"常规"}, Weight: 0.6, Lexical: []float64{0.12}},
		{From: "prevention", Variants: []string{"防灾", "防治"}, Weight: 0.18, Lexical: []float64{0.03}},
		{From: "measures", Variants: []string{"措施", "举措"}, Weight: 0.33, Lexical: []float64{0.09}},
	}}
	if got := enHeadNoun(p.Norm); got != "measures" {
		t.Errorf("enHeadNoun = %q; want measures", got)
	}
	if _, _, named := FigureNamed(p, "严格落实常态化防控20条措施,持续做好常态化疫情防控工作。"); !named {
		t.Errorf("20条措施 does not name the measures")
	}
	if !CountAnswers(p, "严格落实常态化防控20条措施。") || CountAnswers(p, "开展培训19次。") {
		t.Errorf("CountAnswers wrong")
	}
	p = Plan{Lang: "en", Norm: "how many model streets with fine-grained management did lili build last year?", Terms: []Term{
		{From: "street", Variants: []string{"街道"}, Weight: 1},
		{From: "fine", Variants: []string{"精细"}, Weight: 0.4, Lexical: []float64{0.1}},
		{From: "management", Variants: []string{"管理"}, Weight: 1},
	}}
	if enHeadNoun(p.Norm) != "" {
		t.Errorf("a two-word noun phrase has a head beyond it")
	}
	if !CountAnswers(p, "建成10条精细化管理样板路。") {
		t.Errorf("10条精细化管理样板路 does not count what is asked")
	}
	p = Plan{Lang: "en", Norm: "how many reading promotion events is the district planning?", Terms: []Term{
		{From: "promotion", Variants: []string{"招商"}, Weight: 0.3, Lexical: []float64{0.1}},
		{From: "events", Variants: []string{"项目"}, Weight: 0.21, Lexical: []float64{0.21}},
	}}
	if CountAnswers(p, "重点推动温馨772商业综合体、京东酒店等项目招商进驻。") {
		t.Errorf("772 of a name counts what is asked")
	}
}

// TestHeadBeforeCount: a count written after its noun (群众诉求95件) or in the noun's own measure
// word (出动人员3500余人次 for "person-times") counts it, however short the asked noun phrase; a
// weak guess of the lexicon for the noun (events → 项目) does not make a count of projects one
// of events.
func TestHeadBeforeCount(t *testing.T) {
	p := Plan{Lang: "en", Norm: "how many citizen requests had shacheng taken in through the 12345 platform?", Terms: []Term{
		{From: "requests", Variants: []string{"要求", "诉求"}, Weight: 0.4},
	}}
	if !CountAnswers(p, "至目前,共受理12345平台群众诉求95件,持续跟踪督办。") {
		t.Errorf("群众诉求95件 does not count the requests")
	}
	if CountAnswers(p, "至目前,共办理便民服务事项1887件。") {
		t.Errorf("1887件 of other matters counts the requests")
	}
	p = Plan{Lang: "en", Norm: "how many person-times did qidu mobilise for its environment clean-up?", Terms: []Term{
		{From: "person-times", Variants: []string{"人次"}, Weight: 1},
	}}
	if !CountAnswers(p, "组织实施清脏治乱提绿活动140余次,出动人员3500余人次。") {
		t.Errorf("3500余人次 does not count person-times")
	}
	p = Plan{Lang: "en", Norm: "how many reading promotion events is the district planning?", Terms: []Term{
		{From: "events", Variants: []string{"项目", "事件"}, Weight: 0.21},
	}}
	if CountAnswers(p, "计划实施中小学、幼儿园新建改建项目9个。") {
		t.Errorf("项目9个 counts the events on a weak guess")
	}
}

// TestGroupsAreNoPeople: a question counting teams is not answered by a count of people
// (8.4万名医护人员); a count in 支, the measure word of teams, counts them.
func TestGroupsAreNoPeople(t *testing.T) {
	p := Plan{Lang: "en", Norm: "how many emergency teams were on duty in the district?", Terms: []Term{
		{From: "emergency", Variants: []string{"应急"}, Weight: 1},
		{From: "teams", Variants: []string{"团队"}, Weight: 0.33, Lexical: []float64{0.08}},
	}}
	w := wantFigure(p)
	if _, fits := w.fit("8.4万名医护人员、公安干警冲锋在前。"); fits {
		t.Errorf("8.4万名 answers how many teams")
	}
	if _, fits := w.fit("67支应急队伍全天候备勤。"); !fits {
		t.Errorf("67支 does not answer how many teams")
	}
	if !CountAnswers(p, "67支应急队伍全天候备勤。") {
		t.Errorf("67支应急队伍 does not count the teams")
	}
	// A noun formed with a group's character (专班, 工作组) counts groups too.
	p = Plan{Lang: "en", Norm: "how many task forces did the district set up against covid?", Terms: []Term{
		{From: "covid", Variants: []string{"疫情"}, Weight: 1},
		{From: "task forces", Variants: []string{"工作队", "工作组"}, Weight: 1},
	}}
	if _, _, named := FigureNamed(p, "输入式疫情发生后,各级指挥体系迅速激活,14个工作专班有序运转。"); !named {
		t.Errorf("14个工作专班 does not count task forces")
	}
	if _, _, named := FigureNamed(p, "输入式疫情发生后,设置防疫执勤点20个。"); named {
		t.Errorf("执勤点20个 counts task forces")
	}
	p.Norm = "how many medical workers were on duty in the district?"
	if _, fits := wantFigure(p).fit("8.4万名医护人员冲锋在前。"); !fits {
		t.Errorf("8.4万名 does not answer how many workers")
	}
}

// TestWhereAsksNoIndicator: a question asking where (or who) names an indicator's word as a
// topic ("Where can visitors try a tea experience?": visitors → 接待游客); it is not held to
// the reports stating the indicator.
func TestWhereAsksNoIndicator(t *testing.T) {
	p := Plan{Lang: "en", Norm: "where can visitors try a tea experience in qidu?", Indicators: []string{"接待游客"}}
	if _, ok := (&Index{}).indicatorConstraint(p, nil, nil, nil); ok {
		t.Errorf("a where question is held to the indicator")
	}
	for q, want := range map[string]bool{
		"where can visitors try a tea experience in qidu?": true,
		"who runs the visitor centre?":                     true,
		"游客可以在哪里体验茶文化?":                                    true,
		"how many visitors did qidu receive last year?":    false,
		"nowhere else?": false,
	} {
		if got := asksPlace(Plan{Norm: q}); got != want {
			t.Errorf("asksPlace(%q) = %v; want %v", q, got, want)
		}
	}
}

// TestTimeCountWantsTime: a question counting units of time ("once in how many years") is
// answered by a span of time (70年未遇), not by a count of people nor by a year's date.
func TestTimeCountWantsTime(t *testing.T) {
	w := wantFigure(Plan{Lang: "en", Norm: "how bad was the flood threat — once in how many years?"})
	if _, fits := w.fit("东部大辽河遭遇了70年未遇的洪峰威胁。"); !fits {
		t.Errorf("70年 does not answer how many years")
	}
	if _, fits := w.fit("组织沿河镇街2000余名干部群众昼夜坚守。"); fits {
		t.Errorf("2000余名 answers how many years")
	}
	if _, fits := w.fit("2023年7月,洪峰过境。"); fits {
		t.Errorf("2023年 answers how many years")
	}
}

// TestZhHowLong: 多久 and 多长时间 ask a duration: a number of time units answers (0.5个工作日),
// a count of other things does not (2921起), and the question words are no term.
func TestZhHowLong(t *testing.T) {
	for _, q := range []string{"盛泽镇企业开办要多久办结?", "盛泽镇企业开办需要多长时间?"} {
		asks, fits := AskedFigure(Analyze(q, nil))
		if !asks {
			t.Fatalf("%s asks no figure", q)
		}
		fit := func(text string) bool {
			for _, v := range figures(text) {
				if fits[0](text, v) {
					return true
				}
			}
			return false
		}
		if !fit("企业开办实现0.5个工作日办结完成率92%。") {
			t.Errorf("%s: 0.5个工作日 does not fit", q)
		}
		if fit("信访交办事项全部办结,成功调解纠纷2921起。") {
			t.Errorf("%s: 2921起 fits a duration question", q)
		}
		for _, term := range Analyze(q, nil).Terms {
			if strings.Contains(term.From, "多久") || strings.Contains(term.From, "时间") {
				t.Errorf("%s: term %q", q, term.From)
			}
		}
	}
}

// TestZhCountedPivot: a Chinese question's counted noun that the text writes in its own word
// with a character of the asker's (案子 as 立案, 小册子 as 手册) names the count beside it; a word
// of the same sense that shares no character (乔木 "tree" for 果树 "fruit tree") counts the
// report's wider thing and names nothing.
func TestZhCountedPivot(t *testing.T) {
	for _, tc := range []struct {
		q, term, text string
		want          bool
	}{
		{"岱西镇执法队一年办了多少起案子?", "案子", "镇综合执法队全年立案26起,承接省级下放执法事权247项。", true},
		{"岱西镇发了多少宣传小册子?", "宣传小册子", "发放宣传手册2万余份,清理垃圾约4500吨。", true},
		{"齐都镇去年栽了多少棵果树?", "果树", "绿化提升有序开展,栽植乔木2500余株,花灌木1.5万余株。", false},
	} {
		p := Plan{Lang: "zh", Norm: tc.q, Terms: []Term{{From: tc.term, Variants: []string{tc.term}, Weight: 1}}}
		if _, _, named := FigureNamed(p, tc.text); named != tc.want {
			t.Errorf("FigureNamed(%s, %s) named = %v, want %v", tc.q, tc.text, named, tc.want)
		}
	}
}
