package retrieval

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/internal/zh"
)

// Coordinated abbreviations. Chinese shortens two coordinated words to their first characters:
// 科学/科技 and 创新 are 科创 (科创园, "science and innovation park"), 文化 and 旅游 are 文旅, 产业 and
// 教育 are 产教, 警务 and 企业 are 警企. An English question names both words ("science and
// innovation"), the glossary and the lexicon render each on its own, and a report that writes
// only the short form holds neither rendering. The heaviest renderings of two English terms
// joined by "and" (or "&") give their short form, searched for the pair and counted in grounding
// for both words, when the reports hold it: a short form no passage holds is no wording.

// reEnAnd is what joins two coordinated English terms.
var reEnAnd = lazyre.New(`^\s*(?:and|&)\s*$`)

// addCoordAbbreviations adds the short forms of the question's coordinated term pairs that the
// reports hold (known) as a search term for the pair and as a rendering of each word.
func (a *Plan) addCoordAbbreviations(known func(string) bool) {
	if a.Lang != "en" || known == nil {
		return
	}
	for i := 0; i+1 < len(a.English); i++ {
		x, y := &a.English[i], &a.English[i+1]
		if !translated(x.Layer) || !translated(y.Layer) {
			continue
		}
		end := x.At + len(x.Text)
		if end > y.At || y.At > len(a.Norm) || !reEnAnd.MatchString(a.Norm[end:y.At]) {
			continue
		}
		if len(x.Chinese) == 0 || len(y.Chinese) == 0 {
			continue
		}
		// Only the heaviest rendering of each word: a lesser sense ("small": 大小) shortens to a
		// character that is not the word's (大).
		u, v := x.Chinese[0], y.Chinese[0]
		s, ok := coordAbbrev(u, v)
		if !ok || !known(s) || strings.Contains(u, s) || strings.Contains(v, s) {
			continue
		}
		a.Terms = append(a.Terms, Term{From: x.Text + " and " + y.Text, Variants: []string{s}, Weight: 1})
		for _, t := range []*EnglishTerm{x, y} {
			if !slices.Contains(t.Chinese, s) {
				t.Chinese = append(t.Chinese, s)
				if len(t.Weights) > 0 {
					t.Weights = append(t.Weights, t.Weights[0])
				}
			}
		}
	}
}

// translated reports whether a layer gives an English term Chinese renderings.
func translated(layer string) bool {
	return layer == LayerGlossary || layer == LayerLexicon
}

// coordAbbrev is the short form of two coordinated words of two characters each: the first
// character of each (科学, 创新 → 科创). A longer word shortens otherwise (人大代表 to 人大, not
// 人), a one-character word not at all.
func coordAbbrev(u, v string) (string, bool) {
	ru, rv := []rune(u), []rune(v)
	if len(ru) != 2 || len(rv) != 2 || !zh.IsHan(ru[0]) || !zh.IsHan(rv[0]) {
		return "", false
	}
	return string([]rune{ru[0], rv[0]}), true
}

// reZhListJoin is what stands between two items of a Chinese question's list: 、, 和, 与, 及, 或.
var reZhListJoin = lazyre.New(`^(?:、|和|与|及|或者?)$`)

// addZhListAbbreviations gives each item of a Chinese question's list of three or more words
// (工会、共青团、妇联) the list's short form, a character of each item in order (工青妇), when the
// reports hold it: a report that names the items only by it speaks of each of them.
// Two items are left alone: their short form of two characters is often another word (工会、
// 商会 give 工商).
func (a *Plan) addZhListAbbreviations(known func(string) bool) {
	if a.Lang != "zh" || known == nil {
		return
	}
	ps := termSpans(*a)
	for i := 0; i < len(ps); {
		j := i + 1
		for j < len(ps) && ps[j].start >= ps[j-1].end && reZhListJoin.MatchString(a.Norm[ps[j-1].end:ps[j].start]) {
			j++
		}
		if j-i >= 3 {
			a.addListAbbreviation(ps[i:j], known)
		}
		i = j
	}
}

// addListAbbreviation adds the short forms of the listed terms to each of them (see
// addZhListAbbreviations): one character of each item, in order (工会、共青团、妇联 give 工青妇:
// 共青团 is shortened by its 青), every two of them together a token the reports hold. An item's
// character is one no other item of the list holds: a short form tells its items apart, and a
// character they share (研学 of 研学游、研学基地、研学活动, kinds of one thing) shortens none of
// them (研学研 is no word).
func (a *Plan) addListAbbreviation(items []termSpan, known func(string) bool) {
	shorts := []string{""}
	for _, it := range items {
		rs := []rune(it.from)
		if len(rs) < 2 || len(rs) > 4 || !zh.AllHan(rs) {
			return
		}
		var next []string
		for _, s := range shorts {
			for _, r := range rs {
				if slices.ContainsFunc(items, func(o termSpan) bool { return o.from != it.from && strings.ContainsRune(o.from, r) }) {
					continue // shared with another item: tells it from none
				}
				prev := []rune(s)
				if len(prev) > 0 && !known(string(prev[len(prev)-1])+string(r)) {
					continue
				}
				next = append(next, s+string(r))
			}
		}
		if shorts = next; len(shorts) == 0 {
			return
		}
	}
	for ti := range a.Terms {
		t := &a.Terms[ti]
		if !slices.ContainsFunc(items, func(it termSpan) bool { return it.from == t.From }) {
			continue
		}
		for _, s := range shorts {
			if !slices.Contains(t.Variants, s) {
				t.Variants = append(t.Variants, s)
			}
		}
	}
}
