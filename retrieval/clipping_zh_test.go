package retrieval

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/lexicon"
)

// TestClipsWording: an asker's clipping keeps the first characters of an indicator wording's
// words and its head (规工总产值 of 规上工业总产值, 社零总额 of 社会消费品零售总额); a prefix is no
// clipping, nor one without the head (社零: the table lists the reports' own), and characters
// the wording holds apart by chance (产 of 生产总值) do not start a piece.
func TestClipsWording(t *testing.T) {
	tests := []struct {
		clip, w string
		want    bool
	}{
		{"规工总产值", "规上工业总产值", true},
		{"规工增加值", "规上工业增加值", true},
		{"社零总额", "社会消费品零售总额", true},
		{"社零", "社会消费品零售总额", false},    // no head
		{"社会", "社会消费品零售总额", false},    // a prefix leaves nothing out
		{"地产", "地区生产总值", false},       // 产 starts no word of it
		{"工资", "工业投资", false},         // 资 starts no word
		{"规工总产值", "规模以上工业增加值", false}, // 总产值 is not in it
	}
	for _, tt := range tests {
		if got := clipsWording(lexicon.SenseKeys, tt.clip, tt.w); got != tt.want {
			t.Errorf("clipsWording(%q, %q) = %v, want %v", tt.clip, tt.w, got, tt.want)
		}
	}
}

// TestAnalyzeClippedIndicator: a question naming an indicator by an asker's clipping asks that
// indicator, its clipping a term with the indicator's wordings, not a subject of its own.
func TestAnalyzeClippedIndicator(t *testing.T) {
	p := Analyze("黎里镇去年规工总产值完成了多少？", nil)
	if !slices.Contains(p.Indicators, "规模以上工业总产值") {
		t.Fatalf("indicators = %v, want 规模以上工业总产值", p.Indicators)
	}
	i := slices.IndexFunc(p.Terms, func(t Term) bool { return t.From == "规工总产值" })
	if i < 0 || !slices.Contains(p.Terms[i].Variants, "规上工业总产值") {
		t.Errorf("terms = %+v, want 规工总产值 with the wording 规上工业总产值", p.Terms)
	}
}

// TestClippedIndicator: a clipping opens the segment and holds a pair no report writes; a
// wording the reports write (规上企业) is theirs.
func TestClippedIndicator(t *testing.T) {
	written := map[string]bool{"规上": true, "上企": true, "企业": true, "总产": true, "产值": true}
	known := func(bi string) bool { return written[bi] }
	tests := []struct{ seg, want string }{
		{"规工总产值完成", "规工总产值"},
		{"规上企业", ""},
		{"职工平均工资", ""},
	}
	for _, tt := range tests {
		got, _, ok := clippedIndicator(lexicon.SenseKeys, known, tt.seg)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("clippedIndicator(%q) = %q, %v; want %q", tt.seg, got, ok, tt.want)
		}
	}
}
