package retrieval

import "testing"

// A clipped English word is read as the word it clips: with or without its stop when the
// clipping is no English word ("govt", "yr"), only with a stop inside the question when it is
// one ("ind", "dist", "pop"); hyphenated words and contractions are left alone.
func TestExpandEnAbbrev(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"How many items did the Panjin district shift into its govt. service center?", "How many items did the Panjin district shift into its government service center?"},
		{"Liuzhou dist. - how many market players are they targeting?", "Liuzhou district - how many market players are they targeting?"},
		{"Shengze ind. invoiced sales last yr?", "Shengze industrial invoiced sales last year?"},
		{"What was the Govt budget?", "What was the Government budget?"},
		{"Lili's pop. growth?", "Lili's population growth?"},
		// A no-break space after the stop (pasted text) is a space too.
		{"Liuzhou dist.\u00a0- how many market players?", "Liuzhou district\u00a0- how many market players?"},
		// A dotted clipping's stop must be inside the question: a last word is a word.
		{"Which towns have a dist", "Which towns have a dist"},
		{"How many dev projects?", "How many dev projects?"},
		{"How many labor co-ops are there?", "How many labor co-ops are there?"},
		{"盛泽镇的GDP是多少?", "盛泽镇的GDP是多少?"},
	} {
		if got := expandEnAbbrev(c.q); got != c.want {
			t.Errorf("expandEnAbbrev(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// The planner reads the expanded word: "govt." is government (政务 terms), not an unknown word
// that makes the question look unanswerable.
func TestAnalyzeDottedAbbrev(t *testing.T) {
	p := Analyze("How many items did the Panjin district shift into its govt. service center?", nil)
	for _, e := range p.English {
		if e.Text == "govt" {
			t.Errorf("govt. read as a word of its own: %+v", e)
		}
	}
	if p.Question != "How many items did the Panjin district shift into its government service center?" {
		t.Errorf("Question = %q, want the clipping written out", p.Question)
	}
}
