package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
)

// A figure asked in a time frame no report in scope gives it in. "What PM2.5 target did the
// Beijing district set for this year?": the plan names PM2.5 (强化PM2.5和臭氧协同控制) but sets
// no figure for it, and the figure it states (31微克/立方米) is last year's. "What is this year's
// target for rural roads upgraded, in kilometres?": one report plans rural roads without a
// figure, another states 157公里 as last year's work. Quoting the plan sentence answers a
// how-much question with no figure; quoting the other frame's figure answers another question.
// Each report in scope is read, not only the top hits, and only where the question's subject
// (its most specific full-weight term, subjectTerm) stands: a sentence there that states a
// figure of the asked kind in the asked frame, or in a frame nothing tells, keeps the answer.

// Unstated is a sentence that names a how-much question's subject where no report in scope
// states a figure of the asked kind for it in the asked time frame.
type Unstated struct {
	// Chunk is the passage the sentence is from; Sentence is the sentence itself.
	Chunk    corpus.Chunk
	Sentence string
	// Frame is the sentence's time frame (corpus.KindActual, corpus.KindTarget or "").
	Frame string
}

// reEnAsksTargetValue is an English question for a target's value that names the indicator
// before "target" or "goal" ("What PM2.5 target did…", "What revenue goal has…"): reEnAsksFigure
// reads only "what is/was the … target".
var reEnAsksTargetValue = lazyre.New(`^what\b[\w\-.' ]*?\b(?:target|goal)s?\b`)

// asksValue reports whether a plan asks for a figure: a how-much question (wantFigure), or an
// English one for the value of a target it names.
func asksValue(p Plan, w figureWant) bool {
	return w.asks || p.Lang == "en" && reEnAsksTargetValue.MatchString(p.Norm)
}

// FigureUnstated returns, for a lookup that asks for a figure in a time frame its words name
// (timedIntent), a sentence that names the question's subject when no sentence of the reports
// in scope (every report when the question names no place) that names it states a figure of
// the asked kind in the asked frame or in one nothing tells; a sentence in the asked frame is
// returned first (what the reports do say), else one in the other. It returns false when the
// best evidence already states such a figure (holding the subject or most of the question's
// terms), when no sentence names the subject (a subject
// the reports never mention is declined as such), and for lists and comparisons.
func (r Result) FigureUnstated(p Plan) (Unstated, bool) {
	ix := r.ix
	if ix == nil || p.Aggregate || p.Compare || !timedIntent(p) {
		return Unstated{}, false
	}
	w := wantFigure(p)
	w.done = asksDone(p, w.dim)
	if !asksValue(p, w) {
		return Unstated{}, false
	}
	var scope map[corpus.ReportKey]bool // nil: every report
	if len(r.Scope) > 0 {
		scope = keySet(r.Scope)
	}
	subject, held, ok := ix.subjectTermIn(p, scope)
	if !ok {
		return Unstated{}, false
	}
	if t, ok := countedTerm(p, held); ok {
		subject = t
	}
	if w.done && p.Lang == "zh" {
		w.thing = subject.Variants
	}
	if b := r.Best; b != nil && !b.OffFrame && (len(b.Stated) > 0 || r.bestStates(p, w, subject, held)) {
		return Unstated{}, false // the answer states the asked figure, or a fact row of it (持平)
	}
	var inFrame, other Unstated
	seen := map[int]bool{}
	for _, v := range subject.Variants {
		if utf8.RuneCountInString(v) < 2 {
			continue
		}
		tok, ok := ix.rarestToken(normalize(v))
		if !ok {
			continue
		}
		stated := false
		ix.eachInScope(tok, scope, func(doc int) bool {
			if seen[doc] {
				return true
			}
			seen[doc] = true
			c := ix.Chunk(doc)
			for _, s := range zh.Sentences(c.Text) {
				if !holdsSubject(s, subject) {
					continue
				}
				if ix.statesInFrame(p, w, c, s) {
					stated = true // it may state the asked figure
					return false
				}
				if inFrame.Sentence != "" && other.Sentence != "" || !holdsHalf(s, held) {
					continue
				}
				k := ix.sentenceKind(c, s)
				u := Unstated{Chunk: c, Sentence: strings.TrimSpace(s), Frame: k}
				switch {
				case k == p.Intent && inFrame.Sentence == "":
					inFrame = u
				case k != p.Intent && other.Sentence == "":
					other = u
				}
			}
			return true
		})
		if stated {
			return Unstated{}, false
		}
	}
	if r.hitStates(p, w, subject, held) {
		return Unstated{}, false
	}
	if inFrame.Sentence != "" {
		return inFrame, true
	}
	return other, other.Sentence != ""
}

// hitStates reports whether a sentence of the passages found that holds the subject, a
// contraction of it (holdsSubject), most of the question's terms (holdsMost) or, for an English
// question, half of them with one beside the figure (figureBeside) may state the asked figure in the asked
// frame: the subject worded otherwise is still an answer. Half is not enough: of two terms,
// one is then enough, and 完成20条劣V类河道销号任务 (销号 alone) does not state how many
// 黑臭河道 are to be 销号.
func (r Result) hitStates(p Plan, w figureWant, subject Term, held []Term) bool {
	for _, h := range r.Hits {
		c := h.Chunk
		for _, s := range zh.Sentences(c.Text) {
			switch {
			case holdsSubject(s, subject) || holdsMost(s, held):
			case p.Lang == "en" && holdsHalf(s, held) && w.figureBeside(s, held):
				// An English subject is a translation the report may word otherwise (升规 for
				// "promoted to above-designated-size"): half the terms do, when one of them
				// stands in the figure's clause (10户企业升规), not elsewhere in the sentence.
			default:
				continue
			}
			if r.ix.statesInFrame(p, w, c, s) {
				return true
			}
		}
	}
	return false
}

