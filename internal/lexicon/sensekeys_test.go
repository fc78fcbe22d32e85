package lexicon

import (
	"errors"
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
		has := func(ks []SenseKey, key string) bool {
			return slices.ContainsFunc(ks, func(k SenseKey) bool { return k.Key == key })
		}
		shared := slices.ContainsFunc(ka, func(k SenseKey) bool { return has(kb, k.Key) })
		if tc.shared == "" && shared {
			t.Errorf("%s %+v and %s %+v share a key", tc.a, ka, tc.b, kb)
		}
		if tc.shared != "" && (!has(ka, tc.shared) || !has(kb, tc.shared)) {
			t.Errorf("%s %+v and %s %+v; want both to have %q", tc.a, ka, tc.b, kb, tc.shared)
		}
	}
	// 名字's "name" is a whole gloss; 代表 has it only from "in the name of".
	for w, whole := range map[string]bool{"名字": true, "代表": false} {
		ks, _ := SenseKeys(w)
		if i := slices.IndexFunc(ks, func(k SenseKey) bool { return k.Key == "name" }); i < 0 || ks[i].Whole != whole {
			t.Errorf("SenseKeys(%s) = %+v; want name, whole %v", w, ks, whole)
		}
	}
	if _, ok := SenseKeys("撂荒"); ok {
		t.Error("SenseKeys(撂荒) found a headword CC-CEDICT lacks")
	}
}

// TestSenseKeysIndexLoads: the embedded index SenseKeys reads loads, and a word of it is found;
// without it SenseKeys would answer "not in the dictionary" for every word.
func TestSenseKeysIndexLoads(t *testing.T) {
	if err := Prepare(); err != nil {
		t.Fatalf("embedded CC-CEDICT index: %v", err)
	}
	if ks, ok := SenseKeys("检查"); !ok || len(ks) == 0 {
		t.Fatalf("SenseKeys(检查) = %v, %v; want the headword's keys", ks, ok)
	}
}

// TestPrepareSurfacesLoadError: a failed load of the index is Prepare's error, not a silent
// "not in the dictionary".
func TestPrepareSurfacesLoadError(t *testing.T) {
	saved := defaultSource
	defer func() { defaultSource = saved }()
	defaultSource = func() (*source, error) { return nil, errors.New("corrupt index") }
	if err := Prepare(); err == nil {
		t.Error("Prepare returned no error for an index that does not load")
	}
	if _, ok := SenseKeys("检查"); ok {
		t.Error("SenseKeys found a headword in an index that did not load")
	}
}
