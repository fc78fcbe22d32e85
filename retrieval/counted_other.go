package retrieval

import (
	"slices"
	"strings"
	"sync"

	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/internal/num"
)

// A threshold question's counted thing is often worded with a word that other indicators'
// names end in: "revenue" is read as 一般公共预算收入, 财政收入 and 收入, and a target sentence
// states "…一般公共预算收入增长8%左右,…,居民人均可支配收入增长10%左右". The figure after 收入 in
// 居民人均可支配收入 is the residents' income's, not the revenue's (the facts extractor, whose
// rows the answer lists, keeps the longest wording for the same reason). And a figure the
// sentence states as a fall (下降8.1%) is no growth of 8.1%: asked about growth, it is a negative
// rate.

// canonicalWordings are the Chinese wordings of each canonical indicator (facts.Indicators),
// read once.
var canonicalWordings = sync.OnceValue(func() [][]string {
	var out [][]string
	for _, in := range facts.Indicators() {
		vs := make([]string, 0, len(in.Variants))
		for _, v := range in.Variants {
			vs = append(vs, normalize(v))
		}
		out = append(out, vs)
	}
	return out
})

// insideOtherIndicator reports whether the word at norm[start:end] is part of a longer wording
// of an indicator that is not the counted thing's (none of whose wordings is among own):
// 收入 in 居民人均可支配收入 when the question counts revenue.
func insideOtherIndicator(norm string, start, end int, own []string) bool {
	w := norm[start:end]
	for _, wordings := range canonicalWordings() {
		if slices.ContainsFunc(wordings, func(v string) bool { return slices.Contains(own, v) }) {
			continue
		}
		for _, v := range wordings {
			if len(v) <= len(w) || !strings.Contains(v, w) {
				continue
			}
			for i := max(0, end-len(v)); i <= start && i+len(v) <= len(norm); i++ {
				if norm[i:i+len(v)] == v {
					return true
				}
			}
		}
	}
	return false
}

// reFallLead is a text between the counted thing's word and its figure that ends in a fall:
// 完成342亿元,下降 | 8.1%.
var reFallLead = lazyre.New(`(?:下降|减少|下滑|回落|降低)约?$`)

// signedRate is the figure v stated after the counted thing's word (between is the text from
// the word's end to the figure) as a question about growth measures it: a fall is a negative
// rate. Other questions, and questions about falls (which read a fall's depth), take v as it is.
func (p Plan) signedRate(v num.Value, between string) num.Value {
	if p.Growth && !p.Decline && v.Number > 0 && reFallLead.MatchString(between) {
		v.Number = -v.Number
	}
	return v
}
