package retrieval

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/zh"
)

// mayState returns the reports that may state one of the indicators (statement, in any time
// frame), from the postings instead of their passages: those with a fact row statement accepts
// and those with a passage holding what a mention needs of a wording (mentions) — the rarest
// bigram of each of its runs, and the rarest of its two-character pieces — so that
// statement decodes only their passages. nil means every report may (a wording nothing narrows).
func (ix *Index) mayState(inds, wordings []string) map[corpus.ReportKey]bool {
	accepted := relatedIndicators(inds)
	names := func(ind string) bool {
		return slices.ContainsFunc(accepted, func(n string) bool { return ind == n || strings.HasSuffix(ind, n) })
	}
	ws := slices.Clone(wordings)
	for _, ind := range facts.Indicators() {
		// Every wording statement reads, and those facts.Find names an accepted indicator by.
		if slices.Contains(accepted, ind.Name) || names(ind.Name) {
			ws = append(ws, ind.Name)
			ws = append(ws, ind.Variants...)
			ws = append(ws, looseWordings[ind.Name]...)
		}
	}
	var keys []string // a passage that mentions a wording holds one of these
	for _, w := range ws {
		w = zh.Normalize(w)
		rs := []rune(w)
		if len(rs) < 2 {
			continue
		}
		for _, all := range neededParts(rs) {
			// Every part of all is held: the one of fewest postings decides.
			best, bestN := "", -1
			for _, s := range all {
				tok, ok := ix.rarestBigram(s)
				if !ok {
					// A wording with letters ("gdp"): its whole words are what the index holds.
					if tok, ok = ix.rarestToken(w); !ok {
						return nil
					}
				}
				if n := ix.bm25.df(tok); bestN < 0 || n < bestN {
					best, bestN = tok, n
				}
			}
			keys = appendUnique(keys, best)
		}
	}
	out := map[corpus.ReportKey]bool{}
	for _, tok := range keys {
		ix.bm25.eachList(tok, func(start int, ps []posting) {
			for _, p := range ps {
				out[ix.chunkKey(start+int(p.Doc))] = true
			}
		})
	}
	ix.eachFactPart(func(_ int, fs []corpus.Fact) {
		for i := range fs {
			if f := &fs[i]; names(f.Indicator) {
				out[f.Key()] = true
			}
		}
	})
	return out
}

// neededParts returns the ways a text holds a wording (as runes, two or more) loosely
// (holdsRun, holdsPieces), each as the parts a text then holds: each run holdsRun tries (the
// whole wording when it is that short), or every two-character piece.
func neededParts(rs []rune) [][]string {
	n := min(4, max(2, (2*len(rs)+2)/3))
	if len(rs) == 4 {
		n = 4
	}
	var pieces []string
	for i := 0; i+2 <= len(rs); i += 2 {
		pieces = append(pieces, string(rs[i:i+2]))
	}
	out := [][]string{pieces}
	if len(rs) <= n {
		return append(out, []string{string(rs)})
	}
	for i := 0; i+n <= len(rs); i++ {
		out = append(out, []string{string(rs[i : i+n])})
	}
	return out
}

// rarestBigram returns the Han bigram of a text whose postings are shortest; false when the
// text is not all Han characters (its tokens then need not be held where it is).
func (ix *Index) rarestBigram(s string) (string, bool) {
	var best string
	bestN := -1
	for _, r := range s {
		if !zh.IsHan(r) {
			return "", false
		}
	}
	for _, t := range zh.Tokens(s) {
		if !isHanBigram(t) {
			continue
		}
		if n := ix.bm25.df(t); bestN < 0 || n < bestN {
			best, bestN = t, n
		}
	}
	return best, bestN >= 0
}

// rarestToken returns the token of a text, not a single Han character (the index has none),
// whose postings are shortest.
func (ix *Index) rarestToken(s string) (string, bool) {
	var best string
	bestN := -1
	for _, t := range zh.Tokens(s) {
		if isHanChar(t) {
			continue
		}
		if n := ix.bm25.df(t); bestN < 0 || n < bestN {
			best, bestN = t, n
		}
	}
	return best, bestN >= 0
}
