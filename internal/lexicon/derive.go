package lexicon

import (
	"cmp"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/en"
	"github.com/reportbot/reportbot/internal/en/related"
)

// Adjectives in -al. The stemmer keeps "functional" and "renewal" whole, and CC-CEDICT glosses
// their nouns and verbs far more often than the adjectives themselves (功能 "function", 更新
// "to renew"). An -al word the lexicon renders only weakly ("functional": 实用 "practical") is
// also rendered as the word it is made from, credited at derivedShare. An -al word the lexicon
// lacks stays untranslated: the base word's senses may be far from it ("colonial" is not
// 群体, a biological colony), and a wrong rendering would hide that the reports lack the word.

// derivedShare is the confidence of a rendering found through the word an -al word is made from,
// as a share of that word's own.
const derivedShare = 0.8

// weakConfidence is the confidence below which an -al word's own renderings are joined by
// those of the word it is made from.
const weakConfidence = 0.3

// baseKey returns the key of the word an -al word is made from (function-al, renew-al,
// cultur(e)-al, industr(y)-ial), if the lexicon has it.
func (l *Lexicon) baseKey(word string) (int, bool) {
	b, ok := strings.CutSuffix(word, "al")
	if !ok || len(b) < 4 {
		return 0, false
	}
	forms := []string{b, b + "e"}
	if y, ok := strings.CutSuffix(b, "i"); ok {
		forms = append(forms, y+"y", y+"e") // industr(y)-ial, provinc(e)-ial
	}
	// CC-CEDICT glosses an administrative adjective by its level ("provincial": 省级
	// "province-level"), so that phrase comes before the bare word (全省 "the whole province").
	for _, f := range forms {
		if k, ok := l.find(en.Stem(f) + " level"); ok {
			return k, true
		}
	}
	for _, f := range forms {
		if k, ok := l.find(en.Stem(f)); ok {
			return k, true
		}
	}
	return 0, false
}

// derivedKey returns the key of the word a derived word is made from: an -al adjective's noun
// or verb (baseKey), an adverb's adjective ("illegally" → illegal) or an -able adjective's verb
// ("degradable" → degrade; internal/en: Adjective, Able). Stopwords (make, get) are no base.
func (l *Lexicon) derivedKey(word string) (int, bool) {
	if k, ok := l.baseKey(word); ok {
		return k, true
	}
	for _, forms := range [][]string{en.Adjective(word), en.Able(word)} {
		for _, f := range forms {
			if s := en.Stem(f); !stopStem(s) {
				if k, ok := l.find(s); ok {
					return k, true
				}
			}
		}
	}
	return 0, false
}

// familyKey returns the key of the first word of word's family WordNet gives that word is made
// from (internal/en/related, madeFrom): "convenience" → convenient, whose 便民 the lexicon holds,
// where "convenience" itself is only the idiom 就便 "at one's convenience".
func (l *Lexicon) familyKey(word string) (int, bool) {
	for _, r := range related.Of(word) {
		if s := en.Stem(r.Text); r.Rel == related.Derived && madeFrom(word, r.Text) && !stopStem(s) {
			if k, ok := l.find(s); ok {
				return k, true
			}
		}
	}
	return 0, false
}

// madeFrom reports whether base is the word w is made from, not one made from w: shorter, and
// w spells it out but for its last two letters ("convenient" for convenience, "happy" for
// happiness; not "rehabilitation" for rehabilitate, whose senses are the noun's own: 摘帽).
func madeFrom(w, base string) bool {
	if len(base) >= len(w) || len(base) < 4 || strings.Contains(base, " ") {
		return false
	}
	n := 0
	for n < len(base) && w[n] == base[n] {
		n++
	}
	return n >= len(base)-2
}

// deriveWord returns the weak match own of the one word question[start:end] (lower-cased in
// lq) joined with the match of the word it is made from, or ok false when derivation adds
// nothing (no match, a confident one, no base word).
func (l *Lexicon) deriveWord(question, lq string, start, end int, own Match, found bool) (Match, bool) {
	if !found || own.Confidence >= weakConfidence {
		return Match{}, false
	}
	k, ok := l.derivedKey(lq[start:end])
	family := false
	if !ok {
		k, ok = l.familyKey(lq[start:end])
		family = true
	}
	if !ok || l.keys[k] == own.Key {
		return Match{}, false
	}
	base := l.match(k, question, start, end)
	if family && len(base.Terms) > 0 && slices.ContainsFunc(own.Terms, func(t Term) bool { return t.Chinese == base.Terms[0].Chinese }) {
		// The family word names the thing as the word does ("illumination", "illuminate": 照明):
		// it adds no rendering, only dilutes the word's own.
		return Match{}, false
	}
	base.Confidence *= derivedShare
	base.Fit *= derivedShare
	return joinMatches(own, base), true
}

