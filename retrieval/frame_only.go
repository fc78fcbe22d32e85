package retrieval

import (
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/zh"
)

// A thing stated in one time frame only: "盘锦那个区去年建成了多少亩高标准农田?" asks for last
// year's result, and the Panjin report speaks of 高标准农田 only in its plan (新建高标准农田2万亩);
// "What is Shacheng's goal for building high-standard farmland this year?" asks for a target,
// and Shacheng states only last year's 680亩. Such a question has no answer in the report, and
// quoting the other frame's figure (with or without a note) answers something else. The check
// is on the question's subject — its most specific full-weight term — over every passage of the
// one report asked about, not on the top hits: a statement in the asked frame that retrieval
// missed must keep the answer from declining.

// FrameOnly is a sentence of the report in scope that states a lookup's subject in the other
// time frame than the one asked, where no sentence of that report states it in the asked one.
type FrameOnly struct {
	// Chunk is the passage the sentence is from; Sentence is the sentence itself.
	Chunk    corpus.Chunk
	Sentence string
	// Frame is the time frame it is stated in (corpus.KindActual or corpus.KindTarget).
	Frame string
}

// OtherFrameOnly returns, for a question about one report that names its time (last year for a
// result; this year or next for a target), the first sentence of that report that states the
// question's subject (subjectTerm) in the other time frame, when no sentence of the report may
// state it in the asked one. The sentence must hold half the full-weight terms the report holds
// anywhere at least and, for a how-much question, a figure of the kind asked: a sentence that
// shares only the subject word is no statement of the asked thing. A sentence's frame must be sure (SectionFrame, else reportPart);
// one whose frame is unsure, or that may state the asked thing in the asked frame (half those
// terms with a fitting figure, 推广锦稻109等优质品种5万亩 for 今年打算推广多少亩优质水稻品种), keeps
// the answer from declining.
func (r Result) OtherFrameOnly(p Plan) (FrameOnly, bool) {
	ix := r.ix
	if ix == nil || p.Aggregate || p.Compare || len(r.Scope) != 1 || !timedIntent(p) {
		return FrameOnly{}, false
	}
	k := r.Scope[0]
	subject, held, ok := ix.subjectTerm(p, k)
	if !ok {
		return FrameOnly{}, false
	}
	w := wantFigure(p)
	var first FrameOnly
	rr := ix.reportReaderOf(k)
	target, targets := ix.targetPassage(k)
	for _, i := range ix.reportChunks(k) {
		c := rr.chunk(i)
		frame, framed := "", false // the chunk's sure frame, read once, at its first matching sentence
		for _, s := range zh.Sentences(c.Text) {
			hasSubject := holdsVariant(s, subject)
			if !hasSubject && !(w.asks && holdsHalf(s, held)) {
				continue // the cheap tests first: fit parses the sentence's numbers
			}
			_, fits := w.fit(s)
			if !hasSubject && !fits {
				continue
			}
			if !framed {
				frame, framed = SectionFrame(c), true
				if frame == "" && targets {
					frame = partOf(ix, c, target)
				}
			}
			if frame == "" || frame == p.Intent || hasFrameCue(s, p.Intent) && SectionFrame(c) == "" {
				return FrameOnly{}, false // it may state the asked thing in the asked frame
			}
			if first.Sentence == "" && hasSubject && (!w.asks || fits) && holdsHalf(s, held) {
				first = FrameOnly{Chunk: c, Sentence: strings.TrimSpace(s), Frame: frame}
			}
		}
	}
	return first, first.Sentence != ""
}

// timedIntent reports whether a plan's time word and time frame agree: last year with a result,
// this year or next with a target. A question whose words disagree ("去年…倍增计划…实现了多少")
// is not read as asking one frame surely.
func timedIntent(p Plan) bool {
	switch p.When {
	case WhenLast:
		return p.Intent == corpus.KindActual
	case WhenThis, WhenNext:
		return p.Intent == corpus.KindTarget
	}
	return false
}

// reportPart is the part of its report a chunk stands in, read from where the report states its
// targets (targetPassage): corpus.KindActual in a top-level section before that passage's,
// corpus.KindTarget in or after it; "" when the report lists no targets. A passage's sure frame
// is its section headings' (SectionFrame), else this.
func (ix *Index) reportPart(c corpus.Chunk) string {
	t, ok := ix.targetPassage(c.Key())
	if !ok {
		return ""
	}
	return partOf(ix, c, t)
}

