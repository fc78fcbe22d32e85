package retrieval

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/lazyre"
)

// Larger areas: a question scoped to an area that holds the reports' places — a city or
// province some report's place belongs to ("the housing provident fund rate in Suzhou"), or the
// whole country ("2023年全国GDP增长预期目标") — asks that area's own figure. A town's or
// district's figure does not answer it, so such a lookup is declined, naming the reports' places
// within the area, unless the quoted sentence speaks of the area itself (a district report
// quoting its city's figure: "占全市50%"). A question that names a report's place by its city
// and a level word ("the Panjin district", "盘锦那个区", "the town in Zibo") asks that place.

// ConstraintArea is an area larger than the reports' places whose own figure a question asks.
const ConstraintArea = "area"

// AreaNation is the Value of a ConstraintArea for the whole country.
const AreaNation = "全国"

var (
	// reZhSubLevel is a level word standing for one report's place rather than inside a name or a
	// common word (小区, 社区, 全区): "盘锦这个区", "北京那个有三里屯的区", "盘锦某区", "北京xx区".
	// 城区 (an urban district) is a level word of its own after any of them or right after the
	// place ("广西城区", "北京这个城区").
	reZhSubLevel = lazyre.New(`(?:这个|那个|这|那|某个?|该|的|个|xx|XX)(?:城区|区|镇|乡|县|街道)|(?:^|[^主老新旧心])城区`)
	// reEnVillage is a village named in an English question: below any report's place.
	reEnVillage = lazyre.New(`\bvillages?\b`)
	// reEnSubLevel is a level word below a city in an English question.
	reEnSubLevel = lazyre.New(`\b(?:district|districts|town|towns|township|townships|subdistrict|subdistricts|county|counties|village|villages)\b`)
	// reZhNation is the whole country as the scope of a figure: 全国 before an indicator or 的
	// (not 全国文明城市 or 全国首个, names and ranks), 我国, 全中国.
	reZhNation = lazyre.New(`全国(?:的|范围内?|GDP|gdp|总|人均|平均|城镇|居民|经济|财政|一般公共预算|地区生产总值|新增|固定资产|社会消费品|进出口|粮食|人口)|我国|全中国`)
	// reEnNation is the whole country as the scope of a figure.
	reEnNation = lazyre.New(`\b(?:nationwide|nationally|countrywide|china's|in china|across china|for china|across the country|the country's|the whole country|national (?:gdp|economy|economic|growth|average|figure|target|total|revenue|budget|unemployment|population|level))\b`)
)

// askedArea returns the larger area a lookup asks a figure of, and the reports whose places lie
// within it: a city or province only (every place the question names identifies reports as
// their city or province, none as their own place), with no level word for a place below it;
// or the whole country, when the question names no place. It returns "" otherwise.
func (ix *Index) askedArea(p Plan) (string, []corpus.ReportKey) {
	if p.Aggregate || p.Compare || len(p.Unresolved) > 0 || !asksValue(p, wantFigure(p)) {
		return "", nil
	}
	if len(p.Places) == 0 {
		if nationScoped(p) {
			keys := make([]corpus.ReportKey, 0, len(ix.Reports))
			for _, r := range ix.Reports {
				keys = append(keys, r.Key())
			}
			return AreaNation, keys
		}
		return "", nil
	}
	for _, name := range p.Places {
		t := ix.placeReports[name]
		if len(t[0]) > 0 || len(t[1]) == 0 {
			return "", nil
		}
	}
	if namesSubLevel(p) || len(p.Places) != 1 {
		return "", nil
	}
	return p.Places[0], p.Reports
}

// namesSubLevel reports whether a question names a level below a city ("the Panjin district",
// "盘锦那个区"): the place asked is a report's own, named by its city.
func namesSubLevel(p Plan) bool {
	return len(subLevels(p)) > 0 || p.Lang != "zh" && reEnVillage.MatchString(p.Norm)
}

// nationScoped reports whether a question asks of the whole country.
func nationScoped(p Plan) bool {
	if p.Lang == "zh" {
		return reZhNation.MatchString(p.Norm)
	}
	return reEnNation.MatchString(p.Norm) || reZhNation.MatchString(p.Norm)
}

// areaConstraint checks a lookup that asks the figure of a larger area against the chosen
// evidence: it is met only when the quoted sentence speaks of that area — by name (苏州), or as
// 全市/全省 for a city or province, 全国/我国 for the country.
func (ix *Index) areaConstraint(p Plan, res Result) (Constraint, bool) {
	area, keys := ix.askedArea(p)
	if area == "" {
		return Constraint{}, false
	}
	c := Constraint{Kind: ConstraintArea, Value: area, Met: ix.speaksOfArea(res.Best, area, keys)}
	if !c.Met {
		c.Reports, c.Have = keys, ix.coverageOf(keys)
	}
	return c, true
}

// speaksOfArea reports whether the chosen evidence speaks of an area as a whole: by its name
// (quotesPlace), or as the whole city, province or country.
func (ix *Index) speaksOfArea(best *Evidence, area string, keys []corpus.ReportKey) bool {
	if best == nil || best.Sentence == "" {
		return false
	}
	sentence := best.Sentence
	if area == AreaNation {
		return strings.Contains(sentence, "全国") || strings.Contains(sentence, "我国")
	}
	if quotesPlace(best, area) {
		return true
	}
	return slices.ContainsFunc(keys, func(k corpus.ReportKey) bool {
		r, ok := ix.Report(k)
		return ok && (r.City == area && strings.Contains(sentence, "全市") || r.Province == area && strings.Contains(sentence, "全省"))
	})
}
