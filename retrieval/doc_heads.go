package retrieval

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/en"
	"github.com/reportbot/reportbot/internal/zh"
)

// docHeads are English nouns naming a document a thing is issued as — a card, a certificate,
// a permit — which Chinese writes as 证 bound to that thing ("preferential treatment cards":
// 优待证; "property ownership certificates": 产权证), not as a word of its own (名片, 证明).
var docHeads = map[string]bool{
	"card": true, "cards": true, "certificate": true, "certificates": true,
	"permit": true, "permits": true, "licence": true, "licences": true, "license": true, "licenses": true,
}

// joinDocumentHeads binds a document noun (docHeads) to the term right before it in an English
// question: that term is searched first as its Chinese wordings with 证 (优待证), then as they
// are, and the document noun is no term of its own.
//
// Only in a list question, which decides every report by whether its sentence holds the topic:
// a lookup ranks passages by all their words, and loses by dropping one (店招标牌设置备案证 for
// "shopfront sign permits" ranks lower without the permit's own wordings).
func (a *Plan) joinDocumentHeads() {
	if !a.Aggregate {
		return
	}
	ps := termSpans(*a)
	for i := 0; i+1 < len(ps); i++ {
		prev, head := ps[i], ps[i+1]
		if !docHeads[strings.ToLower(head.from)] || head.start < prev.end || strings.TrimSpace(a.Norm[prev.end:head.start]) != "" || isVerbForm(prev.from) {
			continue
		}
		k := slices.IndexFunc(a.Terms, func(t Term) bool { return t.From == prev.from })
		h := slices.IndexFunc(a.Terms, func(t Term) bool { return t.From == head.from })
		if k < 0 || h < 0 || k == h {
			continue
		}
		t := &a.Terms[k]
		var bound []string
		var weights []float64
		for j, v := range t.Variants {
			if rs := []rune(v); len(rs) >= 2 && zh.AllHan(rs) && !strings.HasSuffix(v, "证") {
				bound = append(bound, v+"证")
				if t.Lexical != nil {
					weights = append(weights, t.Lexical[j])
				}
			}
		}
		if len(bound) == 0 {
			continue
		}
		t.Variants = append(bound, t.Variants...)
		if t.Lexical != nil {
			t.Lexical = append(weights, t.Lexical...)
		}
		a.Terms = slices.Delete(a.Terms, h, h+1)
	}
}

// isVerbForm reports whether an English phrase ends in a verb's past or "-ing" form ("issued
// cards", "issuing permits"; en.EdForm, so "seed" or "red" is no verb): the document is then
// what is done, not the thing's own name.
func isVerbForm(phrase string) bool {
	w := strings.ToLower(phrase)
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		w = w[i+1:]
	}
	return en.EdForm(w) || isGerund(w)
}
