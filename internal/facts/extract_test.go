package facts

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// Section paths as the reports have them.
var (
	review = Context{Section: []string{"一、2023年工作回顾", "(一)争先进位谋突破,经济发展稳中有进"}, Year: 2023}
	plan   = Context{Section: []string{"二、2023年工作安排"}, Year: 2023}
	none   = Context{}
)

// row renders a fact compactly: indicator(wording) kind measure value+unit [qualifier] comparator.
func row(f corpus.Fact) string {
	w := ""
	if f.Wording != f.Indicator {
		w = "(" + f.Wording + ")"
	}
	return fmt.Sprintf("%s%s %s %s %v%s [%s] %s", f.Indicator, w, f.Kind, f.Measure, f.Value, f.Unit, f.Qualifier, f.Comparator)
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name string
		text string
		ctx  Context
		want []string
	}{
		{
			name: "growth target with 左右 (report 2)",
			text: "全镇发展的主要预期目标是:地区生产总值增长5%左右,一般公共预算收入增长5.5%左右,进出口总额保持稳定,全社会研究与试验发展经费支出占地区生产总值的比重超4%,全员劳动生产率与GDP增长基本同步。",
			ctx:  plan,
			want: []string{
				"地区生产总值 target growth 5% [左右] ~",
				"一般公共预算收入 target growth 5.5% [左右] ~",
				"研发投入(全社会研究与试验发展经费支出) target share 4% [以上] >=",
			},
		},
		{
			name: "shared value (report 1)",
			text: "明年经济社会发展的主要预期目标是:地区生产总值增长7%以上,一般公共预算收入增长6%以上,规模以上工业增加值、社会消费品零售总额、进出口总额、引进国内实际到位资金均增长10%以上,固定资产投资增长15%以上,城镇居民人均可支配收入要与经济增长保持同步。",
			ctx:  Context{Section: []string{"二、守正创新、实干笃行,着力推动高质量发展"}, Year: 2023},
			want: []string{
				"地区生产总值 target growth 7% [以上] >=",
				"一般公共预算收入 target growth 6% [以上] >=",
				"规模以上工业增加值 target growth 10% [以上] >=",
				"社会消费品零售总额 target growth 10% [以上] >=",
				"进出口总额 target growth 10% [以上] >=",
				"引进国内实际到位资金 target growth 10% [以上] >=",
				"固定资产投资 target growth 15% [以上] >=",
			},
		},
		{
			name: "确保 and 力争, then a list over semicolons (report 5)",
			text: "2023年全镇经济社会发展主要预期目标是:确保一般公共预算收入增长8%,力争增长10%;规上工业总产值675亿元,增长10%;全社会固定资产投资97.5亿元,增长8%;工业投资47亿元,增长10%。单位地区生产总值能耗下降、主要污染物排放总量削减完成上级下达任务。",
			ctx:  none,
			want: []string{
				"一般公共预算收入 target growth 8% [确保] =",
				"一般公共预算收入 target growth 10% [力争] =",
				"规模以上工业总产值(规上工业总产值) target amount 675亿元 [] =",
				"规模以上工业总产值(规上工业总产值) target growth 10% [] =",
				"固定资产投资(全社会固定资产投资) target amount 97.5亿元 [] =",
				"固定资产投资(全社会固定资产投资) target growth 8% [] =",
				"工业投资 target amount 47亿元 [] =",
				"工业投资 target growth 10% [] =",
			},
		},
		{
			name: "确保8%、力争10%",
			text: "确保一般公共预算收入增长8%、力争10%。",
			ctx:  plan,
			want: []string{
				"一般公共预算收入 target growth 8% [确保] =",
				"一般公共预算收入 target growth 10% [力争] =",
			},
		},
		{
			name: "力争 with 以上, a figure without 力争 first (report 6)",
			text: "综合考虑各种因素,建议今年全镇经济社会发展的主要预期目标为:全镇规上工业总产值增长80%以上,力争地方财政收入增长8%以上,全面完成节能减排各项任务。",
			ctx:  none,
			want: []string{
				"规模以上工业总产值(规上工业总产值) target growth 80% [以上] >=",
				"一般公共预算收入(地方财政收入) target growth 8% [力争,以上] >=",
			},
		},
		{
			name: "持平 as a target (report 9)",
			text: "今年经济社会发展的主要预期目标是:地区生产总值增长6.5%,一般公共预算收入与上一年持平,固定资产投资增长7%,社会消费品零售总额增长7%,居民人均可支配收入与经济增长基本同步。",
			ctx:  Context{Section: []string{"二、2023年工作目标和任务"}, Year: 2023},
			want: []string{
				"地区生产总值 target growth 6.5% [] =",
				"一般公共预算收入 target growth 0% [] flat",
				"固定资产投资 target growth 7% [] =",
				"社会消费品零售总额 target growth 7% [] =",
			},
		},
		{
			name: "estimate of the year under review is actual, 下降 is negative (report 1)",
			text: "预计2023年,地区生产总值完成168.8亿元,同比下降2.3%;规模以上工业增加值完成14.2亿元,同比下降26%;城镇居民人均可支配收入完成30532元,同比增长2.2%。",
			ctx:  Context{Section: []string{"一、知重负重、唯实唯勤,经济社会稳中向好"}, Year: 2023},
			want: []string{
				"地区生产总值 actual amount 168.8亿元 [] =",
				"地区生产总值 actual growth -2.3% [] =",
				"规模以上工业增加值 actual amount 14.2亿元 [] =",
				"规模以上工业增加值 actual growth -26% [] =",
				"城镇居民人均可支配收入 actual amount 30532元 [] =",
				"城镇居民人均可支配收入 actual growth 2.2% [] =",
			},
		},
		{
			name: "absolute actual; a clause of other words breaks the link (report 4)",
			text: "一般公共预算收入完成503亿元,下降7.4%,扣除留抵退税因素后,同口径增长1%。",
			ctx:  review,
			want: []string{
				"一般公共预算收入 actual amount 503亿元 [] =",
				"一般公共预算收入 actual growth -7.4% [] =",
			},
		},
		{
			name: "达到, share of a parent, 约 (report 4)",
			text: "在精准有效的防控措施保障下,预计固定资产投资达到1130亿元左右,增长约11%;1-11月,实际利用外资达到63.1亿美元,增长32.5%;进出口总额再创历史新高,达到1.65万亿元,占全市50%,增长25.7%。",
			ctx:  review,
			want: []string{
				"固定资产投资 actual amount 1130亿元 [左右] ~",
				"固定资产投资 actual growth 11% [左右] ~",
				"实际利用外资 actual amount 63.1亿美元 [] =",
				"实际利用外资 actual growth 32.5% [] =",
				"进出口总额 actual amount 1.65万亿元 [] =",
				"进出口总额 actual share 50% [] =",
				"进出口总额 actual growth 25.7% [] =",
			},
		},
		{
			name: "rate with 以内 (report 4)",
			text: "开展稳就业专项行动,多渠道开发就业岗位8.8万个,应届高校毕业生就业率达到96.5%,城镇登记失业率控制在3.8%以内。",
			ctx:  review,
			want: []string{"城镇登记失业率 actual rate 3.8% [以内] <="},
		},
		{
			name: "基本与去年持平 and 其中 (report 5)",
			text: "预计完成一般公共预算收入31.81亿元;工业总产值840亿元,增长2.19%;其中规上工业总产值613亿元,基本与去年持平;外贸进出口总额26.5亿美元,增长18.78%;中国东方丝绸市场交易额1508亿元,增长6.93%。",
			ctx:  review,
			want: []string{
				"一般公共预算收入 actual amount 31.81亿元 [] =",
				"工业总产值 actual amount 840亿元 [] =",
				"工业总产值 actual growth 2.19% [] =",
				"规模以上工业总产值(规上工业总产值) actual amount 613亿元 [] =",
				"规模以上工业总产值(规上工业总产值) actual growth 0% [] flat",
				"进出口总额(外贸进出口总额) actual amount 26.5亿美元 [] =",
				"进出口总额(外贸进出口总额) actual growth 18.78% [] =",
			},
		},
		{
			name: "share of budget spending: the denominator is no subject (report 5)",
			text: "民生支出39.66亿元,同比增长98.2%,占一般公共预算支出的84.28%。",
			ctx:  review,
			want: []string{
				"民生支出 actual amount 39.66亿元 [] =",
				"民生支出 actual growth 98.2% [] =",
				"民生支出 actual share 84.28% [] =",
			},
		},
		{
			name: "由…提升至 (report 9)",
			text: "工业增加值占地区生产总值比重由22.8%提升至32.4%,经济结构进一步优化。",
			ctx:  review,
			want: []string{"工业增加值 actual share 32.4% [] ="},
		},
		{
			name: "counts with 家, 个, 人 and 近 (reports 2, 6, 7, 9)",
			text: "有效投资进一步扩大,新签约项目35个,总投资近40亿元;签约产学研协议近30项,有效高企达226家;城镇新增就业人数11288人,任务完成率125.4%;2023年全镇一般公共预算收入完成近1.07亿元。",
			ctx:  review,
			want: []string{
				"引进项目(新签约项目) actual amount 35个 [] =",
				"高新技术企业(有效高企) actual amount 226家 [] =",
				"城镇新增就业(城镇新增就业人数) actual amount 11288人 [] =",
				"一般公共预算收入 actual amount 1.07亿元 [左右] ~",
			},
		},
		{
			name: "力争 over a whole sentence (report 2)",
			text: "持续推进长三角科技创新券通兑通用工作,力争年底实现科技型中小企业认定超400家,规上企业研发投入超18亿元,高新技术企业拥有量250家左右,省市两级独角兽企业达到7家。",
			ctx:  plan,
			want: []string{
				"科技型中小企业 target amount 400家 [力争,以上] >=",
				"研发投入(规上企业研发投入) target amount 18亿元 [力争,以上] >=",
				"高新技术企业(高新技术企业拥有量) target amount 250家 [力争,左右] ~",
			},
		},
		{
			name: "growth target of a town (report 3)",
			text: "2023年经济社会主要目标任务:固定资产投资增长50%左右,社会消费品零售总额增长20%左右,规模以上工业产值增长10%左右,新增限上商贸企业1家。",
			ctx:  Context{Section: []string{"二、2023年工作展望", "(一)坚持稳中求进,全面推进经济发展"}, Year: 2023},
			want: []string{
				"固定资产投资 target growth 50% [左右] ~",
				"社会消费品零售总额 target growth 20% [左右] ~",
				"规模以上工业总产值(规模以上工业产值) target growth 10% [左右] ~",
			},
		},
		{
			name: "a part's figures are not the report's",
			text: "重点企业固定资产投资共计7.7亿元。国际贸易集聚区完成出口额5400万美元。新业态集聚区初具规模,完成初期营收约8亿元,税收收入2400万元。",
			ctx:  review,
			want: nil,
		},
		{
			name: "ranges, multi-year averages and points are left out",
			text: "地区生产总值增长5%-6%,一般公共预算收入年均增长6%,研发投入占比提高0.5个百分点。",
			ctx:  plan,
			want: nil,
		},
		{
			name: "分别 pairs listed indicators in order",
			text: "力争规上工业增加值、固定资产投资分别增长5%、8%。城镇居民人均可支配收入增长6%,农村居民人均可支配收入增长7.5%,分别达到4.5万元和2.8万元。",
			ctx:  plan,
			want: []string{
				"规模以上工业增加值(规上工业增加值) target growth 5% [力争] =",
				"固定资产投资 target growth 8% [力争] =",
				"城镇居民人均可支配收入 target growth 6% [] =",
				"农村居民人均可支配收入 target growth 7.5% [] =",
			},
		},
		{
			name: "full-width digits, percent and commas",
			text: "地区生产总值增长５％左右，城镇新增就业１２００人。",
			ctx:  plan,
			want: []string{
				"地区生产总值 target growth 5% [左右] ~",
				"城镇新增就业 target amount 1200人 [] =",
			},
		},
		{
			name: "突破, 名, 项 in a plan section",
			text: "全年地区生产总值突破100亿元,城镇新增就业1200名,引进项目15项。",
			ctx:  plan,
			want: []string{
				"地区生产总值 target amount 100亿元 [以上] >=",
				"城镇新增就业 target amount 1200名 [] =",
				"引进项目 target amount 15项 [] =",
			},
		},
		{
			name: "unknown kind gives nothing",
			text: "地区生产总值增长5%。",
			ctx:  none,
			want: nil,
		},
		{
			name: "CPI: an index is a change",
			text: "居民消费价格涨幅控制在3%左右。",
			ctx:  plan,
			want: []string{"居民消费价格(居民消费价格涨幅) target growth 3% [左右] ~"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			facts := Extract(tt.text, tt.ctx)
			var got []string
			for _, f := range facts {
				got = append(got, row(f))
				checkVerbatim(t, tt.text, f)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Extract:\n got  %q\n want %q", got, tt.want)
			}
		})
	}
}

