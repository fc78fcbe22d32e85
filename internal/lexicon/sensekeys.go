package lexicon

import "slices"

// senseSpec is the least specificity of a key SenseKeys gives: a gloss's core ("complete
// project" of "to complete a project") or a noun gloss's head ("inspect" of "random
// inspection"), not a verb gloss's object ("project") nor the loose words of a gloss.
const senseSpec = 0.4

// SenseKey is one English key of a headword's senses.
type SenseKey struct {
	// Key is the key's stems joined by spaces.
	Key string
	// Whole is true for a key that is a whole gloss of the headword ("name" of 名字), not only
	// its head or core ("name" of 代表 "in the name of").
	Whole bool
}

// SenseKeys returns the English keys of a CC-CEDICT headword's senses that say what it means
// (stems joined by spaces, as Lookup takes them), read in place from the embedded headword index,
// and whether the dictionary has the headword. Two words sharing a key can mean the same thing
// (竣工 and 完工 "complete project"; 撂 and 抛 "abandon"): what lets a word the reports never
// write reach the one they do, where the text at hand holds it. Where the embedded index does
// not load, SenseKeys knows no headword: Prepare returns that error, which callers check once.
func SenseKeys(headword string) ([]SenseKey, bool) {
	src, err := defaultSource()
	if err != nil {
		return nil, false
	}
	id, ok := src.heads.Lookup(headword)
	if !ok {
		return nil, false
	}
	recs := &records{ix: src.ix, id: -1}
	d := recs.at(id)
	senses := d.count(1)
	skipShortGloss(&d)
	keys := &keyReader{ix: src.ix, id: -1}
	var out []SenseKey
	for range senses {
		for range d.count(2) {
			k, ok := src.ix.next(&d)
			if !ok {
				return out, true
			}
			if k.spec < senseSpec {
				continue
			}
			sk := SenseKey{Key: keys.key(k.key), Whole: k.spec >= exactSpec}
			if i := slices.IndexFunc(out, func(o SenseKey) bool { return o.Key == sk.Key }); i >= 0 {
				out[i].Whole = out[i].Whole || sk.Whole
			} else {
				out = append(out, sk)
			}
		}
	}
	return out, true
}
