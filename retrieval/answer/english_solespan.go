package answer

import "github.com/reportbot/reportbot/internal/num"

// soleSpan returns the index of the one figure of a quote that answers a "how long" or "how
// many years" question, when the quote states exactly one such span of time or length: chosen
// for a question about how long, the quote's only duration is the answer though none of the
// question's terms stands beside it ("how long since they'd seen a flood like it" of
// 遭遇了70年未遇的洪峰威胁, whose 洪峰 no gloss of "flood" names). ok is false for any other ask,
// or when the quote states none or several.
func soleSpan(quote string, vs []num.Value, ask figureAsk) (int, bool) {
	if !ask.span {
		return -1, false
	}
	found := -1
	for i, v := range vs {
		if !ask.fits(quote, v) {
			continue
		}
		if found >= 0 {
			return -1, false
		}
		found = i
	}
	return found, found >= 0
}
