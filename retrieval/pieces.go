package retrieval

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/zh"
	"golang.org/x/text/unicode/norm"
)

// Scoring joined pieces: a span's lead and statement, a run of a long sentence's clauses
// (narrow). sc.score normalises and searches the joined text afresh for every span and every run;
// scoreJoined gives the same result from what each piece holds of the scorer's tokens and
// numbers, found once per piece, whenever the join cannot make a token or number that neither
// piece holds: the piece before ends on punctuation and the next starts a normalisation segment
// (safeJoin). Otherwise it scores the joined text as sc.score does.

// maxPieceBits is the most tokens and numbers a scorer may have for pieces to be read as bit
// sets; a scorer with more scores joined text (it has never been seen: questions have a few
// terms).
const maxPieceBits = 64

// piece is what one piece of text holds of a scorer's tokens and numbers.
type piece struct {
	text string // as given
	norm string // normalized
	held uint64 // bit k: the scorer's k-th token (pieceTokens) or number is held
	// first and last are the first rune of text and the last of norm (utf8.RuneError: empty).
	first, last rune
	// topics: which of the scorer's topic runs and pieces norm holds (topicSubs), when topicOK.
	topics  uint64
	topicOK bool
}

// pieceTokens returns the scorer's distinct tokens in a fixed order (bit k of piece.held is
// tokens[k]; bit len(tokens)+i is number i), and whether they fit in maxPieceBits.
func (sc *scorer) pieceTokens() ([]string, bool) {
	if sc.tokens == nil {
		sc.tokens = []string{}
		for _, t := range sc.terms {
			for _, v := range t.variants {
				for _, x := range v {
					if !slices.Contains(sc.tokens, x.tok) {
						sc.tokens = append(sc.tokens, x.tok)
					}
				}
			}
		}
	}
	return sc.tokens, len(sc.tokens)+len(sc.numbers) <= maxPieceBits
}

// newPiece reads what text holds of the scorer's tokens (tokens: pieceTokens) and numbers, as
// sc.score would find them in it.
func (sc *scorer) newPiece(text string, tokens []string) piece {
	p := piece{text: text, norm: normalize(text), first: utf8.RuneError, last: utf8.RuneError}
	if text != "" {
		p.first, _ = utf8.DecodeRuneInString(text)
		p.last, _ = utf8.DecodeLastRuneInString(p.norm)
	}
	grams := sc.gramsIn(p.norm)
	var toks []string
	tokenized := false
	for k, tok := range tokens {
		var ok bool
		switch {
		case grams != nil && sc.tokenGram[k] >= 0:
			ok = grams[sc.tokenGram[k]]
		case containedToken(tok):
			ok = strings.Contains(p.norm, tok)
		case strings.Contains(p.norm, tok): // a token of the text is in it
			if !tokenized {
				toks, tokenized = zh.Tokens(p.norm), true
			}
			ok = slices.Contains(toks, tok)
		}
		if ok {
			p.held |= 1 << k
		}
	}
	for i, n := range sc.numbers {
		if strings.Contains(p.norm, n) {
			p.held |= 1 << (len(tokens) + i)
		}
	}
	if sc.requireTopic {
		p.topics, p.topicOK = sc.topicBits(p.norm, grams)
	}
	return p
}

// Han grams: a text holds a Han bigram or character exactly when it contains it, so one pass
// over a text's characters finds which of the scorer's bigram tokens it holds, and which of
// the bigrams of its topic runs and pieces (which must all be there for the run to be).

// gramKey is the key of a Han bigram (a, b) or, with b = 0, of a single character.
func gramKey(a, b rune) uint64 { return uint64(a)<<32 | uint64(uint32(b)) }

// newGrams numbers the Han bigrams and characters among the scorer's tokens and the bigrams of
// its topic runs and pieces (tokenGram, subGrams; grams).
func (sc *scorer) newGrams() {
	sc.grams = map[uint64]int{}
	id := func(k uint64) int {
		g, ok := sc.grams[k]
		if !ok {
			g = len(sc.grams)
			sc.grams[k] = g
		}
		return g
	}
	tokens, _ := sc.pieceTokens()
	sc.tokenGram = make([]int, len(tokens))
	for k, tok := range tokens {
		sc.tokenGram[k] = -1
		switch rs := []rune(tok); {
		case isHanChar(tok):
			sc.tokenGram[k] = id(gramKey(rs[0], 0))
		case isHanBigram(tok):
			sc.tokenGram[k] = id(gramKey(rs[0], rs[1]))
		}
	}
	sc.subGrams = make([][]int, len(sc.topicSubs))
	for k, sub := range sc.topicSubs {
		rs := []rune(sub)
		if len(rs) < 2 || !slices.ContainsFunc(rs, zh.IsHan) || slices.ContainsFunc(rs, func(r rune) bool { return !zh.IsHan(r) }) {
			continue // no test before strings.Contains
		}
		for i := 0; i+1 < len(rs); i++ {
			sc.subGrams[k] = append(sc.subGrams[k], id(gramKey(rs[i], rs[i+1])))
		}
	}
}

