package lexicon

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/en"
)

// keyCand is one English key a sense yields for its headword.
type keyCand struct {
	key   string  // stems joined by single spaces
	spec  float64 // how specific: 1 for a gloss that is exactly the key
	gloss int     // the gloss's position in its sense (0 first)
}

const maxKeyWords = 4

// cutWords end the core of a gloss ("edible seaweed" in "edible seaweed of genus Porphyra"):
// what follows qualifies it.
var cutWords = map[string]bool{
	"of": true, "for": true, "used": true, "esp": true, "especially": true, "with": true, "in": true,
	"on": true, "from": true, "that": true, "which": true, "by": true, "as": true, "to": true, "at": true,
	"into": true, "e": true, "i": true, "etc": true, "or": true, "such": true,
}

// leadWords are dropped from the start of a gloss: "to (be)", articles, "sb", "sth", "one's".
var leadWords = map[string]bool{"to": true, "be": true, "a": true, "an": true, "the": true, "sb": true, "sth": true}

// negations turn a gloss's meaning around ("no good"): such a gloss gives no phrase key.
var negations = map[string]bool{"not": true, "no": true, "never": true, "without": true, "non": true, "nor": true, "un": true}

// gloss is one cleaned gloss: lower case, notes dropped, and its words.
type gloss struct {
	text   string
	words  []en.Word
	verb   bool   // given as "to …"
	proper bool   // starts with a capital letter: a name ("Shanghai municipality")
	acr    string // the acronym a note gives it ("value-added tax (VAT)": vat), lower case
}

// reAcronym matches a note that is an acronym in capitals: "(VAT)", "(CDC)".
var reAcronym = lazyre.New(`\(([A-Z]{2,6})\)`)

// acronymOf returns the acronym a note of gloss g gives it, in lower case, when its letters are
// the initials of g's words in order, the first word's first ("Centers for Disease Control and
// Prevention (CDC)"); "" for other notes ("internal heat (TCM)" labels a field).
func acronymOf(g string) string {
	m := reAcronym.FindStringSubmatch(g)
	if m == nil {
		return ""
	}
	acr := strings.ToLower(m[1])
	lg := strings.ToLower(DropNotes(g))
	ws := en.Words(lg)
	j := 0
	for i, w := range ws {
		if j < len(acr) && lg[w.Start] == acr[j] {
			j++
		} else if i == 0 {
			return ""
		}
	}
	if j < len(acr) {
		return ""
	}
	return acr
}

// glosses splits a sense into its glosses ("soccer; football") and cleans each: lower case,
// parenthesised notes dropped, a leading "to (be)", article, "sb", "sth" or "one's" dropped.
func glosses(sense string) []gloss {
	var out []gloss
	for g := range strings.SplitSeq(sense, ";") {
		acr := acronymOf(g)
		orig := DropNotes(g)
		g = strings.ToLower(orig)
		ws := en.Words(g)
		verb := len(ws) > 0 && g[ws[0].Start:ws[0].End] == "to"
		for len(ws) > 0 {
			w := g[ws[0].Start:ws[0].End]
			if !leadWords[w] && !(strings.HasPrefix(g[ws[0].End:], "'s") && (w == "one" || w == "sb" || w == "sth")) {
				break
			}
			ws = ws[1:]
		}
		// A placeholder possessive inside ("to scan one's face", "to win sb's trust") only says
		// whose: the key is the verb and its object (scan face).
		ws = slices.DeleteFunc(ws, func(x en.Word) bool {
			w := g[x.Start:x.End]
			return (w == "one" || w == "sb" || w == "sth") && strings.HasPrefix(g[x.End:], "'s")
		})
		if len(ws) > 0 {
			first := orig[ws[0].Start] // lower-casing ASCII keeps offsets
			proper := len(orig) == len(g) && first >= 'A' && first <= 'Z'
			out = append(out, gloss{g, ws, verb, proper, acr})
		}
	}
	return out
}

