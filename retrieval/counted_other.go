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

// wordingHolder is an indicator's wording longer than a word that holds it.
type wordingHolder struct {
	wording  string
	wordings []string // all of the indicator's
}

// holdersOf are the wordings that hold each word a threshold question counts, found once per
// word (a few dozen words over a process's questions).
var holdersOf sync.Map // word → []wordingHolder

func wordingHolders(w string) []wordingHolder {
	if hs, ok := holdersOf.Load(w); ok {
		return hs.([]wordingHolder)
	}
	var hs []wordingHolder
	for _, wordings := range canonicalWordings() {
		for _, v := range wordings {
			if len(v) > len(w) && strings.Contains(v, w) {
				hs = append(hs, wordingHolder{v, wordings})
			}
		}
	}
	holdersOf.Store(w, hs)
	return hs
}

// indicatorWordingSet holds the wordings of every canonical indicator.
var indicatorWordingSet = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, wordings := range canonicalWordings() {
		for _, v := range wordings {
			set[v] = true
		}
	}
	return set
})

// namesIndicator reports whether a counted thing's wordings (own) name a canonical indicator: a
// lookup per wording, with nothing remembered per question (a cache keyed by the question's
// wordings grew with every question a long-running bot was asked).
func namesIndicator(own []string) bool {
	set := indicatorWordingSet()
	return slices.ContainsFunc(own, func(v string) bool { return set[v] })
}

// insideOtherIndicator reports whether the word at norm[start:end] is part of a longer wording
// of an indicator that is not the counted thing's (none of whose wordings is among own), when
// the counted thing is itself an indicator (ownIndicator): 收入 in 居民人均可支配收入 when the
// question counts revenue. A counted thing that is no indicator (项目, 企业) keeps the figures
// of the indicators that are kinds of it (新引进项目12个 are projects).
func insideOtherIndicator(norm string, start, end int, own []string, ownIndicator bool) bool {
	if !ownIndicator {
		return false
	}
	for _, h := range wordingHolders(norm[start:end]) {
		if slices.ContainsFunc(h.wordings, func(v string) bool { return slices.Contains(own, v) }) {
			continue
		}
		for i := max(0, end-len(h.wording)); i <= start && i+len(h.wording) <= len(norm); i++ {
			if norm[i:i+len(h.wording)] == h.wording {
				return true
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
