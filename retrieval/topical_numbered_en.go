package retrieval

import "strings"

// Numbered slogans: an English question that quotes a name opening with a number word ("Four
// Good Rural Roads", "Two Mountains", "Three Rurals") asks about the named programme, which the
// reports write with the Chinese numeral at its head (四好农村路). Where the quoted term's
// renderings include such a numbered name, keepNumberedNames keeps those alone: the generic
// rendering of the same words (农村公路 for "rural roads") is the ordinary thing, not the programme.

// sloganNumerals maps an English number word to the Chinese numeral a slogan opens with.
var sloganNumerals = map[string]string{
	"one": "一", "two": "两", "three": "三", "four": "四", "five": "五",
	"six": "六", "seven": "七", "eight": "八", "nine": "九", "ten": "十",
}

// keepNumberedNames narrows each term that an English question quotes under a number word to
// its renderings that open with that word's numeral, where it has any.
func (sc *scorer) keepNumberedNames(p Plan) {
	if p.Lang != "en" {
		return
	}
	for _, q := range englishQuotes(p.Norm) {
		quote := strings.TrimSpace(p.Norm[q[0]:q[1]])
		first, _, _ := strings.Cut(quote, " ")
		numeral, ok := sloganNumerals[first]
		if !ok {
			continue
		}
		for i, t := range sc.terms {
			from := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(t.from)), "s")
			if t.number || from == "" || !strings.Contains(quote, from) {
				continue
			}
			var kept []topicWord
			for _, w := range t.topics {
				if strings.HasPrefix(w.word, numeral) || numeral == "两" && strings.HasPrefix(w.word, "二") {
					kept = append(kept, w)
				}
			}
			if len(kept) > 0 && len(kept) < len(t.topics) {
				sc.terms[i].topics = kept
			}
		}
	}
}
