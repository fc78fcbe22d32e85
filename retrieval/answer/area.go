package answer

import (
	"strings"

	"github.com/reportbot/reportbot/internal/places"
	"github.com/reportbot/reportbot/retrieval"
)

// areaText declines a figure asked of an area larger than the reports' places (a city or
// province they lie in, or the whole country): the reports state their own places' figures,
// which do not answer for the area, and it names those places.
func areaText(lang string, res retrieval.Result, c retrieval.Constraint) string {
	cover := coverage(lang, res, c.Reports)
	if lang == "zh" {
		if c.Value == retrieval.AreaNation {
			return "报告没有给出全国的数字,只涉及国内的以下地方:" + cover + "。"
		}
		return "报告没有给出" + c.Value + "整体的数字,只涉及其中的以下地方:" + cover + "。"
	}
	if c.Value == retrieval.AreaNation {
		return "The reports do not state national figures for China; they cover places within it: " + cover + "."
	}
	return "The reports do not state figures for " + areaEnglish(c.Value) + " as a whole; they cover places within it: " + cover + "."
}

// areaEnglish names a city or province in pinyin with its Chinese name: "Suzhou (苏州市)".
func areaEnglish(name string) string {
	py := places.PinyinBase(name)
	if py == "" {
		return name
	}
	return strings.ToUpper(py[:1]) + py[1:] + " (" + name + ")"
}

// areaLevelText declines a place asked by its city and a level no report of that city has ("the
// Suzhou district" where the Suzhou reports are towns), naming the reports the city has.
func areaLevelText(lang string, res retrieval.Result, c retrieval.Constraint) string {
	cover := coverage(lang, res, c.Reports)
	if lang == "zh" {
		return "报告中没有" + c.Value + "的" + c.Level + ";" + c.Value + "的报告是:" + cover + "。"
	}
	level := levelEnglish[c.Level]
	if level == "" {
		level = c.Level
	}
	var areas []string
	for _, a := range strings.Split(c.Value, "、") {
		areas = append(areas, areaEnglish(a))
	}
	return "The reports cover no " + level + " of " + strings.Join(areas, ", ") + "; within it they cover: " + cover + "."
}
