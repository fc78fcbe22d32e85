package retrieval

import (
	"slices"
	"testing"
)

// TestShortenings: a topic of two or three two-character words is shortened to the first
// characters of two neighbouring words; other topics are not.
func TestShortenings(t *testing.T) {
	tests := []struct {
		word string
		want []string
	}{
		{"电子商务", []string{"电商"}},
		{"违章建筑", []string{"违建"}},
		{"拆除违法建设", []string{"拆违", "违建"}},
		{"合作社", nil},
		{"PM2.5", nil},
	}
	for _, tt := range tests {
		if got := shortenings(tt.word); !slices.Equal(got, tt.want) {
			t.Errorf("shortenings(%s) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// TestStandsAlone: a shortening speaks of its topic only as a word of its own — not where a
// word runs across one of its ends (粮食安全's 食安, 水乡旅游's 乡旅) or where it is a word of
// another meaning (扫除 "to clean up" for 扫黑除恶).
func TestStandsAlone(t *testing.T) {
	lex := bundledIndex(t).Lexicon()
	tests := []struct {
		text, short string
		want        bool
	}{
		{"聚焦金盏等重点区域,开展拆违攻坚行动", "拆违", true},
		{"完成农村违建整治48.5万m²", "违建", true},
		{"新建高标准农田2万亩,确保粮食安全", "食安", false},
		{"加快水乡旅游线建设", "乡旅", false},
		{"用改革的办法扫除障碍", "扫除", false},
	}
	for _, tt := range tests {
		if got := standsAlone(tt.text, tt.short, lex); got != tt.want {
			t.Errorf("standsAlone(%q, %s) = %v, want %v", tt.text, tt.short, got, tt.want)
		}
	}
	if standsAlone("开展拆违攻坚行动", "拆违", nil) {
		t.Error("a shortening stands alone without a lexicon")
	}
}

// TestAlternativesRepeatedWord: a word said again before the second alternative qualifies both
// ("soil pollution or soil protection"): pollution and protection are the alternatives, soil
// what both are of.
func TestAlternativesRepeatedWord(t *testing.T) {
	p := Plan{Lang: "en", AnyOf: true, Norm: "which reports mention soil pollution or soil protection?",
		Terms: []Term{{From: "soil"}, {From: "pollution"}, {From: "protection"}}}
	alts := alternativeTerms(p)
	if !alts["pollution"] || !alts["protection"] || alts["soil"] {
		t.Errorf("alternativeTerms = %v, want pollution and protection only", alts)
	}
	// The word said again may be in another number than the term's ("vegetable" of vegetables).
	p = Plan{Lang: "en", AnyOf: true, Norm: "which reports mention vegetable growing or vegetable bases?",
		Terms: []Term{{From: "vegetables"}, {From: "grow"}, {From: "bases"}}}
	if alts := alternativeTerms(p); !alts["grow"] || !alts["bases"] || alts["vegetables"] {
		t.Errorf("alternativeTerms = %v, want grow and bases only", alts)
	}
}

// TestVerbAlternativeQualifies: a verb joined to alternatives ("举办或筹办体育赛事、比赛") says
// what is done with the thing, and is no alternative of its own: 常态化举办文化活动 is no sports
// event.
func TestVerbAlternativeQualifies(t *testing.T) {
	p := Plan{Lang: "zh", AnyOf: true, Norm: "哪些报告提到举办或筹办体育赛事、比赛?",
		Terms: []Term{{From: "举办", Weight: 1}, {From: "筹办体育赛事", Weight: 1}, {From: "比赛", Weight: 1}}}
	alts := alternativeTerms(p)
	if q := qualifierTerms(p, alts); !q["举办"] || q["比赛"] {
		t.Errorf("qualifierTerms = %v, want 举办 only", q)
	}
	if got, _ := cutGeneric("筹办体育赛事"); got != "体育赛事" {
		t.Errorf("cutGeneric(筹办体育赛事) = %s, want 体育赛事", got)
	}
}

// TestHeadOf: a long topic's head is its last word with the characters after it, when three
// characters or more (优待证, 合作社); a two-character head (城市, 中心) is none.
func TestHeadOf(t *testing.T) {
	ix := bundledIndex(t)
	lex := ix.Lexicon()
	tests := []struct{ word, want string }{
		{"退役军人优待证", "优待证"},
		{"农民专业合作社", "合作社"},
		{"全国文明城市", ""},
		{"新时代文明实践中心", ""},
		{"合作社", ""},
	}
	for _, tt := range tests {
		if got := headOf(tt.word, lex); got != tt.want {
			t.Errorf("headOf(%s) = %q, want %q", tt.word, got, tt.want)
		}
	}
	if !ix.fewReportsHoldAll("优待证") || ix.fewReportsHoldAll("企业") {
		t.Error("fewReportsHoldAll: want 优待证 (three reports) few, 企业 not")
	}
}

// TestWithoutScope: a topic that opens with its area (农村, 全国) is also the rest, when three
// characters or more remain.
func TestWithoutScope(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"农村人居环境", "人居环境"},
		{"全国文明城市", "文明城市"},
		{"农村公路", ""},
		{"高新技术企业", ""},
	} {
		if got := withoutScope(tt.in); got != tt.want {
			t.Errorf("withoutScope(%s) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNamesAlone: a numeral's abbreviation as the first half of a paired name (双减双控) is not
// the name asked about; alone or quoted it is.
func TestNamesAlone(t *testing.T) {
	w := newTopicWord("双减")
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"推动PM2.5和臭氧“双减双控”", false},
		{"持续推进义务教育“双减”工作", true},
		{"落实双减政策", true},
	} {
		if got := w.heldIn(tt.text); got != tt.want {
			t.Errorf("双减 held in %q = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestHeldAsWord: a two-character topic is held as a word, not as the end of one word and the
// start of the next (各位列席 holds no 位列); a longer word that holds it whole still speaks of it.
func TestHeldAsWord(t *testing.T) {
	lex := bundledIndex(t).Lexicon()
	for _, tt := range []struct {
		text, word string
		want       bool
	}{
		{"并请各位列席会议的同志提出意见", "位列", false},
		{"盛泽位列2023年全国千强镇第六名", "位列", true},
		{"促进再就业", "就业", true},
	} {
		if got := heldAsWord(tt.text, tt.word, lex, false); got != tt.want {
			t.Errorf("heldAsWord(%q, %s) = %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
}

// TestWithoutScopeHeldWhole: the rest of a topic without its scope word (文明镇 of 全国文明镇) is
// held only whole, not by a run of part of it that leaves out its head (文明 of 全国文明城市).
func TestWithoutScopeHeldWhole(t *testing.T) {
	ix := bundledIndex(t)
	ws := ix.topicWords([]string{"全国文明镇"})
	held := func(text string) bool {
		return slices.ContainsFunc(ws, func(w topicWord) bool { return w.heldIn(normalize(text)) })
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"提升城市韵味,聚焦全国文明典范城市、全国文明镇金字招牌,深入开展专项攻坚提升行动;", true},
		{"盛泽获评江苏省文明镇。", true},
		{"持续开展全国文明城市创建工作,紧盯基础设施维护。", false},
		{"深入推进文明城市“沉浸式”全域创建活动。", false},
	} {
		if got := held(tt.text); got != tt.want {
			t.Errorf("全国文明镇 held in %q = %v, want %v", tt.text, got, tt.want)
		}
	}
	// The rest of a longer topic is still found as written (全国文明城市: 文明城市).
	ws = ix.topicWords([]string{"全国文明城市"})
	if !slices.ContainsFunc(ws, func(w topicWord) bool {
		return w.heldIn(normalize("深入推进文明城市“沉浸式”全域创建活动。"))
	}) {
		t.Error("全国文明城市 not held in 文明城市“沉浸式”全域创建")
	}
}
