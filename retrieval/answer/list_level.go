package answer

import (
	"slices"

	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/retrieval"
)

// A list question that restricts its topic to a level ("a national ranking of top towns",
// "a national-level title", 省级示范乡镇) asks of that level only: a report whose passage
// ranks or honours it at another level (位列全市第一, 市级数字乡村示范村) holds the topic's words
// but not its modifier, and is a near miss, not a match. The modifier is enforced only when
// some listed report's passage names the asked level; a passage that names no level at all
// stays (the level may be implied).

// listLevel is a level a question may restrict its topic to: how the question asks for it and
// how a report's passage names it.
type listLevel struct {
	asked, names *lazyre.Regexp
}

// listLevels are the levels a question restricts a list to: national and provincial. A county
// or a city names a place as often as a level ("which counties", 盘锦市), and is not read.
var listLevels = []listLevel{
	{
		asked: lazyre.New(`\bnational(?:ly)?[- ](?:level|ranking|rankings|ranked|list|title|titles|honou?rs?|awards?|prizes?|demonstration|model|pilot|rank)\b|\bnationwide (?:ranking|list|title)s?\b|\branked nationally\b|国家级`),
		names: lazyre.New(`全国|国家|中国`),
	},
	{
		asked: lazyre.New(`\bprovincial\b|\bprovince[- ]level\b|省级`),
		names: lazyre.New(`省级|全省|省[^委政]|自治区`),
	},
}

// reOtherLevels names a level below the national or the provincial one in a passage.
var reOtherLevels = lazyre.New(`全市|市级|全县|县级|全区|区级|全镇|镇级|全省|省级|自治区`)

// dropOtherLevel drops the reports whose passage names another level than the one the
// question restricts its topic to, when another listed report's passage names that one.
func dropOtherLevel(a retrieval.Plan, fs []retrieval.Evidence) []retrieval.Evidence {
	for _, l := range listLevels {
		if !l.asked.MatchString(a.Norm) {
			continue
		}
		names := func(e retrieval.Evidence) bool { return l.names.MatchString(e.Lead + e.Quote) }
		if !slices.ContainsFunc(fs, names) {
			continue
		}
		fs = slices.DeleteFunc(fs, func(e retrieval.Evidence) bool {
			if names(e) {
				return false
			}
			return slices.ContainsFunc(reOtherLevels.FindAllString(e.Lead+e.Quote, -1), func(m string) bool { return !l.names.MatchString(m) })
		})
	}
	return fs
}
