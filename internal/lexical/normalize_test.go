package lexical

import (
	"testing"

	"github.com/reportbot/reportbot/internal/zh"
)

// TestNormalizeFoldsWidth holds Normalize to zh.Normalize on every character it folds
// (widthFold) alone and beside the combining marks, CJK punctuation and kana (U+0300–U+036F,
// U+3000–U+30FF) and every 61st character of the Basic Multilingual Plane (every 7th for the
// full-width forms of letters, digits and the marks reports use), and on report-like text; and checks that text with full-width punctuation takes the fold, not NFKC.
func TestNormalizeFoldsWidth(t *testing.T) {
	var folded []rune
	for r := rune(0); r < 0x10000; r++ {
		if widthFold(r) >= 0 {
			folded = append(folded, r)
		}
	}
	if len(folded) != 26+94+1 {
		t.Fatalf("%d characters fold, want 121", len(folded))
	}
	check := func(s string) {
		t.Helper()
		if got, want := Normalize(s), zh.Normalize(s); got != want {
			t.Fatalf("Normalize(%q) = %q, want %q", s, got, want)
		}
	}
	for _, f := range folded {
		check(string(f))
		step := rune(61)
		if f == 'A' || f == 0x3000 || f == '％' || f == '，' || f == 'Ａ' || f == 'ａ' || f == '５' {
			step = 7
		}
		for r := rune(0); r < 0x10000; r++ {
			if !(r >= 0x300 && r < 0x370 || r >= 0x3000 && r < 0x3100) && r%step != 0 {
				continue
			}
			check(string(f) + string(r))
			check(string(r) + string(f))
		}
	}
	for _, s := range []string{"地区生产总值增长６．５％左右，一般公共预算收入（ＧＤＰ）增长８％。", "Ｅ\u0301", "ＡＢＣ\u3000ｄｅｆ", "PM2.5浓度下降", "\xffＡ"} {
		check(s)
	}
	s := "全年地区生产总值增长6.5%，一般公共预算收入增长8%；"
	if n := testing.AllocsPerRun(10, func() { Normalize(s) }); n > 1 {
		t.Errorf("Normalize of text with full-width commas allocated %v times, want 1 (the fold)", n)
	}
}
