package retrieval

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/lexical"
	"github.com/reportbot/reportbot/internal/zh"
	"golang.org/x/text/unicode/norm"
)

// A topic gate: which of a report's passages can give a topical span at all, decided from the
// postings before any sentence of them is split, normalised or scored.
//
// A topical span holds a run or all spaced pieces of one of the topic words the question
// decides on (mayBeTopical, necessary for scorer.topical). A span's lead and text are
// sentences of its passage, its section's heading, or the next passage's first statement; each
// sentence ends on a mark that ends sentences (zh.Sentences), except the passage's last one.
// So a run or piece of Han characters the joined span holds either lies within one of them —
// and the passage (section path included) or the next passage then holds each of its bigrams
// (the index makes a token of every two adjacent ideographs) — or begins at the end of a lead
// that is the passage's last sentence or its heading, and ends in the text. Other runs (GDP,
// PM2.5) are looked for in the normalised texts themselves.

// topicGate decides, for a list's per-report scan, which passages may give a topical span.
type topicGate struct {
	sc   *scorer
	subs []gateSub // per topic run or piece (scorer.topicSubs)
	// terms are the indices in sc.terms whose topic words may make a span topical.
	terms []int
	bits  map[string][]uint64 // a Han bigram → a bit per chunk holding it
	// listed, when set, holds a bit per chunk from the per-indicator table (runBits): a passage
	// whose bit is clear has no topical span.
	listed []uint64
	texts  []textSeen // mayHoldText's answers for the report being read
}

// gateSub is one topic run or piece: its runes and, when it is all ideographs, its bigrams.
type gateSub struct {
	runes   []rune
	bigrams []string // nil: not all ideographs (or one rune): read from the text
}

// newTopicGate returns the gate of a topical scorer, or nil when every passage may be topical
// (no decisive term, or too many topic runs for the scorer's bit sets). lists holds the bits of
// tokens already read; the bigrams it lacks are read from the postings.
func (ix *Index) newTopicGate(sc *scorer, lists map[string][]uint64) *topicGate {
	if sc.decisive < 0 || len(sc.topicSubs) > maxPieceBits {
		return nil
	}
	g := &topicGate{sc: sc, bits: map[string][]uint64{}}
	if sc.anyOf && !sc.decisiveBesideAlternatives() {
		for i, t := range sc.terms {
			if !t.number && t.weight >= 0.5*sc.terms[sc.decisive].weight {
				g.terms = append(g.terms, i)
			}
		}
	} else {
		g.terms = []int{sc.decisive}
		for i, t := range sc.terms {
			if t.example && i != sc.decisive {
				g.terms = append(g.terms, i) // exampleHeld
			}
		}
	}
	for i, t := range sc.terms {
		if slices.ContainsFunc(sc.wholes, func(run []string) bool { return slices.Contains(run, t.from) }) && !slices.Contains(g.terms, i) {
			g.terms = append(g.terms, i) // exampleWhole
		}
	}
	for _, s := range sc.topicSubs {
		gs := gateSub{runes: []rune(s)}
		han := len(gs.runes) >= 2
		for _, r := range gs.runes {
			han = han && zh.IsHan(r)
		}
		if han {
			for k := 0; k+1 < len(gs.runes); k++ {
				b := string(gs.runes[k : k+2])
				gs.bigrams = append(gs.bigrams, b)
				if _, ok := g.bits[b]; ok {
					continue
				}
				if bits, ok := lists[b]; ok {
					g.bits[b] = bits
					continue
				}
				bits := make([]uint64, (ix.NumChunks()+63)/64)
				ix.bm25.eachList(b, func(start int, ps []posting) {
					for _, p := range ps {
						d := start + int(p.Doc)
						bits[d>>6] |= 1 << (d & 63)
					}
				})
				g.bits[b] = bits
			}
		}
		g.subs = append(g.subs, gs)
	}
	return g
}

// gatePassage is what the gate knows of one passage: its index, its chunk, and the next
// passage of its report when there is one (next < 0: none).
type gatePassage struct {
	doc  int
	c    corpus.Chunk
	next int
	n    corpus.Chunk
	// read, when set, decodes a chunk by index: c and n are then read on first use (chunk,
	// nextChunk). Most passages are decided from the postings' bits alone, and a report none of
	// whose passages may be topical is then ruled out without decoding any.
	read         func(i int) corpus.Chunk
	cRead, nRead bool
	// the normalised texts, made when a run that is not all ideographs is looked for.
	norm, textNorm, headNorm, nextNorm string
	normed                             bool
	// textTail and headTail are its text and heading normalised when they end in an ideograph.
	textTail, headTail string
	tails              bool
}

// may reports whether some span of passage p may be topical; false only when none is.
func (g *topicGate) may(p *gatePassage) bool {
	held := make([]int8, len(g.subs)) // 0 unknown, 1 may be held, -1 not held
	holds := func(k int) bool {
		if held[k] == 0 {
			held[k] = -1
			if g.subHeld(k, p) {
				held[k] = 1
			}
		}
		return held[k] > 0
	}
	for _, i := range g.terms {
		for _, ts := range g.sc.topicOf[i] {
			for _, k := range ts.runs {
				if holds(k) {
					return true
				}
			}
			if len(ts.spaced) > 0 {
				all := true
				for _, k := range ts.spaced {
					if all = holds(k); !all {
						break
					}
				}
				if all {
					return true
				}
			}
		}
	}
	return false
}

