package retrieval

import (
	"regexp"
	"slices"
	"strings"
)

// betweenCredit is how much the characters between the renderings of an untranslated word's
// neighbours cover it (between).
const betweenCredit = 0.8

// reGap is what may stand between the renderings of the two neighbours of an untranslated
// word in a sentence that renders it: one to four Han characters (整理 of 土地整理项目).
const reGap = `\p{Han}{1,4}`

// between reports whether an untranslated word of the question stands between two translated
// ones ("land consolidation projects") and the text holds a rendering of the one before, one to
// four Han characters and a rendering of the one after (土地整理项目): those characters are
// then the word's rendering, which no dictionary gave.
func between(p Plan, word, norm string) bool {
	i := slices.IndexFunc(p.English, func(e EnglishTerm) bool { return e.Text == word && e.Layer == LayerUntranslated })
	if i < 0 {
		return false
	}
	w := p.English[i]
	var prev, next *EnglishTerm
	for j := range p.English {
		e := &p.English[j]
		if len(e.Chinese) == 0 || e.At < 0 || e.At+len(e.Text) > len(p.Norm) {
			continue
		}
		if end := e.At + len(e.Text); end <= w.At && strings.Trim(p.Norm[end:w.At], " -'’s") == "" {
			prev = e
		}
		if end := w.At + len(w.Text); e.At >= end && e.At <= len(p.Norm) && strings.Trim(p.Norm[end:e.At], " -") == "" {
			next = e
		}
	}
	if prev == nil || next == nil {
		return false
	}
	for _, a := range prev.Chinese {
		for _, b := range next.Chinese {
			if a == "" || b == "" {
				continue
			}
			if re, err := regexp.Compile(regexp.QuoteMeta(normalize(a)) + reGap + regexp.QuoteMeta(normalize(b))); err == nil && re.MatchString(norm) {
				return true
			}
		}
	}
	return false
}