func checkVerbatim(tb testing.TB, text string, f corpus.Fact) {
	tb.Helper()
	if f.Sentence == "" || !strings.Contains(text, f.Sentence) {
		tb.Errorf("sentence %q is not in the text", f.Sentence)
	}
	if f.ValueText == "" || !strings.Contains(f.Sentence, f.ValueText) {
		tb.Errorf("value text %q is not in the sentence %q", f.ValueText, f.Sentence)
	}
	if f.Wording == "" || !strings.Contains(f.Sentence, f.Wording) {
		tb.Errorf("wording %q is not in the sentence %q", f.Wording, f.Sentence)
	}
}

func TestExtractKeepsSentencesVerbatim(t *testing.T) {
	text := "  地区生产总值增长５％左右；  一般公共预算收入增长6%以上。\n"
	facts := Extract(text, plan)
	if len(facts) != 2 {
		t.Fatalf("got %d facts, want 2", len(facts))
	}
	if facts[0].Sentence != "地区生产总值增长５％左右；" || facts[0].ValueText != "５％" {
		t.Errorf("first fact: sentence %q value %q", facts[0].Sentence, facts[0].ValueText)
	}
	if facts[1].Sentence != "一般公共预算收入增长6%以上。" {
		t.Errorf("second fact: sentence %q", facts[1].Sentence)
	}
}

