package answer

import (
	"slices"
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/places"
	"github.com/reportbot/reportbot/retrieval"
)

// The words of a comparison answer: place labels, the series compared, the head line and what a
// place lacks.

// compareLabels names each compared place: its label (Chinese name; pinyin and Chinese in
// English), with its city when another compared place has the same name and its year when the
// comparison is of years.
func compareLabels(c *retrieval.Comparison, res retrieval.Result, lang string) []string {
	names := map[string]int{}
	years := map[int]bool{}
	for _, cp := range c.Places {
		names[cp.Name]++
		years[cp.Year] = true
	}
	out := make([]string, len(c.Places))
	for i, cp := range c.Places {
		r, ok := res.Report(cp.Report)
		if !ok {
			r = corpus.Report{Entity: cp.Name, Level: places.LevelSuffix(cp.Name), City: cp.City, Province: cp.Province}
		}
		label := reportLabel(r, lang)
		if lang != "zh" {
			label = capitalize(label)
		}
		var more []string
		if names[cp.Name] > 1 && r.City != "" && r.City != r.Entity {
			if lang == "zh" {
				more = append(more, r.City)
			} else {
				more = append(more, capitalize(places.PinyinBase(r.City))+" ("+r.City+")")
			}
		}
		if len(years) > 1 && cp.Year > 0 {
			if lang == "zh" {
				more = append(more, strconv.Itoa(cp.Year)+"年")
			} else {
				more = append(more, strconv.Itoa(cp.Year))
			}
		}
		switch {
		case len(more) == 0:
		case lang == "zh":
			label += "(" + strings.Join(more, ",") + ")"
		default:
			label += ", " + strings.Join(more, ", ")
		}
		out[i] = label
	}
	return out
}

// seriesZh and seriesEn name the compared series: "增长目标", "growth target".
func seriesZh(c *retrieval.Comparison) string {
	growth := c.Measure == facts.MeasureGrowth
	switch {
	case c.Kind == corpus.KindTarget && growth:
		return "增长目标"
	case c.Kind == corpus.KindTarget:
		return "目标"
	case growth:
		return "实际增长"
	}
	return "实际数"
}

func seriesEn(c *retrieval.Comparison) string {
	growth := c.Measure == facts.MeasureGrowth
	switch {
	case c.Kind == corpus.KindTarget && growth:
		return "growth target"
	case c.Kind == corpus.KindTarget:
		return "target"
	case growth:
		return "actual growth"
	}
	return "actual figure"
}

// indicatorEn is the comparison's indicator in English, else as the reports write it.
func indicatorEn(name string) string {
	if ind, ok := facts.Lookup(name); ok && len(ind.English) > 0 {
		return ind.English[0] + " (" + name + ")"
	}
	return name
}

// compareYear is the year every compared place was asked about (0: none, or several).
func compareYear(c *retrieval.Comparison) int {
	y := c.Places[0].Year
	for _, cp := range c.Places[1:] {
		if cp.Year != y {
			return 0
		}
	}
	return y
}

// compareHead is the first line of a comparison: what is compared, for which year.
func compareHead(c *retrieval.Comparison, lang string) string {
	y := compareYear(c)
	if lang == "zh" {
		year := ""
		if y > 0 {
			year = strconv.Itoa(y) + "年"
		}
		if c.Indicator == "" {
			return year + "各地报告的相关内容:"
		}
		return year + c.Indicator + seriesZh(c) + "对比(" + zhCount(len(c.Places)) + "地):"
	}
	year := ""
	if y > 0 {
		year = " for " + strconv.Itoa(y)
	}
	if c.Indicator == "" {
		return "What each place's report" + year + " says:"
	}
	return capitalize(indicatorEn(c.Indicator)) + ", " + seriesEn(c) + year + ", compared across " + enCount(len(c.Places)) + " places:"
}

// latestNote says, for a comparison that names no year, which year's reports it compares: each
// place's latest ("" when a year was named).
func latestNote(c *retrieval.Comparison, res retrieval.Result, lang string) string {
	var years []int
	for _, cp := range c.Places {
		if cp.Year != 0 {
			return ""
		}
		if r, ok := res.Report(cp.Report); ok && r.Year > 0 && !slices.Contains(years, r.Year) {
			years = append(years, r.Year)
		}
	}
	if len(years) == 0 {
		return ""
	}
	slices.Sort(years)
	if lang == "zh" {
		return "依据各地最新的报告(" + yearSpan(years, lang) + ");可在问题中注明年份,比较其他年份。"
	}
	return "From each place's latest report (" + yearSpan(years, lang) + "); name a year to compare another."
}

// noReportLine says that a place has no report of the year asked, and which years it has.
func noReportLine(label string, cp retrieval.Compared, lang string) string {
	span := yearSpan(cp.Years, lang)
	if lang == "zh" {
		s := label + ":没有" + strconv.Itoa(cp.Year) + "年的报告"
		if span != "" {
			s += "(现有" + span + "的报告)"
		}
		return s + "。"
	}
	s := label + ": no " + strconv.Itoa(cp.Year) + " report"
	if span != "" {
		s += " (its reports are of " + span + ")"
	}
	return s + "."
}

// yearSpan writes years compactly: "2015–2023", "2015、2017年" / "2015 and 2017".
func yearSpan(ys []int, lang string) string {
	if len(ys) == 0 {
		return ""
	}
	suffix := ""
	if lang == "zh" {
		suffix = "年"
	}
	consecutive := true
	for i := 1; i < len(ys); i++ {
		consecutive = consecutive && ys[i] == ys[i-1]+1
	}
	if len(ys) > 2 && consecutive {
		return strconv.Itoa(ys[0]) + "–" + strconv.Itoa(ys[len(ys)-1]) + suffix
	}
	parts := make([]string, len(ys))
	for i, y := range ys {
		parts[i] = strconv.Itoa(y)
	}
	if lang == "zh" {
		return strings.Join(parts, "、") + suffix
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// lacksPhrase says that a place's report states no figure of the compared series.
func lacksPhrase(c *retrieval.Comparison, cp retrieval.Compared, lang string) string {
	year := ""
	if lang == "zh" {
		if cp.Year > 0 {
			year = strconv.Itoa(cp.Year) + "年"
		}
		if c.Indicator == "" {
			return year + "报告中没有找到相关内容"
		}
		return year + "报告没有给出" + c.Indicator + "的" + seriesZh(c) + "数字"
	}
	if cp.Year > 0 {
		year = " " + strconv.Itoa(cp.Year)
	}
	if c.Indicator == "" {
		return "nothing on this in its" + year + " report"
	}
	return "its" + year + " report states no " + seriesEn(c) + " for " + indicatorEn(c.Indicator)
}