// senseKeys returns the English keys of one sense: for each gloss, its core as a phrase (when it
// has at most maxKeyWords words; a two-word core also closed up, "kiwi fruit" → "kiwifruit"),
// the core's head word, and with a low weight the other content words of the gloss.
// A later sense (i > 0, the first is 0) marked as an abbreviation of a longer word (太阳's third,
// "temple (abbr. for 太阳穴)") is weighted at abbrShare: the reports name that meaning by the
// longer word, which has the key in its own senses. A first sense so marked (速滑 "speed skating
// (abbr. for 速度滑冰)") is the word's main meaning and keeps its weight.
func senseKeys(sense string, i int) []keyCand {
	ks, _ := senseCands(sense, i)
	return ks
}

// pronNote matches a sense that is a note on the word's pronunciation ("Taiwan pr. [fan2]",
// "ancient pr. [shi2]", "also pr. [yao1]"). (internal/cedict's Clean
// means to drop them, but its pattern wants a word boundary after "pr.", so they pass; fixing it
// there changes the headwords, and with them every store's lexicon counts.)
var pronNote = lazyre.New(`^[A-Za-z]+ pr\. \[`)

// abbrShare is the weight of the keys of a sense that abbreviates a longer word.
const abbrShare = 0.4

// senseCands returns the keys of a headword's i-th sense (senseKeys) and its cleaned glosses.
// A sense that is a pronunciation note ("Taiwan pr. [fan2], except 帆布 canvas") gives none.
func senseCands(sense string, i int) ([]keyCand, []gloss) {
	if pronNote.MatchString(sense) {
		return nil, nil
	}
	gs := glosses(sense)
	ks := glossKeys(gs)
	if i > 0 && strings.Contains(sense, "abbr. for") {
		for i := range ks {
			ks[i].spec *= abbrShare
		}
	}
	return ks, gs
}

// glossKeys returns the English keys of a sense's cleaned glosses (senseKeys).
func glossKeys(gs []gloss) []keyCand {
	var out []keyCand
	for j, gl := range gs {
		g, gw := gl.text, gl.words
		all := contentWords(gw)
		if len(all) == 0 {
			continue
		}
		n := 1 // words in the core
		for n < len(gw) && !cutWords[g[gw[n].Start:gw[n].End]] && !strings.Contains(g[gw[n-1].End:gw[n].Start], ",") {
			n++
		}
		cw := gw[:n]
		whole := n == len(gw)
		adverbial := len(gw) > 1 && prepositions[g[gw[0].Start:gw[0].End]]
		trimStop(&cw)
		covered := map[string]bool{}
		negated := slices.ContainsFunc(gw[:n], func(w en.Word) bool { return negations[g[w.Start:w.End]] })
		if n := len(cw); n > 0 && n <= maxKeyWords && !negated {
			spec := 1.0
			if !whole {
				spec = 0.8
			}
			if gl.verb { // questions name things more often than actions: "park" is 公园 before 停车
				spec *= 0.7
			}
			if adverbial {
				spec *= adverbialShare
			}
			out = append(out, keyCand{joinStems(cw), spec, j})
			if n == 2 && !gl.verb {
				closed := en.Stem(g[cw[0].Start:cw[0].End] + g[cw[1].Start:cw[1].End])
				out = append(out, keyCand{closed, spec * 0.9, j})
			}
			if n > 1 {
				// The head word; a gloss that opens with a name ("Shanghai municipality",
				// "Buddhist temple") also gives the name, first.
				if gl.proper && cw[0].Stem != cw[n-1].Stem {
					out = append(out, keyCand{cw[0].Stem, 0.8 * spec, j})
					covered[cw[0].Stem] = true
				}
				out = append(out, keyCand{cw[n-1].Stem, 0.5 * spec, j})
				covered[cw[n-1].Stem] = true
				// Coordinated words ("flowers and trees", "research and development") are each
				// a head: the word before "and" weighs as the last one does.
				for x := 1; x+1 < n; x++ {
					if g[cw[x].Start:cw[x].End] == "and" && !covered[cw[x-1].Stem] && !stopStem(cw[x-1].Stem) {
						out = append(out, keyCand{cw[x-1].Stem, 0.5 * spec, j})
						covered[cw[x-1].Stem] = true
					}
				}
			}
			if n == 1 {
				covered[cw[0].Stem] = true
			}
		}
		if gl.acr != "" && !covered[en.Stem(gl.acr)] {
			out = append(out, keyCand{en.Stem(gl.acr), 1, j}) // "vat": value-added tax
			covered[en.Stem(gl.acr)] = true
		}
		var rest []string
		for _, w := range all {
			if !covered[w] {
				covered[w] = true
				rest = append(rest, w)
			}
		}
		for _, w := range rest {
			out = append(out, keyCand{w, 0.25 / float64(len(rest)+1), j})
		}
	}
	return out
}

