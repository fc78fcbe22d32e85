package retrieval

import "testing"

// TestEnAsksFigureInWords: an English list question asks for a figure in words, as 给出了…的数量
// does, with "give a number for", "give figures for", "state the amount of"; "mention a number of"
// (many) and a plain "mention" ask for none.
func TestEnAsksFigureInWords(t *testing.T) {
	for q, want := range map[string]bool{
		"Which reports give a number for back streets and alleys that were fixed up?": true,
		"Which reports give figures for mediated disputes?":                           true,
		"Which reports state the amount spent on road repairs?":                       true,
		"Which reports give a figure for new surveillance cameras?":                   true,
		"Which reports mention a number of measures for back alleys?":                 false,
		"Which reports mention back alleys?":                                          false,
		// "A number of" is "several" after a verb of giving too.
		"Which reports provide a number of services for elderly people?":       false,
		"Which reports give a number of measures to support small businesses?": false,
		"Which reports give the number of elderly people served?":              true,
	} {
		if got := Analyze(q, nil).AsksFigure(); got != want {
			t.Errorf("AsksFigure(%q) = %v, want %v", q, got, want)
		}
	}
}
