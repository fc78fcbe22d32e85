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
	var toks []string
	tokenized := false
	for k, tok := range tokens {
		var ok bool
		if containedToken(tok) {
			ok = strings.Contains(p.norm, tok)
		} else {
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
	return p
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
