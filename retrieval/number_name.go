package retrieval

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/glossary"
	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/internal/num"
)

// A number written as part of a name is no figure: "12345热线满意率" names the hotline by its
// number, as 14号线 names a metro line. A question that holds one asks nothing of a value 12345 —
// "北京那个区和广西那个区,哪个的12345热线满意率更高?" compares two satisfaction rates and sets no
// condition on them — so the number is searched as a word of the name, never compared with.

// numberName reports whether a question's number v (of the normalised question norm) is part of
// a name: bare digits, three or more, with no unit, multiplier, decimal or qualifier, written
// straight before a Chinese character that the number parser took for no unit, and after no
// comparator word: 超过5000的 and 在100以上 set thresholds, whatever follows them.
func numberName(norm string, v num.Value) bool {
	after := norm[v.End:]
	if v.Form != num.FormArabic || v.Unit != "" || v.Multiplier != "" || v.Qualifier != "" || v.Dim() == num.DimPct || len(v.Text) < 3 ||
		rankingName(after) || monthOf(v.Text, after) || // 500强 is a ranking's name, with a term of its own
		reComparatorBefore.MatchString(norm[:v.Start]) {
		return false
	}
	for _, r := range v.Text {
		if r < '0' || r > '9' {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(after)
	return unicode.Is(unicode.Han, r)
}

// reComparatorBefore is a comparator word right before a number: the number is what it compares
// with.
var reComparatorBefore = lazyre.New(`(?:超过|超出|突破|高于|大于|多于|低于|小于|少于|不少于|不低于|不高于|不超过|不到|不足|不及|达到|在)\s*$`)

// numberNames returns the numbers of a question (normalised) that are parts of names (numberName),
// as written.
func numberNames(norm string) []string {
	var out []string
	for _, v := range num.Find(norm) {
		if !v.Year() && !v.Ordinal && numberName(norm, v) {
			out = appendUnique(out, v.Text)
		}
	}
	return out
}

// An English word may carry digits: "covid-19", "5g". When the glossary (or the lexicon) translates
// the whole word (新冠, 5G), its digits are no figure — "Which reports mention COVID-19 vaccination?" asks
// a topic list, not which reports state a 19 — and they are searched through the word's
// translation. Digits standing alone ("top 100 towns", "projects over 100 million yuan") stay
// figures, even inside a glossary phrase: only the letters glued to them make them a word.

// reEnWordToken is a run of Latin letters, digits and inner hyphens or points: one written word.
var reEnWordToken = lazyre.New(`[a-z0-9]+(?:[-.][a-z0-9]+)*`)

// dropWordNumbers returns numbers (of the normalised question norm) without those written inside
// a word that holds a Latin letter and that one glossary match (matches, offsets into norm)
// covers whole, nor those that open a glossary phrase rendered with the number as written (the
// 12345 hotline: 12345; a numeric name, searched through the phrase's rendering).
func dropWordNumbers(norm string, numbers []Number, matches []glossary.Match) []Number {
	var drop []string
	for _, loc := range reEnWordToken.FindAllStringIndex(norm, -1) {
		word := norm[loc[0]:loc[1]]
		// A bare number that opens a glossary phrase whose rendering writes it as it is ("12345
		// hotline": 12345) is the name's number, not a figure; 500强 (a ranking, "500 strong") keeps its.
		named := slices.ContainsFunc(matches, func(m glossary.Match) bool {
			return m.Start == loc[0] && loc[1] < m.End && slices.Contains(m.Chinese, word)
		})
		if !named && (!strings.ContainsFunc(word, func(r rune) bool { return r >= 'a' && r <= 'z' }) ||
			!slices.ContainsFunc(matches, func(m glossary.Match) bool { return m.Start <= loc[0] && loc[1] <= m.End })) {
			continue
		}
		for _, v := range num.Find(word) {
			drop = append(drop, v.Text)
		}
	}
	if len(drop) == 0 {
		return numbers
	}
	out := numbers[:0:0]
	for _, n := range numbers {
		if i := slices.Index(drop, n.Text); i >= 0 {
			drop = slices.Delete(drop, i, i+1)
			continue
		}
		out = append(out, n)
	}
	return out
}
