package retrieval

import "testing"

// TestQuotedInEnglish: a term is quoted when its words (or their singular) stand inside
// quotation marks; an apostrophe of a possessive opens no quotation.
func TestQuotedInEnglish(t *testing.T) {
	for _, c := range []struct {
		norm, from string
		want       bool
	}{
		{"which places have a national specialised 'little giant' firm?", "little giants", true},
		{`which reports mention the "river chief" system?`, "river chief", true},
		{"which reports mention the “toilet revolution”?", "toilet revolution", true},
		{"which of china's towns name a 'little giant'?", "towns", false},
		{"which places have a little giant firm?", "little giants", false},
	} {
		if got := quotedInEnglish(c.norm, englishQuotes(c.norm), c.from); got != c.want {
			t.Errorf("quotedInEnglish(%q, %q) = %v, want %v", c.norm, c.from, got, c.want)
		}
	}
}

// TestWrittenOutsideQuotes: a term is written outside the quotations only where the question
// writes it there.
func TestWrittenOutsideQuotes(t *testing.T) {
	norm := "which places have a national specialised 'little giant' firm?"
	qs := englishQuotes(norm)
	if !writtenOutsideQuotes(norm, qs, "specialised") || writtenOutsideQuotes(norm, qs, "little giant") || writtenOutsideQuotes(norm, qs, "rural toilets") {
		t.Error("writtenOutsideQuotes misplaces a term")
	}
}

// TestQuotedNameOwnWording: a quoted English name is not held by a rendering that holds a
// word the question writes outside the quote (专精特新 holds 专, "specialised"), only by its own
// (小巨人); a term written nowhere outside the quote takes nothing from it.
func TestQuotedNameOwnWording(t *testing.T) {
	sc := &scorer{terms: []scoredTerm{
		{from: "little giants", wordings: []string{"小巨人", "专精特新"}, topics: []topicWord{newTopicWord("小巨人"), newTopicWord("专精特新")}},
		{from: "specialised", wordings: []string{"主攻", "专"}, topics: []topicWord{newTopicWord("主攻"), newTopicWord("专")}},
	}}
	sc.keepQuotedNames(Plan{Lang: "en", Norm: "which places have a national specialised 'little giant' firm?"})
	if got := sc.terms[0].topics; len(got) != 1 || got[0].word != "小巨人" {
		t.Errorf("'little giant' keeps %v, want 小巨人 alone", got)
	}
	if len(sc.terms[1].topics) != 2 {
		t.Errorf("an unquoted term lost topic words: %v", sc.terms[1].topics)
	}
	ix := bundledIndex(t)
	// A rendering the quoted word shares with a term the question writes no other way (厕所
	// of "rural toilets") is kept.
	sc = ix.newScorer(ix.listPlan(Analyze("Which reports talk about toilets - the rural 'toilet revolution' or building/upgrading toilets?", ix)))
	if !sc.topical(normalize("常态化开展农村人居环境整治,扎实推进“厕所革命”,乡村面貌更加干净整洁;")) {
		t.Error("the toilet revolution not taken for toilets")
	}
}
