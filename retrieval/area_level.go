package retrieval

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/lazyre"
)

// A place named by its city and a level word ("the Suzhou district", "苏州的那个区", "the county
// in Ningde") is a report of that city at that level. When the city's reports are all of other
// levels (the Suzhou reports are two towns), no report is that place: another city's district
// does not answer, and neither does the city's town. Such a lookup is declined, naming the
// reports the city does have.

// ConstraintAreaLevel is a place asked by its city (or province) and a level that no report of
// that city has. Value is the city; Level the level asked; Reports the city's reports.
const ConstraintAreaLevel = "area level"

// reZhAreaSense are words in which a level character means an area or the countryside, not a
// government level: 区域, 区位, 区块, 区间, 县域, 镇域, 乡村. "淄博的区域生产总值" asks Zibo's
// own figure, not a district's.
var reZhAreaSense = lazyre.New(`^(?:区(?:域|位|块|间|别|分)|县域|镇域|乡(?:村|土|愁))`)

// subLevels returns the levels a question names below a city ("盘锦那个区" → 区, "the Suzhou
// district" → 区), in order. A Chinese level character that opens an area word (的区域) is none;
// an English level word joined by a hyphen ("old-town") is part of another word; a village is
// below every report's place and no level of one.
func subLevels(p Plan) []string {
	var out []string
	if p.Lang == "zh" {
		for _, m := range reZhSubLevel.FindAllStringIndex(p.Norm, -1) {
			for _, lvl := range []string{"街道", "区", "镇", "乡", "县"} {
				if strings.HasSuffix(p.Norm[m[0]:m[1]], lvl) {
					if !reZhAreaSense.MatchString(p.Norm[m[1]-len(lvl):]) {
						out = appendUnique(out, lvl)
					}
					break
				}
			}
		}
		return out
	}
	for _, m := range reEnSubLevel.FindAllStringIndex(p.Norm, -1) {
		if m[0] > 0 && p.Norm[m[0]-1] == '-' || m[1] < len(p.Norm) && p.Norm[m[1]] == '-' {
			continue
		}
		for i, lw := range levelWords {
			if levelWordRes[i].MatchString(p.Norm[m[0]:m[1]]) {
				out = appendUnique(out, lw.level)
				break
			}
		}
	}
	return out
}

// areaLevelConstraint checks a lookup that names a place by its city and a level: every place
// the question names is only some report's city or province, and none of their reports is of
// the asked level. It returns the unmet constraint, or false when the question is not of that
// kind or a report fits.
func (ix *Index) areaLevelConstraint(p Plan) (Constraint, bool) {
	if p.Aggregate || p.Compare || len(p.Places) == 0 || len(p.Unresolved) > 0 {
		return Constraint{}, false
	}
	lvls := subLevels(p)
	if len(lvls) == 0 {
		return Constraint{}, false
	}
	var keys []corpus.ReportKey
	for _, name := range p.Places {
		t := ix.placeReports[name]
		if len(t[0]) > 0 || len(t[1]) == 0 {
			return Constraint{}, false // a report's own place, or no report's city
		}
		keys = appendKeys(keys, t[1]...)
	}
	for _, k := range keys {
		if r, ok := ix.Report(k); ok && (r.Level == "" || slices.Contains(lvls, r.Level)) {
			return Constraint{}, false // a report of that level, or one whose level is unknown
		}
	}
	c := Constraint{Kind: ConstraintAreaLevel, Value: strings.Join(p.Places, "、"), Level: lvls[0], Reports: ix.keysInOrder(keySet(keys))}
	c.Have = ix.coverageOf(c.Reports)
	return c, true
}
