package retrieval

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestTopicWordWhole: a report's wording holds a topic whole when the topic's characters stand
// in it as a list's shared head (厕所、污水、垃圾“三大革命”), after a verb of making with the thing
// qualified (新增中小学和幼儿园学位), a character apart (撂荒土地), or, for a numeral's
// abbreviation, by its quoted head (“三公两费”); a run of most of the word
// (河长制's 长制 for 林长制) holds it only loosely, and a list whose items are joined by 等 or
// 的 shares no head.
func TestTopicWordWhole(t *testing.T) {
	tests := []struct {
		text, word  string
		held, whole bool
	}{
		{"深化厕所、污水、垃圾“三大革命”", "厕所革命", true, true},
		{"新增中小学和幼儿园学位约7200个", "新增学位", true, true},
		{"全年新增各类学位5700个", "新增学位", true, true},
		{"狠抓撂荒土地治理", "撂荒地", true, true},
		{"严格落实“河长制”“湾长制”", "林长制", true, false},
		{"推广人工智能技术企业信用评级", "高新技术企业", true, false},
		{"强化农业与研学、旅游等现代服务业跨界融合", "农业服务", false, false},
		{"做好各项重大农业、文旅项目的服务与跟进工作", "农业服务", false, false},
		// A numeral's abbreviation is named by its head in quotation marks (“三公两费” for
		// 三公经费); a count (三大) is no abbreviation, nor is the head unquoted.
		{"持续压减“三公两费”[10]支出", "三公经费", true, true},
		{"严控“三公”经费和一般性支出", "三公经费", true, true},
		{"实施“三大工程”", "三大革命", false, false},
		{"三公里绿道建成", "三公经费", false, false},
		// Two words of two may stand a few characters apart within a clause, not across one.
		{"消除燃气管线占压隐患1514处", "燃气隐患", true, true},
		{"加强燃气管理,排查消防隐患", "燃气隐患", false, false},
		// An odd character may end the first word (电瓶车 充电) as well as start the last.
		{"电瓶车违规充电等问题进行全面整改", "电瓶车充电", true, true},
		{"电瓶车停放,充电桩建设", "电瓶车充电", false, false},
		// A word that opens with its subject is held with the subject after the rest, as what
		// a verb of making adds (new listed companies), not companies listed before.
		{"新增上市公司1家", "企业上市", true, true},
		{"新增上市企业2家", "企业上市", true, true},
		{"吸引一批上市企业入驻", "企业上市", false, false},
		{"推动土地上市", "企业上市", false, false},
	}
	for _, tt := range tests {
		w := newTopicWord(tt.word)
		if got := w.heldIn(tt.text); got != tt.held {
			t.Errorf("heldIn(%q, %q) = %v, want %v", tt.text, tt.word, got, tt.held)
		}
		if got := w.wholeIn(tt.text); got != tt.whole {
			t.Errorf("wholeIn(%q, %q) = %v, want %v", tt.text, tt.word, got, tt.whole)
		}
	}
}