// joinMatches joins two matches of one word: each one's renderings weighted by its share of
// the two confidences, the heaviest maxPostings kept, the better confidence.
func joinMatches(a, b Match) Match {
	out := a
	out.Confidence = max(a.Confidence, b.Confidence)
	out.Fit = max(a.Fit, b.Fit)
	out.Terms = nil
	sum := a.Confidence + b.Confidence
	if sum <= 0 {
		return a
	}
	add := func(m Match) {
		for _, t := range m.Terms {
			t.Weight *= m.Confidence / sum
			if i := slices.IndexFunc(out.Terms, func(x Term) bool { return x.Chinese == t.Chinese }); i >= 0 {
				out.Terms[i].Weight += t.Weight
			} else {
				out.Terms = append(out.Terms, t)
			}
		}
	}
	add(a)
	add(b)
	slices.SortStableFunc(out.Terms, func(x, y Term) int { return cmp.Compare(y.Weight, x.Weight) })
	if len(out.Terms) > maxPostings {
		out.Terms = out.Terms[:maxPostings]
	}
	return out
}

// Other forms of a word the lexicon lacks. CC-CEDICT glosses in American spelling, names an
// event by its phrasal verb ("to break out", "to lock down") and an action by its verb ("to
// erect"), where a question writes "organise", "outbreak", "lockdown" or "erection". A word
// without a key of its own is looked up in those forms (internal/en: American, Phrasal, Verb):
// a spelling or a phrasal verb is the same word, found at full confidence; a verb for a noun
// of action at derivedShare of it.

// otherForm returns the match of the lower-case word w (at start in question) found through
// another form of it, and whether one was found: the first of its American spellings, phrasal
// verbs and verbs the lexicon has.
func (l *Lexicon) otherForm(question, w string, start int) (Match, bool) {
	if l == nil {
		return Match{}, false
	}
	for _, f := range []struct {
		forms []string
		share float64
	}{{en.American(w), 1}, {en.Phrasal(w), 1}, {en.Unit(w), 1}, {en.Verb(w), derivedShare}, {en.Field(w), derivedShare},
		{en.Adjective(w), derivedShare}, {en.Able(w), derivedShare}, {en.Combining(w), derivedShare}} {
		for _, form := range f.forms {
			ws := en.Words(form)
			if len(ws) == 0 || slices.ContainsFunc(ws, func(x en.Word) bool { return stopStem(x.Stem) && len(ws) == 1 }) {
				continue
			}
			if k, ok := l.find(joinStems(ws)); ok {
				m := l.match(k, question, start, start+len(w))
				m.Confidence *= f.share
				m.Fit *= f.share
				return m, true
			}
		}
	}
	if m, ok := l.compoundWord(question, w, start); ok {
		return m, true
	}
	if m, ok := l.agentWord(question, w, start); ok {
		return m, true
	}
	if m, ok := l.relatedWord(question, w, start); ok {
		return m, true
	}
	if m, ok := l.combinedWord(question, w, start); ok {
		return m, true
	}
	return l.modifiedWord(question, w, start)
}

// combinedWord returns the match of a word closed up with a combining form the lexicon lacks
// ("biodegradable", "ecotourism") through the rest of it (degradable, by any of its forms:
// degrade), at derivedShare of that match's confidence: the rest names the thing, the form only
// narrows it (en.SplitCombining). Negating prefixes (non-, un-) are no combining forms: they
// turn the rest's meaning around.
func (l *Lexicon) combinedWord(question, w string, start int) (Match, bool) {
	form, rest, ok := en.SplitCombining(w)
	if !ok {
		return Match{}, false
	}
	at := start + len(form)
	var m Match
	if k, found := l.find(en.Stem(rest)); found {
		m = l.match(k, question, at, at+len(rest))
	} else if m, found = l.otherForm(question, rest, at); !found {
		return Match{}, false
	}
	m.Text, m.Start, m.End = question[start:start+len(w)], start, start+len(w)
	m.Confidence *= derivedShare
	m.Fit *= derivedShare
	return m, true
}

// agentWord returns the match of an agent noun the lexicon lacks ("planters", "cyclist")
// through the word it is made from (en.Agent: plant, cycle), at derivedShare of that word's
// confidence, and only when that word fits its best rendering well (minRelatedFit): the noun
// names one who does the thing, and a base word the lexicon renders vaguely ("flyer": fly) is
// more often a different meaning than the noun's.
func (l *Lexicon) agentWord(question, w string, start int) (Match, bool) {
	for _, f := range en.Agent(w) {
		s := en.Stem(f)
		if stopStem(s) {
			continue
		}
		if k, ok := l.find(s); ok {
			m := l.match(k, question, start, start+len(w))
			if m.Fit < minRelatedFit {
				continue
			}
			m.Confidence *= derivedShare
			m.Fit *= derivedShare
			return m, true
		}
	}
	return Match{}, false
}

