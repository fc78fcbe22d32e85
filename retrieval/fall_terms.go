package retrieval

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
)

// zhFallStems are the verbs of a fall that questions ask with and reports state one with.
var zhFallStems = []string{"下降", "减少", "下滑", "回落"}

// zhFallVerbs are the verbs a Chinese list question uses to ask for falls (哪些报告说去年事故起数
// 下降了), longest first so that 下降了 goes before 下降.
var zhFallVerbs = slices.Concat(suffixed(zhFallStems, "了"), zhFallStems)

// suffixed returns each of words with suffix after it.
func suffixed(words []string, suffix string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w + suffix
	}
	return out
}

// reFallWords are the words a sentence states a fall with: the fall verbs and the words of a
// fall reports use as nouns or of revenue (负增长, 降幅, 减收).
var reFallWords = lazyre.New(strings.Join(zhFallStems, "|") + `|降低|负增长|减收|缩减|降幅`)

// StatesFall reports whether a sentence states a fall.
func StatesFall(text string) bool { return reFallWords.MatchString(text) }

// cutFallVerbs takes the fall verbs out of a Chinese list question's text and returns them as
// low-weight terms. The fall is a condition each report's passage must meet (Plan.Decline,
// checked per passage), not part of the topic: left in place, 事故起数下降 is one segment that
// no passage writes (生产安全事故起数、死亡人数分别下降23.5%), and the list is never built.
func cutFallVerbs(q string) (string, []Term) {
	var ts []Term
	// A verb of occurrence before the fall (出现了下降, 有所减少) only says that it fell: left in
	// place it is a term no passage's fall holds (一般公共预算收入下降幅度较大).
	q = reFallOccurs.ReplaceAllString(q, " $1")
	for _, w := range zhFallVerbs {
		if !strings.Contains(q, w) {
			continue
		}
		q = strings.ReplaceAll(q, w, " ")
		base := strings.TrimSuffix(w, "了")
		if !slices.ContainsFunc(ts, func(t Term) bool { return t.From == base }) {
			ts = append(ts, Term{From: base, Variants: []string{base}, Weight: intentWeight}) // 下降了…下降: one term
		}
	}
	return q, ts
}

// reFallOccurs is a verb of occurrence right before a fall verb (zhFallVerbs).
var reFallOccurs = lazyre.New(`(?:出现了?|有所|发生了?|呈现出?)(` + strings.Join(zhFallStems, "|") + `)`)
