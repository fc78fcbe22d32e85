package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/internal/lexicon"
)

// TestShortens checks abbreviations formed from the first characters of a compound's parts,
// and that characters a sentence holds apart by chance do not make one.
func TestShortens(t *testing.T) {
	tests := []struct {
		run, sentence string
		want          bool
	}{
		{"社零", "固定资产投资增长7%,社会消费品零售总额增长7%", true},
		{"固投", "地区生产总值增长9%左右,固定资产投资增长25%左右", true},
		{"文保单位", "实现镇域102处文物保护单位有机串联", true},
		{"污水厂", "南部工业区4万吨综合污水处理厂建成投用", true},
		{"研发", "全社会研究与试验发展经费支出占地区生产总值的比重超4%", true},
		// Two characters the sentence holds, not as the starts of a compound's parts.
		{"社零", "新增社会治安视频监控探头170个", false},
		{"露营", "经营性收入683万元", false},
		{"消费券", "发放“瓶改电”等补贴13余万元", false},
		{"想涨", "固定资产投资增长15%以上", false},
	}
	for _, tc := range tests {
		if got := shortens(lexicon.SenseKeys, tc.run, tc.sentence); got != tc.want {
			t.Errorf("shortens(%s, %s) = %v, want %v", tc.run, tc.sentence, got, tc.want)
		}
	}
	if shortens(nil, "社零", "社会消费品零售总额增长7%") {
		t.Error("abbreviates without a dictionary")
	}
}

// TestRunsNotIn: the runs of a question word that no pair of the text's characters covers.
func TestRunsNotIn(t *testing.T) {
	if got := runsNotIn("文保单位", "实现镇域102处文物保护单位有机串联"); len(got) != 1 || got[0] != "文保" {
		t.Errorf("runsNotIn(文保单位) = %q", got)
	}
	if got := runsNotIn("文物保护单位", "实现镇域102处文物保护单位有机串联"); len(got) != 0 {
		t.Errorf("runsNotIn(文物保护单位) = %q", got)
	}
	if got, ok := shortened(lexicon.SenseKeys, "文保", "实现镇域102处文物保护单位有机串联"); !ok || got != "文物保护" {
		t.Errorf("shortened(文保) = %q, %v", got, ok)
	}
}

// TestClippedBy: a report's two-character clipping of the asker's long form (稻蟹 of 稻田养蟹)
// answers for it; a run that opens with no dictionary word, or a sentence without the clipping,
// does not.
func TestClippedBy(t *testing.T) {
	tests := []struct {
		run, sentence, want string
	}{
		{"稻田养蟹", "新增稻蟹综合种养面积5万亩", "稻蟹"},
		{"稻田养蟹", "新增优质水稻品种繁育示范基地5万亩", ""},
		{"蟹田养稻", "新增稻蟹综合种养面积5万亩", ""},
		{"稻田", "稻田面积", ""},
	}
	for _, tt := range tests {
		got, ok := clippedBy(lexicon.SenseKeys, tt.run, tt.sentence)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("clippedBy(%q, %q) = %q, %v; want %q", tt.run, tt.sentence, got, ok, tt.want)
		}
	}
}
