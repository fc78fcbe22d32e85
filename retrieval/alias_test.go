package retrieval

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/zh"
)

// TestQuotedChineseWithLetters: an English question's Chinese wording is a term even when it
// holds a Latin letter or a Roman numeral between its characters (劣V类, 劣Ⅴ类); a lone
// character beside a letter is none.
func TestQuotedChineseWithLetters(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"Which reports plan to clean up grade-V-or-worse (劣V类) rivers this year?", []string{"劣v类"}},
		{"Which reports clean up 劣Ⅴ类 rivers?", []string{"劣v类"}},
		{"Which reports mention age-friendly modifications (适老化改造)?", []string{"适老化改造"}},
		{"Which reports mention 5G (5G基站) or the 类 x?", []string{"基站"}},
	}
	for _, tt := range tests {
		var got []string
		for _, term := range quotedChinese(zh.Normalize(tt.q), nil) {
			got = append(got, term.From)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("quotedChinese(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
