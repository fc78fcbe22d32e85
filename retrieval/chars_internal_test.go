package retrieval

import "testing"

func TestContainedToken(t *testing.T) {
	for tok, want := range map[string]bool{"茶": true, "茶园": true, "GDP": false, "5": false, "": false} {
		if got := containedToken(tok); got != want {
			t.Errorf("containedToken(%q) = %v, want %v", tok, got, want)
		}
	}
}

func TestCharCap(t *testing.T) {
	one := []weightedToken{{"茶", 3, true}}
	two := []weightedToken{{"茶园", 3, true}}
	for _, tt := range []struct {
		toks  []weightedToken
		first float64
		want  float64
	}{
		{one, 6, 0.5}, // a common character beside a rarer main rendering
		{one, 2, 1},   // a character rarer than the main rendering
		{two, 6, 1},   // a word is never bounded
		{one, 0, 1},   // no main rendering to compare with
	} {
		if got := charCap(tt.toks, tt.first); got != tt.want {
			t.Errorf("charCap(%v, %v) = %v, want %v", tt.toks, tt.first, got, tt.want)
		}
	}
}

func TestHoldsWithoutLexicon(t *testing.T) {
	for _, tt := range []struct {
		text, tok string
		want      float64
	}{
		{"新建茶园三处", "茶", 1},
		{"新建茶园三处", "茶园", 1},
		{"新建茶园三处", "桑", 0},
	} {
		if got := holds(nil, tt.text, tt.tok); got != tt.want {
			t.Errorf("holds(nil, %q, %q) = %v, want %v", tt.text, tt.tok, got, tt.want)
		}
	}
}
