package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"iter"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/places"
	"github.com/reportbot/reportbot/internal/zh"
)

// An English question names a place inside a report in pinyin ("Huanjiang village" for 环江村,
// "Jinglan subdistrict" for 静兰街道). The pinyin readings (KnownPinyin) only tell that some
// passage holds such a name, so the name is no unknown place; to search for it the plan needs
// its characters back, which a scan of the passages for the level word's two or three
// preceding characters whose pinyin is the question's word finds.

// reEnSubPlace matches a capitalised word followed by the English level word of a place inside
// a report: a village, a subdistrict, a town or a township.
var reEnSubPlace = lazyre.New(`\b([A-Z][a-z]+)[\s']+(?:s\s+)?(village|subdistrict|sub-district|town|township)\b`)

// enSubLevel maps reEnSubPlace's level words to their Chinese level words.
var enSubLevel = map[string]string{"village": "村", "subdistrict": "街道", "sub-district": "街道", "town": "镇", "township": "乡"}

// reEnFeature matches a capitalised pinyin word followed by the English word of a river, lake
// or mountain ("the Wenyu River", "Liangma river", "Taishan Mountain"): the reports write its
// name in characters before one of the feature's Chinese words (enFeatureWords).
var reEnFeature = lazyre.New(`\b([A-Z][a-z]+)\s+(river|lake|mountain|hill|creek|canal|stream)\b`)

// enFeatureWords are the Chinese words a feature's name ends in: 温榆河, 柳江, 清溪; 鼋荡湖; 莲花山.
var enFeatureWords = map[string][]string{
	"river": {"河", "江", "溪"}, "stream": {"溪", "河"}, "creek": {"溪", "沟"}, "canal": {"河", "运河"},
	"lake": {"湖", "荡"}, "mountain": {"山"}, "hill": {"山"},
}

// pinyinPlaceNames returns the names in texts made of two or three Han characters whose pinyin
// (places.Pinyin of each, concatenated) is py, followed by the level word level ("huanjiang",
// "村" → 环江村), in the order first seen.
func pinyinPlaceNames(texts iter.Seq[string], py, level string) []string {
	py = strings.ToLower(py)
	of := map[rune]string{}
	read := func(r rune) string {
		p, ok := of[r]
		if !ok {
			p = places.Pinyin(string(r))
			of[r] = p
		}
		return p
	}
	var out []string
	for text := range texts {
		for i := 0; ; {
			j := strings.Index(text[i:], level)
			if j < 0 {
				break
			}
			at := i + j
			rs := []rune(text[max(0, at-12):at]) // up to the three characters before it (and a few more)
			for n := 2; n <= 3 && n <= len(rs); n++ {
				base := rs[len(rs)-n:]
				if !slices.ContainsFunc(base, func(r rune) bool { return !zh.IsHan(r) }) {
					var b strings.Builder
					for _, r := range base {
						b.WriteString(read(r))
					}
					if name := string(base) + level; b.String() == py && !slices.Contains(out, name) {
						out = append(out, name)
					}
				}
			}
			i = at + len(level)
		}
	}
	return out
}

// PinyinPlaces returns the names of places inside the reports that py (lower or title case)
// reads as before level ("Huanjiang", "村" → 环江村): see pinyinPlaceNames.
func (ix *Index) PinyinPlaces(py, level string) []string {
	texts := func(yield func(string) bool) {
		for ci := range ix.NumChunks() {
			if !yield(ix.Chunk(ci).Text) {
				return
			}
		}
	}
	return pinyinPlaceNames(texts, py, level)
}

// pinyinPlaceTerms adds, for each place inside a report an English question names in pinyin
// ("Huanjiang village"), its Chinese name as a search term (环江村): otherwise only the level
// word and the question's other words are searched, and the place's own passages are not found.
func (a *Plan) pinyinPlaceTerms(v Vocabulary) {
	pv, ok := v.(interface {
		PinyinPlaces(py, level string) []string
	})
	if !ok || a.Lang != "en" {
		return
	}
	for _, m := range reEnSubPlace.FindAllStringSubmatch(a.Question, -1) {
		w := strings.ToLower(m[1])
		if !rePinyin.MatchString(w) || isPlaceWord(w, a.Places) {
			continue // not pinyin, or a place the matcher already found
		}
		if names := pv.PinyinPlaces(w, enSubLevel[m[2]]); len(names) > 0 {
			a.Terms = append(a.Terms, Term{From: m[0], Variants: names, Weight: 2})
		}
	}
	// Rivers, lakes and mountains the same way ("the Wenyu River": 温榆河), case aside.
	for _, m := range reEnFeature.FindAllStringSubmatch(caseFeatureWords(a.Question), -1) {
		w := strings.ToLower(m[1])
		if !rePinyin.MatchString(w) || isPlaceWord(w, a.Places) {
			continue
		}
		var names []string
		for _, fw := range enFeatureWords[m[2]] {
			names = append(names, pv.PinyinPlaces(w, fw)...)
		}
		if len(names) > 0 {
			a.Terms = append(a.Terms, Term{From: m[0], Variants: names, Weight: 2})
		}
	}
}

// caseFeatureWords lower-cases the feature words of q ("River", "Lake") so one pattern reads
// "the Wenyu River" and "the Wenyu river" alike; every other letter keeps its case.
func caseFeatureWords(q string) string {
	return reFeatureWordCase.ReplaceAllStringFunc(q, strings.ToLower)
}

// reFeatureWordCase is a feature word of reEnFeature capitalised.
var reFeatureWordCase = lazyre.New(`\b(?:River|Lake|Mountain|Hill|Creek|Canal|Stream)\b`)

// blankFeatureNames returns question with the names of rivers, lakes and mountains (reEnFeature:
// "the Lanxi River") replaced by spaces (same length): a river's name is no place a report is
// from, though a city may share it (兰溪市); found in a passage it is a search term
// (pinyinPlaceTerms), else a name no report knows.
func blankFeatureNames(question string) string {
	locs := reEnFeature.FindAllStringSubmatchIndex(caseFeatureWords(question), -1)
	if len(locs) == 0 {
		return question
	}
	b := []byte(question)
	for _, loc := range locs {
		for i := loc[2]; i < loc[3]; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}
