package lexicon

import (
	"bytes"
	"math"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/cedict"
	"github.com/reportbot/reportbot/internal/dict"
)

// referenceBuild is the lexicon build as it was before the headword index: the keys derived from
// the senses of the entries at build time, collected in maps. The index must give the same bytes.
func referenceBuild(entries []cedict.Entry, docs []string) *Lexicon {
	keys := make([]string, len(entries))
	for i, e := range entries {
		keys[i] = e.Headword
	}
	heads := dict.New(keys)
	df := make([]int32, len(entries))
	for _, doc := range docs {
		seen := map[int]bool{}
		for m := range heads.ScanAll(doc) {
			if !seen[m.ID] {
				seen[m.ID] = true
				df[m.ID]++
			}
		}
	}
	n := len(docs)
	l := &Lexicon{docs: n}
	keyIndex := map[string]int{}
	var cands [][]cand
	add := func(cs [][]cand, ki int, w int32, v float64, exact bool) {
		if c := cs[ki]; len(c) > 0 && c[len(c)-1].word == w {
			c[len(c)-1].w = max(c[len(c)-1].w, v)
			c[len(c)-1].exact = c[len(c)-1].exact || exact
		} else {
			cs[ki] = append(c, cand{w, v, exact})
		}
	}
	wordOf := make([]int32, len(entries))
	for id, e := range entries {
		wordOf[id] = -1
		if df[id] == 0 {
			continue
		}
		w := int32(len(l.words))
		wordOf[id] = w
		senses := e.Senses()
		l.words = append(l.words, word{text: e.Headword, df: int(df[id]), gloss: shortGloss(senses)})
		base := lengthWeight(e.Headword) * dfWeight(int(df[id]), n) / (1 + 0.05*float64(len(senses)-1))
		for i, sense := range senses {
			for _, k := range senseKeys(sense, i) {
				ki, ok := keyIndex[k.key]
				if !ok {
					ki = len(cands)
					keyIndex[k.key] = ki
					cands = append(cands, nil)
				}
				add(cands, ki, w, base*k.spec*senseDecay(i)/(1+0.2*float64(k.gloss)), k.spec >= exactSpec)
			}
		}
	}
	compIndex := map[string]int{}
	var comp [][]cand
	for id, e := range entries {
		h := e.Headword
		if df[id] != 0 || utf8.RuneCountInString(h) < 3 {
			continue
		}
		last, size := utf8.DecodeLastRuneInString(h)
		pid, ok := heads.Lookup(h[:len(h)-size])
		if !ok || wordOf[pid] < 0 {
			continue
		}
		w := wordOf[pid]
		base := compoundShare * lengthWeight(l.words[w].text) * dfWeight(l.words[w].df, n)
		if agentSuffix(last) {
			base *= agentShare
		}
		for i, sense := range e.Senses() {
			ks, gs := senseCands(sense, i)
			for _, k := range ks {
				if !glossWord(gs, k) {
					continue
				}
				ki, ok := compIndex[k.key]
				if !ok {
					ki = len(comp)
					compIndex[k.key] = ki
					comp = append(comp, nil)
				}
				add(comp, ki, w, base*k.spec*senseDecay(i)/(1+0.2*float64(k.gloss)), false)
			}
		}
	}
	for k, ki := range compIndex {
		if _, ok := keyIndex[k]; !ok {
			keyIndex[k] = len(cands)
			cands = append(cands, comp[ki])
		}
	}
	sorted := make([]string, 0, len(keyIndex))
	for k := range keyIndex {
		sorted = append(sorted, k)
	}
	slices.Sort(sorted)
	for _, k := range sorted {
		cs := cands[keyIndex[k]]
		slices.SortFunc(cs, l.heavier)
		top := cs[0].w
		if top < minConfidence && !slices.ContainsFunc(cs, func(c cand) bool { return c.exact }) {
			continue
		}
		var kept []cand
		sum, n := 0.0, 0
		for i, c := range cs {
			if n < maxPostings && c.w >= minShare*top {
				kept = append(kept, c)
				sum += c.w
				if !l.within(c, cs[:i], top) {
					n++
				}
			}
		}
		l.keys = append(l.keys, k)
		l.start = append(l.start, int32(len(l.postings)))
		for _, c := range kept {
			l.postings = append(l.postings, posting{word: c.word, weight: uint16(math.Round(c.w / sum * weightScale))})
		}
		l.conf = append(l.conf, uint16(math.Round(min(top, 1)*confScale)))
	}
	l.start = append(l.start, int32(len(l.postings)))
	return l
}

func lexiconBytes(t *testing.T, l *Lexicon) []byte {
	t.Helper()
	var b bytes.Buffer
	if _, err := l.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestIndexBuildMatchesReference checks that building through the headword index gives, byte for
// byte, the lexicon that deriving the keys at build time gives.
func TestIndexBuildMatchesReference(t *testing.T) {
	for name, tc := range map[string]struct {
		entries []cedict.Entry
		docs    []string
	}{
		"small":     {small, smallDocs},
		"compounds": {compoundEntries, compoundDocs},
		"derived":   {deriveEntries, deriveDocs},
		"empty":     {nil, smallDocs},
		"no docs":   {small, nil},
	} {
		got := lexiconBytes(t, BuildFrom(tc.entries, slices.Values(tc.docs)))
		want := lexiconBytes(t, referenceBuild(tc.entries, tc.docs))
		if !bytes.Equal(got, want) {
			t.Errorf("%s: the index build (%d bytes) differs from the reference (%d bytes)", name, len(got), len(want))
		}
	}
	if testing.Short() {
		return
	}
	d, err := cedict.Load()
	if err != nil {
		t.Fatal(err)
	}
	paras := corpusParagraphs(t)
	got := lexiconBytes(t, corpusLexicon(t))
	want := lexiconBytes(t, referenceBuild(d.Entries, paras))
	if !bytes.Equal(got, want) {
		t.Errorf("bundled corpus: the index build (%d bytes) differs from the reference (%d bytes)", len(got), len(want))
	}
}
