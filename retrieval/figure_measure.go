package retrieval

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
)

// Counts and measure words: which noun or measure word a figure counts (观看人次突破4000万,
// 20万居民用户, 98轮, 1.2万m³), and whether the words of a question stand near it.
// classCounts are the words a report names a count of a class with before its number (观看人次
// 突破4000万, 参保人数达…).
var classCounts = map[string][]string{
	"people":      {"人次", "人数"},
	"households":  {"户数"},
	"enterprises": {"企业数", "家数"},
	"projects":    {"项目数"},
}

// ClassCountBefore is the word for a count of class (num's count classes: "people",
// "households"…) that stands before figure v of text in its clause, within ten characters (人次
// of 观看人次突破4000万, which counts people); "" when none does.
func ClassCountBefore(text string, v num.Value, class string) string {
	before := text[:v.Start]
	before = before[strings.LastIndexAny(before, ",;:，；：。、")+1:]
	rs := []rune(before)
	s := string(rs[max(0, len(rs)-classReach):])
	for _, n := range classCounts[class] {
		if strings.Contains(s, n) {
			return n
		}
	}
	return ""
}

// countBefore reports whether a word for a count of class stands before figure v in its clause
// (ClassCountBefore).
func countBefore(text string, v num.Value, class string) bool {
	return ClassCountBefore(text, v, class) != ""
}

// classNounAfter reports whether rest (the text right after a bare scaled number) starts with a
// noun of class, within nounAfter characters and before any punctuation or other number.
func classNounAfter(rest string, class string) bool {
	return classNounWithin(rest, class, nounAfter)
}

// classNounWithin reports whether the run of Han characters rest opens with, at most reach of
// them, holds a noun of class.
func classNounWithin(rest, class string, reach int) bool {
	var run []rune
	for _, r := range rest {
		if !zh.IsHan(r) || len(run) == reach {
			break
		}
		run = append(run, r)
	}
	s := string(run)
	return slices.ContainsFunc(classNouns[class], func(n string) bool { return strings.Contains(s, n) })
}

// latinUnits are units a report writes in Latin letters (or words num does not read) after a
// number, with their English.
var latinUnits = []struct{ unit, english string }{
	{"m³", "cubic metres"}, {"m3", "cubic metres"}, {"立方米", "cubic metres"},
	{"m²", "square metres"}, {"m2", "square metres"}, {"㎡", "square metres"},
}

// LatinUnit is the unit rest (the text right after a bare number) starts with when num reads
// none there (1.2万m³, 8340m2), with its English; "" when none.
func LatinUnit(rest string) (unit, english string) {
	for _, u := range latinUnits {
		if strings.HasPrefix(rest, u.unit) {
			return u.unit, u.english
		}
	}
	return "", ""
}

// scaledMeasures are measure words a scaled number (20万份) counts in; after other characters a
// scaled number counts nothing (突破4000万, 300亿能级). 剂 counts doses (83.7万剂次).
const scaledMeasures = "份件张台部辆艘头只株棵间支盏块口轮套剂"

// firstRune is the first character of s (utf8.RuneError for none).
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// notMeasures are the characters after a bare number that make it no count: dates, ages,
// sessions, multiples, rankings (500强).
const notMeasures = "年月日号时点岁届期批倍代成强类大级星度"

// measureAfter reports whether rest starts with a Han character that may be a measure word.
func measureAfter(rest string) bool { return MeasureWord(rest) != "" }

// MeasureWord is the Han character rest starts with when it may be the measure word of a bare
// number before it (轮 of 98轮, 口 of 6口), else "".
func MeasureWord(rest string) string {
	r, n := utf8.DecodeRuneInString(rest)
	if !zh.IsHan(r) || strings.ContainsRune(notMeasures, r) {
		return ""
	}
	if strings.HasPrefix(rest[n:], "次") {
		n += len("次") // 剂次, 架次: a count of times
	}
	return rest[:n]
}

// nearNoun reports whether one of nouns stands within classReach characters before the figure
// or right after it.
func nearNoun(text string, v num.Value, nouns []string) bool { return NearFigure(text, v, nouns) }

// NearFigure reports whether one of words stands just before a figure v of text (within ten
// characters) or right after it (within six): a noun the figure counts ("引进项目10个",
// "10个项目").
func NearFigure(text string, v num.Value, words []string) bool {
	before := []rune(text[:v.Start])
	after := []rune(text[v.End:])
	near := string(before[max(0, len(before)-classReach):]) + "|" + string(after[:min(len(after), 6)])
	return slices.ContainsFunc(words, func(n string) bool { return n != "" && strings.Contains(near, n) })
}

// near reports whether one of words stands within reach characters before a figure or within
// nounAfter after it (its noun may follow a short qualifier: "1万余名60岁以上老人"; further on,
// the sentence speaks of something else: "3个村启动创建宁德金牌旅游村" counts no tourists).
func near(text string, v num.Value, words []string, reach int) bool {
	before := []rune(text[:v.Start])
	after := []rune(text[v.End:])
	s := string(before[max(0, len(before)-reach):]) + "|" + string(after[:min(len(after), nounAfter)])
	return slices.ContainsFunc(words, func(w string) bool { return w != "" && strings.Contains(s, w) })
}

// nounAfter is how far (in characters) after a figure its noun may stand.
const nounAfter = 8

// classNouns are the nouns a report counts a class of things with before or after a generic
// measure word ("引进项目10个", "10个项目").
var classNouns = map[string][]string{
	"projects":    {"项目", "工程"},
	"people":      {"人", "群众", "居民", "干部", "农民工", "学生", "老人", "员"},
	"households":  {"户", "家庭"},
	"enterprises": {"企业", "公司", "商户", "市场主体"},
	"villages":    {"村"},
	"schools":     {"学校", "小学", "中学", "幼儿园"},
}

// classReach is how near (in characters) a class noun must be to a generic count.
const classReach = 10

// countsClass reports whether a generic count (10个) in text counts the asked class: a noun
// of the class stands just before it or after it, also after a short qualifier (8个乡村蝶变项目,
// within nounAfter characters). Classes without known nouns are not checked.
func countsClass(text string, v num.Value, class string) bool {
	if !measureCounts(text, v, class) {
		return false
	}
	nouns, ok := classNouns[class]
	if !ok {
		return true
	}
	lo, hi := clauseBounds(text, v)
	before := []rune(text[lo:v.Start])
	after := []rune(text[v.End:hi])
	near := string(before[max(0, len(before)-classReach):]) + "|" + string(after[:min(len(after), nounAfter)])
	for _, n := range nouns {
		if strings.Contains(near, n) {
			return true
		}
	}
	return false
}