// gramsIn returns which of the scorer's grams a normalized text holds (nil: the scorer has
// none numbered).
func (sc *scorer) gramsIn(norm string) []bool {
	if len(sc.grams) == 0 {
		return nil
	}
	out := make([]bool, len(sc.grams))
	prev := rune(0)
	for _, r := range norm {
		if !zh.IsHan(r) {
			prev = 0
			continue
		}
		if g, ok := sc.grams[gramKey(r, 0)]; ok {
			out[g] = true
		}
		if prev != 0 {
			if g, ok := sc.grams[gramKey(prev, r)]; ok {
				out[g] = true
			}
		}
		prev = r
	}
	return out
}

// safeJoin reports whether joining a piece ending on the rune last (normalized) to one starting
// with first makes no token or number that neither holds: last is punctuation (not a letter,
// digit, ideograph or the point of a decimal, nor a character of a number the scorer looks
// for), and first starts a normalisation segment (NFKC does not combine it with last).
func (sc *scorer) safeJoin(last, first rune) bool {
	if last == utf8.RuneError || first == utf8.RuneError {
		return true // an empty piece joins nothing
	}
	if unicode.IsLetter(last) || unicode.IsDigit(last) || zh.IsHan(last) || last == '.' {
		return false
	}
	for _, n := range sc.numbers {
		if strings.ContainsRune(n, last) {
			return false
		}
	}
	return norm.NFKC.PropertiesString(string(first)).BoundaryBefore()
}

// scoreJoined is sc.score of the pieces' texts joined.
func (sc *scorer) scoreJoined(ps ...piece) (score, coverage float64) {
	tokens, fits := sc.pieceTokens()
	var held uint64
	last := utf8.RuneError // of the pieces so far
	for _, p := range ps {
		if !fits || !sc.safeJoin(last, p.first) {
			var b strings.Builder
			for _, p := range ps {
				b.WriteString(p.text)
			}
			return sc.score(b.String())
		}
		held |= p.held
		if p.text != "" {
			last = p.last
		}
	}
	joined := ""
	joinedNorm := func() string {
		if joined == "" {
			for _, p := range ps {
				joined += p.norm
			}
		}
		return joined
	}
	score, coverage = sc.measure(func(x weightedToken) float64 {
		k := slices.Index(tokens, x.tok)
		if held&(1<<k) == 0 {
			return 0
		}
		if x.bigram && isHanChar(x.tok) {
			return holds(sc.lex, joinedNorm(), x.tok) // whether it stands alone depends on the text
		}
		return 1
	})
	for i := range sc.numbers {
		if held&(1<<(len(tokens)+i)) != 0 {
			score += 2
		}
	}
	return score, coverage
}

// pieceOf is newPiece of text with the scorer's tokens, remembered when the scorer has a memo.
func (sc *scorer) pieceOf(text string) piece {
	tokens, _ := sc.pieceTokens()
	if sc.pieceMemo == nil {
		return sc.newPiece(text, tokens)
	}
	p, ok := sc.pieceMemo[text]
	if !ok {
		p = sc.newPiece(text, tokens)
		sc.pieceMemo[text] = p
	}
	return p
}

// scoreSpan is sc.score of a span's lead and text joined: from their pieces when the scorer
// has a memo (one report's spans share their sentences), else of the joined text.
func (sc *scorer) scoreSpan(lead, text string) (score, coverage float64) {
	if sc.pieceMemo == nil {
		return sc.score(lead + text)
	}
	return sc.scoreJoined(sc.pieceOf(lead), sc.pieceOf(text))
}

// Topics: scorer.topical tests the joined text of every span of a report. A topic word is held
// (topicWord.heldIn) only where a run of it (holdsRun) or each of its spaced pieces is, and
// neither can span the join of two pieces that safeJoin allows unless it holds the rune
// before the join; so a span none of whose pieces holds such a run or all of a word's pieces
// is not topical, and its joined text need not be searched (mayBeTopical).

