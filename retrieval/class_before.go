package retrieval

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/num"
)

// ClassNounBefore reports whether a generic count (12个) of text is written right after a noun
// of class, optionally closed by 等 (新建星月仓储…及附属项目等项目12个 counts projects): the count
// follows the noun it counts, as a report writes a total after a list of examples.
func ClassNounBefore(text string, v num.Value, class string) bool {
	if v.Class() != "" {
		return false
	}
	before := strings.TrimSuffix(strings.TrimSuffix(text[:v.Start], "共"), "等")
	return slices.ContainsFunc(classNouns[class], func(n string) bool { return strings.HasSuffix(before, n) })
}

// PhraseClassAfter reports whether a count in 家 is followed by a noun phrase (a run of Han
// characters, at most phraseReach) holding a noun of class: 家 counts firms, but also the
// projects a report names after it (2家农产品仓储保鲜设施项目 counts projects).
func PhraseClassAfter(text string, v num.Value, class string) bool {
	if v.Unit != "家" || v.Noun != "" || class == "" {
		return false
	}
	return classNounWithin(text[v.QualEnd:], class, phraseReach)
}

// phraseReach is the most characters of the noun phrase after a count in 家.
const phraseReach = 12

// unitAlsoCounts are the classes a measure word counts besides its own, when a noun of that
// class stands right before the figure: a report counts registered businesses by the 户
// (registration) as it counts households (新增市场主体3700多户, 个体工商户1200户).
var unitAlsoCounts = map[string][]string{"户": {"enterprises"}}

// UnitCountsClass reports whether a count in a measure word of another class (户: households)
// counts the asked class because the noun it follows is of that class (市场主体3700多户 counts
// businesses). Only the classes unitAlsoCounts lists are read so: 困难群众320户 stays households,
// not people.
func UnitCountsClass(text string, v num.Value, class string) bool {
	if !slices.Contains(unitAlsoCounts[v.Unit], class) {
		return false
	}
	before := strings.TrimSuffix(text[:v.Start], "共")
	return slices.ContainsFunc(classNouns[class], func(n string) bool { return strings.HasSuffix(before, n) })
}
