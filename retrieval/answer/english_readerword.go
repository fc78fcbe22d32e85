package answer

import (
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/retrieval"
)

// The reader's word for a counted thing. A measure word's English is either generic (台, 套 →
// "units") or one word for a class of things (家 → "enterprises"). When the question names the
// counted thing in its own word and that word is the same thing — any thing for a generic
// measure word, a synonym of the class for a class word ("companies" for 家) — the answer says
// it in the reader's word: "12,000 looms (1.2万台)", "about 250 companies (250家左右)".

// readerWord is fig, the English of count v, with the unit word of v replaced by head, the
// question's word for the counted thing; fig unchanged when the rule does not apply.
func readerWord(fig string, v num.Value, head string) (string, bool) {
	word, ok := readerUnit(v, head)
	if !ok {
		return fig, false
	}
	if v.Amount() == 1 {
		head = singular(head)
	}
	// Only the figure's own unit word, before the bracketed original.
	en, orig, _ := strings.Cut(fig, " (")
	if !strings.HasSuffix(en, " "+word) {
		return fig, false
	}
	out := strings.TrimSuffix(en, word) + head
	if orig != "" {
		out += " (" + orig
	}
	return out, true
}

// readerUnit is the English unit word of count v that head may stand for ("units" of 1.2万台
// asked as "looms", "enterprises" of 250家 asked as "companies"); ok false when head is no
// plural count noun, is that word already, or names another class of count.
func readerUnit(v num.Value, head string) (string, bool) {
	if head == "" || !plural(head) || countStop[head] || v.Dim() != num.DimCount || v.Ordinal || v.Noun != "" {
		return "", false
	}
	e := v.English()
	word := lastWord(e)
	if word == "" || word[len(word)-1] >= '0' && word[len(word)-1] <= '9' || word == head {
		return "", false // a bare number: countGloss names it
	}
	class, known := classOf(head)
	switch {
	case v.Class() == "":
		// A generic measure word ("units"): the question's noun is the thing, unless it names
		// a class of its own (people are not 台).
		if known {
			return "", false
		}
	case !known || class != v.Class():
		return "", false
	}
	return word, true
}

// readerFactWords puts the question's word for the counted thing into a fact clause's counts
// (readerWord), for the fact rows stated.
func readerFactWords(a retrieval.Plan, clause string, stated []corpus.Fact) string {
	w := questionFigure(a)
	if w.head == "" {
		return clause
	}
	for _, f := range stated {
		v, err := num.Parse(strings.TrimSpace(f.ValueText))
		if err != nil {
			continue
		}
		fig, _ := enFactFigure(f)
		if r, ok := readerWord(fig, v, w.head); ok {
			clause = strings.Replace(clause, fig, r, 1)
		}
	}
	return clause
}
