package answer

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/retrieval"
)

// The first line of a Chinese lookup answered from a sentence: the figures that answer, as the
// quote writes them, with the time frame (2023年实绩).

// zhFrame writes a time frame in Chinese: "2023年目标", "2023年实绩", "" when unknown.
func zhFrame(kind string, year int) string {
	word := map[string]string{corpus.KindTarget: "目标", corpus.KindActual: "实绩"}[kind]
	if word == "" {
		return ""
	}
	if year > 0 {
		return strconv.Itoa(year) + "年" + word
	}
	return word
}

// zhFiguresLine states the quote's answering figures in Chinese, as the quote writes them, with
// the indicator the question names and the time frame: "固定资产投资55亿元,同比增长5.2%(2023年实绩)".
func zhFiguresLine(frame string, figs []quoteFigure, quote string) string {
	parts := make([]string, 0, len(figs))
	prev := 0
	for i, f := range figs {
		next := len(quote)
		if i+1 < len(figs) {
			next = figs[i+1].from
		}
		parts = append(parts, f.chinese(quote, prev, next))
		prev = f.v.QualEnd
	}
	line := strings.Join(parts, ",")
	if frame != "" {
		line += "(" + frame + ")"
	}
	return line
}

// zhLookupFigures is the Chinese first line's statement of the figures of a quote that answer a
// how-much question when no fact row does ("" when the question asks for none or the quote has
// none of the kind). It is the hook composeLookup calls.
func zhLookupFigures(a retrieval.Plan, b *retrieval.Evidence, r corpus.Report, quote string) string {
	figs := quoteFigures(a, quote)
	if len(figs) == 0 {
		return ""
	}
	return zhFiguresLine(zhFrame(citedFrame(figs, quote, b.Hit.Chunk, r)), figs, quote)
}

// zhLookupLines are the lines a Chinese lookup states before its quote: the fact rows when they
// answer the question, else the answering figures of the quote, else the fact rows (or none).
// It is the hook composeLookup calls.
func zhLookupLines(a retrieval.Plan, b *retrieval.Evidence, r corpus.Report, quote string, lines []string) []string {
	stated := askedFacts(a, dedupeFacts(b.Stated))
	if len(stated) > 0 && factsAnswer(a, stated) && !levelRowsOnly(a, stated, quote) && !partFigureUnstated(a, stated, quoteFigures(a, quote), quote) {
		lines = factLines(stated, a.Lang, func(corpus.Fact) int { return 1 })
		return lines[:min(len(lines), 4)]
	}
	if line := zhLookupFigures(a, b, r, quote); line != "" {
		return []string{line}
	}
	return lines
}

// zhClause is the most characters of a clause a Chinese figure line repeats whole, zhLead the
// most it repeats before its figure.
const (
	zhClause = 24
	zhLead   = 20
)

// chinese is a figure as the quote writes it: its clause (from after the previous figure stated,
// up to the next) when that is short ("实现镇域102处文物保护单位有机串联"), else the clause up to
// the figure when that is ("实现经营性收入增幅19%"), else the figure with the question's term it
// is attached to.
func (f quoteFigure) chinese(quote string, after, before int) string {
	orig := f.original(quote)
	cs, ce := tightBounds(quote, f.v.Start, f.v.End)
	cs = max(cs, min(after, f.from))
	if before < ce {
		ce = f.from + len(orig) // the next figure stated is in the clause: stop at this one
	}
	if utf8.RuneCountInString(quote[cs:ce]) <= zhClause {
		return quote[cs:ce] // the clause: "实现镇域102处文物保护单位有机串联"
	}
	if lead := quote[cs:f.from]; utf8.RuneCountInString(lead) <= zhLead {
		return lead + orig
	}
	if f.label != "" && !strings.HasPrefix(orig, f.label) {
		return f.aim + f.label + orig
	}
	return f.aim + orig
}
