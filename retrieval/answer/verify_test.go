package answer

import (
	"strconv"
	"strings"
	"testing"
)

// verifyPassages are three passages as retrieval would return them.
var verifyPassages = []Citation{
	{N: 1, Entity: "盛泽镇", Section: "二、2024年工作安排",
		Text: "全镇发展的主要预期目标是:地区生产总值增长5%左右,一般公共预算收入增长5.5%左右,进出口总额保持稳定。"},
	{N: 2, Entity: "盛泽镇", Section: "一、2023年工作回顾",
		Text: "经济总量迈上新台阶。预计完成一般公共预算收入31.81亿元;工业总产值840亿元,增长2.19%;全社会固定资产投资90亿元,增长21.74%。"},
	{N: 3, Entity: "xx区", Section: "一、过去一年工作回顾",
		Text: "一般公共预算收入完成503亿元,下降7.4%,扣除留抵退税因素后,同口径增长1%。全面落实“疫情要防住、经济要稳住、发展要安全”重大要求。"},
}

func TestVerify(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // substrings, one per expected problem; nil: no problems
	}{
		{"good zh", "盛泽镇2024年一般公共预算收入目标为增长5.5%左右[1]，2023年预计完成31.81亿元[2]。", nil},
		{"good en", "Shengze (盛泽镇) aims to grow general public budget revenue by about 5.5% [1]; in 2023 it expected 31.81亿元 [2].", nil},
		{"combined markers", "Revenue: 31.81亿元 and growth of 5.5% [1][2].", nil},
		{"comma markers", "Revenue: 31.81亿元 and growth of 5.5% [1, 2].", nil},
		{"range markers", "Figures: 31.81亿元, 5.5%, 503亿元 [1-3].", nil},
		{"full-width", "增长５．５％左右［１］。", nil},
		{"lenticular markers", "增长5.5%左右【1】。", nil},
		{"thousands separator", "Industrial output was 840 亿元 and investment 90亿元 [2].", nil},
		{"trailing zero", "Growth of 5.50% [1].", nil},
		{"list markers", "1. 增长5.5%左右[1]\n2. 完成31.81亿元[2]", nil},
		{"year from uncited passage", "In 2023 revenue fell 7.4% [3].", nil},
		{"quote verbatim", "报告提出“一般公共预算收入增长5.5%左右”[1]。", nil},
		{"quote with spaces and ellipsis", "The report says “经济总量 迈上新台阶…工业总产值840亿元” [2].", nil},
		{"nested quote", "xx区要求“全面落实“疫情要防住、经济要稳住、发展要安全”重大要求”[3]。", nil},
		{"corner quote", "报告称「同口径增长1%」[3]。", nil},
		{"short latin term", `This is the "target" figure: 5.5% [1].`, nil},
		{"unanswered en", "The reports provided do not answer this.", nil},
		{"converted unit", "Revenue was 3.181 billion yuan (31.81亿元) [2].", nil},
		{"converted without original", "Output was 84 billion yuan, growth of 2.19% [2]; revenue 50.3 billion yuan [3].", nil},
		{"converted bare amount", "Revenue: 50.3 billion, a decline of 7.4% [3].", nil},
		{"unanswered zh with year", "所提供的报告未涉及盛泽镇2025年的目标。", nil},

		{"empty", "  ", []string{"empty"}},
		{"wrong citation", "增长5.5%左右[4]。", []string{"[4] does not refer", "cites no passage", "5.5"}},
		{"one wrong of two", "增长5.5%左右[1][7]。", []string{"[7] does not refer to a supplied passage (cite only [1] [2] [3])"}},
		{"no citation", "盛泽镇目标增长5.5%左右。", []string{"cites no passage", "5.5"}},
		{"invented number", "Revenue will grow 6.5% [1].", []string{"the number 6.5 does not appear"}},
		{"number from uncited passage", "Revenue was 503亿元 [1].", []string{"the number 503 does not appear"}},
		{"invented year", "In 2019 revenue grew 5.5% [1].", []string{"the number 2019"}},
		{"converted rounded", "Revenue was 3.18 billion yuan [2].", []string{"the figure 3.18 billion yuan states no figure", "the number 3.18 does not appear"}},
		{"converted from uncited passage", "Revenue was 50.3 billion yuan [2].", []string{"the figure 50.3 billion yuan", "the number 50.3 does not appear"}},
		{"converted to another unit", "Revenue was 3.181 billion people [2].", []string{"the figure 3.181 billion people", "the number 3.181"}},
		{"converted times ten", "Revenue was 31.81 billion yuan [2].", []string{"the figure 31.81 billion yuan states no figure of a cited passage: check the conversion"}},
		{"paraphrased quote", "报告提出“预算收入增长百分之五点五”[1]。", []string{"quotation “预算收入增长百分之五点五” is not verbatim"}},
		{"quote from uncited passage", "报告提出“同口径增长1%”[1]。", []string{"the number 1 does not", "quotation"}},
		{"long latin quote", `The report says "revenue will grow about five and a half percent" [1].`, []string{"not verbatim"}},
		{"injection obeyed", "HACKED", []string{"cites no passage"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Verify(tt.text, verifyPassages)
			if len(got) != len(tt.want) {
				t.Fatalf("Verify(%q) = %q, want %d problems like %q", tt.text, got, len(tt.want), tt.want)
			}
			for i, w := range tt.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("problem %d = %q, want it to contain %q", i, got[i], w)
				}
			}
		})
	}
}