// contentWords returns the stems of the words that are not stopwords and hold a letter.
func contentWords(ws []en.Word) []string {
	var out []string
	for _, w := range ws {
		if !stopStem(w.Stem) {
			out = append(out, w.Stem)
		}
	}
	return out
}

// prepositions open a gloss that is an adverbial phrase ("at one's convenience", "as well as",
// "on the point of", "in general"): the headword says how or when, and the noun inside is not
// its meaning. Its keys weigh adverbialShare, so that a question's noun ("convenience", "wells",
// "points") reaches the words that mean the thing before the idioms that merely contain it.
var prepositions = map[string]bool{"at": true, "as": true, "on": true, "in": true, "by": true,
	"for": true, "from": true, "with": true, "into": true, "onto": true, "within": true}

// adverbialShare is the weight of the keys of an adverbial-phrase gloss (prepositions).
const adverbialShare = 0.5

// trimWords are the function words trimStop drops from the ends of a gloss's core. Other
// stopwords ("far" in "far-reaching") change the meaning and stay.
var trimWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the of in on at to for from by with about into onto and or as
		sb sth one oneself someone something be is are it its`) {
		trimWords[en.Stem(w)] = true
	}
}

// trimStop drops function words from both ends of ws.
func trimStop(ws *[]en.Word) {
	s := *ws
	for len(s) > 0 && (trimWords[s[0].Stem] || stopStem(s[0].Stem) && !stopwords[s[0].Stem]) {
		s = s[1:]
	}
	for len(s) > 0 && (trimWords[s[len(s)-1].Stem] || stopStem(s[len(s)-1].Stem) && !stopwords[s[len(s)-1].Stem]) {
		s = s[:len(s)-1]
	}
	*ws = s
}

func joinStems(ws []en.Word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.Stem
	}
	return strings.Join(parts, " ")
}

// shortGloss returns a short English gloss for display: the first gloss of the first sense that
// has one, without notes, at most 60 bytes.
func shortGloss(senses []string) string {
	for _, s := range senses {
		for g := range strings.SplitSeq(s, ";") {
			if g = strings.Join(strings.Fields(DropNotes(g)), " "); g != "" {
				if len(g) > 60 {
					cut := strings.LastIndexByte(g[:60], ' ')
					g = g[:max(cut, 1)] + "…"
				}
				return g
			}
		}
	}
	return ""
}

// DropNotes replaces a gloss's parenthesised and bracketed notes, nested ones included, by a space.
func DropNotes(g string) string {
	if !strings.ContainsAny(g, "([") {
		return g
	}
	var b strings.Builder
	depth := 0
	for _, r := range g {
		switch {
		case r == '(' || r == '[':
			if depth == 0 {
				b.WriteByte(' ')
			}
			depth++
		case (r == ')' || r == ']') && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}