// topicSub is where a topic word's runs and spaced pieces are in scorer.topicSubs.
type topicSub struct {
	runs, spaced []int
}

// newTopicSubs lists the runs and spaced pieces of the scorer's topic words (as holdsRun and
// newTopicWord make them), each once, and where each word's are.
func (sc *scorer) newTopicSubs() {
	index := func(s string) int {
		if k := slices.Index(sc.topicSubs, s); k >= 0 {
			return k
		}
		sc.topicSubs = append(sc.topicSubs, s)
		return len(sc.topicSubs) - 1
	}
	sc.exampleTopic = !sc.anyOf && slices.ContainsFunc(sc.terms, func(t scoredTerm) bool { return t.example })
	sc.topicOf = make([][]topicSub, len(sc.terms))
	for i, t := range sc.terms {
		for _, w := range t.topics {
			var ts topicSub
			rs := []rune(w.word)
			for _, r := range runsOf(w.word) {
				ts.runs = append(ts.runs, index(r))
			}
			if len(rs) == 4 && isNumeralAbbreviation(rs[:2]) {
				ts.runs = append(ts.runs, index(string(rs[:2]))) // “三公两费” (newTopicWord)
			}
			for _, n := range inverted(rs) {
				ts.runs = append(ts.runs, index(string(rs[2:])+n)) // 上市公司 (newTopicWord)
			}
			if w.spaced != nil {
				for k := 0; k+1 < len(rs); k += 2 {
					end := k + 2
					if len(rs)-end == 1 {
						end++
					}
					ts.spaced = append(ts.spaced, index(string(rs[k:end])))
				}
			}
			sc.topicOf[i] = append(sc.topicOf[i], ts)
			if w.together {
				for _, chars := range runTogetherChars(w.word) {
					var ts topicSub
					for _, r := range chars {
						ts.spaced = append(ts.spaced, index(string(r)))
					}
					sc.topicOf[i] = append(sc.topicOf[i], ts)
				}
			}
			if w.spaced != nil && len(rs) >= 5 && len(rs)%2 == 1 {
				// The odd character ending the first word (newTopicWord: 电瓶车 充电).
				odd := topicSub{spaced: []int{index(string(rs[:3]))}}
				for k := 3; k+1 < len(rs); k += 2 {
					odd.spaced = append(odd.spaced, index(string(rs[k:k+2])))
				}
				sc.topicOf[i] = append(sc.topicOf[i], odd)
			}
		}
	}
}

// topicBits returns which of the scorer's topic runs and pieces a normalized text holds (grams:
// gramsIn), and whether there are few enough for a bit set.
func (sc *scorer) topicBits(norm string, grams []bool) (uint64, bool) {
	if len(sc.topicSubs) > maxPieceBits {
		return 0, false
	}
	var held uint64
	for k, s := range sc.topicSubs {
		if grams != nil && slices.ContainsFunc(sc.subGrams[k], func(g int) bool { return !grams[g] }) {
			continue // a bigram of it is missing
		}
		if strings.Contains(norm, s) {
			held |= 1 << k
		}
	}
	return held, true
}

// mayHold reports whether a text holding the topic runs and pieces held may hold the word.
func (ts topicSub) mayHold(held uint64) bool {
	if slices.ContainsFunc(ts.runs, func(k int) bool { return held&(1<<k) != 0 }) {
		return true
	}
	return len(ts.spaced) > 0 && !slices.ContainsFunc(ts.spaced, func(k int) bool { return held&(1<<k) == 0 })
}

// mayBeTopical reports whether a span of a lead and text may be topical (sc.topical of the two
// joined): false only when it surely is not.
func (sc *scorer) mayBeTopical(lead, text piece) bool {
	if sc.decisive < 0 || !lead.topicOK || !text.topicOK || !sc.safeJoin(lead.last, text.first) {
		return true
	}
	if sc.exampleTopic {
		return true
	}
	if lead.text != "" && slices.ContainsFunc(sc.topicSubs, func(s string) bool { return strings.ContainsRune(s, lead.last) }) {
		return true // a run or piece might span the join
	}
	held := lead.topics | text.topics
	mayHold := func(i int) bool {
		return slices.ContainsFunc(sc.topicOf[i], func(ts topicSub) bool { return ts.mayHold(held) })
	}
	if sc.anyOf && !sc.decisiveBesideAlternatives() {
		for i, t := range sc.terms {
			if !t.number && t.weight >= 0.5*sc.terms[sc.decisive].weight && mayHold(i) {
				return true
			}
		}
		return false
	}
	return mayHold(sc.decisive)
}
