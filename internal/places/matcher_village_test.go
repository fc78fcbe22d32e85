package places

import (
	"reflect"
	"testing"
)

// TestMatcherVillageIsNoCity: a name the question calls a village is no city or county of the
// same spelling (the gazetteer holds none of the villages); a report's own place is kept.
func TestMatcherVillageIsNoCity(t *testing.T) {
	m := NewMatcher(ingested)
	for q, want := range map[string][]string{
		"How much did Yaoxingpu and Qian'an villages in Daixi earn?": {"岱西镇"},
		"Qian'an village's income":                                   nil,
		"Qian'an city's income":                                      {"迁安市"},
		"Qian'an":                                                    {"迁安市"},
		"Shengze village":                                            {"盛泽镇"},
	} {
		if got := m.Match(q); !reflect.DeepEqual(got, want) {
			t.Errorf("Match(%q) = %v, want %v", q, got, want)
		}
	}
}
