package answer

import (
	"testing"

	"github.com/reportbot/reportbot/internal/num"
)

// TestInQuotedName: a Chinese numeral inside a short quoted name (a slogan) is no figure of the
// quote; digits in quotes and numerals outside them are.
func TestInQuotedName(t *testing.T) {
	quote := "组织开展“一年一村一场戏”文化惠民下乡演出等各类活动200余场次,“12345”热线受理3件。"
	var got []string
	for _, v := range quoteValues(quote) {
		got = append(got, quote[v.Start:v.End])
	}
	for _, v := range num.FindWith(quote, num.Options{Ungrouped: true, Round: true}) {
		if in := inQuotedName(quote, v); in != (v.Form == num.FormChinese) {
			t.Errorf("inQuotedName(%s) = %v", quote[v.Start:v.End], in)
		}
	}
	for _, w := range got {
		if w == "一年" || w == "一村" || w == "一场" {
			t.Errorf("quoteValues kept %q of the quoted name: %q", w, got)
		}
	}
	if len(got) == 0 || got[0] != "200余场" && got[0] != "200" {
		t.Errorf("quoteValues = %q, want 200… first", got)
	}
}
