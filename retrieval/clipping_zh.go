package retrieval

import (
	"strings"
	"sync"

	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/lexicon"
	"github.com/reportbot/reportbot/internal/zh"
)

// Clippings: askers shorten an indicator's long name to the first characters of its words
// (规工总产值 for 规上工业总产值, 工投 for 工业投资, 社零 for 社会消费品零售总额). The indicator table
// lists the clippings the reports themselves write (固投, 社零额), but an asker's own clipping
// of a report's long term is in no report and no dictionary: left as a term, it is read as a
// subject the reports never mention and the question is declined.

// minClipping is the fewest characters of a clipping: one character names nothing.
const minClipping = 2

// clipsWording reports whether clip is a clipping of the indicator wording w: it starts with
// w's first character and ends with its last (the head: 值 of 总产值), keeps w's characters in
// order with at least one left out, and every piece it keeps after a gap starts a dictionary
// word of w of two or more characters (工 of 工业), so that characters w holds apart by chance
// (产 of 生产总值) do not count.
func clipsWording(keysOf senseKeysFunc, clip, w string) bool {
	cs, ws := []rune(clip), []rune(w)
	if len(cs) < minClipping || len(cs) >= len(ws) || cs[0] != ws[0] || cs[len(cs)-1] != ws[len(ws)-1] {
		return false
	}
	return clipFrom(keysOf, cs[1:], ws, 1, false)
}

// clipFrom reports whether cs keeps characters of ws from position at on (clipsWording), and
// skipped whether a character was left out before.
func clipFrom(keysOf senseKeysFunc, cs, ws []rune, at int, skipped bool) bool {
	if len(cs) == 0 {
		return skipped
	}
	for q := at; q < len(ws); q++ {
		if ws[q] != cs[0] {
			continue
		}
		if q > at && !startsDictWord(keysOf, ws, q) {
			continue
		}
		if clipFrom(keysOf, cs[1:], ws, q+1, skipped || q > at) {
			return true
		}
	}
	return false
}

// clippedIndicator returns the longest run opening the question segment that clips an indicator
// wording (clipsWording) and holds a pair of characters no report writes (known): a wording the
// reports write themselves (新增企业, 规上企业) is theirs, not an asker's clipping. It returns the
// indicator too, and whether there is one.
func clippedIndicator(keysOf senseKeysFunc, known func(string) bool, seg string) (string, facts.Indicator, bool) {
	rs := []rune(seg)
	for n := len(rs); n >= minClipping; n-- {
		run := string(rs[:n])
		if !unwrittenPair(known, rs[:n]) {
			continue
		}
		for _, iw := range clippableIndicators() {
			for _, w := range iw.wordings {
				if clipsWording(keysOf, run, w) {
					return run, iw.ind, true
				}
			}
		}
	}
	return "", facts.Indicator{}, false
}

// indicatorWording is an indicator with its wordings, name first.
type indicatorWording struct {
	ind      facts.Indicator
	wordings []string
}

// clippableIndicators is the indicator table with each indicator's wordings, built once for the
// process rather than cloned for every segment of every Chinese question.
var clippableIndicators = sync.OnceValue(func() []indicatorWording {
	var out []indicatorWording
	for _, ind := range facts.Indicators() {
		out = append(out, indicatorWording{ind: ind, wordings: append([]string{ind.Name}, ind.Variants...)})
	}
	return out
})

// unwrittenPair reports whether two neighbouring characters of rs are a pair no report writes.
func unwrittenPair(known func(string) bool, rs []rune) bool {
	for i := 0; i+1 < len(rs); i++ {
		if !known(string(rs[i : i+2])) {
			return true
		}
	}
	return false
}

// cutClippedIndicators takes the clipped indicator names that open a segment of q
// (clippedIndicator) out of it as terms with every wording of their indicator, and adds the
// indicators to the plan. Without a vocabulary every pair counts as unwritten.
func (a *Plan) cutClippedIndicators(q string, v Vocabulary) string {
	known := func(bi string) bool { return v != nil && v.Known(bi) }
	for _, seg := range strings.FieldsFunc(q, func(r rune) bool { return !zh.IsHan(r) }) {
		// 有 of 有企业上市 asks, and opens no clipping (有效高新技术企业).
		seg = trimFunctionChars(seg, v)
		run, ind, ok := clippedIndicator(lexicon.SenseKeys, known, seg)
		if !ok {
			continue
		}
		q = strings.Replace(q, run, " ", 1)
		a.Indicators = appendUnique(a.Indicators, ind.Name)
		a.Terms = append(a.Terms, Term{From: run, Variants: indicatorWordings(ind.Name), Weight: 1})
	}
	return q
}
