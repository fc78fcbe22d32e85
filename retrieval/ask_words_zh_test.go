package retrieval

import (
	"slices"
	"strings"
	"testing"
)

// termFroms returns the From of every full-weight term of a Chinese question analysed without
// a vocabulary.
func termFroms(q string) []string {
	var out []string
	for _, t := range Analyze(q, nil).Terms {
		if t.Weight >= 1 {
			out = append(out, t.From)
		}
	}
	return out
}

// TestZhAskWordsAreNoTerms: verbs of wishing and adverbs of totalling ask; they neither stand as
// terms of their own nor join the words beside them into one (希望, 共投 of 一共投了).
func TestZhAskWordsAreNoTerms(t *testing.T) {
	for q, bad := range map[string][]string{
		"浍沟镇希望今年有多少个行政村集体经济收入超过20万元?": {"希望"},
		"齐都镇“三网下地”改造一共投了多少钱?":         {"改造一共投", "一共投"},
		"某镇总共出动了多少人次?":                {"总共出动", "总共"},
		"那个镇期望明年游客达到多少?":              {"期望"},
		"北京那个区今年想把普惠性幼儿园覆盖率提到多少?":     {"想把普惠性幼儿园覆盖率提到", "想"},
	} {
		got := termFroms(q)
		for _, b := range bad {
			if slices.Contains(got, b) {
				t.Errorf("terms of %q = %q; want no %q", q, got, b)
			}
		}
	}
}

// TestZhWishAsksTarget: a verb of wishing asks for a target, even without a year.
func TestZhWishAsksTarget(t *testing.T) {
	for _, q := range []string{"浍沟镇希望有多少个行政村集体经济收入超过20万元?", "那个区想把覆盖率提到多少?", "盛泽期望高企数达到多少家?"} {
		if got := zhIntent(q, relativeYear(q)); got != IntentTarget {
			t.Errorf("zhIntent(%q) = %q; want %q", q, got, IntentTarget)
		}
	}
}

// TestZhHowManyTakesWholeMeasure: a measure word of two characters after 多少 goes with it,
// leaving the counted noun alone (剂次新冠疫苗 → 新冠疫苗).
func TestZhHowManyTakesWholeMeasure(t *testing.T) {
	for _, c := range []struct{ q, want, measure string }{
		{"盛泽去年接种了多少剂次新冠疫苗?", "新冠疫苗", "剂次"},
		{"那个区去年起降了多少架次无人机?", "无人机", "架次"},
		{"岱西镇做了多少万人次核酸检测?", "核酸检测", "人次"},
		// The classifiers of cases and buildings (多少宗, 几幢) are taken with 多少 too, not glued
		// to the counted noun as a word no report writes (宗违章建筑).
		{"沙埕镇去年拆掉了多少宗违章建筑?", "违章建筑", "宗"},
		{"盛泽镇去年解危了几幢危房?", "危房", "幢"},
		// The visit counts of the reports (排查…1942家次, 302家次; 条次): 次 is not glued to
		// the verb after it (次卖) as a word no report writes.
		{"柳州那个区查了多少家次卖食品的商户?", "卖食品", "次"},
		{"那个区去年巡查了多少条次河道?", "河道", "次"},
	} {
		got := termFroms(c.q)
		if !slices.Contains(got, c.want) {
			t.Errorf("terms of %q = %q; want %q among them", c.q, got, c.want)
		}
		for _, g := range got {
			if strings.HasPrefix(g, c.measure) {
				t.Errorf("terms of %q = %q; want no term starting with the measure word %s", c.q, got, c.measure)
			}
		}
	}
}

