package retrieval

import (
	"slices"
	"testing"
)

// TestHoldsTopic: a topic word is held as a run, or as its pieces a character or two apart;
// a long run-together word also by its head.
func TestHoldsTopic(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"新建1个普惠性托育机构", "普惠托育", true},
		{"深入实施种业振兴行动,建设美丽乡村", "乡村振兴", false}, // pieces out of order
		{"加大非物质文化遗产传承保护力度", "非物质文化遗产", true},
		{"国家级非物质文化铁枝传承基地建设", "非物质文化遗产", true},
		// The head of 岁以上老人新冠疫苗接种率 is the vaccination rate, not the elderly.
		{"为镇域1万余名60岁以上老人提供免费查体服务", "岁以上老人新冠疫苗接种率", false},
		{"60周岁以上首针疫苗接种覆盖率达92.3%", "岁以上老人新冠疫苗接种率", true},
		// A four-character word is two words: 体育服务 does not hold 托育服务, nor 智慧农技 智慧农业.
		{"文体中心入选省体育服务综合体", "托育服务", false},
		{"加大智慧农技推广", "智慧农业", false},
	}
	for _, tt := range tests {
		if got := holdsTopic(tt.text, tt.word); got != tt.want {
			t.Errorf("holdsTopic(%q, %q) = %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
}

// TestCutGeneric: generic verbs before and generic nouns after a topic are not the topic.
func TestCutGeneric(t *testing.T) {
	tests := []struct{ in, want string }{
		{"禁毒工作", "禁毒"},
		{"燃气隐患排查整治", "燃气隐患"},
		{"治理撂荒地", "撂荒地"},
		{"根治欠薪", "欠薪"}, // a report that handles 欠薪 speaks of it, eradicated or not
		{"老旧小区改造", "老旧小区"},
		{"发展民宿", "民宿"},
		{"提出居民收入与经济增长同步", "居民收入与经济增长同步"},
		{"工作", "工作"},
		{"整治违法建设", "违法建设"}, // 违法 alone is anything illegal
		{"口袋公园建设", "口袋公园"},
		// What is done to a topic (actionHeads) after a word of three characters or more.
		{"自建房安全整治", "自建房"},
		{"人居环境整治", "人居环境"},
		{"巡视反馈问题整改", "巡视反馈问题"},
		{"环境整治", "环境整治"}, // 环境 alone is any environment
		{"问题整改", "问题整改"},
	}
	for _, tt := range tests {
		if got, _ := cutGeneric(tt.in); got != tt.want {
			t.Errorf("cutGeneric(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestAlternatives: 或, 或者, "or", a slash between words and a bracketed alias join alternatives; the "or" of
// "7% or higher" does not.
func TestAlternatives(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"哪些报告提到治理撂荒地或抛荒地?", true},
		{"哪些报告提到了长者食堂或者老年助餐?", true},
		{"哪些报告提到了非物质文化遗产(非遗)?", true},
		{"which reports mention garbage sorting or river chiefs?", true},
		{"which reports set a gdp growth target of 7% or higher for 2023?", false},
		{"哪些报告提到了乡村振兴?", false},
		// A slash between words joins alternatives; one in a unit does not.
		{"which reports mention carbon peaking / carbon neutrality (the 'dual carbon' goals)?", true},
		{"which reports mention wind/solar power?", true},
		{"which roads allow 60 km/h?", false},
		{"哪些报告的房价超过2万元/平方米?", false},
	}
	for _, tt := range tests {
		if got := alternatives(tt.q); got != tt.want {
			t.Errorf("alternatives(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestQuotedChinese: an English question's quoted Chinese is its topic; a plain five-digit
// number is also searched as written, with a noun after it too; a question asks for a figure in words (多少, how many).
func TestQuotedChinese(t *testing.T) {
	ix := bundledIndex(t)
	p := Analyze("Which reports mention age-friendly home modifications (适老化改造) for elderly households?", ix)
	if len(p.Terms) != 1 || p.Terms[0].From != "适老化改造" {
		t.Errorf("terms %+v, want only 适老化改造", p.Terms)
	}
	// Also where the noun after it is read as what it counts ("the 12345 platform").
	for _, q := range []string{"Which districts report a satisfaction rate for the 12345 citizen hotline?",
		"How many citizen requests had Shacheng taken in through the 12345 platform?"} {
		p = Analyze(q, ix)
		found := false
		for _, term := range p.Terms {
			for _, v := range term.Variants {
				found = found || v == "12345"
			}
		}
		if !found {
			t.Errorf("%s: terms %+v lack 12345 as written", q, p.Terms)
		}
	}
	for q, want := range map[string]bool{"哪些镇新增了多少个监控探头?": true, "Which towns report how many SMEs they added?": true,
		"哪些报告提到了禁毒?": false, "Which reports set a GDP growth target?": false} {
		if got := Analyze(q, ix).AsksFigure(); got != want {
			t.Errorf("%q: AsksFigure %v, want %v", q, got, want)
		}
	}
}

// TestEnglishIndicators: an indicator's English name inside a longer glossary phrase that
// means something else ("marine economy") is not asked about; alone it is.
func TestEnglishIndicators(t *testing.T) {
	ix := bundledIndex(t)
	tests := []struct {
		q    string
		want []string
	}{
		{"Which reports mention the marine economy?", nil},
		{"How fast did the economy grow in Lili?", []string{"地区生产总值"}},
		{"What was Lili's GDP in 2023?", []string{"地区生产总值"}},
		{"What is Shengze's general public budget revenue target?", []string{"一般公共预算收入"}},
	}
	for _, tt := range tests {
		if got := Analyze(tt.q, ix).Indicators; !slices.Equal(got, tt.want) {
			t.Errorf("%q: indicators %q, want %q", tt.q, got, tt.want)
		}
	}
}
