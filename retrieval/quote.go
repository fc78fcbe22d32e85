package retrieval

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/internal/zh"
)

// What may be quoted: a statement, never a heading or a lead-in alone ("一是渔业产业质效提升。",
// "(二)聚焦乡村振兴,…", "重点抓好以下五个方面工作:") nor a clause cut out of a sentence ("…一年来").
// A heading that matches the question is quoted with the statement that follows it.

var (
	// reEnumerated starts a numbered heading: (一), （二）, 一、, 1. , 1、, 第一,
	reEnumerated = lazyre.New(`^\s*(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d{1,2}[.、．]|第[一二三四五六七八九十]+[,，、])`)
	// reRunIn starts a run-in heading: 一是, 二是 …
	reRunIn = lazyre.New(`^\s*[一二三四五六七八九十]+是`)
)

// shortHeading is the longest (in Han characters and letters) an unnumbered sentence with no
// figure may be and still read as a run-in heading ("全面激发乡村振兴活力。").
const shortHeading = 12

// runInBody is the longest body after 一是 that reads as a heading ("一是渔业产业质效提升。").
const runInBody = 16

// headingLike reports whether a sentence is a heading or a lead-in rather than a statement:
// it ends in a colon; or it is numbered and states no figure; or it is a short run-in heading
// ("一是…。", or an unnumbered phrase of at most shortHeading characters ending in 。) with no
// figure and no comma.
func headingLike(sent string) bool {
	s := strings.TrimSpace(sent)
	if s == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if last == ':' || last == '：' {
		return true
	}
	// A sentence with a figure is a statement: read last, as the other tests are cheaper and
	// most statements fail one of them.
	return shapedLikeHeading(s, last) && len(figures(s)) == 0
}

// shapedLikeHeading is headingLike's test of a sentence (s, trimmed, ending in last) that
// does not end in a colon, but for its figures: numbered, or a short run-in heading.
func shapedLikeHeading(s string, last rune) bool {
	first := firstAfterSpace(s)
	if numberedStart(first) && reEnumerated.MatchString(s) {
		return true
	}
	if last != '。' && last != '!' && last != '！' {
		return false
	}
	// The cheaper tests first: most statements are long.
	if smallNumeral(first) {
		if loc := reRunIn.FindStringIndex(s); loc != nil {
			return lettersAtMost(s[loc[1]:], runInBody) && !hasComma(s)
		}
	}
	return lettersAtMost(s, shortHeading) && !hasComma(s)
}

// fragment reports whether a sentence was cut short: it does not end a sentence (a passage
// that stops mid-sentence, or a run of clauses).
func fragment(sent string) bool {
	s := strings.TrimRight(strings.TrimSpace(sent), closers)
	if s == "" {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune("。！？；!?;:：", last)
}

// closers are the closing quotes and brackets that may follow a sentence's end mark.
const closers = "”’」』)）】》\"'"

// letters counts the Han characters, letters and digits of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if letter(r) {
			n++
		}
	}
	return n
}

// Factors that lower the score of a span that does not answer as it stands (all at most 1, so
// that a passage's token bound still bounds its spans).
const (
	headingAlone = 0.5  // a heading or lead-in with no statement after it
	cutShort     = 0.7  // a sentence cut off by the passage's end
	noFigure     = 0.55 // a how-much question, and the span states no figure
	otherFigure  = 0.75 // … states figures, none of the kind asked for
	nextFigure   = 0.9  // the figure is in the sentence after the one that matches
	otherFrame   = 0.6  // the span is in the wrong time frame (scorer.fits)
	stageOnly    = 0.2  // a list asks what was completed; the span only starts it (list_done.go)
	clauseFrame  = 0.9  // … but the clause of its figure is in the right one
	noFall       = 0.6  // a question about falls, and the span states none (figureWant.fall)
)

// span is a quotable piece of a passage: a statement, with the heading or matching sentence it
// follows (lead) when that is what ties it to the question.
type span struct {
	chunk corpus.Chunk // the passage quoted: the hit's own, or the next passage of its report
	next  bool         // chunk is the passage after the hit's
	prior bool         // chunk is the passage before the hit's (figureBefore)
	lead  string       // heading or matching sentence ("" none)
	text  string       // the statement quoted
	// adjacent is true when lead directly precedes text in the passage (the quote holds both).
	adjacent bool
	joined   string // lead … text as the passage writes them, when adjacent
	// figureNext is true when lead is a matching sentence and text the figure after it: the
	// question is covered by the lead alone. figurePrev is the same with the figure in the
	// sentence before (lead then follows text).
	figureNext, figurePrev bool
	// cond, when not nil, says whether the span is one at all: a lead and figure whose figure
	// fits and whose lead has none (figureNext, figurePrev). spans leaves it to the caller, as
	// reading figures costs more than most spans' other checks.
	cond func() bool
	// nounCheck reports whether the passage names the noun a how-many question asks about: a
	// figure away from it counts something else. Read only when needed (it scans the passage).
	nounCheck func() bool
	// prevLead is true when lead is the last sentence of the passage before, matching the
	// question, and text the figure that opens this passage: the quote is text alone, the pair
	// covers the question.
	prevLead bool
}

