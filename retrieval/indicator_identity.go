package retrieval

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/zh"
)

// Indicator identity: a fact indicator whose name ends with the asked one is usually a narrower
// form of it (城镇居民人均可支配收入 for 居民人均可支配收入, 规模以上工业增加值 for 工业增加值) and
// answers for it. Some characters before the asked name join it into another indicator instead:
// 进出口总额 is imports and exports together, not 出口总额; 净出口 is exports less imports. A
// question about exports is not answered by the import-and-export total's figure.

// otherIndicatorHeads maps the start of an asked indicator to the characters that, written
// right before it, make another indicator of the name.
var otherIndicatorHeads = map[string]string{
	"出口": "进净", // 进出口, 净出口
	"进口": "净",  // 净进口
}

// answersFor reports whether a stated indicator ind answers a question about asked: the same
// indicator, or a narrower one whose name ends with it after no character that joins it into
// another indicator.
func answersFor(ind, asked string) bool {
	if ind == asked {
		return true
	}
	if !strings.HasSuffix(ind, asked) {
		return false
	}
	return !joinsOther(strings.TrimSuffix(ind, asked), asked)
}

// joinsOther reports whether the text before an asked indicator's name ends in a character
// that makes the two another indicator (进 before 出口总额).
func joinsOther(before, asked string) bool {
	rs := []rune(before)
	if len(rs) == 0 {
		return false
	}
	for head, chars := range otherIndicatorHeads {
		if strings.HasPrefix(asked, head) && strings.ContainsRune(chars, rs[len(rs)-1]) {
			return true
		}
	}
	return false
}

// OtherIndicatorOnly reports whether text states another indicator whose name holds the asked
// one without answering for it (进出口总额 for a question about 出口总额) and names the asked one
// nowhere else: the quote's figure is then not the figure asked. It returns that indicator.
func OtherIndicatorOnly(p Plan, text string) (string, bool) {
	if len(p.Indicators) == 0 {
		return "", false
	}
	asked := relatedIndicators(p.Indicators)
	found := facts.Find(text)
	if slices.ContainsFunc(found, func(ind facts.Indicator) bool {
		return slices.ContainsFunc(asked, func(n string) bool { return answersFor(ind.Name, n) })
	}) {
		return "", false
	}
	for _, ind := range found {
		holds := slices.ContainsFunc(asked, func(n string) bool { return strings.Contains(ind.Name, n) })
		if !holds {
			continue
		}
		rest := withoutIndicators(zh.Normalize(text), []facts.Indicator{ind})
		if !slices.ContainsFunc(asked, func(n string) bool { return strings.Contains(rest, n) }) {
			return ind.Name, true
		}
	}
	return "", false
}

// withoutIndicators blanks out of a normalised text every name and variant of the indicators
// given, so that the words left are no part of them (出口总额 inside 进出口总额).
func withoutIndicators(norm string, inds []facts.Indicator) string {
	for _, ind := range inds {
		for _, v := range append([]string{ind.Name}, ind.Variants...) {
			norm = strings.ReplaceAll(norm, zh.Normalize(v), "|")
		}
	}
	return norm
}
