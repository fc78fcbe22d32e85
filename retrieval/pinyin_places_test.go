package retrieval

import (
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/data"
	"github.com/reportbot/reportbot/internal/corpus"
)

func TestPinyinPlaceNames(t *testing.T) {
	lines := slices.Values(strings.Split(string(data.Corpus), "\n"))
	tests := []struct {
		py, level string
		want      []string
	}{
		{"huanjiang", "村", []string{"环江村"}},
		{"Yuandang", "村", []string{"元荡村"}},
		{"huangjiaxi", "村", []string{"黄家溪村"}}, // a three-character base
		{"jinglan", "街道", []string{"静兰街道"}},
		{"huanjiang", "街道", nil}, // the level word must follow
		{"springfield", "村", nil},
	}
	for _, tt := range tests {
		if got := pinyinPlaceNames(lines, tt.py, tt.level); !slices.Equal(got, tt.want) {
			t.Errorf("pinyinPlaceNames(%q, %q) = %q, want %q", tt.py, tt.level, got, tt.want)
		}
	}
}

// pinyinVocab is a Vocabulary that knows every token and one place inside a report, 环江村, by
// its pinyin.
type pinyinVocab struct{}

func (pinyinVocab) MatchPlaces(string) ([]string, []corpus.ReportKey) { return nil, nil }
func (pinyinVocab) Identifies(string) bool                            { return false }
func (pinyinVocab) Known(string) bool                                 { return true }
func (pinyinVocab) KnownPinyin(py string, place bool) bool            { return py == "huanjiang" }
func (pinyinVocab) PinyinPlaces(py, level string) []string {
	if py == "huanjiang" && level == "村" {
		return []string{"环江村"}
	}
	return nil
}

func TestPinyinPlaceTerms(t *testing.T) {
	p := Analyze("What honour did Huanjiang village win last year?", pinyinVocab{})
	if !slices.ContainsFunc(p.Terms, func(t Term) bool { return slices.Contains(t.Variants, "环江村") }) {
		t.Errorf("terms %+v: no 环江村 for Huanjiang village", p.Terms)
	}
	if len(p.Unresolved) != 0 {
		t.Errorf("unresolved %v: Huanjiang village is a place inside a report", p.Unresolved)
	}
	// Without the level word the pinyin names no place inside a report.
	p = Analyze("What honour did Huanjiang win last year?", pinyinVocab{})
	if slices.ContainsFunc(p.Terms, func(t Term) bool { return slices.Contains(t.Variants, "环江村") }) {
		t.Errorf("terms %+v: 环江村 without a level word", p.Terms)
	}
}