// spans returns the quotable spans of a passage: every statement; each heading or lead-in
// with the statement after it (in the passage or at the start of the next one); the section's
// heading with the first statement, for the first passage of a section; and, for a how-much
// question, a matching sentence with no such figure followed by one that has it.
func (sc *scorer) spans(c corpus.Chunk) []span {
	var raw []string
	for _, s := range zh.Sentences(c.Text) {
		if strings.TrimSpace(s) != "" {
			raw = append(raw, s)
		}
	}
	// check is whether the passage names the noun asked about (figureWant.nounsIn), read when a
	// sentence first states a figure of the kind asked for.
	check, checked := false, false
	nounCheck := func() bool {
		if !checked {
			check, checked = sc.want.asks && sc.want.nounsIn(c.Text), true
		}
		return check
	}
	answers := func(sent string) bool {
		_, fits := sc.fit(sent)
		return fits && (!nounCheck() || sc.want.fitsNoun(sent))
	}
	heading := make([]bool, len(raw))
	for j, s := range raw {
		heading[j] = sc.heading(s)
	}
	statement := func(from int) int {
		for k := from; k < len(raw); k++ {
			if !heading[k] {
				return k
			}
		}
		return -1
	}
	var out []span
	for j, s := range raw {
		if !heading[j] {
			out = append(out, span{chunk: c, text: s})
			if sc.want.asks {
				// Read only for a span that might be the best (best: cond).
				if j+1 < len(raw) && !heading[j+1] {
					out = append(out, span{chunk: c, lead: s, text: raw[j+1], adjacent: true, joined: s + raw[j+1], figureNext: true,
						cond: func() bool { return !answers(s) && answers(raw[j+1]) }})
				}
				if j > 0 && !heading[j-1] {
					out = append(out, span{chunk: c, lead: s, text: raw[j-1], adjacent: true, joined: raw[j-1] + s, figurePrev: true,
						cond: func() bool { return !answers(s) && answers(raw[j-1]) }})
				}
			}
			continue
		}
		if k := statement(j + 1); k >= 0 {
			out = append(out, span{chunk: c, lead: s, text: raw[k], adjacent: true, joined: strings.Join(raw[j:k+1], "")})
			continue
		}
		if sc.next != nil && j == len(raw)-1 {
			if n, ok := sc.next(c); ok {
				if t, ok := firstStatement(n.Text); ok {
					out = append(out, span{chunk: n, next: true, lead: s, text: t})
					continue
				}
			}
		}
		out = append(out, span{chunk: c, text: s})
	}
	// Last, so that a statement that matches on its own wins a tie.
	if sc.sectionStart != nil && sc.sectionStart(c) && len(c.Section) > 0 {
		h := c.Section[len(c.Section)-1]
		if k := statement(0); k >= 0 && !strings.Contains(c.Text, h) {
			out = append(out, span{chunk: c, lead: h, text: raw[k]})
		}
	}
	if sc.want.asks && sc.prev != nil && !sc.requireTopic && len(raw) > 0 && !heading[0] && answers(raw[0]) {
		// 今年7月份,…辽河…遭遇了70年未遇的洪峰威胁。| 防汛指挥部…组织…2000余名干部群众昼夜坚守…
		// Not for a list's per-report evidence, whose lines name a lead as a heading.
		if p, ok := sc.prev(c); ok && len(p.Section) == len(c.Section) {
			if ps := zh.Sentences(p.Text); len(ps) > 0 {
				if l := strings.TrimSpace(ps[len(ps)-1]); l != "" && !headingLike(l) && !fragment(l) && !answers(l) {
					out = append(out, span{chunk: c, lead: l, text: raw[0], prevLead: true})
				}
			}
		}
	}
	out = append(out, sc.figureBefore(c, raw, heading, answers)...)
	for i := range out {
		out[i].nounCheck = nounCheck
	}
	return out
}

