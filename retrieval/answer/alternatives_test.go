package answer

import (
	"slices"
	"strings"
	"testing"
)

// TestListTopicBesideAlternatives: a list question whose topic stands beside alternatives
// joined by "or" ("homestays in their farming or tourism plans") lists the reports that speak
// of the topic, not every report that speaks of one of the alternatives; alternatives that are
// the topic ("elderly canteens or meal assistance") still each count.
func TestListTopicBesideAlternatives(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"Which reports mention homestays in their farming or tourism plans?", []string{"xx区", "浍沟镇", "岱西镇", "沙埕镇", "xx区"}},
		{"Which reports mention jellyfish in their fishery or rural plans?", []string{"岱西镇"}},
		{"Which reports mention elderly canteens or meal assistance?", []string{"浍沟镇", "xx区", "齐都镇", "沙埕镇"}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			ans := ask(t, tt.q)
			checkCitations(t, ans)
			var got []string
			for _, l := range ans.Listed {
				if !l.Near {
					got = append(got, l.Entity)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("listed %v, want %v:\n%s", got, tt.want, ans.Text)
			}
		})
	}
}

// TestPinyinGloss: the pinyin of a term's wording in brackets ("homestays (minsu)") glosses it;
// it is not a word the reports lack.
func TestPinyinGloss(t *testing.T) {
	ans := ask(t, "Which reports mention homestays (minsu)?")
	if strings.Contains(ans.Text, "minsu") || !ans.Grounded || len(ans.Listed) < 3 {
		t.Errorf("want a list of the reports on 民宿, minsu not named as missing:\n%s", ans.Text)
	}
}
