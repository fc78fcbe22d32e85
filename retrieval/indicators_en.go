package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/glossary"
)

// englishIndicators returns the indicators an English question names: facts.Find's, less those
// named only inside a longer glossary phrase that means something else — "marine economy"
// (海洋经济) does not ask about GDP although "economy" is one of GDP's English names.
func englishIndicators(q string, matches []glossary.Match) []string {
	shadowed := map[string]bool{}
	outside := []byte(q)
	for _, m := range matches {
		for i := m.Start; i < m.End && i < len(outside); i++ {
			outside[i] = ' '
		}
		phrase := q[m.Start:min(m.End, len(q))]
		if !strings.Contains(strings.TrimSpace(phrase), " ") {
			continue // one word: the glossary and the indicator table read the same word
		}
		for _, ind := range facts.Find(phrase) {
			if !slices.ContainsFunc(m.Chinese, func(c string) bool { return c == ind.Name || slices.Contains(ind.Variants, c) }) {
				shadowed[ind.Name] = true
			}
		}
	}
	named := map[string]bool{}
	for _, ind := range facts.Find(string(outside)) {
		named[ind.Name] = true
	}
	var out []string
	for _, ind := range facts.Find(q) {
		if (!shadowed[ind.Name] || named[ind.Name]) && !spentOn(q, ind) && !hyphenModifier(q, ind) && !countedModifier(q, ind) {
			out = appendUnique(out, ind.Name)
		}
	}
	return out
}

// reSpentOn matches what a question says a sum goes to: projects, programmes, works.
var reSpentOn = lazyre.New(`\b(?:key |major |construction )?(?:projects?|programmes?|programs?|works)\b`)

// spentOn reports whether an indicator is named only by a one-word English name ("investment",
// "economy") in a question that says what the sum goes to ("How much investment does Lili plan
// to complete on its 27 key projects": the sum of those projects, 完成投资86亿元, not 固定资产投资)
// or as the head of a compound that names something else ("textile circular economy park").
func spentOn(q string, ind facts.Indicator) bool {
	lq := strings.ToLower(q)
	single, compound := false, true
	for _, e := range ind.English {
		e = strings.ToLower(e)
		locs := wholeWordAt(lq, e)
		if len(locs) == 0 {
			continue
		}
		if strings.ContainsAny(e, " -") {
			return false // "fixed-asset investment on key projects" asks the indicator
		}
		single = true
		for _, at := range locs {
			compound = compound && compoundHeads[e] && modified(lq[:at])
		}
	}
	return single && (compound || reSpentOn.MatchString(lq))
}

// wholeWordAt returns where word, or word with a plural s, stands whole in text (as
// \bword(s)?\b would match, left to right without overlap), without compiling a pattern per
// word and question.
func wholeWordAt(text, word string) []int {
	boundary := func(i int) bool {
		return (i > 0 && isASCIIWordByte(text[i-1])) != (i < len(text) && isASCIIWordByte(text[i]))
	}
	var starts []int
	for i := 0; i <= len(text)-len(word); {
		j := strings.Index(text[i:], word)
		if j < 0 {
			break
		}
		at, end := i+j, i+j+len(word)
		if end < len(text) && text[end] == 's' && boundary(end+1) {
			end++
		} else if !boundary(end) {
			end = -1
		}
		if end >= 0 && boundary(at) {
			starts = append(starts, at)
			i = max(end, at+1)
			continue
		}
		i = at + 1
	}
	return starts
}

// isASCIIWordByte reports whether b is a character of \w (the bytes \b looks at).
func isASCIIWordByte(b byte) bool { return isASCIIAlnum(b) || b == '_' }

// compoundHeads are one-word indicator names that head compounds naming other things
// ("circular economy", "project investment"); an acronym (GDP) heads none.
var compoundHeads = map[string]bool{"economy": true, "investment": true}

// reWordBefore is the last word before a name in a question; reHyphenBefore a word joined to
// it by a hyphen.
var (
	reWordBefore   = lazyre.New(`([a-z][a-z-]*)\s+$`)
	reHyphenBefore = lazyre.New(`[a-z]-$`)
)

// generalModifiers are words before a one-word indicator name that leave it the indicator
// ("the economy", "total investment", "social investment").
var generalModifiers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "total": true,
	"overall": true, "whole": true, "social": true, "local": true, "regional": true, "annual": true, "of": true,
	"in": true, "on": true, "for": true, "and": true, "or": true, "much": true, "what": true, "did": true, "is": true,
	"was": true, "fixed": true, "town": true, "district": true, "county": true, "city": true, "economic": true,
	"compare": true, "show": true, "list": true, "give": true, "tell": true, "describe": true, "rank": true,
	"many": true, "which": true, "how": true, "about": true, "with": true, "to": true, "by": true, "from": true}

// modified reports whether a one-word name is the head of a compound that names something
// else, the word before it (of before) being a content word: "circular economy" (循环经济) is
// not GDP; "the economy", "Shengze's economy" are. A name joined to the word before it by a
// hyphen ("circular-economy park") is that compound's head.
func modified(before string) bool {
	if reHyphenBefore.MatchString(before) {
		return true
	}
	m := reWordBefore.FindStringSubmatch(before)
	return m != nil && !generalModifiers[m[1]] && !strings.HasSuffix(strings.TrimSpace(before), "'s") && !strings.HasSuffix(strings.TrimSpace(before), "’s")
}

// reHyphenModified matches a hyphenated compound and the word after it.
var reHyphenModified = lazyre.New(`\b([a-z]+(?:-[a-z]+)+)\s+([a-z]+)`)

// hyphenModifier reports whether a question names an indicator only as a hyphenated modifier of
// another noun ("grain-production demonstration plots" asks about the plots, not 粮食产量): each
// of its names in the question is written with hyphens and followed by a content word.
func hyphenModifier(q string, ind facts.Indicator) bool {
	lq := strings.ToLower(q)
	found := false
	for _, e := range ind.English {
		e = strings.ToLower(e)
		if !strings.Contains(e, " ") {
			continue
		}
		if strings.Contains(lq, e) {
			return false // written as a noun phrase somewhere
		}
		for _, m := range reHyphenModified.FindAllStringSubmatch(lq, -1) {
			if strings.ReplaceAll(m[1], "-", " ") == e && !enStop[m[2]] && !generalModifiers[m[2]] {
				found = true
			}
		}
	}
	return found
}