// Related words (internal/en/related: WordNet). A word with no key, no other form and no
// parts the lexicon has is looked up in the words WordNet relates it to, in their order: a
// word of its family ("rental" → rent, "coastal" → coast), then a synonym of its first sense
// ("lab" → laboratory, "rubbish" → trash). The first the lexicon has renders it, at half of
// that word's confidence: the reports may hold the related word in a sense of its own (facial
// → face: 面部, but also 面对 "to face"), so the answer stays unsure of it.

// relatedShare is the confidence share of a rendering found through a related word.
const relatedShare = 0.5

// minRelatedFit is the least fit (Match.Fit) a synonym must have with its best rendering: one
// that only appears inside longer glosses is a guess ("orchard" → plantation → 种植 "to
// plant"), and a guess would hide that the reports lack the word.
const minRelatedFit = 0.6

// relatedWord returns the match of the lower-case word w (at start in question) through the
// first word WordNet relates it to that the lexicon has.
func (l *Lexicon) relatedWord(question, w string, start int) (Match, bool) {
	rel, base := related.Of(w), w
	if s := en.Stem(w); len(rel) == 0 && s != w {
		// A plural WordNet's detachment rules leave alone, as its base is under three
		// letters: the abbreviation's ("hqs" → hq → headquarters).
		rel, base = related.Of(s), s
	}
	for _, r := range rel {
		ws := en.Words(r.Text)
		if len(ws) == 0 || slices.ContainsFunc(ws, func(x en.Word) bool { return stopStem(x.Stem) }) {
			continue
		}
		k, ok := l.find(joinStems(ws))
		if !ok && len(ws) == 1 {
			k, ok = l.modifierKey(ws[0].Stem) // foodie → gourmet: 美食 "gourmet food"
		}
		if ok {
			m := l.match(k, question, start, start+len(w))
			if r.Rel != related.Derived && m.Fit < minRelatedFit {
				continue
			}
			if !Abbreviates(base, r.Text) {
				m.Confidence *= relatedShare
				m.Fit *= relatedShare
			}
			m.Via = r.Text
			return m, true
		}
	}
	return Match{}, false
}

// Abbreviates reports whether a is an abbreviation of the phrase p: a word of two to four letters
// without a vowel whose letters p holds in order, from p's first letter ("hq": headquarters,
// "tv": television, "km": kilometer). It is another spelling of the same word, not a synonym that
// may name something else, and renders at full confidence. Clippings with a vowel ("lab":
// laboratory) are not told apart from words of their own and stay at relatedShare.
func Abbreviates(a, p string) bool {
	if len(a) < 2 || len(a) > 4 || strings.ContainsAny(a, "aeiouy") || p == "" || p[0] != a[0] {
		return false
	}
	j := 0
	for i := 0; i < len(p) && j < len(a); i++ {
		if p[i] == a[j] {
			j++
		}
	}
	return j == len(a)
}

// compoundWord returns the match of a closed compound the lexicon lacks through its two parts
// ("roadside" → road + side, "shipyard" → ship + yard), each a word of at least three letters
// with a key of its own: their renderings joined (joinMatches), at derivedShare of the
// confidence, marked Parts. Of several splits, the one with the longer head (second part) is
// taken.
func (l *Lexicon) compoundWord(question, w string, start int) (Match, bool) {
	if len(w) < 6 || strings.ContainsAny(w, "-'") {
		return Match{}, false
	}
	for i := 3; i <= len(w)-3; i++ {
		a, b := en.Stem(w[:i]), en.Stem(w[i:])
		if stopStem(a) || stopStem(b) || suffixHead(w[i:]) {
			continue
		}
		ka, okA := l.find(a)
		kb, okB := l.find(b)
		if !okA || !okB {
			continue
		}
		m := joinMatches(l.match(kb, question, start, start+len(w)), l.match(ka, question, start, start+len(w)))
		m.Key = l.keys[ka] + " " + l.keys[kb]
		m.Confidence *= derivedShare
		m.Fit *= derivedShare
		m.Parts = true
		return m, true
	}
	return Match{}, false
}

// suffixHeads are English suffixes that are also words: a word ending in one is a derivation,
// not a compound ("scholarship" is no scholar's ship, "likelihood" no hood).
var suffixHeads = []string{"ship", "hood", "dom", "ness", "less", "ful", "wise", "ward", "like"}

// suffixHead reports whether the head of a compound split (its second part, singular or
// plural) is a suffix rather than a word.
func suffixHead(head string) bool {
	return slices.Contains(suffixHeads, head) || slices.Contains(suffixHeads, strings.TrimSuffix(head, "s"))
}
