package answer

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/retrieval"
)

// firstWords are how a report writes first place without an ordinal number (排四城区首位,
// 居全市首位, 位居榜首): num reads no figure in them, so a ranking question would otherwise get
// what the passage speaks of, or another figure of it, instead of its place.
var firstWords = []string{"首位", "榜首"}

// firstPlaceLine states first place for an English ranking question ("where does … stand
// among …") whose quote has no ordinal figure but writes first place in words: "first place
// (排四城区首位)", with the ranking's lead back to the start of its clause's ranking verb. ok is
// false for other questions or quotes.
func firstPlaceLine(a retrieval.Plan, quote string) (parts []string, at []quoteFigure, ok bool) {
	if a.Lang != "en" {
		return nil, nil, false
	}
	if asks := questionAsks(a); len(asks) != 1 || !asks[0].rank {
		return nil, nil, false
	}
	if slices.ContainsFunc(quoteValues(quote), func(v num.Value) bool { return v.Ordinal }) {
		return nil, nil, false // an ordinal figure answers: 第六名
	}
	for _, w := range firstWords {
		i := strings.Index(quote, w)
		if i < 0 {
			continue
		}
		end := i + len(w)
		cs, _ := clauseBounds(quote, i, end)
		start := i
		if j := lastRankVerb(quote[cs:i]); j >= 0 {
			start = cs + j // 排四城区首位: the ranking's scope with it
		}
		return []string{"first place (" + quote[start:end] + ")"}, []quoteFigure{{v: num.Value{Start: start, End: end, QualEnd: end}}}, true
	}
	return nil, nil, false
}

// rankVerbs lead a place in a ranking: 排四城区首位, 居全市首位, 位居吴江首位, 位列榜首.
var rankVerbs = []string{"位居", "位列", "排名", "排", "居"}

// lastRankVerb is the offset in s of the last ranking verb, -1 for none.
func lastRankVerb(s string) int {
	best := -1
	for _, v := range rankVerbs {
		if j := strings.LastIndex(s, v); j > best {
			best = j
		}
	}
	return best
}
