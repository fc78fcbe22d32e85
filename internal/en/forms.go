package en

import "strings"

// Derived words and combining forms. A question writes an adverb ("illegally"), an adjective
// in -able ("degradable"), a noun for the one who does a thing ("planter", "maker") or a
// combining form ("micro-", "eco-") where CC-CEDICT glosses the adjective (违法 "illegal"), the
// verb (降解 "to degrade") or the full word (微 "tiny", 环保 "environmentally friendly"). A
// vocabulary that lacks a word, or renders it only weakly, may look it up in the forms below,
// each a lower-case word to stem as usual. The forms are guesses: callers keep those their
// vocabulary knows.

// Adjective returns the adjectives an adverb in -ly may be made from ("illegally" → "illegal",
// "basically" → "basic", "happily" → "happy", "visibly" → "visible", "quickly" → "quick"), at
// least four letters each; none for other words. Words that only look like adverbs ("family",
// "supply", "italy") give guesses no vocabulary has, or the caller's own word back.
func Adjective(w string) []string {
	b, ok := strings.CutSuffix(w, "ly")
	if !ok || len(b) < 4 {
		return nil
	}
	var out []string
	add := func(a string) {
		if len(a) >= 4 {
			out = append(out, a)
		}
	}
	switch {
	case strings.HasSuffix(b, "ical"):
		add(b)                           // historically → historical
		add(strings.TrimSuffix(b, "al")) // basically → basic
	case strings.HasSuffix(b, "i"):
		add(strings.TrimSuffix(b, "i") + "y") // happily → happy
	case strings.HasSuffix(b, "b") || strings.HasSuffix(b, "p"):
		add(b + "le") // visibly → visible, simply → simple
	default:
		add(b) // illegally → illegal, quickly → quick
	}
	return out
}

// Able returns the verbs an adjective in -able/-ible may be made from ("degradable" →
// "degrade", "affordable" → "afford", "reliable" → "rely"), at least four letters each; none
// for other words.
func Able(w string) []string {
	for _, suf := range []string{"able", "ible"} {
		if b, ok := strings.CutSuffix(w, suf); ok {
			if y, ok := strings.CutSuffix(b, "i"); ok {
				return atLeast4(b+"e", y+"y") // reli-able → rely
			}
			return atLeast4(b+"e", b)
		}
	}
	return nil
}

// Agent returns the words a noun in -er/-or/-ist for one who does a thing, or a thing that does
// it, may be made from ("planters" → "plant", "makers" → "make", "planners" → "plan",
// "cyclist" → "cycle"), at least four letters each; none for other words. A singular word in
// -er may as well be a comparative ("safer", "greener": more safe, not one who safes), so only
// its plural is read as a noun.
func Agent(w string) []string {
	plural := false
	if s, ok := strings.CutSuffix(w, "s"); ok && !strings.HasSuffix(s, "s") {
		w, plural = s, true
	}
	for _, suf := range []string{"er", "or", "ist"} {
		b, ok := strings.CutSuffix(w, suf)
		if !ok || len(b) < 3 || suf == "er" && !plural {
			continue
		}
		var out []string
		if n := len(b); n > 3 && b[n-1] == b[n-2] && !isVowel(b[n-1]) {
			out = atLeast4(b[:n-1]) // plann-er → plan
		}
		return append(out, atLeast4(b, b+"e")...)
	}
	return nil
}

// atLeast4 returns the words of ws that have at least four letters and end in a letter other
// than i.
func atLeast4(ws ...string) []string {
	var out []string
	for _, w := range ws {
		if len(w) >= 4 && !strings.HasSuffix(w, "i") {
			out = append(out, w)
		}
	}
	return out
}

// combining are combining forms a question writes as a word or joins with a hyphen ("micro-
// renewal", "eco-friendly"), with the words CC-CEDICT glosses their meaning by.
var combining = map[string][]string{
	"micro": {"tiny", "miniature"}, "mini": {"miniature", "small"}, "nano": {"nanometer"},
	"eco": {"ecological", "environmental"}, "bio": {"biological", "biology"},
	"agri": {"agricultural"}, "agro": {"agricultural"}, "hydro": {"hydroelectric", "water"},
	"geo": {"geological", "geographic"}, "petro": {"petroleum"}, "cyber": {"internet", "network"},
	"tele": {"remote"}, "multi": {"multiple"}, "e": {"electronic"},
}

// Combining returns the full words a combining form stands for ("micro" → "tiny", "eco" →
// "ecological"), none for other words.
func Combining(w string) []string {
	return combining[w]
}

// SplitCombining splits a word written closed up with a combining form ("biodegradable",
// "ecotourism", "bioplastics") into the form and the rest, which must have at least five letters
// (biology is no bio-logy); ok is false for other words.
func SplitCombining(w string) (form, rest string, ok bool) {
	for f := range combining {
		if len(f) >= 3 && len(w) >= len(f)+5 && strings.HasPrefix(w, f) {
			return f, w[len(f):], true
		}
	}
	return "", "", false
}
