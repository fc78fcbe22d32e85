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
		if got := quotedInEnglish(c.norm, c.from); got != c.want {
			t.Errorf("quotedInEnglish(%q, %q) = %v, want %v", c.norm, c.from, got, c.want)
		}
	}
}

// TestQuotedNameOwnWording: a quoted English name is not held by a rendering that holds
// another word of the question (专精特新 holds 专, "specialised"), only by its own (小巨人).
func TestQuotedNameOwnWording(t *testing.T) {
	ix := bundledIndex(t)
	sc := ix.newScorer(ix.listPlan(Analyze("Which places have a company recognised as a national specialised 'little giant' firm?", ix)))
	if sc.topical(normalize("新引进“四类500强”企业4个、“专精特新”“瞪羚”“独角兽”等企业3个,超额完成全年目标任务。")) {
		t.Error("专精特新 alone taken for a 'little giant'")
	}
	if !sc.topical(normalize("巨联环保成为盛泽首家国家级专精特新“小巨人”企业。")) {
		t.Error("a 小巨人 firm not taken for a 'little giant'")
	}
}
