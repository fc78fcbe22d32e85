package places

import (
	"slices"
	"testing"
)

func TestSuggest(t *testing.T) {
	m := NewMatcher([]string{"浍沟镇", "盛泽镇", "岱西镇", "黎里镇", "齐都镇", "沙埕镇", "盘锦市", "苏州市"})
	for _, tt := range []struct {
		q, word, name, pinyin string
	}{
		{"What did Huigu town build in 2023?", "Huigu", "浍沟镇", "Huigou"},
		{"How many kindergartens did huigu town build?", "huigu", "浍沟镇", "Huigou"},
		{"What is Shengzhe's revenue target?", "Shengzhe", "盛泽镇", "Shengze"},
		{"How does Daxi sell its grapes?", "Daxi", "岱西镇", "Daixi"},
		{"Tell me about Shachen town", "Shachen", "沙埕镇", "Shacheng"},
		{"What did Panjing plan?", "Panjing", "盘锦市", "Panjin"},
	} {
		got := m.Suggest(tt.q)
		if len(got) != 1 || got[0].Word != tt.word || got[0].Name != tt.name || got[0].Pinyin != tt.pinyin ||
			tt.q[got[0].Start:got[0].End] != tt.word {
			t.Errorf("Suggest(%q) = %+v, want %s → %s (%s)", tt.q, got, tt.word, tt.name, tt.pinyin)
		}
	}
	for _, q := range []string{
		"What did Shengze build?",        // exact: no suggestion
		"How many lily ponds are there?", // lower case, no level word
		"Which Taxi firms were fined?",   // too far from any name
		"What did Beijing plan?",         // a gazetteer name, matched exactly
		"Which Sheng town?",              // too short
	} {
		if got := m.Suggest(q); len(got) != 0 {
			t.Errorf("Suggest(%q) = %+v, want none", q, got)
		}
	}
}

// A word as near to two names suggests neither.
func TestSuggestAmbiguous(t *testing.T) {
	m := NewMatcher([]string{"岱西镇", "大新镇"}) // daixi, daxin
	if got := m.Suggest("What did Daxi town do?"); len(got) != 0 {
		t.Errorf("Suggest = %+v, want none", got)
	}
}

func TestEditDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"huigu", "huigou", 1}, {"shengzhe", "shengze", 1}, {"daxi", "daixi", 1}, {"qdiu", "qidu", 1},
		{"abc", "abc", 0}, {"shengze", "shacheng", 3}, {"", "ab", 2},
	} {
		if got := editDistance(tt.a, tt.b, 2); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

// FuzzSuggest checks that suggestions never panic, point at the word they name, and name a
// candidate.
func FuzzSuggest(f *testing.F) {
	cands := []string{"浍沟镇", "盛泽镇", "岱西镇", "黎里镇"}
	m := NewMatcher(cands)
	for _, s := range []string{"What did Huigu town build?", "Shengzhe", "Daxi's grapes", "Xi'an Lïlì", "ü Ü"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		for _, s := range m.Suggest(q) {
			if s.Start < 0 || s.End > len(q) || s.Start >= s.End || q[s.Start:s.End] != s.Word {
				t.Fatalf("Suggest(%q): span %d–%d does not hold %q", q, s.Start, s.End, s.Word)
			}
			if !slices.Contains(cands, s.Name) {
				t.Fatalf("Suggest(%q) names %q, not a candidate", q, s.Name)
			}
		}
	})
}
