package retrieval

import "github.com/reportbot/reportbot/internal/lexicon"

// A word across a topic word's end: the lexicon scans a text left to right, longest word first,
// so in 亮化工程 (lighting works; 亮化 is no entry) it reads 化工 ("chemical industry") and never
// sees 工程, which the text means. Where a word that starts inside the topic word and runs past
// its end is commoner in the reports than the topic word, the text is read that way instead:
// 工程 is everywhere, 化工 rare. A rare word across the end (口腹 of 港口腹地) leaves the topic
// word as it is.

// commonerAcrossEnd reports whether a lexicon word that starts inside the n bytes of text at i
// and ends after them, within hi, is commoner (lower IDF) than the lexicon word those n bytes
// are; false when they are no word of the lexicon.
func commonerAcrossEnd(text string, i, n, hi int, lex *lexicon.Lexicon) bool {
	idf := -1.0
	for _, g := range lex.Gloss(text[i : i+n]) {
		if g.Start == 0 && g.End == n {
			idf = g.IDF
		}
	}
	if idf < 0 {
		return false
	}
	for k := range text[i : i+n] {
		if k == 0 {
			continue
		}
		for _, g := range lex.Gloss(text[i+k : hi]) {
			if g.Start == 0 && i+k+g.End > i+n && g.IDF < idf {
				return true
			}
			break
		}
	}
	return false
}
