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
//
// It counts the reports writing a word only as far as each test needs (reportsWriting's
// limit), the cheapest test first: the rest past a third of the reports (an indicator's rest,
// 生产总值 of 地区生产总值, is in nearly every report and fails there), the whole word up to
// the rest's count (none when no report writes the rest), and only then the modifier, past two
// thirds.
func (ix *Index) commonModifierRest(w string) string {
	rs := []rune(w)
	lex := ix.Lexicon()
	if len(rs) < 6 || !zh.AllHan(rs) || lex == nil {
		return ""
	}
	all := len(ix.Reports)
	for k := 2; k <= 3 && len(rs)-k >= 4; k++ {
		mod, rest := string(rs[:k]), string(rs[k:])
		if !isLexiconWord(lex.Gloss(mod), mod) {
			continue
		}
		n := ix.reportsWriting(rest, all/3+1)
		if 3*n <= all && n > ix.reportsWriting(w, n) && 3*ix.reportsWriting(mod, 2*all/3+1) > 2*all {
			return rest
		}
	}
	return ""
}

// reportsWriting counts the reports with a passage that holds a word as written, up to limit,
// remembering the count for the index's lifetime (writtenCounts).
func (ix *Index) reportsWriting(w string, limit int) int {
	if limit <= 0 {
		return 0
	}
	return ix.written.get(w, limit, ix.countReportsWriting)
}

// countReportsWriting is reportsWriting unremembered: it stops reading passages once limit
// reports hold the word. Passages are read in order, so that a report's passages are read
// together, none after the first that holds the word.
func (ix *Index) countReportsWriting(w string, limit int) int {
	docs := ix.passagesInOrderHoldingBigrams(w)
	seen := map[int32]bool{}
	holds := ix.textHoldsWord(w)
	for _, d := range docs {
		if len(seen) >= limit {
			break
		}
		if r := ix.chunkReport[d]; !seen[r] && holds(d) {
			seen[r] = true
		}
	}
	return len(seen)
}

// textHoldsWord returns a test of whether passage d's normalised text holds w. For a word of
// the main block of CJK ideographs (U+4E00–U+9FFF) it first asks the source whether the text
// as written holds it, without decoding the passage (textHolder): normalising (NFKC and
// lower-casing, lexical.Normalize) leaves those characters as they are and joins none of them
// to a neighbour, so a text as written that holds such a word holds it normalised. A text that
// does not is decoded and normalised (its compatibility characters may make the word).
func (ix *Index) textHoldsWord(w string) func(d int) bool {
	slow := func(d int) bool { return strings.Contains(normalize(ix.Chunk(d).Text), w) }
	th, ok := ix.src.(textHolder)
	if !ok || !mainBlockHan(w) {
		return slow
	}
	return func(d int) bool {
		if holds, ok := th.TextHolds(d, w); ok && holds {
			return true
		}
		return slow(d)
	}
}

// mainBlockHan reports whether w is not empty and every rune of it is in the main block of CJK
// ideographs, U+4E00–U+9FFF (no decomposition, no case, no canonical composition).
func mainBlockHan(w string) bool {
	for _, r := range w {
		if r < 0x4E00 || r > 0x9FFF {
			return false
		}
	}
	return w != ""
}

// isLexiconWord reports whether the lexicon glosses w whole (some gloss spans all of it).
func isLexiconWord(gs []lexicon.Gloss, w string) bool {
	return slices.ContainsFunc(gs, func(g lexicon.Gloss) bool { return g.Start == 0 && g.End == len(w) })
}
