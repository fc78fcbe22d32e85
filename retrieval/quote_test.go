package retrieval

import (
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/num"
)

func TestHeadingLike(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"一是渔业产业质效提升。", true},
		{"二是明确指标任务。", true},
		{"(二)聚焦乡村振兴,狠抓要素统筹,坚定不移推进“三农”工作新提升。", true},
		{"（三）聚焦乡村振兴，在固强补弱中绘就乡村新画卷。", true},
		{"一、2023年工作回顾", true},
		{"全面激发乡村振兴活力。", true},
		{"助力乡村振兴。", true},
		{"重点抓好以下五个方面工作:", true},
		{"今年以来,我们主要做了以下工作:", true},
		{"全年引进项目10个。", false},
		{"(一)新增城镇就业1000人。", false},
		{"一是疫情防控取得实效,设立卡点46个。", false},
		{"全年实现零火点;", false},
		{"乡村振兴成效显著,新增2个市级特色田园乡村,元荡村上榜苏州市乡村休闲旅游农业精品村。", false},
		{"严格落实“四个不摘”要求,持续巩固“三保障一安全”核心指标,健全防止返贫动态监测和帮扶机制。", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := headingLike(tt.s); got != tt.want {
			t.Errorf("headingLike(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestFragment(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"面对疫情防控的严峻形势和经济下行的巨大压力,", true},
		{"面对疫情防控的严峻形势和经济下行的巨大压力,一年来", true},
		{"推进经济实现质的有效提升和量的合理增长,", true},
		{"全年引进项目10个。", false},
		{"固定资产投资1765万元,同比增长60%;", false},
		{"打造“幸福、活力、美丽、生态”浍沟。”", false},
		{"重点抓好以下五个方面工作:", false},
	}
	for _, tt := range tests {
		if got := fragment(tt.s); got != tt.want {
			t.Errorf("fragment(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestHoldsRun(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"持续推进乡村振兴工作", "乡村振兴", true},
		{"深入实施种业振兴行动,建设美丽乡村", "乡村振兴", false},
		{"村级集体经济倍增计划", "镇给村集体经济", true},
		{"实现老旧小区综合整治156万平方米", "老旧小区改造", true},
		{"完成水岙村等一批长者食堂建设", "长者食堂", true},
		{"新增老年餐桌10个", "长者食堂", false},
		{"gdp增长5%", "gdp", true},
	}
	for _, tt := range tests {
		if got := holdsRun(tt.text, tt.word); got != tt.want {
			t.Errorf("holdsRun(%q, %q) = %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
}

func TestWantFigure(t *testing.T) {
	ix := bundledIndex(t)
	tests := []struct {
		q          string
		asks       bool
		dim, class string
		fits       string // a sentence that states the figure asked for
		misses     string // one that does not
	}{
		{"How many projects did Daixi town attract in 2023?", true, num.DimCount, "projects", "全年引进项目10个。", "完成87个排污口整治。"},
		{"盘锦的那个区化解了多少政府存量债务?", true, num.DimCNY, "", "化解政府存量债务9.59亿元。", "积极化解政府存量债务。"},
		{"What was the Guangxi district's GDP in 2023?", true, num.DimCNY, "", "地区生产总值完成426.82亿元。", "全区地区生产总值占全市比重达15.3%。"},
		{"黎里镇2023年地区生产总值增长目标是多少?", true, num.DimPct, "", "地区生产总值增长5%左右。", "地区生产总值再上新台阶。"},
		{"沙埕镇新增社会治安视频监控探头多少个?", true, num.DimCount, "", "新增社会治安视频监控探头170个。", "新增探头覆盖全镇。"},
		{"How many people did the Panjin district send to help fight the floods?", true, num.DimCount, "people", "出动3000多人次支援全市抗洪抢险工作。", "投入资金2000万元。"},
		{"Which reports mention rural revitalization?", false, "", "", "", ""},
	}
	for _, tt := range tests {
		w := wantFigure(Analyze(tt.q, ix))
		if w.asks != tt.asks || w.dim != tt.dim || w.class != tt.class {
			t.Errorf("%s: want %+v, expected asks %v dim %q class %q", tt.q, w, tt.asks, tt.dim, tt.class)
		}
		if tt.fits != "" {
			if _, ok := w.fit(tt.fits); !ok {
				t.Errorf("%s: %q does not fit", tt.q, tt.fits)
			}
			if _, ok := w.fit(tt.misses); ok {
				t.Errorf("%s: %q fits", tt.q, tt.misses)
			}
		}
	}
}

// TestNarrowKeepsAStatement holds a narrowed quote to a statement: long enough, and not
// ending on a short clause ("…一年来").
func TestNarrowKeepsAStatement(t *testing.T) {
	ix := bundledIndex(t)
	sc := ix.newScorer(Analyze("岱西镇如何应对疫情防控的严峻形势和经济下行压力?", ix))
	sent := "面对疫情防控的严峻形势和经济下行的巨大压力,一年来,在县委、县政府和镇党委的坚强领导下,在镇人大的监督支持下,我镇始终坚持以习近平新时代中国特色社会主义思想为指引,深入学习贯彻党的二十大精神,全面落实习近平总书记视察浙江的重要讲话和指示精神,团结带领全镇干部群众,高效统筹疫情要防住、经济要稳住、发展要安全,履责于行、担当实干,圆满完成了全年各项目标任务。"
	q := sc.narrow(sent)
	if !strings.Contains(sent, q) || len([]rune(q)) < minNarrow || strings.HasSuffix(q, "一年来") {
		t.Errorf("narrow = %q", q)
	}
}

func TestTopicWordings(t *testing.T) {
	tests := []struct{ in, want []string }{
		{[]string{"发展民宿"}, []string{"民宿"}},
		{[]string{"电信诈骗", "电信网络诈骗", "诈骗"}, []string{"电信诈骗", "电信网络诈骗"}},
		{[]string{"乡村振兴"}, []string{"乡村振兴"}},
		{[]string{"建设"}, []string{"建设"}},
	}
	for _, tt := range tests {
		if got := topicWordings(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("topicWordings(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
