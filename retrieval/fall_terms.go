package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"
)

// zhFallVerbs are the verbs a Chinese list question uses to ask for falls (哪些报告说去年事故起数
// 下降了), longest first so that 下降了 goes before 下降.
var zhFallVerbs = []string{"下降了", "减少了", "下滑了", "回落了", "下降", "减少", "下滑", "回落"}

// cutFallVerbs takes the fall verbs out of a Chinese list question's text and returns them as
// low-weight terms. The fall is a condition each report's passage must meet (Plan.Decline,
// checked per passage), not part of the topic: left in place, 事故起数下降 is one segment that
// no passage writes (生产安全事故起数、死亡人数分别下降23.5%), and the list is never built.
func cutFallVerbs(q string) (string, []Term) {
	var ts []Term
	// A verb of occurrence before the fall (出现了下降, 有所减少) only says that it fell: left in
	// place it is a term no passage's fall holds (一般公共预算收入下降幅度较大).
	q = reFallOccurs.ReplaceAllString(q, " $1")
	// 降幅 (the fall's depth) and 负增长 (negative growth) ask for a fall as 下降 does; the
	// reports write 下降 (同比下降11%).
	q = zhFallNouns.Replace(q)
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
var reFallOccurs = lazyre.New(`(?:出现了?|有所|发生了?|呈现出?)(下降|减少|下滑|回落)`)

// zhFallNouns rewrites the nouns a question names a fall by as the verb the reports write it with.
var zhFallNouns = strings.NewReplacer("降幅", "下降", "负增长", "下降")
