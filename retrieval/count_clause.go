package retrieval

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A report often names a thing among others without counting it (前岸智慧村社、智慧停车场…等
// 项目超时序完成; 扎实推进城市书屋、乡村博物馆文化阵地建设) in a sentence whose figures count
// other things in clauses of their own (21个工程项目, 9个“15分钟品质文化生活圈”, 200余场 宣讲
// 活动). An English how-many question about it is not answered by those figures.

// headWordings returns the wordings (at least two characters) the glossary gives the head word
// of the noun an English how-many question counts (停车场 of "smart parking", 博物馆 of
// "village museums"), from terms of weight at least otherWeight; nil for a Chinese question,
// for a noun of a counted class ("people", "households": counted by measure words, not named)
// and for a head the glossary does not render.
func headWordings(p Plan, noun string) []string {
	fields := strings.Fields(strings.ToLower(noun))
	if p.Lang != "en" || len(fields) == 0 || wantFigure(p).class != "" {
		return nil
	}
	head := fields[len(fields)-1:]
	var out []string
	for _, t := range p.Terms {
		if t.Weight < otherWeight || !ofNoun(t, head) {
			continue
		}
		for _, v := range t.Variants {
			if utf8.RuneCountInString(v) >= 2 {
				out = appendUnique(out, v)
			}
		}
	}
	return out
}

// MentionsHead reports whether text holds a wording of the head of the noun an English
// how-many question counts (headWordings): the report speaks of the asked thing.
func MentionsHead(p Plan, noun, text string) bool {
	return slices.ContainsFunc(headWordings(p, noun), func(w string) bool { return strings.Contains(text, w) })
}

// FigureBesideHead reports whether a clause of text holding a wording of the asked noun's head
// (headWordings) holds any figure at all: then the figure may count it (新增10家博物馆), and
// text is not taken to mention the thing without a number. True when there are no such
// wordings (nothing is judged).
func FigureBesideHead(p Plan, noun, text string) bool {
	words := headWordings(p, noun)
	if len(words) == 0 {
		return true
	}
	for _, c := range clauses(text) {
		if len(figures(c)) > 0 && slices.ContainsFunc(words, func(w string) bool { return strings.Contains(c, w) }) {
			return true
		}
	}
	return false
}

// NamedInClause reports whether a clause of text, read alone, states a figure FigureNamed takes
// for the asked thing (its glossed names, measure words and pivots; 全年新增市场主体3700多户 for
// "new businesses (market entities)"): the sentence's subject then no longer names another
// clause's count (建成9个“15分钟品质文化生活圈” beside 乡村博物馆). FigureNamed also takes a
// count beside any other word of the question (8个乡村蝶变项目 for "village museums"), so this
// is read of the quote only.
func NamedInClause(p Plan, text string) bool {
	return slices.ContainsFunc(clauses(text), func(c string) bool {
		_, checked, named := FigureNamed(p, c)
		return checked && named
	})
}

// clauses cuts text after each clause mark (clauseMarks).
func clauses(text string) []string {
	var out []string
	for text != "" {
		i := strings.IndexAny(text, clauseMarks)
		if i < 0 {
			return append(out, text)
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		out = append(out, text[:i+n])
		text = text[i+n:]
	}
	return out
}