// figureBefore returns, for a question that asks how long (a span of time or a length), the
// span whose figure ends the passage before c and whose matching sentence opens c: the passage
// boundary cuts the statement from the sentence that ties it to the question (…遭遇了70年未遇的
// 洪峰威胁。| 防汛指挥部科学研判雨情汛情险情…). The quote is the figure's sentence, in its own
// passage. Only for spans: a count or amount before a boundary counts other things more often
// than not (新增国家级科技型中小企业462家。| …获评国家级科技企业孵化器优秀 asked how many firms moved
// into the incubator), while a span of time is rare and specific enough.
func (sc *scorer) figureBefore(c corpus.Chunk, raw []string, heading []bool, answers func(string) bool) []span {
	if !sc.want.asks || !sc.want.timeCount && !sc.want.length || sc.prev == nil || sc.requireTopic || len(raw) == 0 || heading[0] {
		return nil
	}
	p, ok := sc.prev(c)
	if !ok || !slices.Equal(p.Section, c.Section) {
		return nil
	}
	ps := zh.Sentences(p.Text)
	if len(ps) == 0 {
		return nil
	}
	t := strings.TrimSpace(ps[len(ps)-1])
	if t == "" || headingLike(t) || fragment(t) {
		return nil
	}
	// The figure's own passage is not the one the noun was looked for in (answers): t states
	// the figure beside the asked noun itself, when the question names one.
	fits := func() bool {
		_, ok := sc.fit(t)
		return ok && sc.want.fitsNoun(t)
	}
	return []span{{chunk: p, prior: true, lead: raw[0], text: t, figurePrev: true,
		cond: func() bool { return !answers(raw[0]) && fits() }}}
}

// prevChunk returns the passage before c in its report.
func (ix *Index) prevChunk(c corpus.Chunk) (corpus.Chunk, bool) {
	i, ok := ix.chunkIndex(c.ID)
	if !ok || i == 0 {
		return corpus.Chunk{}, false
	}
	p := ix.Chunk(i - 1)
	return p, p.Key() == c.Key() && p.Seq+1 == c.Seq
}

// clauseFits reports whether the clause of a span's figure says it is in the asked time frame
// (a cue of it, and no cue of the other), when its sentence as a whole is not: 完成区域核酸检测98轮
// in a sentence that ends on …目标任务.
func (sc *scorer) clauseFits(sp span) bool {
	cl := sc.want.clause(sp.text)
	return cl != "" && sc.want.intent != "" && facts.HasCue(cl, sc.want.intent) && sc.fits(sp.chunk, cl)
}

// firstStatement returns the first sentence of a passage that is not a heading.
func firstStatement(text string) (string, bool) {
	for _, s := range zh.Sentences(text) {
		if strings.TrimSpace(s) != "" && !headingLike(s) {
			return s, true
		}
	}
	return "", false
}

// rate scores a span given the match of its lead and text (sc.score): that match, lowered
// when the span does not answer as it stands (by factors of at most 1); and says whether it
// states a figure of the kind asked for. ok is false when the span cannot score what wins
// (wins, when not nil, is false of a lower score as of every score below it): then the other
// results are not all read.
func (sc *scorer) rate(sp span, score, coverage float64, wins func(float64) bool) (_, _ float64, figure, offFrame, ok bool) {
	if sp.figureNext || sp.figurePrev {
		// The pair covers the question no more than its better sentence does: the lead that
		// matches, or the figure's sentence when it matches better itself (拓宽村级集体经济创收渠道,
		// 力争经营性收入增幅15%以上 after a lead on 村集体经济 only).
		_, lead := sc.scoreSpan("", sp.lead)
		_, text := sc.scoreSpan("", sp.text)
		coverage = max(lead, text)
	}
	if sc.whenTerm >= 0 && score > 0 && comparedOnly(sp.lead+sp.text, sc.terms[sc.whenTerm].wordings) {
		score = max(0, score-sc.terms[sc.whenTerm].weight) // 基本与去年持平 for "last year"
	}
	f := 1.0
	otherNoun := false
	if sp.lead == "" && sc.heading(sp.text) {
		f *= headingAlone
	}
	if fragment(sp.text) {
		f *= cutShort
	}
	// The factors below are at most 1: a span that cannot win with f cannot with them.
	lost := func() bool { return wins != nil && score >= 0 && !wins(score*f) }
	if lost() {
		return 0, 0, false, false, false
	}
	// meetingBest keeps only spans that state a figure meeting the number: one that states none
	// is ruled out before its figure, indicator and time frame are read (most spans of a
	// threshold list's reports; every exit below rules it out as well).
	if sc.onlyMeeting && !sc.meets(sp.lead+sp.text) {
		return 0, 0, false, false, false
	}
	if sc.want.asks {
		has, fits := sc.fit(sp.text)
		figure = fits
		switch {
		case fits && sp.nounCheck != nil && sp.nounCheck() && !sc.want.fitsNoun(sp.text):
			f *= otherFigure // a figure of the kind asked for, of something else
			otherNoun = true
		case fits && sp.figureNext && sc.requireTopic:
			// A list quotes each report's statement of the topic with its figure: the next
			// sentence's figure is most often of the report's next item.
			f *= otherFigure
		case fits && (sp.figureNext || sp.figurePrev || sp.prevLead):
			f *= nextFigure
		case fits:
		case has:
			f *= otherFigure
		default:
			f *= noFigure
		}
	}
	if sc.want.asks && len(sc.want.indicators) > 0 && namesOtherIndicator(sp.figureSentence(), sc.want.indicators) {
		f *= otherIndicator
	}
	if sc.want.fall && !statesFall(sp.text) {
		f *= noFall
	}
	if sc.stageOnly != nil && sc.requireTopic && sc.stageOnly(sp.text) {
		f *= stageOnly // 启动…旅游公厕 for "finished … last year" (list_done.go)
	}
	if sc.fits != nil && lost() {
		return 0, 0, false, false, false
	}
	if sc.fits != nil && !sc.fits(sp.chunk, sp.text) {
		if figure && sc.clauseFits(sp) {
			f *= clauseFrame
		} else {
			f *= otherFrame
			offFrame = true
		}
	}
	if offFrame && sc.onlyInFrame {
		return 0, 0, false, false, false
	}
	if sc.answering != nil && (!figure || offFrame || otherNoun || sp.lead == "" && sc.heading(sp.text) || fragment(sp.text) || !sc.answering(sp.text)) {
		return 0, 0, false, false, false // answeringBest: not an answer as it stands
	}
	return score * f, coverage, figure, offFrame, true
}

