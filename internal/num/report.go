package num

// ReportScale writes an amount the way reports count large numbers: in 亿 from a hundred
// million, in 万 from ten thousand (4.7e9 → 47, "亿"; 14000 → 1.4, "万"; 500 → 500, "").
func ReportScale(amount float64) (float64, string) {
	switch a := abs(amount); {
	case a >= 1e8:
		return roundSig(amount / 1e8), "亿"
	case a >= 1e4:
		return roundSig(amount / 1e4), "万"
	}
	return amount, ""
}

// zhUnitOf is the Chinese unit a report writes for a dimension, and for a count's class.
var (
	zhUnitOf = map[string]string{
		DimCNY: "元", DimUSD: "美元", DimPct: "%", DimPoints: "个百分点", DimTimes: "倍", DimMu: "亩",
		DimHa: "公顷", DimM2: "平方米", DimKm2: "平方公里", DimM3: "立方米", DimKm: "公里", DimM: "米", DimTonne: "吨",
		DimKg: "公斤", DimJin: "斤", DimConc: "微克/立方米", DimKw: "千瓦", DimKwh: "千瓦时",
	}
	zhMeasureOf = map[string]string{
		"people": "人", "households": "户", "enterprises": "家", "person-times": "人次", "vehicles": "辆",
		"vessels": "艘", "buildings": "栋", "rooms": "间", "times": "次", "villages": "个", "projects": "个",
	}
)

// unscaled dimensions are never written with 万 or 亿.
var unscaled = map[string]bool{DimPct: true, DimPoints: true, DimTimes: true, DimConc: true}

// Report returns the figure as a report writes it, the number before 万/亿 and the multiplier
// with the Chinese unit, for comparing with facts rows (corpus.Fact Value and Unit): "4.7
// billion yuan" → 47, "亿元"; "14,000 tonnes" → 1.4, "万吨"; "ten percent" → 10, "%"; "1.2
// percentage points" → 1.2, "个百分点". A figure written with a Chinese multiplier or unit keeps
// its own form (47亿元 → 47, "亿元"; 1.6万套 → 1.6, "万套"; 14000人 → 14000, "人"); a bare Arabic
// number from 10,000 is scaled (14,000 → 1.4, "万"). A count of no known kind has no unit.
func (v Value) Report() (float64, string) {
	_, zhUnit := zhUnits[v.Unit]
	zhMult := v.Multiplier != "" && v.ChineseUnit() != ""
	if zhUnit || zhMult && v.Unit == "" || v.Form == FormChinese {
		return v.Number, v.ChineseUnit()
	}
	d := v.Dim()
	unit := zhUnitOf[d]
	if d == DimCount {
		unit = zhMeasureOf[v.Class()]
	}
	if unscaled[d] {
		return v.Amount(), unit
	}
	n, m := ReportScale(v.Amount())
	return n, m + unit
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