// has reports whether chunk doc holds the Han bigram b.
func (g *topicGate) has(b string, doc int) bool {
	bits := g.bits[b]
	return doc >= 0 && doc>>6 < len(bits) && bits[doc>>6]&(1<<(doc&63)) != 0
}

// allIn reports whether chunk doc holds every bigram of bs.
func (g *topicGate) allIn(bs []string, doc int) bool {
	for _, b := range bs {
		if !g.has(b, doc) {
			return false
		}
	}
	return true
}

// subHeld reports whether a span of p may hold topic run or piece k.
func (g *topicGate) subHeld(k int, p *gatePassage) bool {
	s := g.subs[k]
	if s.bigrams == nil {
		return g.textHeld(string(s.runes), p)
	}
	if g.allIn(s.bigrams, p.doc) || p.next >= 0 && g.allIn(s.bigrams, p.next) {
		return true
	}
	// Across the join: the first k runes end a lead (the passage's last sentence or its
	// heading), the rest begins the text.
	for cut := 1; cut < len(s.runes); cut++ {
		lead, rest := s.bigrams[:cut-1], s.bigrams[cut:] // the bigrams within the lead, the text
		if !g.allIn(lead, p.doc) || !g.allIn(rest, p.doc) && !(p.next >= 0 && g.allIn(rest, p.next)) {
			continue
		}
		if g.leadEnds(p, string(s.runes[:cut])) {
			return true
		}
	}
	return false
}

// leadEnds reports whether a lead of p that may end without a sentence's mark (its last
// sentence, its section's heading) may end in x, normalised.
func (g *topicGate) leadEnds(p *gatePassage, x string) bool {
	if !p.tails {
		p.tails = true
		c := p.chunk()
		p.textTail = hanTail(c.Text)
		if len(c.Section) > 0 {
			p.headTail = hanTail(c.Section[len(c.Section)-1])
		}
	}
	return p.textTail != "" && strings.HasSuffix(p.textTail, x) || p.headTail != "" && strings.HasSuffix(p.headTail, x)
}

// hanTail returns text normalised when that ends in an ideograph, else "" (no run of
// ideographs can end it). Only the last rune is normalised first: normalisation never makes an
// ideograph of a rune and the marks after it.
func hanTail(text string) string {
	r, size := utf8.DecodeLastRuneInString(text)
	if size == 0 {
		return ""
	}
	if last, _ := utf8.DecodeLastRuneInString(normalize(string(r))); !zh.IsHan(last) {
		return ""
	}
	return normalize(text)
}

// textHeld reports whether a span of p may hold s, a run that is not all ideographs, looked for
// in p's normalised texts.
func (g *topicGate) textHeld(s string, p *gatePassage) bool {
	inDoc := func(c byte) bool {
		pc := p.chunk()
		return g.mayHoldText(p.doc, pc.Text, c) || slices.ContainsFunc(pc.Section, func(h string) bool { return g.mayHoldText(-1, h, c) })
	}
	inNext := func(c byte) bool { return p.next >= 0 && g.mayHoldText(p.next, p.nextChunk().Text, c) }
	// s lies in the next passage, or it begins in this one (within it, or in a lead that ends in
	// part of it) and each of its characters is in one of the two.
	inEither := true
	for i := 0; i < len(s) && inEither; i++ {
		inEither = inDoc(s[i]) || inNext(s[i])
	}
	if !inEither || !inDoc(s[0]) && !allBytes(s, inNext) {
		return false
	}
	if !p.normed {
		p.normed = true
		c := p.chunk()
		p.norm = lexical.ChunkText(c)
		p.textNorm = normalize(c.Text)
		if len(c.Section) > 0 {
			p.headNorm = normalize(c.Section[len(c.Section)-1])
		}
		if p.next >= 0 {
			p.nextNorm = normalize(p.nextChunk().Text)
		}
	}
	in := func(x string) bool {
		return strings.Contains(p.norm, x) || p.next >= 0 && strings.Contains(p.nextNorm, x)
	}
	if in(s) {
		return true
	}
	for cut := range s {
		if cut == 0 {
			continue
		}
		x := s[:cut]
		if (strings.HasSuffix(p.textNorm, x) || p.headNorm != "" && strings.HasSuffix(p.headNorm, x)) && in(s[cut:]) {
			return true
		}
	}
	return false
}

