package en

import (
	"slices"
	"testing"
)

func TestWords(t *testing.T) {
	s := "people's fixed-asset investments, farmers' shèngzé don't 2023"
	var got []string
	for _, w := range Words(s) {
		got = append(got, w.Stem+"@"+s[w.Start:w.End])
	}
	want := []string{"people@people", "fix@fixed", "asset@asset", "investment@investments", "farmer@farmers",
		"shengz@shèngzé", "dont@don't", "2023@2023"}
	if !slices.Equal(got, want) {
		t.Errorf("Words = %q\nwant    %q", got, want)
	}
}

func TestStemInflections(t *testing.T) {
	for _, group := range [][]string{
		{"target", "targets", "targeted", "targeting"},
		{"company", "companies"},
		{"kindergarten", "kindergartens"},
		{"renovate", "renovated", "renovating"},
		{"build", "built", "building"},
	} {
		for _, w := range group[1:] {
			if Stem(w) != Stem(group[0]) {
				t.Errorf("Stem(%q) = %q, Stem(%q) = %q; want equal", w, Stem(w), group[0], Stem(group[0]))
			}
		}
	}
}
