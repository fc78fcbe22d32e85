package retrieval

import (
	"slices"
	"testing"
)

// TestNegatedParts: the asides that exclude a part, in brackets or after a comma.
func TestNegatedParts(t *testing.T) {
	for q, want := range map[string]string{
		"which reports mention charging stations for electric cars (not e-bikes)?": "e-bikes",
		"which reports mention charging stations, but not e-bikes?":                "e-bikes",
		"which reports mention parks, other than pocket parks, built last year?":   "pocket parks",
	} {
		if got := negatedParts(q); !slices.Contains(got, want) {
			t.Errorf("negatedParts(%q) = %v, want %q", q, got, want)
		}
	}
	if got := negatedParts("which reports do not mention parks?"); len(got) != 0 {
		t.Errorf("a negated verb taken for an excluded part: %v", got)
	}
}

// TestNegatedPartExcluded: a span about the part the question excludes (e-bikes' charging) is
// not listed; one about the asked kind (cars' charging) is.
func TestNegatedPartExcluded(t *testing.T) {
	ix := bundledIndex(t)
	sc := ix.newScorer(ix.listPlan(Analyze("Which reports mention charging stations for electric cars or trucks (not e-bikes), built or planned?", ix)))
	if sc.topical(normalize("有序推进居民小区电动自行车棚和充电桩建设;")) {
		t.Error("e-bike charging listed though the question excludes e-bikes")
	}
	if !sc.topical(normalize("推进住宅小区和公共停车场新能源汽车充电配套设施建设,加快建设xx区新能源汽车推广应用提升项目。")) {
		t.Error("car charging not listed")
	}
}