func TestSectionKind(t *testing.T) {
	tests := []struct {
		section []string
		year    int
		want    string
	}{
		{[]string{"一、2023年工作回顾", "(三)聚焦聚力“五子”联动,在稳定经济大盘中积蓄发展动能"}, 2023, corpus.KindActual},
		{[]string{"二、2023年工作安排", "(一)发展能级“创优”,在扛起国家战略上实现新突破"}, 2023, corpus.KindTarget},
		{[]string{"二、2023年主要任务"}, 2023, corpus.KindTarget},
		{[]string{"二、扎实做好2023年工作"}, 2023, corpus.KindTarget},
		{[]string{"一、2023年政府工作回顾", "(一)这一年,我们抓经济、谋发展,产业亮点日趋明显"}, 2023, corpus.KindActual},
		{[]string{"二、2024年经济社会发展"}, 2023, corpus.KindTarget},
		{[]string{"一、知重负重、唯实唯勤,经济社会稳中向好"}, 2023, ""},
		{nil, 0, ""},
	}
	for _, tt := range tests {
		if got := sectionKind(tt.section, tt.year); got != tt.want {
			t.Errorf("sectionKind(%q) = %q, want %q", tt.section, got, tt.want)
		}
	}
}

func TestStrongKind(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{"2023年全镇经济社会发展主要预期目标是:确保一般公共预算收入增长8%", corpus.KindTarget},
		{"预计2023年,地区生产总值完成168.8亿元", corpus.KindActual},
		{"1-11月,实际利用外资达到63.1亿美元", corpus.KindActual},
		{"新引进企业4个,超额完成全年目标任务", corpus.KindActual},
		{"固定资产投资101.76亿元", ""},
	}
	for _, tt := range tests {
		if got := strongKind(tt.sentence, 2023); got != tt.want {
			t.Errorf("strongKind(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

func TestExtractEmpty(t *testing.T) {
	for _, text := range []string{"", "   ", "。;;", "各位代表:"} {
		if got := Extract(text, plan); len(got) != 0 {
			t.Errorf("Extract(%q) = %v, want none", text, got)
		}
	}
}
