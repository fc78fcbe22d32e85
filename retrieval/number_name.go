package retrieval

import (
	"unicode"
	"unicode/utf8"

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
