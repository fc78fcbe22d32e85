package answer

import (
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/places"
)

var levelEnglish = map[string]string{"镇": "town", "乡": "township", "街道": "subdistrict", "区": "district", "县": "county", "市": "city", "自治区": "autonomous region", "省": "province"}

// reportLabel names a report's place for an answer: "盛泽镇" / "Shengze town (盛泽镇)", and for a
// withheld name the city the report belongs to: "xx区(盘锦市)" / "a district of Panjin (盘锦市xx区)".
func reportLabel(r corpus.Report, lang string) string {
	if r.Entity == "" {
		if lang == "zh" {
			return "报告" + strconv.Itoa(r.Report)
		}
		return "report " + strconv.Itoa(r.Report)
	}
	lvlEn := levelEnglish[r.Level]
	if lvlEn == "" {
		lvlEn = "place"
	}
	if places.Withheld(r.Entity) {
		if lang == "zh" {
			if r.City != "" {
				return r.Entity + "(" + r.City + ",报告" + strconv.Itoa(r.Report) + ")"
			}
			return r.Entity + "(报告" + strconv.Itoa(r.Report) + ")"
		}
		if r.City != "" {
			return "a " + lvlEn + " of " + capitalize(places.PinyinBase(r.City)) + " (" + r.City + r.Entity + ", report " + strconv.Itoa(r.Report) + ")"
		}
		return "a " + lvlEn + " (" + r.Entity + ", report " + strconv.Itoa(r.Report) + ")"
	}
	if lang == "zh" {
		return r.Entity
	}
	return capitalize(places.PinyinBase(r.Entity)) + " " + lvlEn + " (" + r.Entity + ")"
}

// qualifierEnglish is the English of a fact's qualifiers, written before the value; 以上 is
// "more than", as in the figure lines (num.QualifierEnglish).
var qualifierEnglish = map[string]string{"以上": "more than", "左右": "about", "以内": "at most", "以下": "at most", "力争": "strives for", "确保": "guarantees"}

// factName is the indicator and kind part of a fact's description.
func factName(f corpus.Fact, lang string) string {
	if lang == "zh" {
		if f.Kind == corpus.KindActual {
			return f.Wording + "实际:"
		}
		return f.Wording + "目标:"
	}
	name := f.Indicator
	if ind, ok := facts.Lookup(f.Indicator); ok && len(ind.English) > 0 {
		name = ind.English[0] + " (" + f.Wording + ")"
	}
	if f.Kind == corpus.KindActual {
		return name + ": actual: "
	}
	return name + ": target: "
}

// factValue is the value part of a fact's description: qualifiers, measure and value.
func factValue(f corpus.Fact, lang string) string {
	has := func(q string) bool {
		for _, x := range strings.Split(f.Qualifier, ",") {
			if x == q {
				return true
			}
		}
		return false
	}
	value := f.ValueText
	if lang == "zh" {
		if f.Comparator == "flat" {
			return "与上年持平"
		}
		pre, post := "", ""
		for _, q := range []string{"确保", "力争"} {
			if has(q) {
				pre += q
			}
		}
		for _, q := range []string{"以上", "左右", "以内", "以下"} {
			if has(q) && !strings.Contains(value, q) {
				post += q
			}
		}
		verb := ""
		if f.Measure == "growth" && !strings.ContainsAny(value, "增降") {
			verb = "增长"
			if f.Value < 0 {
				verb = "下降"
			}
		}
		return pre + verb + value + post
	}
	if f.Comparator == "flat" {
		return "flat on the previous year"
	}
	var words []string
	for _, q := range []string{"确保", "力争"} {
		if has(q) {
			words = append(words, qualifierEnglish[q])
		}
	}
	switch {
	case f.Measure == "growth" && f.Value < 0:
		words = append(words, "a decline of")
	case f.Measure == "growth":
		words = append(words, "growth of")
	case f.Measure == "share":
		words = append(words, "a share of")
	}
	for _, q := range []string{"以上", "左右", "以内", "以下"} {
		if has(q) {
			words = append(words, qualifierEnglish[q])
		}
	}
	words = append(words, strings.TrimPrefix(value, "-"))
	return strings.Join(words, " ")
}
