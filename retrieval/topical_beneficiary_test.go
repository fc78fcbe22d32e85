package retrieval

import "testing"

func TestBeneficiaryQualifiesAlternatives(t *testing.T) {
	ix := bundledIndex(t)
	for _, c := range []struct {
		q, who string
		want   bool
	}{
		{"哪些地方给老人搞了助餐或食堂?", "老人", true},
		{"哪些镇为残疾人搞了照料或就业帮扶?", "残疾人", true},
		// Not marked as whom the alternatives serve: a term of its own.
		{"哪些地方老人的助餐或食堂?", "老人", true}, // 的 (qualifierTerms before)
		{"哪些地方老人搞了助餐或食堂?", "老人", false},
	} {
		p := Analyze(c.q, ix)
		alts := alternativeTerms(p)
		quals := qualifierTerms(p, alts)
		if quals[c.who] != c.want {
			t.Errorf("%s: %s qualifier = %v, want %v (alts %v)", c.q, c.who, quals[c.who], c.want, alts)
		}
	}
	p := Analyze("哪些地方给老人搞了助餐或食堂?", ix)
	alts := alternativeTerms(p)
	if !beneficiaryQualified(p, alts, qualifierTerms(p, alts)) {
		t.Error("给老人: want a beneficiary qualifier")
	}
	p = Analyze("哪些地方老年人的助餐点或食堂?", ix)
	alts = alternativeTerms(p)
	if beneficiaryQualified(p, alts, qualifierTerms(p, alts)) {
		t.Error("老年人的: a 的 qualifier is no beneficiary")
	}
}
