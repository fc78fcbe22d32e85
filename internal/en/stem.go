package en

import "strings"

// irregular maps inflected forms that suffix rules cannot undo to their base form, a few British
// spellings to the American ones, and words whose -ing form is a noun of its own (parking is not
// park, greening is not green) to themselves.
var irregular = map[string]string{
	"grew": "grow", "grown": "grow", "built": "build", "spent": "spend", "rose": "rise", "risen": "rise",
	"fell": "fall", "fallen": "fall", "sold": "sell", "made": "make", "paid": "pay", "unpaid": "unpay",
	"children": "child", "men": "man", "women": "woman", "people": "people", "peoples": "people", "lives": "life",
	"buses": "bus", "data": "data", "news": "news", "series": "series", "goods": "goods",
	"labour": "labor", "centre": "center", "centres": "center", "programme": "program",
	"programmes": "program", "neighbourhood": "neighborhood", "neighbourhoods": "neighborhood",
	"parking": "parking", "greening": "greening", "rebuilt": "rebuild", "indices": "index", "analyses": "analysis",
	"was": "was", "has": "has", "does": "does", "is": "is", "this": "this", "its": "its",
	"less": "less", "across": "across", "gas": "gas", "plus": "plus", "status": "status",
	// Plurals in -ves of nouns in -f or -fe ("wharves"); no rule can tell them from "archives",
	// "drives" and "incentives", whose singular keeps the v.
	"wharves": "wharf", "shelves": "shelf", "halves": "half", "knives": "knife", "wives": "wife",
	"thieves": "thief", "wolves": "wolf", "loaves": "loaf", "calves": "calf", "scarves": "scarf",
	"hooves": "hoof", "dwarves": "dwarf", "selves": "self",
}

// Stem reduces a lower-case English word to a form shared by its plural and simple inflections,
// so that a vocabulary and a question meet half way: "targets", "targeted" and "target" all become
// "target"; "renovated" and "renovate" become "renovat"; "companies" becomes "company". It is
// deliberately light (no -ly, -er, -ment): it only needs to be consistent on both sides.
func Stem(w string) string {
	if r, ok := irregular[w]; ok {
		return r
	}
	w = strings.ReplaceAll(w, "isation", "ization")
	// Plurals first, then -ing/-ed, so that "buildings" meets "building" and "build".
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case len(w) > 4 && (strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") ||
		strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "zes")):
		w = w[:len(w)-2]
	case abbreviationPlural(w):
		w = w[:len(w)-1]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:len(w)-1]
	}
	suffixed := false
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ied"):
		w = w[:len(w)-3] + "y"
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		w, suffixed = w[:len(w)-3], true
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		w, suffixed = w[:len(w)-2], true
	}
	// A final e and a doubled final consonant come and go with inflection (renovate/renovated,
	// plan/planned, control/controlled), so neither is part of a stem — except that a short
	// one-syllable stem keeps its silent e, as English spelling does: plane is not plan (planes,
	// planed and plane stay apart from plans, planned and plan), rate not rat, code not cod.
	if n := len(w); n > 3 && strings.HasSuffix(w, "e") && !shortSyllable(w[:n-1]) {
		w = w[:n-1]
	}
	if n := len(w); n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiou", rune(w[n-1])) {
		w = w[:n-1]
	} else if suffixed && shortSyllable(w) {
		// planed, planing → plane (a doubled consonant above marks planned, planning → plan).
		w += "e"
	}
	return w
}

// abbreviationPlural reports whether w is a three-letter word of two consonants and an s: the
// plural of a two-letter abbreviation ("HQs", "TVs", "PCs", "kms"), as no English word of three
// letters goes without a vowel. Longer plurals of abbreviations ("GDPs", "SMEs") need no rule of
// their own; three-letter words with a vowel ("gas", "bus", "its") keep their s.
func abbreviationPlural(w string) bool {
	return len(w) == 3 && w[2] == 's' && !isVowel(w[0]) && !isVowel(w[1]) && w[0] != 'y' && w[1] != 'y' &&
		isLetter(w[0]) && isLetter(w[1])
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' }

// shortSyllable reports whether w is one syllable ending in a single vowel and a single
// consonant other than w, x and y (plan, rat, cod, driv, shap): the stems whose silent e
// English spelling keeps apart from the bare word, and whose -ed and -ing double the consonant.
func shortSyllable(w string) bool {
	n := len(w)
	if n < 3 || !isVowel(w[n-2]) || isVowel(w[n-1]) || isVowel(w[n-3]) || strings.ContainsRune("wxy", rune(w[n-1])) {
		return false
	}
	for i := 0; i < n-2; i++ {
		if isVowel(w[i]) {
			return false
		}
	}
	return true
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
