package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/num"
)

// A threshold list question counts or measures one thing ("more than 10 old residential
// compounds", 政协提案超过10件), and a report's sentence often states figures of several
// ("办理人大代表建议65件、政协委员提案8件"; "完成绿杨新村等3个老旧小区改造,建成14个生活污水处理
// 提质增效达标区"). The figure that answers is the one the sentence states of that thing: the
// count written right before its word (3个老旧小区) or else the first figure of the asked
// measure after it (政协委员提案8件) — not any figure after any word of the question (办理…65件).

// countedTerms returns the terms naming what a threshold question counts or measures: the
// term written nearest its number (before or after it) that is more than a word of time or
// intent — of its indicators when it names any — with the terms the question offers as
// alternatives to it (贷款或融资). nil when the question has no number or no such term.
func (p Plan) countedTerms() []Term {
	if len(p.Numbers) == 0 {
		return nil
	}
	norm := strings.ToLower(p.Norm)
	at := strings.Index(norm, strings.ToLower(p.Numbers[0].Text))
	if at < 0 {
		return nil
	}
	end := at + len(p.Numbers[0].Text)
	best, bestGap := -1, 0
	for i, t := range p.Terms {
		from := strings.ToLower(t.From)
		j := strings.Index(norm, from)
		if t.Weight <= intentWeight || from == "" || j < 0 || p.numberWording(t) || slices.ContainsFunc(p.Numbers, func(n Number) bool { return n.Text == t.From }) {
			continue // a word of time or intent, or the number's own
		}
		if len(p.Indicators) > 0 && !slices.ContainsFunc(t.Variants, func(v string) bool { return slices.Contains(p.Indicators, v) }) {
			continue // an indicator's figure is the indicator's ("GDP growth target of 7%")
		}
		gap := at - (j + len(from)) // before the number
		if j >= end {
			gap = j - end // after it
		}
		if gap < 0 {
			continue // the number's own wording
		}
		if best < 0 || gap < bestGap {
			best, bestGap = i, gap
		}
	}
	if best < 0 {
		return nil
	}
	out := []Term{p.Terms[best]}
	if alts := alternativeTerms(p); alts[p.Terms[best].From] {
		for i, t := range p.Terms {
			if i != best && alts[t.From] {
				out = append(out, t)
			}
		}
	}
	return out
}

// FigureReach is how far (in characters, within one sentence) a figure or a fall may be stated
// after the words of what it measures: "一般公共预算收入下降幅度较大", "一般公共预算收入完成503亿元,
// 下降7.4%", "面向我区企业发放贷款总额50亿元".
const FigureReach = 16

// reSentenceEnd ends the text a figure after a word may be read in.
var reSentenceEnd = lazyre.New(`[。;；!?！？]`)

// WindowAfter returns the text after a word that ends at end: FigureReach characters at most,
// not past the sentence's end. A figure the reach cuts in two is read whole when it is the
// word's own — in the word's clause, or the rate that continues it (规上工业产值26.1亿元,同比增长
// 66.17%: the rate, not "66.17" without its percent sign) — and left out when a clause of its
// own names another subject (一般公共预算收入与上一年持平,固定资产投资增长7%). Threshold lists
// (figureAfter) and the answer's checks of a figure or fall after a term read the same window.
func WindowAfter(text string, end int) string {
	sentence := text[end:]
	if loc := reSentenceEnd.FindStringIndex(sentence); loc != nil {
		sentence = sentence[:loc[0]]
	}
	r := []rune(sentence)
	if len(r) <= FigureReach {
		return sentence
	}
	cut := len(string(r[:FigureReach]))
	for _, v := range num.FindWith(sentence, num.Options{Ungrouped: true}) {
		if v.Start < cut && v.End > cut && continuesTerm(sentence[:v.Start]) {
			cut = v.End
		}
	}
	return sentence[:cut]
}

// reRateLead is a clause that states a rate of what the clause before it named: 同比增长,
// 比上年下降, 增长约.
var reRateLead = lazyre.New(`^(?:同比|比上年|较上年|比去年|较去年)?(?:增长|下降|增加|减少|提高|提升|回落)了?约?$`)

// continuesTerm reports whether a figure after before (the text from the term to the figure)
// is the term's: no clause break before it, or a clause that only states a rate (reRateLead).
func continuesTerm(before string) bool {
	i := strings.LastIndexAny(before, ",，、")
	if i < 0 {
		return true
	}
	_, size := utf8.DecodeRuneInString(before[i:])
	return reRateLead.MatchString(before[i+size:])
}

