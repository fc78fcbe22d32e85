package answer

import "testing"

// TestSubPlaceFigure: a village's figure is the figure of the clause that names it; a village
// the sentence names without one is declined, not answered with the town's or other villages'.
func TestSubPlaceFigure(t *testing.T) {
	wantDeclines(t, []qWant{
		{"岱西镇海丰村去年经营性收入是多少?", "没有给出海丰村自己的这一数字"},
		{"How much operating income did Haifeng village in Daixi earn last year?", "no figure of its own for Haifeng village (海丰村)"},
	})
	wantAnswers(t, []qWant{
		{"岱西镇摇星浦村去年经营性收入是多少?", "180万元"},
		{"How much operating income did Yaoxingpu village in Daixi earn last year?", "1.8 million yuan (突破180万元)"},
	})
}
