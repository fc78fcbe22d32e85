package retrieval

import (
	"iter"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/glossary"
	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/internal/pinyin"
	"github.com/reportbot/reportbot/internal/zh"
)

// An English question may gloss a Chinese term in pinyin in brackets ("time-honoured (laozihao)
// brands", "(hukou)"): the reports write the term in characters, and the English words around
// it rarely have a glossary entry. The bracketed pinyin names the term exactly; a scan of the
// passages for a run of two to four Han characters that reads as it gives the characters back,
// as pinyinPlaceNames does for places.

// rePinyinGloss is a bracketed run of lower-case letters, spaces allowed between syllables.
var rePinyinGloss = lazyre.New(`\(\s*([a-z]+(?:[\s-][a-z]+){0,3})\s*\)`)

// pinyinGlossTerms adds, for each bracketed pinyin gloss of an English question whose
// characters some passage holds, those characters as a search term.
func (a *Plan) pinyinGlossTerms(v Vocabulary) {
	pv, ok := v.(interface{ PinyinWords(py string) []string })
	if !ok || a.Lang != "en" {
		return
	}
	for _, m := range rePinyinGloss.FindAllStringSubmatch(a.Norm, -1) {
		py := strings.NewReplacer(" ", "", "-", "", "\t", "").Replace(m[1])
		if len(py) < 4 || !rePinyin.MatchString(py) || len(glossary.Default().Translate(m[1])) > 0 {
			continue // not pinyin, or English the glossary reads
		}
		if words := pv.PinyinWords(py); len(words) > 0 {
			a.Terms = append(a.Terms, Term{From: m[1], Variants: words, Weight: 1})
		}
	}
}

// PinyinWords returns the runs of two to four Han characters in the passages that read as py
// (toneless, syllables run together: "laozihao" → 老字号), in the order first seen.
func (ix *Index) PinyinWords(py string) []string {
	texts := func(yield func(string) bool) {
		for ci := range ix.NumChunks() {
			if !yield(ix.Chunk(ci).Text) {
				return
			}
		}
	}
	return pinyinWords(texts, py)
}

// pinyinWords is PinyinWords over texts.
func pinyinWords(texts iter.Seq[string], py string) []string {
	var out []string
	for text := range texts {
		rs := []rune(text)
		for i := range rs {
			rest := py
			for n := 0; n < 4 && i+n < len(rs) && zh.IsHan(rs[i+n]); n++ {
				r := pinyin.Reading(rs[i+n])
				if r == "" || !strings.HasPrefix(rest, r) {
					break
				}
				if rest = rest[len(r):]; rest == "" {
					if w := string(rs[i : i+n+1]); n >= 1 && !slices.Contains(out, w) {
						out = append(out, w)
					}
					break
				}
			}
		}
	}
	return out
}
