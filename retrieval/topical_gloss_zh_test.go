package retrieval

import "testing"

func TestGlossAlternatives(t *testing.T) {
	ix := bundledIndex(t)
	p := Analyze("哪些地方提到了非遗(非物质文化遗产的项目、传承基地或非遗活动)?", ix)
	alts := alternativeTerms(p)
	for _, w := range []string{"非遗", "非物质文化遗产", "传承基地", "非遗活动"} {
		if !alts[w] {
			t.Errorf("%s: not an alternative (alternatives %v)", w, alts)
		}
	}
	// A bracket that joins nothing glosses one word: no alternatives.
	if alts := alternativeTerms(Analyze("哪些报告提到了托育(婴幼儿托位)?", ix)); alts["托育"] {
		t.Errorf("托育(婴幼儿托位): alternatives %v", alts)
	}
}
