package retrieval

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/lexicon"
	"github.com/reportbot/reportbot/internal/zh"
)

// Abbreviations: a question often names a report's compound by the first characters of its
// parts (社零 for 社会消费品零售总额, 固投 for 固定资产投资, 文保单位 for 文物保护单位, 污水厂 for
// 污水处理厂). Such a word is in no report and often in no dictionary, but the evidence writes
// the compound it shortens.

// maxAbbrevSkip is the most characters of the compound an abbreviation may leave out between
// two parts it keeps (消费品 of 社会消费品零售, 与试验 of 研究与试验发展).
const maxAbbrevSkip = 3

// shortens reports whether the run, a question word no report writes, shortens a compound the
// sentence holds: the run is, in order, a leading piece (one character or more) of each of two
// or more of the sentence's dictionary words, each after the last with at most maxAbbrevSkip
// characters left out between them; after a kept piece of two characters the run's last may
// also be a one-character word ending the compound (厂 of 污水处理厂). Every part kept starts a dictionary word of the
// sentence, so two characters the sentence holds apart by chance do not count.
func shortens(keysOf senseKeysFunc, run, sentence string) bool {
	_, ok := shortened(keysOf, run, sentence)
	return ok
}

// shortened returns the compound of the sentence the run abbreviates (shortens), from the start
// of its first part kept to the end of its last (文物保护 for 文保, 社会消费品零售 for 社零).
func shortened(keysOf senseKeysFunc, run, sentence string) (string, bool) {
	if keysOf == nil {
		return "", false
	}
	rs, ss := []rune(run), []rune(sentence)
	if len(rs) < 2 {
		return "", false
	}
	for k := range ss {
		if ss[k] != rs[0] {
			continue
		}
		if end, ok := abbrevFrom(keysOf, rs, ss, k, 0); ok {
			return string(ss[k:end]), true
		}
	}
	return "", false
}

// abbrevFrom reports whether rs is an abbreviation of the sentence's words from position k on,
// parts kept so far, and where the compound ends.
func abbrevFrom(keysOf senseKeysFunc, rs, ss []rune, k, parts int) (int, bool) {
	for n := min(maxPivotWord, len(ss)-k); n >= 2; n-- {
		if _, ok := keysOf(string(ss[k : k+n])); !ok {
			continue
		}
		for p := 1; p <= n && p <= len(rs) && rs[p-1] == ss[k+p-1]; p++ {
			if p == len(rs) {
				if parts >= 1 {
					return k + n, true
				}
				continue
			}
			for q := k + n; q <= k+n+maxAbbrevSkip && q < len(ss); q++ {
				if ss[q] != rs[p] {
					continue
				}
				if p+1 == len(rs) && p >= 2 {
					// After a whole word kept (污水), the last character as a word of its own
					// ending the compound (厂).
					if _, ok := keysOf(string(ss[q])); ok && !startsDictWord(keysOf, ss, q) {
						return q + 1, true
					}
				}
				if end, ok := abbrevFrom(keysOf, rs[p:], ss, q, parts+1); ok {
					return end, true
				}
			}
		}
	}
	return 0, false
}

// startsDictWord reports whether a dictionary word of two or more characters starts at position q.
func startsDictWord(keysOf senseKeysFunc, ss []rune, q int) bool {
	for n := 2; n <= maxPivotWord && q+n <= len(ss); n++ {
		if _, ok := keysOf(string(ss[q : q+n])); ok {
			return true
		}
	}
	return false
}

// abbrevCovered returns the evidence with its coverage of the question rescored where a Chinese
// question term holds a run the sentence does not write that abbreviates a compound of the evidence's
// sentence (文保单位 of 文物保护单位) or pivots to a word of it that keeps a character of it (案子
// to 立案, pivotWord): the term then also counts in the sentence's wording, as an indicator's
// alias does. A word of the same sense alone (打造 "build" for 新建) is the grounding's to judge,
// not a wording of the question. Only the chosen sentence is rescored; what was chosen stays.
func (ix *Index) abbrevCovered(p Plan, b Evidence) Evidence {
	if p.Lang != "zh" || b.Sentence == "" {
		return b
	}
	q, changed := p, false
	q.Terms = slices.Clone(p.Terms)
	for i, t := range q.Terms {
		if t.Weight < 0.5 || len(t.Variants) != 1 || t.Variants[0] != t.From || strings.Contains(b.Sentence, t.From) {
			continue
		}
		for _, run := range runsNotIn(t.From, b.Sentence) {
			if c, ok := pivotWord(lexicon.SenseKeys, ix.Lexicon().Straddled, run, b.Sentence); ok && c != run && strings.ContainsAny(c, run) {
				q.Terms[i].Variants = append(slices.Clone(t.Variants), strings.Replace(t.From, run, c, 1))
				changed = true
				break
			}
		}
	}
	if !changed {
		return b
	}
	if _, c := ix.newScorer(q).score(b.Sentence); c > b.Coverage {
		b.Coverage = c
	}
	return b
}

// runsNotIn returns the runs of two or more Chinese characters of word that no pair of
// characters the text holds covers (文保 of 文保单位 beside 文物保护单位).
func runsNotIn(word, text string) []string {
	rs := []rune(word)
	covered := make([]bool, len(rs))
	for i := 0; i+1 < len(rs); i++ {
		if strings.Contains(text, string(rs[i:i+2])) {
			covered[i], covered[i+1] = true, true
		}
	}
	var out []string
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && !covered[j] && zh.IsHan(rs[j]) {
			j++
		}
		if j-i >= 2 {
			out = append(out, string(rs[i:j]))
		}
		i = max(j, i+1)
	}
	return out
}

// clippedBy returns the sentence's two-character clipping of run, a question word no report
// writes: the report shortens the asker's long form to its first and last characters (稻蟹 of
// 稻田养蟹: the field's 稻 and the head 蟹). The run must open with a dictionary word of two or
// more characters and hold three or more, so that its first and last characters stand for a
// word each, not two characters a sentence holds together by chance.
func clippedBy(keysOf senseKeysFunc, run, sentence string) (string, bool) {
	rs := []rune(run)
	if keysOf == nil || len(rs) < 3 || !startsDictWord(keysOf, rs, 0) || !zh.IsHan(rs[0]) || !zh.IsHan(rs[len(rs)-1]) {
		return "", false
	}
	c := string([]rune{rs[0], rs[len(rs)-1]})
	if strings.Contains(sentence, c) {
		return c, true
	}
	return "", false
}
