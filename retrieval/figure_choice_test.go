package retrieval_test

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/retrieval"
)

// TestFigureSentenceChoice: for a how-many question the quoted sentence is the one that states
// a figure of the asked noun, also when it is the sentence before the one that matches the rest
// of the question, or opens the passage after the sentence that does (which then counts toward
// its coverage), and when its clause is in the asked time frame although the sentence ends on a
// target.
func TestFigureSentenceChoice(t *testing.T) {
	for q, want := range map[string]string{
		"How many volunteers did the Beijing district mobilise for the Winter Olympics service?": "发动志愿者5万余人次",
		"How many rounds of nucleic acid testing did Shengze complete?":                          "完成区域核酸检测98轮",
		// The flood crest is named in the last sentence of the passage before the figure's.
		"During the Liao River's biggest flood crest in 70 years, how many cadres and residents stood guard along the rivers in the Panjin district?": "2000余名干部群众",
		// The first hits' best sentence is a plan with no figure (扎实推进住宅小区物业管理全覆盖): the
		// count is a few hits further down.
		"In the Panjin district, how many residential compounds have full property management coverage?": "269个小区",
	} {
		_, res := search(t, q)
		if res.Best == nil || !strings.Contains(res.Best.Quote, want) || res.Best.Coverage < 0.35 {
			t.Errorf("%s: quote %v, want one with %s", q, res.Best, want)
		}
	}
}

func TestMeasureWord(t *testing.T) {
	for rest, want := range map[string]string{"轮,": "轮", "口": "口", "剂次。": "剂次", "年": "", "强": "", ",": "", "": ""} {
		if got := retrieval.MeasureWord(rest); got != want {
			t.Errorf("MeasureWord(%q) = %q, want %q", rest, got, want)
		}
	}
}

// TestAskedFigure: a Chinese question that asks for two figures gets a test for each; measure
// words num does not know (部, 起) ask for counts; an ordinal answers no count.
func TestAskedFigure(t *testing.T) {
	fig := func(s string) num.Value { return num.FindWith(s, num.Options{Ungrouped: true})[0] }
	tests := []struct {
		q     string
		n     int
		text  string
		fitOf []bool // whether fig(text) fits each test
	}{
		{"柳州这个区去年投入多少钱实施了几个老旧小区改造项目?", 2, "投资5470万元", []bool{true, false}},
		{"柳州这个区去年投入多少钱实施了几个老旧小区改造项目?", 2, "改造项目9个", []bool{false, true}},
		{"老楼加装电梯开工了多少部?", 1, "开工416部", []bool{true}},
		{"成功调解了多少起纠纷?", 1, "第二批", []bool{false}},
		{"沙埕镇特色品种的养殖面积有多大?", 1, "养殖面积达到2000多亩", []bool{true}},
		// The class noun after a short qualifier: 8个乡村蝶变项目 counts projects; 3个村 no projects.
		{"how many projects were there?", 1, "实施8个乡村蝶变项目", []bool{true}},
		{"how many projects were there?", 1, "3个村启动创建", []bool{false}},
		// A scaled number straight before a noun of the asked class counts it; before other
		// characters it counts nothing.
		{"how many households got free fittings?", 1, "为20万居民用户免费安装", []bool{true}},
		{"how many households got free fittings?", 1, "突破20万,带动", []bool{false}},
		// A number after a count word of the class in its clause counts the class.
		{"how many people watched the livestream?", 1, "直播观看人次突破4000万", []bool{true}},
		{"how many people watched the livestream?", 1, "直播收入突破4000万", []bool{false}},
	}
	for _, tt := range tests {
		lang := "zh"
		if tt.q[0] < 0x80 {
			lang = "en"
		}
		p := retrieval.Plan{Question: tt.q, Norm: tt.q, Lang: lang}
		asks, fits := retrieval.AskedFigure(p)
		if !asks || len(fits) != tt.n {
			t.Errorf("%s: asks %v, %d tests, want %d", tt.q, asks, len(fits), tt.n)
			continue
		}
		for i, fit := range fits {
			if got := fit(tt.text, fig(tt.text)); got != tt.fitOf[i] {
				t.Errorf("%s: test %d on %s = %v, want %v", tt.q, i, tt.text, got, tt.fitOf[i])
			}
		}
	}
}
