package retrieval

import "github.com/reportbot/reportbot/internal/num"

// The unit a question asks its figure in ("how many tonnes", "多少千瓦", "how many US dollars")
// is a constraint like its place: a figure of another dimension (7家 for kilowatts, 亿元 for US
// dollars) does not answer it. Counts, yuan and percentages are left out: a question asks in them
// by its words only loosely ("how much" is yuan or anything), and the figure scorer weighs them.

// unitFamilies maps a physical unit's dimension to its family: a figure of any dimension of the
// family answers (亩 for hectares: the report's own unit, convertible).
var unitFamilies = map[string]string{
	num.DimTonne: "weight", num.DimKg: "weight", num.DimJin: "weight",
	num.DimMu: "area", num.DimHa: "area", num.DimM2: "area", num.DimKm2: "area",
	num.DimKm: "length", num.DimM: "length",
	num.DimKw: "power", num.DimKwh: "energy", num.DimUSD: "usd", num.DimConc: "concentration",
}

// AskedUnit returns the dimension of the physical unit a question asks its figure in (num.DimTonne
// for "how many tonnes…", num.DimKw for "多少千瓦"), or "" when it asks in none.
func AskedUnit(p Plan) string {
	dim := wantFigure(p).dim
	if unitFamilies[dim] == "" {
		return ""
	}
	return dim
}

// StatesUnit reports whether text states a figure in dim's family.
func StatesUnit(text, dim string) bool {
	for _, v := range figures(text) {
		if unitFamilies[v.Dim()] == unitFamilies[dim] {
			return true
		}
	}
	return false
}
