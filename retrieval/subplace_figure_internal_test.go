package retrieval

import "testing"

// TestSubPlaceUnstated: a village named in the quoted sentence without a figure in its own
// clause is unstated; one whose clause states a figure (named without its level word) is not.
func TestSubPlaceUnstated(t *testing.T) {
	const s = "6个村完成经营性收入超50万元,其中摇星浦、前岸均突破180万元,海丰村通过组建强村公司实现经营性收入倍速增长,被列入全市集体经济发展红榜。"
	for _, c := range []struct {
		q, village string
		want       bool
	}{
		{"岱西镇海丰村去年经营性收入是多少?", "海丰村", true},
		{"岱西镇摇星浦村去年经营性收入是多少?", "摇星浦村", false},
		{"岱西镇海丰村去年做了什么?", "海丰村", false}, // asks no figure
	} {
		p := Plan{Lang: "zh", Question: c.q, Norm: c.q, Terms: []Term{{From: c.village, Variants: []string{c.village}, Weight: 1}}}
		res := Result{Best: &Evidence{Sentence: s}}
		if _, got := res.SubPlaceUnstated(p); got != c.want {
			t.Errorf("%s: SubPlaceUnstated = %v, want %v", c.q, got, c.want)
		}
		if got := holdsSubject(s, p.Terms[0]); !got {
			t.Errorf("%s: holdsSubject = false, want the village held", c.q)
		}
	}
}