// TestTopicInARatio: a text that names the topic only as the measure of a ratio (energy per
// unit of GDP, a share of GDP) does not speak of it; one that also names it otherwise does,
// and a topic that is itself a ratio is held by its wording.
func TestTopicInARatio(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"单位地区生产总值能耗下降、主要污染物排放总量削减完成上级下达任务", "地区生产总值", false},
		{"全社会研究与试验发展经费支出占地区生产总值的比重超4%", "地区生产总值", false},
		{"地区生产总值增长5%左右,单位地区生产总值能耗下降", "地区生产总值", true},
		{"单位地区生产总值能耗下降", "单位地区生产总值能耗", true},
		// 占 that starts a verb (占压, occupy) before a count names no share.
		{"消除燃气管线占压隐患1514处", "燃气隐患", true},
		{"研发投入占营业收入3.5%", "营业收入", false},
	}
	for _, tt := range tests {
		if got := holdsTopic(tt.text, tt.word); got != tt.want {
			t.Errorf("holdsTopic(%q, %q) = %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
}

// TestTopicWordingsShortened: a shortening of a term's first wording names its topic; a fallback that
// drops what the topic is of does not.
func TestTopicWordingsShortened(t *testing.T) {
	got := topicWordings([]string{"居民人均可支配收入", "居民收入"})
	if !slices.Contains(got, "居民收入") {
		t.Errorf("topicWordings kept %v, want 居民收入 among them", got)
	}
	got = topicWordings([]string{"电信诈骗", "诈骗"})
	if slices.Contains(got, "诈骗") {
		t.Errorf("topicWordings kept %v, want no 诈骗", got)
	}
}

// TestNarrowToContainers: a province named beside two towns in a question about several places
// stands for its own report; one a named town's report is in only says where the town is.
func TestNarrowToContainers(t *testing.T) {
	r := func(n int, entity, city, province string) corpus.Report {
		return corpus.Report{Source: "s", Report: n, Entity: entity, City: city, Province: province}
	}
	lili, shengze := r(2, "黎里镇", "苏州市", "江苏省"), r(5, "盛泽镇", "苏州市", "江苏省")
	guangxi := r(9, "xx区", "柳州市", "广西壮族自治区")
	reports := func(rs []corpus.Report) []int {
		var out []int
		for _, x := range rs {
			out = append(out, x.Report)
		}
		return out
	}
	all := []corpus.Report{lili, shengze, guangxi}
	if got := reports(narrowToContainers(all, []string{"黎里镇", "盛泽镇"}, []string{"广西壮族自治区"}, true)); !slices.Equal(got, []int{2, 5, 9}) {
		t.Errorf("黎里、盛泽和广西那个区: %v, want [2 5 9]", got)
	}
	if got := reports(narrowToContainers(all, []string{"黎里镇"}, []string{"广西壮族自治区"}, false)); !slices.Equal(got, []int{2}) {
		t.Errorf("黎里镇 in 广西 (one place): %v, want [2]", got)
	}
	if got := reports(narrowToContainers(all, []string{"黎里镇", "盛泽镇"}, []string{"苏州市"}, true)); !slices.Equal(got, []int{2, 5}) {
		t.Errorf("苏州的黎里和盛泽: %v, want [2 5]", got)
	}
}

// TestMeetsBound: a figure stated as a bound meets a question's condition the other way only
// short of its number (a target of "6%以上" is not "at most 6%"; "5%以上" is).
func TestMeetsBound(t *testing.T) {
	tests := []struct {
		cmp, bound string
		v, n       float64
		want       bool
	}{
		{">", "", 6, 6, false},
		{">=", "", 6, 6, true},
		{"<", "", 6, 6, false},
		{"<=", ">=", 6, 6, false},
		{"<=", ">=", 5, 6, true},
		{">=", "<=", 5, 5, false},
		{">=", "<=", 7, 5, true},
		{"", "", 10, 10, true},
	}
	for _, tt := range tests {
		if got := MeetsBound(tt.cmp, tt.bound, tt.v, tt.n); got != tt.want {
			t.Errorf("MeetsBound(%q, %q, %v, %v) = %v, want %v", tt.cmp, tt.bound, tt.v, tt.n, got, tt.want)
		}
	}
}

// TestBroaderDecisive: a term nearly as specific as the decisive one whose topic word lies
// within the decisive one's (厕所 in 厕所革命) takes its place; a much less specific one, an
// alternative, or one naming no part of it does not.
func TestBroaderDecisive(t *testing.T) {
	term := func(word string, weight float64, alt bool) scoredTerm {
		return scoredTerm{weight: weight, alt: alt, topics: []topicWord{newTopicWord(word)}}
	}
	from := func(t scoredTerm, from string) scoredTerm { t.from = from; return t }
	tests := []struct {
		terms []scoredTerm
		want  int
	}{
		{[]scoredTerm{term("厕所", 4.56, false), term("厕所革命", 4.59, false)}, 0},
		{[]scoredTerm{term("厕所", 2.0, false), term("厕所革命", 4.59, false)}, 1},
		{[]scoredTerm{term("厕所", 4.56, true), term("厕所革命", 4.59, false)}, 1},
		{[]scoredTerm{term("污水", 4.56, false), term("厕所革命", 4.59, false)}, 1},
		// "waste sorting (garbage classification)": 垃圾 and 分类 make 垃圾分类 again, a
		// restatement of the narrow topic, not a broader one.
		{[]scoredTerm{from(term("垃圾", 4.56, false), "garbage"), term("垃圾分类", 4.59, false), from(term("分类", 1.2, false), "classification")}, 1},
		{[]scoredTerm{from(term("垃圾", 4.56, false), "garbage"), term("垃圾分类", 4.59, false), from(term("处理", 1.2, false), "classification")}, 0},
	}
	for i, tt := range tests {
		sc := &scorer{terms: tt.terms, decisive: 1, question: "which reports bring up waste sorting (garbage classification)?"}
		if got := sc.broaderDecisive(); got != tt.want {
			t.Errorf("case %d: broaderDecisive() = %d, want %d", i, got, tt.want)
		}
	}
}

// TestOnlyBefore: a broad word restates a narrow topic only when the question says it only
// right before the word that completes it.
func TestOnlyBefore(t *testing.T) {
	for _, tt := range []struct {
		q, word, next string
		want          bool
	}{
		{"which reports bring up waste sorting (garbage classification)?", "garbage", "classification", true},
		{"which reports talk about toilets - the rural 'toilet revolution'?", "toilet", "revolution", false},
		{"which reports talk about the toilet-revolution?", "toilet", "revolution", true},
		{"which reports mention sorting?", "garbage", "classification", false},
	} {
		if got := onlyBefore(tt.q, tt.word, tt.next); got != tt.want {
			t.Errorf("onlyBefore(%q, %q, %q) = %v, want %v", tt.q, tt.word, tt.next, got, tt.want)
		}
	}
}

// TestThresholdFreeCoverage: a list question that compares with a number ("more than 100")
// does not count the number as a word of the topic: a statement of the topic without it
// covers the question, and one that holds it as a percentage gains nothing by it.
func TestThresholdFreeCoverage(t *testing.T) {
	ix := bundledIndex(t)
	p := Analyze("Which reports handled more than 100 suggestions from deputies?", ix)
	sc := ix.newScorer(p)
	if !sc.threshold {
		t.Fatalf("comparator %q: the scorer is not told of the threshold", p.Comparator)
	}
	without := "按期办复区镇人大代表建议131件、区政协委员提案15件。"
	with := "认真办理人大代表建议20件,政协委员提案4件,办复率、满意率均为100%。"
	free := *sc
	free.thresholdFree = true
	if a, b := sc.topicCoverage(without), free.topicCoverage(without); b <= a || b < TopicCoverage {
		t.Errorf("coverage of a statement without the number: %.2f, threshold-free %.2f; want more, at least %.2f", a, b, TopicCoverage)
	}
	if a, b := sc.topicCoverage(with), free.topicCoverage(with); b > a {
		t.Errorf("coverage of a statement with 100%%: %.2f, threshold-free %.2f; want no more", a, b)
	}
}
