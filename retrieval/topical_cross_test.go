package retrieval

import "testing"

// TestHeldAsWordAcross: a two-character topic word is not held where a word of the lexicon runs
// across its start from two characters before (国际化工作), nor where a commoner word runs
// across its end (亮化工程); a rare word across its end (口腹 of 港口腹地) leaves it held.
func TestHeldAsWordAcross(t *testing.T) {
	lex := bundledIndex(t).Lexicon()
	for _, tt := range []struct {
		text, word string
		want       bool
	}{
		{"优化国际化工作和生活环境", "化工", false},
		{"新建集镇水生段、小学段亮化工程", "化工", false},
		{"打造西白漾公园景观绿化工程", "化工", false},
		{"挖掘石油化工、房地产等行业", "化工", true},
		{"推动冠宏化工绿色智能自动化提升", "化工", true},
		{"深挖临港经济开发区港口腹地优势", "港口", true},
	} {
		if got := heldAsWord(tt.text, tt.word, lex, false); got != tt.want {
			t.Errorf("heldAsWord(%q, %s) = %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
}