// mayHoldText is mayNormalizeTo of the text of chunk doc (or of a heading, doc < 0), from its
// alnumMask kept for the report being read.
func (g *topicGate) mayHoldText(doc int, text string, c byte) bool {
	if c >= utf8.RuneSelf || !isASCIIAlnum(c) {
		return true
	}
	k := textKey{doc: doc}
	if doc < 0 {
		k.text = text
	}
	var mask uint64
	found := false
	for _, e := range g.texts {
		if e.textKey == k {
			mask, found = e.mask, true
			break
		}
	}
	if !found {
		mask = alnumMask(text)
		if g.texts == nil {
			g.texts = make([]textSeen, 0, 32)
		}
		g.texts = append(g.texts, textSeen{k, mask})
	}
	return mask&alnumBit(c) != 0
}

// allBytes reports whether f holds for every byte of s.
func allBytes(s string, f func(byte) bool) bool {
	for i := 0; i < len(s); i++ {
		if !f(s[i]) {
			return false
		}
	}
	return true
}

// textKey is a chunk (or a heading) whose text mayHoldText read.
type textKey struct {
	doc  int
	text string
}

// textSeen is what mayHoldText found of a text (a report holds a few dozen: a list, not a map).
type textSeen struct {
	textKey
	mask uint64
}

// passages returns, for each of a report's passages (at chunk indices docs), whether a span of
// it may be topical; nil when the gate is nil (every one may). A passage is decoded only when
// its bits do not decide (gatePassage.read).
func (g *topicGate) passages(rr *reportReader, docs []int) []bool {
	if g == nil {
		return nil
	}
	rg := *g // one report's texts, read by one goroutine
	rg.texts = nil
	g = &rg
	may := make([]bool, len(docs))
	for i, doc := range docs {
		if g.listed != nil && (doc>>6 >= len(g.listed) || g.listed[doc>>6]&(1<<(doc&63)) == 0) {
			continue // listed for none of the topic words' runs: not topical
		}
		p := gatePassage{doc: doc, next: -1, read: rr.chunk}
		if rr.hasNext(doc) {
			p.next = doc + 1
		}
		may[i] = g.may(&p)
	}
	return may
}

// chunk returns the passage's chunk, decoding it on first use when the gate reads lazily.
func (p *gatePassage) chunk() corpus.Chunk {
	if p.read != nil && !p.cRead {
		p.c, p.cRead = p.read(p.doc), true
	}
	return p.c
}

// nextChunk returns the next passage's chunk (p.next >= 0), as chunk does.
func (p *gatePassage) nextChunk() corpus.Chunk {
	if p.read != nil && !p.nRead {
		p.n, p.nRead = p.read(p.next), true
	}
	return p.n
}

// mayNormalizeTo reports whether normalize(text) may hold the character c: false only when c
// is an ASCII letter or digit that no character of text is or normalises to (NFKC, then lower
// case).
func mayNormalizeTo(text string, c byte) bool {
	if c >= utf8.RuneSelf || !isASCIIAlnum(c) {
		return true
	}
	return alnumMask(text)&alnumBit(c) != 0
}

// alnumMask returns the ASCII letters (lower case) and digits that normalize(text) may hold, a
// bit each (alnumBit), read in one pass: the ASCII characters, and the decompositions of the
// characters outside the blocks that have none that matter (noASCIIAlnum). A byte that is not
// UTF-8 admits every one.
func alnumMask(text string) uint64 {
	var mask uint64
	for i := 0; i < len(text); {
		b := text[i]
		switch {
		case b < utf8.RuneSelf:
			if isASCIIAlnum(b) {
				mask |= alnumBit(b)
			}
			i++
			continue
		case 0xE4 <= b && b <= 0xE9 && i+2 < len(text):
			i += 3 // U+4000–U+9FFF: ideographs and hexagrams, none with a decomposition
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError {
			return ^uint64(0)
		}
		if !noASCIIAlnum(r) {
			for _, d := range strings.ToLower(string(norm.NFKC.PropertiesString(text[i : i+size]).Decomposition())) {
				if d < utf8.RuneSelf && isASCIIAlnum(byte(d)) {
					mask |= alnumBit(byte(d))
				}
			}
		}
		i += size
	}
	return mask
}

// alnumBit is the bit of an ASCII letter (either case) or digit in alnumMask.
func alnumBit(c byte) uint64 {
	if c <= '9' {
		return 1 << (26 + c - '0')
	}
	return 1 << (c | 0x20 - 'a')
}

// noASCIIAlnum reports whether r is in a block none of whose characters normalises to an
// ASCII letter or digit (NFKC): the main block of ideographs, CJK punctuation, general
// punctuation, and the full-width punctuation (not the full-width digits and letters).
func noASCIIAlnum(r rune) bool {
	switch {
	case 0x4E00 <= r && r <= 0x9FFF, 0x3000 <= r && r <= 0x303F, 0x2000 <= r && r <= 0x206F:
		return true
	case 0xFF01 <= r && r <= 0xFF0F, 0xFF1A <= r && r <= 0xFF20, 0xFF3B <= r && r <= 0xFF40, 0xFF5B <= r && r <= 0xFF65:
		return true
	}
	return false
}

// isASCIIAlnum reports whether b is an ASCII letter or digit.
func isASCIIAlnum(b byte) bool {
	return '0' <= b && b <= '9' || 'a' <= b|0x20 && b|0x20 <= 'z'
}