// targetPassage returns the index of the passage where a report lists its targets: the one
// with the most target rows, minTargetRows at least.
func (ix *Index) targetPassage(k corpus.ReportKey) (int, bool) {
	count := map[string]int{}
	best, bestN := "", 0
	for _, i := range ix.reportFacts(k) {
		f := ix.fact(int(i))
		if f.Kind != corpus.KindTarget {
			continue
		}
		count[f.ChunkID]++
		if n := count[f.ChunkID]; n > bestN {
			best, bestN = f.ChunkID, n
		}
	}
	ti, ok := ix.chunkIndex(best)
	return ti, ok && bestN >= minTargetRows
}

// partOf is reportPart for a chunk of the report whose target passage is ti.
func partOf(ix *Index, c corpus.Chunk, ti int) string {
	ci, ok := ix.chunkIndex(c.ID)
	if !ok || len(c.Section) == 0 {
		return ""
	}
	if t := ix.Chunk(ti); ci < ti && len(t.Section) > 0 && t.Section[0] != c.Section[0] {
		return corpus.KindActual
	}
	return corpus.KindTarget
}

// subjectTerm returns the plan's most specific full-weight term within a report, and the
// full-weight terms the report holds at all: the one whose
// commonest wording (of two characters or more) is held by the fewest of the report's passages,
// and by one at least. A term counts by its commonest wording, so that a verb rendered several
// ways (build: 建设, 新建, 建成) stays as common as its commonest rendering.
func (ix *Index) subjectTerm(p Plan, k corpus.ReportKey) (subject Term, held []Term, ok bool) {
	return ix.subjectTermIn(p, map[corpus.ReportKey]bool{k: true})
}

// subjectTermIn is subjectTerm over the passages of the reports in scope (nil: every report). A
// Chinese term in the asker's words is held where the reports write their word for it
// (人才住房 as 人才公寓: withRewordings), and is then the subject, not a verb beside it (新建).
func (ix *Index) subjectTermIn(p Plan, scope map[corpus.ReportKey]bool) (subject Term, held []Term, ok bool) {
	bestN := 0
	for _, t := range p.Terms {
		if t.Weight < 1 {
			continue
		}
		if p.Lang == "zh" {
			t = withRewordings(t)
		}
		n := 0
		for _, v := range t.Variants {
			if utf8.RuneCountInString(v) >= 2 {
				n = max(n, ix.passagesHolding(normalize(v), scope))
			}
		}
		if n > 0 {
			held = append(held, t)
		}
		if n > 0 && (bestN == 0 || n < bestN) {
			subject, bestN = t, n
		}
	}
	return subject, held, bestN > 0
}

// passagesHolding counts the passages in scope whose text holds a normalised wording, reading
// those that hold its rarest token.
func (ix *Index) passagesHolding(norm string, scope map[corpus.ReportKey]bool) int {
	tok, ok := ix.rarestToken(norm)
	if !ok {
		return 0
	}
	n := 0
	ix.eachInScope(tok, scope, func(doc int) bool {
		if strings.Contains(normalize(ix.Chunk(doc).Text), norm) {
			n++
		}
		return true
	})
	return n
}

// holdsHalf reports whether a sentence holds a wording of half the terms at least: the subject
// and what the question says of it ("战略性新兴产业产值占比" for the share of industrial output
// from strategic emerging industries), not every word the question frames it in.
func holdsHalf(s string, ts []Term) bool { return 2*termsHeld(s, ts) >= len(ts) }

// termsHeld counts the terms a sentence holds a wording of (holdsVariant).
func termsHeld(s string, ts []Term) int {
	n := 0
	for _, t := range ts {
		if holdsVariant(s, t) {
			n++
		}
	}
	return n
}

// holdsVariant reports whether a sentence holds a wording (two characters or more) of a term.
func holdsVariant(s string, t Term) bool {
	for _, v := range t.Variants {
		if utf8.RuneCountInString(v) >= 2 && strings.Contains(s, v) {
			return true
		}
	}
	return false
}
