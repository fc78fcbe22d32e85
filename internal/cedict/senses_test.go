package cedict

import (
	"slices"
	"testing"
)

func TestGlosses(t *testing.T) {
	tests := []struct {
		e    Entry
		want []string
	}{
		{NewEntry("撂", "to put down", "to abandon or discard"), []string{"put down", "abandon", "discard"}},
		{NewEntry("堵", "to block up (a road, pipe etc)", "wall (literary)", "(classifier for walls)"), []string{"block up", "wall"}},
		{NewEntry("铲除", "to root out; to eradicate"), []string{"root out", "eradicate"}},
		{NewEntry("说明", "to explain what one means by saying something in other words"), nil},
	}
	for _, tc := range tests {
		if got := tc.e.Glosses(); !slices.Equal(got, tc.want) {
			t.Errorf("%s: Glosses() = %q, want %q", tc.e.Headword, got, tc.want)
		}
	}
}

func TestHeads(t *testing.T) {
	tests := []struct {
		e    Entry
		want []string
	}{
		{NewEntry("抽查", "random inspection", "to do a spot check"), []string{"inspection"}},
		{NewEntry("竣工", "to complete a project"), nil}, // a verb's object is not what it names
		{NewEntry("邮轮", "ocean liner", "cruise liner"), []string{"liner"}},
		{NewEntry("水闸", "sluice gate"), nil}, // a head under five letters is too vague to pivot on
	}
	for _, tc := range tests {
		if got := tc.e.Heads(); !slices.Equal(got, tc.want) {
			t.Errorf("%s: Heads() = %q, want %q", tc.e.Headword, got, tc.want)
		}
	}
}

func TestSenseIndex(t *testing.T) {
	d := &Dictionary{Entries: []Entry{
		NewEntry("完工", "to finish work", "to complete a project"),
		NewEntry("竣工", "to complete a project"),
		NewEntry("货船", "cargo ship", "freighter"),
	}}
	ix := NewSenseIndex(d)
	if got := ix.Sharing("complete a project"); !slices.Equal(got, []string{"完工", "竣工"}) {
		t.Errorf("Sharing(complete a project) = %q", got)
	}
	if got := ix.Sharing("cruise liner"); got != nil {
		t.Errorf("Sharing(cruise liner) = %q, want none", got)
	}
	if e, ok := ix.Lookup("货船"); !ok || e.Headword != "货船" {
		t.Errorf("Lookup(货船) = %v, %v", e, ok)
	}
	if _, ok := ix.Lookup("货轮"); ok {
		t.Error("Lookup(货轮) found a headword the dictionary lacks")
	}
}

func TestLoadSensesSharesRealSenses(t *testing.T) {
	ix, err := LoadSenses()
	if err != nil {
		t.Fatal(err)
	}
	for _, pair := range [][3]string{{"竣工", "完工", "complete a project"}, {"撂", "抛", "abandon"}, {"货轮", "货船", "freighter"}} {
		if got := ix.Sharing(pair[2]); !slices.Contains(got, pair[0]) || !slices.Contains(got, pair[1]) {
			t.Errorf("Sharing(%q) = %q, want %s and %s", pair[2], got, pair[0], pair[1])
		}
	}
}