// CountedFigures returns the figures a quote states of what a threshold question counts or
// measures (countedTerms), in the measure of its number (Number.Measures); found is false when
// the quote holds no word of that thing, and the question is then answered as before, by any
// figure after any of its words.
func (p Plan) CountedFigures(quote string) (figs []num.Value, found bool) {
	terms := p.countedTerms()
	if len(terms) == 0 {
		return nil, false
	}
	norm := normalize(quote)
	return p.countedFiguresIn(terms, norm, num.FindWith(norm, num.Options{Ungrouped: true}))
}

// countedFiguresIn is CountedFigures of a normalised quote whose figures are vs, for the
// plan's countedTerms: every figure it returns is one of vs.
func (p Plan) countedFiguresIn(terms []Term, norm string, vs []num.Value) (figs []num.Value, found bool) {
	if len(terms) == 0 {
		return nil, false
	}
	measured := func(v num.Value) bool {
		ok, _, _ := p.Numbers[0].Measures(v)
		return ok
	}
	for _, t := range terms {
		own := t.Variants
		ownIndicator := namesIndicator(own)
		for _, w := range t.Variants {
			for _, span := range wordSpans(norm, normalize(w)) {
				found = true
				if insideOtherIndicator(norm, span[0], span[1], own, ownIndicator) {
					continue // another indicator's figure (counted_other.go)
				}
				if v, ok := figureBefore(vs, span[0]); ok && measured(v) {
					figs = append(figs, v)
					continue
				}
				if v, ok := figureAfter(norm, vs, span[1], measured); ok {
					figs = append(figs, p.signedRate(v, norm[span[1]:v.Start]))
				}
			}
		}
	}
	return figs, found
}

// wordSpans returns where a normalised text holds a word: as written, or its pieces in order a
// little apart (newTopicWord: 政协委员提案 for 政协提案).
func wordSpans(norm, word string) [][]int {
	if word == "" {
		return nil
	}
	var out [][]int
	for i := 0; ; {
		j := strings.Index(norm[i:], word)
		if j < 0 {
			break
		}
		out = append(out, []int{i + j, i + j + len(word)})
		i += j + len(word)
	}
	if tw := newTopicWord(word); tw.spaced != nil && (tw.need == "" || strings.Contains(norm, tw.need)) {
		for _, m := range tw.spaced.FindAllStringIndex(norm, -1) {
			if !slices.ContainsFunc(out, func(s []int) bool { return s[0] == m[0] }) {
				out = append(out, m)
			}
		}
	}
	return out
}

// figureBefore returns the figure written right before a word (13个老旧小区): its measure word
// ends where the word starts (or its noun is the word's start: 12个项目).
func figureBefore(vs []num.Value, start int) (num.Value, bool) {
	for _, v := range vs {
		if v.Start < start && start <= v.End && v.Unit != "" {
			return v, true
		}
	}
	return num.Value{}, false
}

// figureAfter returns the first figure measured (measured) after a word's end, within its
// WindowAfter.
func figureAfter(norm string, vs []num.Value, end int, measured func(num.Value) bool) (num.Value, bool) {
	rest := WindowAfter(norm, end)
	for _, v := range vs {
		if v.Start >= end && v.End <= end+len(rest) && measured(v) {
			return v, true
		}
	}
	return num.Value{}, false
}

// meetsValue reports whether a figure meets a threshold question's number as it compares it
// (Number.Measures, MeetsBound); never for a question without a number. A text meets the number
// only when one of its figures does (meetsThreshold).
func (p Plan) meetsValue(v num.Value) bool {
	if len(p.Numbers) == 0 {
		return false
	}
	ok, want, got := p.Numbers[0].Measures(v)
	return ok && MeetsBound(p.Comparator, BoundOf(v), got, want)
}

// meetsThreshold reports whether a text states a figure that meets a threshold question's
// number as it compares it (Number.Measures, MeetsBound): a figure of what the question counts,
// where the text names it (CountedFigures), else any figure the number measures. The text's
// figures are found once; the figures of what the question counts are some of them, so a text
// none of whose figures meets the number does not meet it, and is not searched for the counted
// thing's words (most sentences a threshold list reads state no such figure).
func (p Plan) meetsThreshold(text string) bool {
	if len(p.Numbers) == 0 {
		return false
	}
	meets := p.meetsValue
	norm := normalize(text)
	vs := num.FindWith(norm, num.Options{Ungrouped: true})
	if !slices.ContainsFunc(vs, meets) {
		return false
	}
	if figs, found := p.countedFiguresIn(p.countedTerms(), norm, vs); found {
		return slices.ContainsFunc(figs, meets)
	}
	return true
}
