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