// comparisonBase are the characters before a time word that make it the base of a comparison
// (与去年持平, 比上年增长, 较去年, 同去年相比).
const comparisonBase = "与比较同"

// comparedOnly reports whether text names one of the time-frame wordings, and each time as the
// base of a comparison (其中规上工业总产值613亿元,基本与去年持平): the figure is not thereby
// last year's more than any other sentence's.
func comparedOnly(text string, wordings []string) bool {
	found := false
	for _, w := range wordings {
		if w == "" {
			continue
		}
		for i := 0; ; {
			j := strings.Index(text[i:], w)
			if j < 0 {
				break
			}
			r, _ := utf8.DecodeLastRuneInString(text[:i+j])
			if !strings.ContainsRune(comparisonBase, r) {
				return false
			}
			found = true
			i += j + len(w)
		}
	}
	return found
}

// quote is what a span quotes: the statement, with the lead when it directly precedes it and
// the two are not too long; a long statement narrowed to its best clauses.
func (sc *scorer) quote(sp span) string {
	if sp.adjacent && len([]rune(strings.TrimSpace(sp.joined))) <= maxQuote+40 {
		return strings.TrimSpace(sp.joined)
	}
	return sc.narrow(strings.TrimSpace(sp.text))
}

// minNarrow is the least length (in characters) of a narrowed quote: a clause or two of a long
// sentence ("面对…压力,") reads as a fragment.
const minNarrow = 60

// narrow cuts a long sentence to the run of clauses that carries the match (and, for a
// how-much question, the figure). The run is at least minNarrow characters, starts at the
// sentence's start when few characters precede it and ends at its end when few follow, and
// never ends on a short clause ("一年来,"): a quote reads as a statement, not a fragment.
func (sc *scorer) narrow(sent string) string {
	if len([]rune(sent)) <= maxQuote {
		return sent
	}
	cl := zh.Clauses(sent)
	tokens, _ := sc.pieceTokens()
	pieces := make([]piece, len(cl))
	for i, c := range cl {
		pieces[i] = sc.newPiece(c, tokens)
	}
	bestI, bestJ, bestS := 0, len(cl), -1.0
	for i := range cl {
		n := 0
		for j := i; j < len(cl); j++ {
			n += len([]rune(cl[j]))
			if n > maxQuote && j > i {
				break
			}
			if j+1 < len(cl) && (letters(cl[j]) < 5 || n < minNarrow) {
				continue
			}
			s, _ := sc.scoreJoined(pieces[i : j+1]...)
			if s >= 0 && s <= bestS {
				continue // the figure's factor only lowers s: this run cannot win
			}
			if text := strings.Join(cl[i:j+1], ""); sc.want.asks {
				if _, fits := sc.fit(text); !fits {
					s *= noFigure
				}
			}
			if s > bestS {
				bestI, bestJ, bestS = i, j+1, s
			}
		}
	}
	if len([]rune(strings.Join(cl[:bestI], ""))) <= 20 {
		bestI = 0
	}
	if len([]rune(strings.Join(cl[bestJ:], ""))) <= 30 {
		bestJ = len(cl)
	}
	return strings.TrimRight(strings.Join(cl[bestI:bestJ], ""), "，,、：:")
}
