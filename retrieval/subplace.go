package retrieval

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/cedict/ordinary"
	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/zh"
)

// Sub-places: a Chinese question about a village or community of a report's place ("沙埕镇南镇村
// 去年新增了几口深水网箱?") is answerable only when that report names it. The place matcher knows
// the reports' own places, not every village under them, and a village's name is often made of
// characters the reports use elsewhere (南镇, 镇村), so missingSubjects' bigram test passes it;
// the whole name must stand in one of the named reports.

// subPlaceSuffixes are the level words a village-level name ends in.
var subPlaceSuffixes = []string{"村", "社区"}

// missingSubPlaces returns the village-level names among a Chinese lookup's terms that no passage
// of the named reports (scope) holds whole. A name is a term of three characters or more ending
// in a village-level word, neither an ordinary word (CC-CEDICT) nor a common compound of the
// level word (行政村, 美丽乡村: levelCompounds).
func (ix *Index) missingSubPlaces(p Plan, scope map[corpus.ReportKey]bool) []string {
	if p.Lang != "zh" || p.Aggregate || len(p.Reports) == 0 || scope == nil {
		return nil
	}
	var out []string
	for _, t := range p.Terms {
		if len(t.Variants) != 1 || t.Variants[0] != t.From || !subPlaceName(t.From) {
			continue
		}
		if !ix.textInScope(t.From, scope) && !slices.Contains(out, t.From) {
			out = append(out, t.From)
		}
	}
	return out
}

// subPlaceName reports whether a term reads as the name of a village or community.
func subPlaceName(term string) bool {
	rs := []rune(term)
	if len(rs) < 3 || !zh.IsHan(rs[0]) {
		return false
	}
	for _, s := range subPlaceSuffixes {
		if !strings.HasSuffix(term, s) {
			continue
		}
		base := []rune(strings.TrimSuffix(term, s))
		last := string(base[len(base)-1]) + s
		return utf8.RuneCountInString(string(base)) >= 2 && !levelCompounds[last] && !levelCompounds[term] &&
			!ordinary.Has(term) && !ordinary.Has(string(base))
	}
	return false
}
