package answer

import (
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/retrieval"
)

// declineUnit declines a lookup that asks its figure in a physical unit (tonnes, kW, US$, mu…)
// when neither the quote nor any passage found states a figure of that unit's dimension: the
// quoted sentence then answers something else ("How many tonnes of aquaculture output…" quoting
// a sentence on cages and farming areas). The answer says so and quotes what the report states.
func declineUnit(a retrieval.Plan, res retrieval.Result, ans *Answer, path string) string {
	if path != PathLookup || res.Best == nil {
		return path
	}
	dim := retrieval.AskedUnit(a)
	if dim == "" || retrieval.StatesUnit(res.Best.Quote, dim) {
		return path
	}
	for _, h := range res.Hits {
		if retrieval.StatesUnit(h.Chunk.Text, dim) {
			return path // a passage found states it: the quote may be the wrong sentence, not the wrong report
		}
	}
	return decline(a, ans, unitText(a, res, dim))
}

// unitNames are the units of a dimension as an answer names them, English and Chinese.
var unitNames = map[string][2]string{
	num.DimTonne: {"tonnes", "吨"}, num.DimKg: {"kilograms", "公斤"}, num.DimJin: {"jin", "斤"},
	num.DimMu: {"mu", "亩"}, num.DimHa: {"hectares", "公顷"}, num.DimM2: {"square metres", "平方米"},
	num.DimKm2: {"square kilometres", "平方公里"}, num.DimKm: {"kilometres", "公里"}, num.DimM: {"metres", "米"},
	num.DimKw: {"kilowatts (kW)", "千瓦"}, num.DimKwh: {"kilowatt-hours (kWh)", "千瓦时"},
	num.DimUSD: {"US dollars", "美元"}, num.DimConc: {"μg/m³", "微克/立方米"},
}

// unitText says that the reports in scope state no figure in the asked unit, and quotes what
// the best passage says instead: "The report of Shacheng town (沙埕镇) states no figure in
// tonnes for this; what it says closest is: “…” [1]".
func unitText(a retrieval.Plan, res retrieval.Result, dim string) string {
	where := scopeName(a, res)
	names := unitNames[dim]
	quote := "“" + res.Best.Quote + "”[1]"
	if a.Lang == "zh" {
		return where + "没有给出以" + names[1] + "计的数字;最接近的内容是:" + quote
	}
	return scopeSays(a, res, "states no figure in "+names[0]+" for this; what it says closest is", "state no figure in "+names[0]+" for this; what they say closest is") + ": " + quote
}
