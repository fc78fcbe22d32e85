package num

import (
	"strings"
	"testing"
)

// TestFindRound: with Options.Round, round numbers and scales written without digits are read
// as their digits would be, at their place in the text; without it they are not figures.
func TestFindRound(t *testing.T) {
	tests := []struct {
		text       string
		want       string  // the Text of the round value
		amount     float64 // its amount in base units
		dim, class string
		english    string
	}{
		{"全镇近万名党员干部", "万名", 10000, DimCount, "people", "10,000 people"},
		{"超千人参与", "千人", 1000, DimCount, "people", "1,000 people"},
		{"逾百家企业", "百家", 100, DimCount, "enterprises", "100 enterprises"},
		{"打造千亿级产业集群", "千亿", 1e11, DimNone, "", "100 billion"},
		{"建成万吨级码头", "万吨", 10000, DimTonne, "", "10,000 tonnes"},
		{"形成千亿规模", "千亿", 1e11, DimNone, "", "100 billion"},
	}
	for _, tt := range tests {
		var got []Value
		for _, v := range FindWith(tt.text, Options{Ungrouped: true, Round: true}) {
			if v.Form == FormChinese {
				got = append(got, v)
			}
		}
		if len(got) != 1 {
			t.Errorf("%s: round values %+v, want one", tt.text, got)
			continue
		}
		v := got[0]
		if v.Text != tt.want || tt.text[v.Start:v.End] != v.Text || v.Amount() != tt.amount || v.Dim() != tt.dim || v.Class() != tt.class || v.English() != tt.english {
			t.Errorf("%s: %q amount %v dim %q class %q English %q; want %q %v %q %q %q", tt.text, v.Text, v.Amount(), v.Dim(), v.Class(), v.English(),
				tt.want, tt.amount, tt.dim, tt.class, tt.english)
		}
		if len(FindWith(tt.text, Options{Ungrouped: true})) != 0 {
			t.Errorf("%s: found without Options.Round", tt.text)
		}
	}
	// A written numeral is read as such, once: 300亿能级 and 3万余人 are no round numbers.
	for _, text := range []string{"打造300亿能级产业", "近3万余人"} {
		if vs := FindWith(text, Options{Ungrouped: true, Round: true}); len(vs) != 1 || vs[0].Form != FormArabic {
			t.Errorf("%s: %+v, want the Arabic figure alone", text, vs)
		}
	}
}

// TestFindRanges: with Options.Ranges, a bare low end of a rising range takes its high end's
// multiplier and unit; a falling pair and a pair with a unit on both ends are left as written.
func TestFindRanges(t *testing.T) {
	tests := []struct {
		text string
		want []string // English of each value
	}{
		{"投资50-60亿元", []string{"5 billion yuan", "6 billion yuan"}},
		{"增长6~7%", []string{"6%", "7%"}},
		{"增长6%-7%", []string{"6%", "7%"}},
		{"编号90-8个", []string{"90", "8"}},
	}
	for _, tt := range tests {
		var got []string
		for _, v := range FindWith(tt.text, Options{Ungrouped: true, Ranges: true}) {
			got = append(got, v.English())
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: %q, want %q", tt.text, got, tt.want)
		}
	}
	if vs := FindWith("投资50-60亿元", Options{Ungrouped: true}); vs[0].Unit != "" {
		t.Errorf("without Options.Ranges the low end has a unit: %+v", vs[0])
	}
}