// bestStates reports whether the best evidence may state the asked figure in the asked frame.
// An English question's subject is a translation that the report may word otherwise
// (一般公共预算收入 for "bring in … revenue"): its best evidence stands on the figure alone. A
// Chinese question's subject is its own word, and the evidence must hold it or most of the
// question's terms: 完成20条劣V类河道销号任务 does not count 黑臭河道.
func (r Result) bestStates(p Plan, w figureWant, subject Term, held []Term) bool {
	b := r.Best
	if w.onlyStarted(b.Quote) {
		return false // 开工416部 for "how many … finished"
	}
	if p.Lang == "en" {
		has, _ := w.fit(b.Quote) // "how much farmland" is not asked in yuan: any figure stands
		return has || b.Figure
	}
	if !holdsSubject(b.Quote, subject) && !holdsMost(b.Quote, held) {
		return false
	}
	return r.ix.statesInFrame(p, w, b.Hit.Chunk, b.Quote) || b.Figure
}

// statesInFrame reports whether a sentence of a chunk states a figure of the asked kind in the
// asked frame, or in one nothing tells: the sentence's frame, or that of the clause holding the
// figure (完成年度高标准农田建设项目680亩 in a sentence that goes on to a 目标 of another thing).
func (ix *Index) statesInFrame(p Plan, w figureWant, c corpus.Chunk, s string) bool {
	if !w.fitsDim(s) || w.onlyStarted(s) {
		return false
	}
	if k := ix.sentenceKind(c, s); k == "" || k == p.Intent || hasFrameCue(s, p.Intent) {
		return true
	}
	cl := w.clause(s)
	if cl == "" {
		return false
	}
	k := ix.sentenceKind(c, cl)
	return k == "" || k == p.Intent
}

// holdsSubject reports whether a sentence holds a wording of the subject (holdsVariant) or a
// contraction of one (contracted).
func holdsSubject(s string, t Term) bool {
	if holdsVariant(s, t) {
		return true
	}
	for _, v := range t.Variants {
		if contracted(s, v) {
			return true
		}
		if at, _ := subPlaceAt(s, v); at >= 0 {
			return true // a village named without its level word: 其中摇星浦、前岸均突破180万元
		}
	}
	return false
}

// contracted reports whether text holds a contraction of a word of four characters or more: a
// run that keeps its first and last characters and more than half of them, in order, as
// reports shorten a compound by its middle (优质品种 for 优质水稻品种). 河道 does not contract
// 黑臭河道: it drops what the compound is about.
func contracted(text, word string) bool {
	ws, ts := []rune(word), []rune(text)
	if len(ws) < 4 {
		return false
	}
	first, last := ws[0], ws[len(ws)-1]
	for i, r := range ts {
		if r != first {
			continue
		}
		for j := i + 1; j < len(ts) && j-i+1 < len(ws); j++ {
			if ts[j] == last && 2*(j-i+1) > len(ws) && inOrder(ts[i:j+1], ws) {
				return true
			}
		}
	}
	return false
}

// holdsMost reports whether a sentence holds a wording (two characters or more) of more than
// half the terms.
func holdsMost(s string, ts []Term) bool { return 2*termsHeld(s, ts) > len(ts) }

// reZhCounted is a Chinese question's 多少/几 with its measure word, before the thing counted or
// measured (多少条黑臭河道, 多少亩优质水稻品种, 多少政府存量债务).
var reZhCounted = lazyre.New(`(?:多少|几)(?:万|亿)?(?:` + zhMeasureWords + `)?`)

// countedTerm returns the term of a Chinese how-much question that stands right after its
// 多少 (and measure word): the thing counted is the question's subject, whatever term is rarer
// (化解了 of 去年化解了多少政府存量债务 is what was done to it). Only a term the reports in scope hold
// (held) is returned.
func countedTerm(p Plan, held []Term) (Term, bool) {
	if p.Lang != "zh" {
		return Term{}, false
	}
	for _, loc := range reZhCounted.FindAllStringIndex(p.Question, -1) {
		rest := p.Question[loc[1]:]
		for _, t := range held {
			if t.From != "" && strings.HasPrefix(rest, t.From) {
				return t, true
			}
		}
	}
	return Term{}, false
}

// CountedTerm returns the wording (Term.From) of the term a Chinese how-much question counts or
// measures: the one right after its 多少/几 and measure word (区科技领军人才 of 今年要新增多少个区科技
// 领军人才); false for an English question or when no term stands there.
func CountedTerm(p Plan) (string, bool) {
	t, ok := countedTerm(p, p.Terms)
	return t.From, ok
}

// fitsDim reports whether text states a figure of the kind asked for (figureWant.fit), or of
// the asked dimension whatever it counts: 10户企业升规 counts companies in a measure word of
// households. Declining on the want's class would decline what the report answers.
func (w figureWant) fitsDim(text string) bool {
	if _, fits := w.fit(text); fits {
		return true
	}
	return w.dim != "" && slices.ContainsFunc(figures(text), func(v num.Value) bool {
		return v.Dim() == w.dim && !(w.noSmallWords && smallWordCount(v))
	})
}

// figureBeside reports whether a figure of the asked dimension stands in a clause of text with
// a wording of one of the terms.
func (w figureWant) figureBeside(text string, terms []Term) bool {
	for _, v := range figures(text) {
		if w.dim != "" && v.Dim() != w.dim {
			continue
		}
		cl := clauseAt(text, v)
		if slices.ContainsFunc(terms, func(t Term) bool { return holdsVariant(cl, t) }) {
			return true
		}
	}
	return false
}