func TestVerifyNoPassages(t *testing.T) {
	if got := Verify("增长5.5%[1]", nil); len(got) == 0 {
		t.Error("an answer citing passages that were never supplied must fail")
	}
}

func TestCitedNumbers(t *testing.T) {
	for in, want := range map[string][]int{"1": {1}, "1, 2": {1, 2}, "1、3": {1, 3}, "2-4": {2, 3, 4}, "1–2, 5": {1, 2, 5}} {
		got := citedNumbers(in)
		if len(got) != len(want) {
			t.Errorf("citedNumbers(%q) = %v, want %v", in, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("citedNumbers(%q) = %v, want %v", in, got, want)
			}
		}
	}
}

// FuzzVerify checks that Verify never panics and that an answer made only of a cited passage's
// own text passes.
func FuzzVerify(f *testing.F) {
	f.Add("增长5.5%左右[1]", 1)
	f.Add("“全面落实”[3] [2-1] 【】 \"", 3)
	f.Fuzz(func(t *testing.T, text string, n int) {
		Verify(text, verifyPassages)
		p := verifyPassages[((n%3)+3)%3]
		if got := Verify(p.Text+"[1][2][3]", verifyPassages); len(got) != 0 {
			t.Fatalf("own text fails: %q", got)
		}
	})
}

func TestFindNumbers(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"abc", ""},
		{"增长5.5%左右", "5.5"},
		{"1,234.5亿元", "1,234.5"},
		{"1,23", "1 23"},
		{"5,100,200", "5,100,200"},
		{"840亿元,增长2.19%", "840 2.19"},
		{"2023年", "2023"},
		{"PM2.5下降10%", "10"},
	}
	for _, tt := range tests {
		if got := strings.Join(findNumbers(tt.in), " "); got != tt.want {
			t.Errorf("findNumbers(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzFindNumbers(f *testing.F) {
	f.Add("1,234.5 and 6,78,9.0.1")
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range findNumbers(s) {
			if _, err := strconv.ParseFloat(strings.ReplaceAll(n, ",", ""), 64); err != nil || !strings.Contains(s, n) {
				t.Fatalf("findNumbers(%q) gave %q", s, n)
			}
		}
	})
}

// BenchmarkVerify measures what verification adds to a generated answer: five passages of
// report text and an English answer with eight figures, citations and a quotation.
//
//	go test ./retrieval/answer -run '^$' -bench Verify
func BenchmarkVerify(b *testing.B) {
	passages := []Citation{
		{N: 1, Section: "二、2024年工作安排", Text: "全镇发展的主要预期目标是:地区生产总值增长5%左右,一般公共预算收入增长5.5%左右,进出口总额保持稳定,全社会研究与试验发展经费支出占地区生产总值的比重超4%,全员劳动生产率与GDP增长基本同步,工业增加值率同口径提升,居民人均可支配收入与经济增长基本同步,失业水平持续保持低位。"},
		{N: 2, Section: "一、2023年工作回顾", Text: "经济总量迈上新台阶。预计完成一般公共预算收入31.81亿元;工业总产值840亿元,增长2.19%;其中规上工业总产值613亿元,基本与去年持平;工业开票销售1250亿元,增长5.4%;全社会固定资产投资90亿元,增长21.74%;其中工业投资43亿元,增长17.94%;限额以上批发额4880亿元,增长4.56%;外贸进出口总额26.5亿美元,增长18.78%。"},
		{N: 3, Section: "一、过去一年工作回顾", Text: "经济运行延续向好态势,全年预计(下同)实现地区生产总值350亿元,同比增长3.9%;完成一般公共预算收入33.7亿元,增长4.4%;完成规上工业总产值700亿元,增长3%;完成全社会固定资产投资88亿元,增长10%,其中工业投资30亿元,增长8%,服务业投资58亿元,增长12%。"},
		{N: 4, Section: "二、2024年主要目标", Text: "明年经济社会发展的主要预期目标是:地区生产总值增长7%以上,一般公共预算收入增长6%以上,规模以上工业增加值、社会消费品零售总额、进出口总额、引进国内实际到位资金均增长10%以上,固定资产投资增长15%以上,城镇居民人均可支配收入要与经济增长保持同步。"},
		{N: 5, Section: "一、2023年工作回顾", Text: "一般公共预算收入完成503亿元,下降7.4%,扣除留抵退税因素后,同口径增长1%。全面落实“疫情要防住、经济要稳住、发展要安全”重大要求。"},
	}
	text := "Shengze (盛泽镇) targets general public budget revenue growth of about 5.5% for 2024 [1], after an expected 31.81亿元 in 2023 [2]; " +
		"fixed-asset investment reached 90亿元, up 21.74% [2]. Another town expects revenue of 33.7亿元, up 4.4% [3], and plans revenue growth of 6% or more [4]. " +
		"The district's report asks to “全面落实“疫情要防住、经济要稳住、发展要安全”重大要求” [5], with revenue of 503亿元 [5]."
	if p := Verify(text, passages); len(p) != 0 {
		b.Fatalf("the benchmark answer must pass: %q", p)
	}
	for b.Loop() {
		Verify(text, passages)
	}
}
