package retrieval

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/lexicon"
	"github.com/reportbot/reportbot/internal/zh"
)

// A common modifier: a topic that opens with a word nearly every report holds (生活垃圾分类,
// household waste sorting) is often written without it (垃圾分类): such a modifier tells no
// report from another, and what follows it, when it is two words or more that few reports
// hold, names the topic alone. A rest of one word is often a wider or another thing (上市 of
// 企业上市), and a modifier few reports hold may be what the topic is of (森林 of 森林防火: 防火
// alone is fire prevention anywhere), so both keep the whole wording.

// commonModifierRest returns what follows a topic word's opening modifier (above): the modifier
// a word of the lexicon of two or three characters held by more than two thirds of the reports
// as written, the rest four Han characters or more, held by few reports (a third at most) and
// by more than the whole word; else "".
func (ix *Index) commonModifierRest(w string) string {
	rs := []rune(w)
	lex := ix.Lexicon()
	if len(rs) < 6 || !zh.AllHan(rs) || lex == nil {
		return ""
	}
	for k := 2; k <= 3 && len(rs)-k >= 4; k++ {
		mod, rest := string(rs[:k]), string(rs[k:])
		if !isLexiconWord(lex.Gloss(mod), mod) || 3*ix.reportsWriting(mod) <= 2*len(ix.Reports) {
			continue
		}
		if n := ix.reportsWriting(rest); 3*n <= len(ix.Reports) && n > ix.reportsWriting(w) {
			return rest
		}
	}
	return ""
}

// reportsWriting counts the reports with a passage that holds a word as written.
func (ix *Index) reportsWriting(w string) int {
	seen := map[int32]bool{}
	for d := range ix.passagesHoldingBigrams(w) {
		if r := ix.chunkReport[d]; !seen[r] && strings.Contains(normalize(ix.Chunk(d).Text), w) {
			seen[r] = true
		}
	}
	return len(seen)
}

// isLexiconWord reports whether the lexicon glosses w whole (some gloss spans all of it).
func isLexiconWord(gs []lexicon.Gloss, w string) bool {
	return slices.ContainsFunc(gs, func(g lexicon.Gloss) bool { return g.Start == 0 && g.End == len(w) })
}
