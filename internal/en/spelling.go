package en

import "strings"

// Spelling variants and phrasal nouns. CC-CEDICT glosses in American spelling and names an
// action by its phrasal verb ("to break out", "to lock down"), while questions are written in
// any spelling and name the event by its noun (outbreak, lockdown). A vocabulary that lacks a
// word may look it up in the forms below, each a lower-case word or phrase to stem as usual.

// britishEndings are British endings with their American forms, longest first per family.
var britishEndings = []struct{ gb, us string }{
	{"isation", "ization"}, {"isations", "izations"}, {"ising", "izing"}, {"ised", "ized"}, {"ises", "izes"}, {"ise", "ize"},
	{"isers", "izers"}, {"iser", "izer"},
	{"yse", "yze"}, {"ysed", "yzed"}, {"ysing", "yzing"},
	{"ours", "ors"}, {"our", "or"}, {"oured", "ored"}, {"ouring", "oring"},
	{"tres", "ters"}, {"tre", "ter"},
	{"ogues", "ogs"}, {"ogue", "og"},
	{"ences", "enses"}, {"ence", "ense"},
	{"lled", "led"}, {"lling", "ling"}, {"ller", "ler"}, {"llers", "lers"},
}

// britishWords are British spellings no ending rule turns into the American ones. Words whose
// American spelling is also another word (tyre/tire "to tire", kerb/curb "to curb", cheque/check)
// are left out: the other word's senses would render them.
var britishWords = map[string]string{
	"storey": "story", "aluminium": "aluminum", "grey": "gray", "plough": "plow", "mould": "mold",
	"practise": "practice", "ageing": "aging", "sulphur": "sulfur", "jewellery": "jewelry",
	"enrol": "enroll", "fulfil": "fulfill", "pyjamas": "pajamas", "smoulder": "smolder",
}

// American returns the American spellings a British-spelt word may have ("organise" →
// "organize", "fertiliser" → "fertilizer", "storeys" → "story", "harbour" → "harbor", "theatre" → "theater", "travelled" → "traveled"), none
// when its endings are not British ones. The forms are guesses: callers keep only those
// their vocabulary knows.
func American(w string) []string {
	var out []string
	for _, e := range britishEndings {
		if b, ok := strings.CutSuffix(w, e.gb); ok && len(b) >= 3 {
			out = append(out, b+e.us)
		}
	}
	if us, ok := britishWords[w]; ok {
		out = append(out, us)
	} else if sing, ok := strings.CutSuffix(w, "s"); ok && britishWords[sing] != "" {
		out = append(out, britishWords[sing]) // the singular: callers stem it anyway
	}
	for _, p := range []struct{ gb, us string }{{"ae", "e"}, {"oe", "e"}} {
		if i := strings.Index(w, p.gb); i > 0 {
			out = append(out, w[:i]+p.us+w[i+len(p.gb):])
		}
	}
	return out
}

// particles are the adverbs that make phrasal verbs and, written together with the verb, their
// nouns (break out → outbreak, lock down → lockdown, check up → checkup).
var particles = []string{"up", "out", "down", "off", "over", "back", "in", "on"}

// Phrasal returns the phrasal verbs a one-word noun may be made of, verb first ("outbreak" →
// "break out", "lockdown" → "lock down", "checkups" → "check up"): the word split after a
// leading particle or before a trailing one, the verb part at least three letters. Plural
// nouns are split in their singular.
func Phrasal(w string) []string {
	if s, ok := strings.CutSuffix(w, "s"); ok && !strings.HasSuffix(s, "s") {
		w = s
	}
	var out []string
	for _, p := range particles {
		if v, ok := strings.CutSuffix(w, p); ok && len(v) >= 3 {
			out = append(out, v+" "+p)
		}
		if v, ok := strings.CutPrefix(w, p); ok && len(v) >= 3 {
			out = append(out, v+" "+p)
		}
	}
	return out
}

// Verb returns the verbs a noun of action may be made from ("erection" → "erect",
// "renovation" → "renovate", "installation" → "install", "equipment" → "equip"), at least four
// letters each; none when the word has no such ending.
func Verb(w string) []string {
	if s, ok := strings.CutSuffix(w, "s"); ok && !strings.HasSuffix(s, "s") {
		w = s
	}
	var out []string
	add := func(v string) {
		if len(v) >= 4 {
			out = append(out, v)
		}
	}
	switch {
	case strings.HasSuffix(w, "ation"):
		b := strings.TrimSuffix(w, "ation")
		add(b + "ate")
		add(b)
		add(b + "e")
	case strings.HasSuffix(w, "ction") || strings.HasSuffix(w, "ption") || strings.HasSuffix(w, "rtion") || strings.HasSuffix(w, "ssion"):
		// erect-ion, adopt-ion, insert-ion, discuss-ion; not pens-ion, ment-ion
		add(strings.TrimSuffix(w, "ion"))
	case strings.HasSuffix(w, "ment"):
		add(strings.TrimSuffix(w, "ment"))
	}
	return out
}

// Field returns the word a field of science or technology is named from ("photonics" →
// "photon", "robotics" → "robot", "electronics" → "electron"): CC-CEDICT glosses the thing
// (光子 "photon") far more often than its field. None when the word does not end in -ics or
// the rest is shorter than four letters ("ethics", "optics" are words of their own).
func Field(w string) []string {
	b, ok := strings.CutSuffix(w, "ics")
	if !ok || len(b) < 4 {
		return nil
	}
	return []string{b}
}

// units are unit abbreviations with the words CC-CEDICT glosses them by.
var units = map[string]string{
	"km": "kilometer", "kms": "kilometer", "km2": "square kilometer", "sqkm": "square kilometer",
	"kg": "kilogram", "kgs": "kilogram", "ha": "hectare", "kw": "kilowatt", "kwh": "kilowatt hour",
	"mw": "megawatt", "gw": "gigawatt", "cm": "centimeter", "mm": "millimeter", "sqm": "square meter",
}

// Unit returns the word a unit abbreviation stands for ("km" → "kilometer", "kWh" →
// "kilowatt hour" in lower case), none for other words.
func Unit(w string) []string {
	if u, ok := units[w]; ok {
		return []string{u}
	}
	return nil
}
