package retrieval

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/cedict"
)

// Pivots: a Chinese question word that no report writes is often the asker's word for what a
// report says otherwise (货轮 for 散货船, 抽查 for 检查, 撂荒 for 抛荒, 拆掉 for 拆除). Before such a
// word is taken for a subject the reports never mention, it is pivoted through CC-CEDICT to the
// words of the same sense, and it counts as answered when the quoted evidence holds one of them.
// The evidence, not the whole corpus, is the test: a sense shared with some word of some report
// (露营 "camping" and 营) is what a subject no report mentions also has.

// zhResultatives are resultative complements that end a verb without changing what it names
// (拆掉 is 拆, 堵住 is 堵).
const zhResultatives = "掉住完光"

// pivoted reports whether sentence holds a word of the same sense as run, a question word no
// report writes. For a CC-CEDICT word: a word of two or more characters sharing one of its
// glosses or the head of a noun gloss (抽查 "random inspection" → 检查 "inspection"), or a
// character of run itself that shares a gloss (堵 of 堵住 "to block up"). For a word CC-CEDICT
// lacks, through its parts: a verb and its resultative complement (拆掉 → 拆), the two
// characters reversed (排摸 → 摸排), or one character swapped for one sharing a gloss while the
// others stay (撂荒 → 抛荒: 撂 and 抛 "to abandon").
func pivoted(senses *cedict.SenseIndex, run, sentence string) bool {
	if senses == nil || sentence == "" {
		return false
	}
	rs := []rune(run)
	if e, ok := senses.Lookup(run); ok {
		for _, g := range append(e.Glosses(), e.Heads()...) {
			for _, h := range senses.Sharing(g) {
				if h == run || (utf8.RuneCountInString(h) < 2 && !strings.Contains(run, h)) {
					continue
				}
				if strings.Contains(sentence, h) {
					return true
				}
			}
		}
		return false
	}
	if len(rs) == 2 && strings.ContainsRune(zhResultatives, rs[1]) && isVerb(senses, string(rs[0])) && strings.ContainsRune(sentence, rs[0]) {
		return true
	}
	if len(rs) == 2 && strings.Contains(sentence, string([]rune{rs[1], rs[0]})) {
		return true
	}
	for i, r := range rs {
		e, ok := senses.Lookup(string(r))
		if !ok {
			continue
		}
		for _, g := range e.Glosses() {
			for _, h := range senses.Sharing(g) {
				hr := []rune(h)
				if len(hr) != 1 || hr[0] == r {
					continue
				}
				swapped := slices.Clone(rs)
				swapped[i] = hr[0]
				if strings.Contains(sentence, string(swapped)) {
					return true
				}
			}
		}
	}
	return false
}

// isVerb reports whether CC-CEDICT gives the character a verb sense ("to …").
func isVerb(senses *cedict.SenseIndex, ch string) bool {
	e, ok := senses.Lookup(ch)
	return ok && slices.ContainsFunc(e.Senses(), func(s string) bool { return strings.HasPrefix(s, "to ") })
}
