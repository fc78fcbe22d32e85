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

// unitAlsoCounts are the classes a measure word counts besides its own, with the nouns that say
// so when they stand right before the figure or right after its measure word: a report counts
// registered businesses by the 户 (registration) as it counts households (新增市场主体3700多户,
// 个体工商户1200户, 10户企业升规), and buildings and houses as it counts households' homes
// (拆除违法违章建筑7户, 盘活闲置农房205户).
var unitAlsoCounts = map[string]map[string][]string{"户": {
	"enterprises": classNouns["enterprises"],
	"buildings":   {"建筑", "房", "楼", "厂房"},
}}

// UnitCountsClass reports whether a count in a measure word of another class (户: households)
// counts the asked class because the noun it follows, or the noun right after its measure word,
// is of that class (市场主体3700多户 and 10户企业 count businesses, 违章建筑7户 buildings). Only
// the classes unitAlsoCounts lists are read so: 困难群众320户 stays households, not people.
func UnitCountsClass(text string, v num.Value, class string) bool {
	nouns := unitAlsoCounts[v.Unit][class]
	if len(nouns) == 0 {
		return false
	}
	before := strings.TrimSuffix(text[:v.Start], "共")
	after := text[v.QualEnd:]
	return slices.ContainsFunc(nouns, func(n string) bool { return strings.HasSuffix(before, n) || strings.HasPrefix(after, n) })
}
