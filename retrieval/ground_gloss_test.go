package retrieval_test

import "testing"

// A sentence holds a question's word where it holds a report word whose own gloss ends in it,
// though the search did not weigh that word among the question word's renderings: 营业 ("to do
// business") holds "business" at glossCredit. A sentence without such a word does not.
func TestGroundGlossHead(t *testing.T) {
	q := "Will the Liuzhou district speed up issuing business licences?"
	g := ground(t, q, "深入推进“证照分离”工作,缩短营业执照办结时间,实现涉企证照电子化。")
	if c := concept(t, g, "business"); c.Covered < 0.7 {
		t.Errorf("business: %+v, want covered by 营业 (to do business)", c)
	}
	if g.Share < 0.5 {
		t.Errorf("share %.2f, want the sentence grounded", g.Share)
	}
	g = ground(t, q, "深入推进“证照分离”工作,实现涉企证照电子化。")
	if c := concept(t, g, "business"); c.Covered >= 0.7 {
		t.Errorf("business: %+v, want not covered without 营业", c)
	}
}

// The first word of a report word's two-word gloss covers a question's word as its head does
// (the lexicon renders a modifier by such a gloss): "ice" is held where a word glossed "ice …"
// is, and the sentence on 制冰船 grounds "ice-making boats".
func TestGroundGlossModifier(t *testing.T) {
	g := ground(t, "Did Shacheng do anything about ice-making boats?", "持续推进自建房和城镇燃气安全整治、制冰船隐患整治等专项行动。")
	if c := concept(t, g, "ice"); c.Covered < 0.7 {
		t.Errorf("ice: %+v, want covered through a gloss it qualifies", c)
	}
	if g.Share < 0.5 {
		t.Errorf("share %.2f, want the sentence grounded", g.Share)
	}
}
