package lexicon

import "testing"

// TestHoldsWord: a word is held where it stands as a word of its own, not where a longer word
// of the reports holds it (猕猴 of 猕猴桃, as 海陆 of 海陆空) or crosses it (园和 across 果园).
func TestHoldsWord(t *testing.T) {
	l := smallLexicon(t)
	for _, tt := range []struct {
		text, w string
		want    bool
	}{
		{"发展猕猴桃种植", "猕猴", false},
		{"发展猕猴桃种植", "猕猴桃", true},
		{"建设果园和花园", "园和", false},
		{"建设果园和花园", "果园", true},
		{"猕猴桃和猕猴", "猕猴", true}, // the second stands alone
		{"发展足球运动", "海带", false},
	} {
		if got := l.HoldsWord(tt.text, tt.w); got != tt.want {
			t.Errorf("HoldsWord(%q, %q) = %v, want %v", tt.text, tt.w, got, tt.want)
		}
	}
	var nilLex *Lexicon
	if !nilLex.HoldsWord("发展猕猴桃种植", "猕猴") {
		t.Error("a nil lexicon does not find 猕猴 in 猕猴桃")
	}
}
