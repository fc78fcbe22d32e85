package retrieval

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
)

// A list question may ask one place in a ranking: "Which town ranked 14th among China's top 100
// towns?", "Which reports came first in their city…?", "哪些镇排名第6?". The ranking's name finds
// every report on the ranking (Lili 14th among the 百强镇, Shengze sixth among the 千强镇); the
// ordinal says which of them answers, so a report is listed only when its passage states that
// place.

// enOrdinalWords are the ordinals an English question may write in words, first to twentieth:
// the place of each is its index plus one.
var enOrdinalWords = []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
	"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
	"twentieth"}

// reEnOrdinal matches an English ordinal: 14th, 1st, sixth, twentieth.
var reEnOrdinal = lazyre.New(`\b(?:(\d{1,4})(?:st|nd|rd|th)|(` + strings.Join(enOrdinalWords, "|") + `))\b`)

// reEnPlaceCue matches the words that make an ordinal a place in a ranking ("ranked 14th",
// "came sixth", "14th place", "rank first"), not the first half or the second batch.
var reEnPlaceCue = lazyre.New(`\b(?:rank(?:s|ed|ing)?|came|come|comes|placed|finish(?:ed|es)?)\s+(?:(?:at|in|as)\s+)?(?:no\.?\s*)?$`)

// reEnPlaceAfter matches the word after an ordinal that makes it a place ("14th place",
// "sixth position").
var reEnPlaceAfter = lazyre.New(`^\s+(?:place|position|spot)\b`)

// reEnBeBefore and reEnAmongAfter match an ordinal a verb "to be" makes a place when a ranking
// follows it ("were sixth in China's top 1000 towns"), not "the first to…".
var (
	reEnBeBefore   = lazyre.New(`\b(?:is|are|was|were|be|been)\s+(?:the\s+)?$`)
	reEnAmongAfter = lazyre.New(`^\s+(?:in|among|on)\b`)
)

// reZhAskedPlace matches a place a Chinese question asks (排名第6, 位列第六名, 第14位).
var reZhAskedPlace = lazyre.New(`(?:排名|排|位列|名列|位居|居)(?:全\p{Han}{1,2})?第|第[\d一二三四五六七八九十百]+[位名]`)

// AskedPlace returns the place in a ranking the question asks for (14 for "ranked 14th", 1 for
// "came first"), and whether it asks one.
func (p Plan) AskedPlace() (int, bool) {
	if p.Lang == "zh" {
		return zhAskedPlace(p.Norm)
	}
	n, _, ok := enAskedPlace(strings.ToLower(p.Norm))
	return n, ok
}

// enAskedPlace reads the place an English question (lower-case) asks, with its ordinal word
// ("sixth"; empty for one in digits, "14th").
func enAskedPlace(q string) (int, string, bool) {
	for _, m := range reEnOrdinal.FindAllStringSubmatchIndex(q, -1) {
		before, after := q[:m[0]], q[m[1]:]
		if !reEnPlaceCue.MatchString(before) && !reEnPlaceAfter.MatchString(after) &&
			!(reEnBeBefore.MatchString(before) && reEnAmongAfter.MatchString(after)) {
			continue
		}
		if m[2] >= 0 {
			if n, err := strconv.Atoi(q[m[2]:m[3]]); err == nil && n > 0 {
				return n, "", true
			}
			continue
		}
		word := q[m[4]:m[5]]
		return slices.Index(enOrdinalWords, word) + 1, word, true
	}
	return 0, "", false
}

// zhAskedPlace reads the place a Chinese question asks (排名第6 → 6).
func zhAskedPlace(q string) (int, bool) {
	loc := reZhAskedPlace.FindStringIndex(q)
	if loc == nil {
		return 0, false
	}
	for _, v := range num.Find(q[loc[0]:]) {
		if v.Ordinal {
			return int(v.Number), v.Number > 0
		}
	}
	return 0, false
}

// StatesPlace reports whether text states place n in a ranking: an ordinal that is a place
// (第14位, 第六名, 位列全市第一) — not an ordinal of something else (第七批, 第一方阵) — or, for
// first place, 首位 or 榜首.
func StatesPlace(text string, n int) bool {
	if n == 1 && (strings.Contains(text, "首位") || strings.Contains(text, "榜首")) {
		return true
	}
	for _, v := range num.Find(text) {
		if !v.Ordinal || v.Number != float64(n) {
			continue
		}
		if strings.HasSuffix(v.Text, "位") || strings.HasSuffix(v.Text, "名") {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(text[v.End:]); !zh.IsHan(r) {
			return true
		}
	}
	return false
}

// placeTerm searches an asked place written as an ordinal word ("came sixth") as the reports
// write it (第六, 第6) instead of the lexicon's guesses for the word (己, 尾: the sixth
// heavenly stem). A place written in digits ("14th") is already searched as its number.
func (a *Plan) placeTerm() {
	if a.Lang != "en" {
		return
	}
	n, word, ok := enAskedPlace(strings.ToLower(a.Norm))
	if !ok || word == "" {
		return
	}
	a.Terms = slices.DeleteFunc(a.Terms, func(t Term) bool { return strings.EqualFold(t.From, word) })
	a.Terms = append(a.Terms, Term{From: word, Variants: []string{"第" + zhSmallNumber(n), "第" + strconv.Itoa(n)}, Weight: rankWeight})
	// The question's verb of ranking ("ranked": 排名, 位列…) is covered by every way a report
	// writes a place, 首位 too (总量保持全市首位).
	for i, t := range a.Terms {
		if isRankTerm(t) {
			a.Terms[i].Variants = append(slices.Clone(t.Variants), slices.DeleteFunc(slices.Clone(rankWordings), func(v string) bool { return slices.Contains(t.Variants, v) })...)
		}
	}
}

// isRankTerm reports whether a term is a verb of ranking (排名, 位列, "ranked"): one of its
// wordings is a ranking word (rankWordings).
func isRankTerm(t Term) bool {
	return slices.ContainsFunc(t.Variants, func(v string) bool { return slices.Contains(rankWordings, v) })
}

// placeSides returns the terms of a question asking a place in a ranking that only say it is
// ranked (isRankTerm, and the place's own term), when another full-weight term names what is
// ranked ("ranked first in their city for market entities"): those never decide the topic
// (scoredTerm.side), so a report's first place in something else (位居第一名 in a debt
// assessment) does not speak of the market entities. nil when the question asks no place.
func placeSides(p Plan) map[string]bool {
	n, ok := p.AskedPlace()
	if !ok {
		return nil
	}
	place := func(t Term) bool {
		return isRankTerm(t) || slices.ContainsFunc(t.Variants, func(v string) bool { return StatesPlace(v, n) })
	}
	out := map[string]bool{}
	named := false
	for _, t := range p.Terms {
		switch {
		case place(t):
			out[t.From] = true
		case t.Weight >= 1 && t.From != p.When && !slices.ContainsFunc(p.Numbers, func(x Number) bool { return x.Text == t.From }):
			named = true
		}
	}
	if !named {
		return nil
	}
	return out
}

// zhSmallNumber writes 1…99 in Chinese numerals (6 → 六, 14 → 十四, 20 → 二十).
func zhSmallNumber(n int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return digits[n]
	case n < 20:
		return "十" + digits[n%10]
	default:
		return digits[n/10] + "十" + digits[n%10]
	}
}