// TestZhTotalTerms: a total adverb before its verb is searched as 共 and the verb where the
// reports write that (共发布 for 一共发了), and not where they do not (共投 of 一共投了).
func TestZhTotalTerms(t *testing.T) {
	ix := bundledIndex(t)
	for q, want := range map[string][]string{
		"岱西镇去年一共发了多少期通报?":     {"共发"},
		"齐都镇“三网下地”改造一共投了多少钱?": nil,
	} {
		var got []string
		for _, tm := range zhTotalTerms(q, ix) {
			if tm.Weight >= 1 {
				t.Errorf("zhTotalTerms(%q): %q weighs %v, want below 1 (no subject)", q, tm.From, tm.Weight)
			}
			got = append(got, tm.From)
		}
		if !slices.Equal(got, want) {
			t.Errorf("zhTotalTerms(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestZhCountedTermKeepsLeadingMeasureCharacter: a counted noun that opens with a character that
// is also a measure word (人 of 人大代表建议) is found whole after 多少件, not cut to 大代表建议;
// a level's locative after the count word (几家市里的…) says whose the counted things are, and
// the noun is what follows it.
func TestZhCountedTermKeepsLeadingMeasureCharacter(t *testing.T) {
	for q, want := range map[string]string{
		"沙埕镇去年办理了多少件人大代表建议?":     "人大代表建议",
		"那个镇新建了多少个人才公寓?":         "人才公寓",
		"盘锦那个区去年新增了几家市里的重点龙头企业?": "重点龙头企业",
		"黎里镇去年整治了多少个村里的排污口?":     "排污口",
	} {
		if _, got, ok := zhCountedTerm(Analyze(q, nil)); !ok || got != want {
			t.Errorf("zhCountedTerm(%q) = %q, %v; want %q", q, got, ok, want)
		}
	}
}

// TestZhSpokenWordsAreNoTerms: the guesses, A-not-A modals, light verbs and spoken complements
// of everyday questions (差不多, 能不能, 弄了, 查出来) neither stand as terms nor join the words
// beside them into a run no report writes, which would be read as a missing subject.
func TestZhSpokenWordsAreNoTerms(t *testing.T) {
	for q, want := range map[string]string{
		"浍沟镇去年防返贫集中排查一共查出来多少条问题?": "防返贫集中排查",
		"沙埕镇去年高标准农田差不多弄了多少亩?":     "高标准农田",
		"岱西镇去年弄来多少到位资金?":          "到位资金",
		"齐都镇今年村级公园搞起来几处?":         "村级公园",
		"盛泽镇去年修出来多少公里污水主管网?":      "污水主管网",
		"黎里今年能不能推进重点项目,大概多少个?":    "推进重点项目",
		"北京那个区去年停车位到底新增了多少个?":     "停车位",
	} {
		got := termFroms(q)
		if !slices.Contains(got, want) {
			t.Errorf("terms of %q = %q; want %q among them", q, got, want)
		}
		for _, g := range got {
			for _, bad := range []string{"出来", "起来", "弄", "搞", "差不多", "大概", "能不能", "到底"} {
				if strings.Contains(g, bad) {
					t.Errorf("terms of %q = %q; want no %q", q, got, bad)
				}
			}
		}
	}
}

// TestZhComplementTheReportsWrite: a complement stays where the reports write it after the
// same character (结合起来): there it is a report's own wording, not a question's speech.
func TestZhComplementTheReportsWrite(t *testing.T) {
	if got := cutSpokenVerbs("两者结合起来", seamVocab{"合起"}); got != "两者结合起来" {
		t.Errorf("cutSpokenVerbs(结合起来) = %q; want it kept", got)
	}
	if got := cutSpokenVerbs("问题查出来", seamVocab{"合起"}); got != "问题 " {
		t.Errorf("cutSpokenVerbs(问题查出来) = %q; want %q", got, "问题 ")
	}
}

// TestZhMarkedVerbCut: a verb marked by 了 or a spoken complement goes with its mark when it
// makes no word with the character before it (区改, 筑改), so that the noun is searched alone
// (老旧小区, not 老旧小区改, which the plan's 老旧小区改造 holds and the result's 改造完成老旧小区
// does not); a verb that makes a word stays (新识别, 新增), and so does 了 starting one (了解).
func TestZhMarkedVerbCut(t *testing.T) {
	for q, want := range map[string]string{
		"老旧小区改了几个":   "老旧小区 几个",
		"老旧小区改好了几个":  "老旧小区 几个",
		"沿街老旧建筑改了几栋": "沿街老旧建筑 几栋",
		"新识别出来多少户":   "新识别 多少户",
		"新增了多少个":     "新增了多少个",
		"增加到了几家":     "增加到了几家",
		"群众了解多少":     "群众了解多少",
	} {
		if got := cutSpokenVerbs(q, seamVocab{}); got != want {
			t.Errorf("cutSpokenVerbs(%q) = %q; want %q", q, got, want)
		}
	}
}

// TestZhThatPlaceIsNoTerm: 这个区, 那个城区 point at the report's place; their level word does
// not join the words after it into a term (区托位数, 城区新增学位).
func TestZhThatPlaceIsNoTerm(t *testing.T) {
	for q, want := range map[string]string{
		"柳州这个区托位数多少个?":   "托位数",
		"北京那个城区新增学位多少个?": "新增学位",
	} {
		if got := termFroms(q); !slices.Contains(got, want) {
			t.Errorf("terms of %q = %q; want %q among them", q, got, want)
		}
	}
}

// TestZhPlaceForTailIsNoTerm: a "this sort of place for …" tail paraphrases the words before
// it and gives no term; a place-for phrase that follows nothing is the question's subject.
func TestZhPlaceForTailIsNoTerm(t *testing.T) {
	for q, tail := range map[string]string{
		"哪些报告提到了长者食堂这类给老人吃饭的地方?":        "吃饭",
		"今年计划新增几家博物馆之类供市民看书看展的场所?":      "看书",
		"齐都镇新建几处带长者食堂这类供老人吃饭地方的养老服务中心?": "吃饭",
	} {
		for _, tm := range Analyze(q, nil).Terms {
			if strings.Contains(tm.From, tail) || strings.Contains(tm.From, "地方") || strings.Contains(tm.From, "场所") {
				t.Errorf("%q: term %q of the tail", q, tm.From)
			}
		}
	}
	terms := Analyze("哪份报告提到了给游客歇脚的地方?", nil).Terms
	if !slices.ContainsFunc(terms, func(tm Term) bool { return strings.Contains(tm.From, "歇脚") }) {
		t.Errorf("给游客歇脚的地方 alone lost its subject: %+v", terms)
	}
}

// TestZhAspectLe: 了 between a verb and its object is the aspect particle alone — the verb meets
// its object as the reports write them (建成口袋公园, 整治低效企业), so that a list finds what
// the same question without 了 finds; 了 that starts a word (了解) or ends one (为了) stays.
func TestZhAspectLe(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"哪些镇建成了口袋公园?", "建成口袋公园"},
		{"哪些镇整治了低效企业?", "整治低效企业"},
		{"哪些地方落实了减税降费?", "落实减税降费"},
		{"哪些镇的报告说要了解企业需求?", "了解企业需求"},
	} {
		p := Analyze(c.q, nil)
		if !slices.ContainsFunc(p.Terms, func(tm Term) bool { return strings.Contains(tm.From, c.want) }) {
			t.Errorf("%s: no term holding %s in %v", c.q, c.want, p.Terms)
		}
	}
	// The verb meets its object only where the reports join them: 铺了水泥 and 交付了一艘 keep
	// their 了 when the reports write no 铺水 or 付一 (the lookups' subjects stay 水泥, 货轮).
	for q, want := range map[string]string{
		"建成了口袋公园": "建成口袋公园",
		"铺了水泥路":   "铺了水泥路",
		"交付了一艘货轮": "交付了一艘货轮",
	} {
		if got := cutSpokenVerbs(q, seamVocab{"成口"}); got != want {
			t.Errorf("cutSpokenVerbs(%q) with 成口 known = %q; want %q", q, got, want)
		}
	}
	if got := cutSpokenVerbs("为了招商引资举办活动", nil); !strings.Contains(got, "为了") {
		t.Errorf("cutSpokenVerbs(为了…) = %q, want 为了 kept", got)
	}
}

// TestTargetSetCut: the asker's verb of setting a target (目标定了多少) is no term; the target is.
func TestTargetSetCut(t *testing.T) {
	p := Analyze("浍沟镇今年固投增速目标定了多少？", nil)
	if slices.ContainsFunc(p.Terms, func(t Term) bool { return strings.Contains(t.From, "定") }) {
		t.Errorf("terms = %+v: the verb of setting left as a term", p.Terms)
	}
}

// TestZhLeVerbObjectSplit: 了 between a two-character verb and an object the reports never join
// to it parts them into two terms (改造 and 老旧小区, which the reports write 改造完成老旧小区); a
// one-character verb (铺了), a count after 了 and an object the reports do not write stay.
func TestZhLeVerbObjectSplit(t *testing.T) {
	v := seamVocab{"老旧", "旧小", "水泥", "泥路"}
	for q, want := range map[string]string{
		"去年改造了老旧小区": "去年改造 老旧小区",
		"铺了水泥路":     "铺了水泥路",
		"改造了一艘船":    "改造了一艘船",
		"改造了好多地方":   "改造了好多地方",
	} {
		if got := cutSpokenVerbs(q, v); got != want {
			t.Errorf("cutSpokenVerbs(%q) = %q; want %q", q, got, want)
		}
	}
}
