package retrieval

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/lazyre"
)

// A question may ask the whole year (全年, "for the full year") of what a report states for
// months only (1至9月份,全镇财政收入333万元): the months' figure is then no answer for the year,
// and the year is named as not stated, with the months the report does give.

// reWholeYearAsk asks the whole year: 全年, 全年度, 一整年; "the whole year", "the full year",
// "full-year", "the whole of 2023", "the entire year".
var reWholeYearAsk = lazyre.New(`全年|一整年|\b(?:whole|full|entire)[ -]year\b|\b(?:whole|entirety) of (?:the year|20\d\d)\b`)

// reMonthSpanStated is a span of months from January a report states a figure for (1至9月份,
// 1-11月, 一至九月), or a part of the year by quarter or half.
var reMonthSpanStated = lazyre.New(zhMonthsFromJanuary + `|前三季度|上半年|一季度`)

// wholeYearUnstated returns the months the chosen statement gives its figure for when the plan
// asks the whole year (reWholeYearAsk) and a span of months governs the asked thing in the
// statement's sentence (governingSpan: 1至9月份 of 1至9月份,全镇财政收入333万元); "" otherwise.
// before is the start of the sentence in the passage before (sentenceBefore).
func wholeYearUnstated(p Plan, best *Evidence, before string) string {
	if best == nil || !reWholeYearAsk.MatchString(p.Norm) || slices.ContainsFunc(p.Terms, isSpanTerm) {
		return ""
	}
	ctx, ok := statementContext(best, before)
	if !ok {
		return ""
	}
	span, _ := governingSpan(p, ctx)
	return span
}

// statementContext returns the chosen statement's sentence from its start up to the end of the
// quote: the text of the passage after its last sentence end before the quote, or, when the
// quote is in the passage's first sentence, that sentence's start in the passage before too.
func statementContext(best *Evidence, before string) (string, bool) {
	if best == nil || best.Quote == "" {
		return "", false
	}
	text := best.Hit.Chunk.Text
	at := strings.Index(text, best.Quote)
	if at < 0 {
		return "", false
	}
	ctx := before + text[:at]
	if cut := strings.LastIndexAny(text[:at], "。\n"); cut >= 0 {
		_, size := utf8.DecodeRuneInString(text[cut:])
		ctx = text[cut+size : at]
	}
	return ctx + best.Quote, true
}

// governingSpan returns the span of months (reMonthSpanStated) that governs the asked thing in
// a sentence: one that opens the sentence governs all its clauses (1至9月份,全镇财政收入333万元;
// 固定资产投资1765万元); one inside it governs the clauses after it up to the next figure (…增长约
// 11%;1-11月,实际利用外资达到63.1亿美元 governs 外资, not the 固定资产投资 before it). The asked
// thing is where the question's most specific term first stands; decided is false when no
// span or no term stands in the sentence.
func governingSpan(p Plan, ctx string) (span string, decided bool) {
	spans := reMonthSpanStated.FindAllStringIndex(ctx, -1)
	if len(spans) == 0 {
		return "", false
	}
	termAt, best := -1, 0
	for _, t := range p.Terms {
		if t.Weight < 1 || isSpanTerm(t) || isNumberTerm(p, t) {
			continue
		}
		for _, v := range t.Variants {
			if i := strings.Index(ctx, v); i >= 0 && len(v) > best {
				termAt, best = i, len(v)
			}
		}
	}
	if termAt < 0 {
		return "", false
	}
	if lead := strings.TrimLeft(ctx[:spans[0][0]], " \t"); lead == "" {
		return ctx[spans[0][0]:spans[0][1]], true // opens the sentence
	}
	for k := len(spans) - 1; k >= 0; k-- {
		sp := spans[k]
		if sp[1] > termAt {
			continue
		}
		if len(figures(ctx[sp[1]:termAt])) == 0 {
			return ctx[sp[0]:sp[1]], true
		}
		break
	}
	return "", true
}

// wholeYearValue names the whole year as not stated, with the months that are: "the full year
// (全年; it gives 1至9月份 only)", "全年(只给出1至9月份)".
func wholeYearValue(lang, months string) string {
	if lang == "zh" {
		return "全年(只给出" + months + ")"
	}
	return "the full year (全年; it gives " + months + " only)"
}

// spanOfOtherClause reports whether the chosen statement's sentence states a span of months
// that governs another clause than the asked thing's (…预计固定资产投资达到1130亿元左右;1-11月,
// 实际利用外资… for 1-11月的固定资产投资): the span is then not stated for what is asked.
func spanOfOtherClause(p Plan, best *Evidence, before string) bool {
	ctx, ok := statementContext(best, before)
	if !ok {
		return false
	}
	span, decided := governingSpan(p, ctx)
	return decided && span == ""
}

// sentenceBefore returns the start of the evidence passage's first sentence when the chunker
// cut that sentence and the passage before holds its start (the text after its last sentence
// end); "" when the passage starts a sentence or there is none before.
func (ix *Index) sentenceBefore(ev *Evidence) string {
	if ev == nil {
		return ""
	}
	prev, ok := ix.prevChunk(ev.Hit.Chunk)
	if !ok {
		return ""
	}
	t := strings.TrimRight(prev.Text, " \t\n")
	cut := strings.LastIndexAny(t, "。！？!?\n")
	if cut < 0 {
		return t
	}
	_, size := utf8.DecodeRuneInString(t[cut:])
	return t[cut+size:]
}
