package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
)

// A Chinese list question may ask for a count by a count noun after 的 ("民生实事的具体件数",
// "新增学位的数量") rather than by 多少 or 几: the noun asks for a figure and names no topic of
// its own. The planner drops it from the terms (a report never writes 具体件数: it writes
// 12件民生实事), and a report that speaks of the topic with no figure is a near miss
// (Plan.AsksFigure).

// reZhCountOf matches a count noun a Chinese question asks a count by, after 的: any measure
// word makes one (人才公寓的套数, 栋数, 所数).
var reZhCountOf = lazyre.New(`的(?:具体)?(?:数量|[个件项人户家次套栋座所台辆条处间场批]数|数目|数字|亩数|公里数|吨数)`)

// A question may also name the unit the figure is to be in: 复垦的亩数 asks for mu (a report's
// 粮十条 states a count, not an area), "a grain output figure in tonnes" for tonnes. A report
// whose statement states a figure only in other units is then a near miss (StatesFigureIn).

// reZhUnitCount matches a count noun that names its unit (亩数: 亩), after 的: a measure (亩,
// 公里, 吨) or a counter (户数: 户 — 拆除违法建设的户数 is not answered by an area, 141万平方米).
var reZhUnitCount = lazyre.New(`的(?:具体)?(亩|公里|吨|户|家|套|栋|座|所|台|辆|处|间)数`)

// reEnFigureInUnit matches "in <unit>" after a figure or a word for one ("a figure in mu").
var reEnFigureInUnit = lazyre.New(`\b(?:figures?|numbers?|amounts?|area|output|length|total)\b[^?.]*?\bin (mu|tonnes|tons|kilometres|kilometers|km|hectares)\b`)

// enUnitsZh are the units reEnFigureInUnit names, as reports write them.
var enUnitsZh = map[string]string{"mu": "亩", "tonnes": "吨", "tons": "吨", "kilometres": "公里", "kilometers": "公里", "km": "公里", "hectares": "公顷"}

// FigureUnit is the unit a question asks its figure in (亩数, "in mu"), as reports write it; ""
// when it names none.
func (p Plan) FigureUnit() string {
	if m := reZhUnitCount.FindStringSubmatch(p.Norm); m != nil && p.Lang == "zh" {
		return m[1]
	}
	if p.Lang == "zh" && reZhCountAsked.MatchString(p.Norm) {
		return AnyCounter
	}
	if m := reEnFigureInUnit.FindStringSubmatch(p.Norm); m != nil && p.Lang == "en" {
		return enUnitsZh[m[1]]
	}
	return ""
}

// StatesFigureIn reports whether a text states a figure (StatesFigure) in unit, any unit when
// unit is "".
func StatesFigureIn(text, unit string) bool {
	if unit == "" {
		return StatesFigure(text)
	}
	for _, v := range figures(text) {
		if v.Unit == unit || unit == AnyCounter && counters[v.Unit] {
			return true
		}
	}
	return false
}

// A Chinese question may ask its figure in a clause of its own that names only the figure's
// dimension: 去年哪些地方完成了高标准农田建设?面积各是多少?, …,金额分别是多少. The dimension (面积,
// 金额) is what the figure measures, which a report states by its unit (2.43万亩, 680亩) without the
// word: as a term it would leave every report's sentence short of it.

// reZhDimensionAsk is a clause that opens with a dimension word and asks how much of it: $1 is
// what comes before (the clause's start), kept.
var reZhDimensionAsk = lazyre.New(`(^|[?？,，;；。!！]\s*)(?:面积|金额|长度|里程|人数|户数|数额|数量|规模)(?:分别|各自|各|一共|总共)?(?:是|有|为)?(?:多少|多大|多长|几)`)

// cutDimensionAsk removes a clause that asks only the dimension of the figure (see above),
// leaving its 多少 to the plan's reading of the question as asking a figure (Plan.AsksFigure
// reads the normalised question).
func cutDimensionAsk(q string) string {
	return reZhDimensionAsk.ReplaceAllString(q, "$1 ")
}

// reZhAlsoGivesCount matches a clause joined to a list question's topic that asks the report to
// give a count of it — "、而且报出了具体个数", "、并报出改造个数（小区数或改造项目数）", "，并且给出了
// 数字": a condition on the same topic (the report states a figure for it), not a second topic.
// The joining word (而且, 并且, 并, 且, 还, 同时) is required: "给出了新增学位的数量" names its topic
// between the verb and the count noun. Analyze rewrites the clause as 的数量, which the planner
// reads as any count noun (reZhCountOf): no term, and the list asks for a figure.
var reZhAlsoGivesCount = lazyre.New(`[,，、]?\s*(?:而且|并且|并|且|还|同时)(?:报出|给出|写出|列出|公布|说出|报了|给了|写了|列了|说了|报|给|写明|说明)了?(?:具体|确切|明确)?\p{Han}{0,4}?的?(?:个数|件数|数量|数目|数字|[项人户家次套栋座所台辆条处间场批]数)(?:[（(][^)）]*[)）])?`)

// A question that asks "个数" or "件数" of its topic (并报出改造个数, 的具体件数) asks how many
// things: a report answers with a counter (改造完成老旧小区8个, 项目9个), not with an area (老旧小区
// 综合整治156万平方米) or a sum of money, which state the topic's size, not its count.

// AnyCounter is the FigureUnit of a question that asks a count of things: any counter unit.
const AnyCounter = "个数"

// reZhCountNoun is a count noun that asks how many things (个数, 件数, 项数, 小区数), as against
// 数量, 数字 or 数目, which any figure answers.
var reZhCountNoun = lazyre.New(`(?:个|件|项|区|目)数`)

// reZhCountAsked is the count noun Analyze leaves for a clause that asks a count of things.
var reZhCountAsked = lazyre.New(`的个数`)

// counters are the units that count things.
var counters = map[string]bool{}

func init() {
	for _, r := range "个件项家处条所座栋套户人名次台辆间场批部艘只张块期宗起幢" {
		counters[string(r)] = true
	}
}
