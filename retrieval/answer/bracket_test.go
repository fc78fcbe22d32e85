package answer

import (
	"strings"
	"testing"
)

// TestBracketedOtherName: a bracketed other name of the counted thing answers as the first
// ("businesses (market entities)": 市场主体3700多户), and a bracketed description of the place
// adds no word the answer must hold.
func TestBracketedOtherName(t *testing.T) {
	lex := corpusLexicon(t)
	ans := askWith(t, "How many new businesses (market entities) did Lili register last year?", lex)
	if !ans.Grounded || !strings.Contains(ans.Text, "3,700") {
		t.Errorf("want the 3,700 market entities, got %q", ans.Text)
	}
	ans = askWith(t, "What was the general public budget revenue of the Beijing district (the host of the Winter Olympics) in 2023?", lex)
	if !ans.Grounded || !strings.Contains(ans.Text, "50.3 billion yuan (503亿元)") {
		t.Errorf("want the 50.3 billion yuan, got %q", ans.Text)
	}
}
