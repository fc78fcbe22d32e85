package lexicon

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/en"
)

// Compounds the reports do not write. CC-CEDICT often names a thing by a compound of a word
// the reports use and one more character: "resort" is 度假村 (度假 + 村), "brochure" 宣传册
// (宣传 + 册). When no word of the reports has an English key in its own senses, such an absent
// compound lends its keys to the word the reports do use, at compoundShare of the weight: the key then finds the passages that speak of the thing
// without the question being declined for a word "not in the reports". A compound never
// outweighs a word's own senses (the key must have no candidate of its own), and only words
// of two characters or more lend themselves (one character is too vague a stem). Only
// keys that are one word of a gloss are lent: a phrase or closed-up pair ("birth rate",
// birthrate 生育率; "electric bicycle" 助力车) would pre-empt the renderings of the question's
// words, and says more than the shorter word does. Nor do compounds that make a person of the
// word lend at full share (agentSuffix).

// agentSuffix reports whether a compound's last character makes a person of the word before it
// (组织者 "organizer", 承包商 "contractor", 快递员 "courier"): the reports' word is then the
// activity. Such a compound lends its keys at agentShare of compoundShare: a question about
// couriers is best answered from the passages on express delivery (快递) when the reports never
// name the couriers, but the weak rendering says that the people themselves are not named.
func agentSuffix(r rune) bool { return strings.ContainsRune("者员家师人手商工匠长官", r) }

// compoundShare is the weight of a key lent by an absent compound, as a share of what the
// compound's senses would give the word itself; it keeps such keys below the lexicon's full
// credit (a sentence must hold the word for the key to count as found).
const compoundShare = 0.5

// agentShare is the share of compoundShare at which a compound naming a person lends its keys.
const agentShare = 0.5

// compoundCands returns the candidates that absent compounds lend to the words the
// reports use: for each headword in no document whose text is a reported word of at least two
// characters plus one character (the index's compounds), that word with the keys of the
// compound's senses that are one word of their gloss (glossWord), later senses weighed less.
// wordOf maps a headword ID to its index in l.words (-1 when absent); docs is the number of
// documents.
func (src *source) compoundCands(l *Lexicon, df []int32, wordOf []int32, docs int) []keyWord {
	var out []keyWord
	recs := &records{ix: src.ix, id: -1}
	for i := range len(src.ix.comps) / 8 {
		id, pid := src.ix.compound(i)
		if df[id] != 0 || wordOf[pid] < 0 {
			continue
		}
		w := wordOf[pid]
		d := recs.at(id)
		senses := d.count(1)
		skipShortGloss(&d)
		base := compoundShare * lengthWeight(l.words[w].text) * dfWeight(l.words[w].df, docs)
		if h, ok := src.heads.Key(id); ok {
			if last, _ := utf8.DecodeLastRuneInString(h); agentSuffix(last) {
				base *= agentShare
			}
		}
		// Every sense lends, decayed by its order as a word's own senses are: CC-CEDICT often
		// lists a compound's synonyms, and its other meanings, as later senses (渔港 "fishing
		// port", 水泥厂 "cement factory; cement works"), which the first alone would not lend.
		for s := range senses {
			for range d.count(2) {
				k, ok := src.ix.next(&d)
				if !ok {
					break
				}
				if !k.compound {
					continue
				}
				out = append(out, keyWord{k.key, w, base * k.spec * senseDecay(s) / (1 + 0.2*float64(k.gloss)), false})
			}
		}
	}
	return out
}

// glossWord reports whether key k is one word of its gloss: not a phrase, nor two words closed
// up ("birth rate" → birthrate), which would pre-empt the renderings of the question's words.
func glossWord(gs []gloss, k keyCand) bool {
	if k.gloss >= len(gs) {
		return false
	}
	return slices.ContainsFunc(gs[k.gloss].words, func(w en.Word) bool { return w.Stem == k.key })
}

// within reports whether c is a one-character word written in one of the heavier candidates of
// its key (those at least minShare of top): "idle" is 闲散, 休闲, 空置, … and 闲, whose
// character the longer words already hold. Searching it adds little the longer words do not,
// and it would push out a word the reports do write (闲置 "to lie idle", seventh).
func (l *Lexicon) within(c cand, heavier []cand, top float64) bool {
	ch := l.words[c.word].text
	if utf8.RuneCountInString(ch) != 1 {
		return false
	}
	return slices.ContainsFunc(heavier, func(h cand) bool {
		return h.w >= minShare*top && strings.Contains(l.words[h.word].text, ch)
	})
}
