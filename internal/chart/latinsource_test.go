package chart

import "testing"

// TestLatinSource: the pinyin fallback's source line names the indicator once, in English,
// with the reports' other wordings transliterated after it.
func TestLatinSource(t *testing.T) {
	c := Comparison{IndicatorLatin: "GDP", Wordings: []string{"地区生产总值"}, Rows: []Row{{Label: "甲镇", Report: key(1)}}}
	if got, want := latinSource(c), "Source: 2023-gov-work-reports.txt (report 1) · wording: GDP"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	c.IndicatorLatin, c.Wordings = "general public budget revenue", []string{"一般公共预算收入", "地方财政收入"}
	if got, want := latinSource(c), "Source: 2023-gov-work-reports.txt (report 1) · wording: general public budget revenue (difangcaizhengshouru)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
