package lexicon

import (
	"slices"
	"testing"
)

func TestSenseKeys(t *testing.T) {
	tests := []struct {
		a, b   string
		shared string // a key both have; "" when they must share none
	}{
		{"竣工", "完工", "complet a project"},
		{"撂", "抛", "abandon"},
		{"货轮", "货船", "freighter"},
		{"抽查", "检查", "inspection"}, // the head of 抽查's noun gloss "random inspection"
		{"拆", "拆除", "tear down"},
		{"露营", "经营", ""},
		{"竣工", "项目", ""}, // a verb gloss's object ("project") is not what the verb means
	}
	for _, tc := range tests {
		ka, okA := SenseKeys(tc.a)
		kb, okB := SenseKeys(tc.b)
		if !okA || !okB {
			t.Fatalf("SenseKeys: %s %v, %s %v; want both headwords", tc.a, okA, tc.b, okB)
		}
		shared := slices.ContainsFunc(ka, func(k string) bool { return slices.Contains(kb, k) })
		if tc.shared == "" && shared {
			t.Errorf("%s %q and %s %q share a key", tc.a, ka, tc.b, kb)
		}
		if tc.shared != "" && (!slices.Contains(ka, tc.shared) || !slices.Contains(kb, tc.shared)) {
			t.Errorf("%s %q and %s %q; want both to have %q", tc.a, ka, tc.b, kb, tc.shared)
		}
	}
	if _, ok := SenseKeys("撂荒"); ok {
		t.Error("SenseKeys(撂荒) found a headword CC-CEDICT lacks")
	}
}
