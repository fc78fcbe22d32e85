package retrieval

import (
	"fmt"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/lexicon"
	"github.com/reportbot/reportbot/internal/places"
	"github.com/reportbot/reportbot/internal/zh"
)

// Pivots: a Chinese question word that no report writes is often the asker's word for what a
// report says otherwise (货轮 for 散货船, 抽查 for 检查, 撂荒 for 抛荒, 拆掉 for 拆除). Before such a
// word is taken for a subject the reports never mention, it is pivoted through CC-CEDICT to the
// words of the same sense, and it counts as answered when the quoted evidence holds one of them.
// The evidence, not the whole corpus, is the test: a sense shared with some word of some report
// (露营 "camping" and 营) is what a subject no report mentions also has.

// senseIndexErr is the error of reading the embedded CC-CEDICT index that lexicon.SenseKeys
// reads pivots from: a search whose question holds Chinese words fails where it does not load
// (Search), since SenseKeys itself cannot tell a word the dictionary lacks from a dictionary that
// did not load, and every Chinese question would then take its unwritten words for subjects no
// report mentions.
func senseIndexErr() error {
	if err := lexicon.Prepare(); err != nil {
		return fmt.Errorf("retrieval: read the CC-CEDICT sense index: %w", err)
	}
	return nil
}

// zhResultatives are resultative complements that end a verb without changing what it names
// (拆掉 is 拆, 堵住 is 堵).
const zhResultatives = "掉住完光"

// senseKeysFunc returns the English sense keys of a CC-CEDICT headword and whether the
// dictionary has it (lexicon.SenseKeys).
type senseKeysFunc func(headword string) ([]lexicon.SenseKey, bool)

// zhNumerals are the characters of Chinese numbers and of questions for them.
const zhNumerals = "〇一二三四五六七八九十百千万亿两几"

// maxPivotWord is the longest word of the evidence a question word is compared with.
const maxPivotWord = 4

// pivoted reports whether sentence holds a word of the same sense as run, a question word no
// report writes. For a CC-CEDICT word: a word of the sentence of two or more characters sharing
// a sense key (货轮 and 散货船's 货船 "freighter"; 抽查 "random inspection" and 检查
// "inspection"), or a character of run itself sharing one (堵 of 堵住 "block up"), where the
// sentence holds it alone or in a word of that sense or a kind of it (standsFor: 案 of 案子
// "case" in 立案 "file a case"). A word opening with a size (小册子, 大树) also pivots as the
// word after it (sizedNoun: 册子 to 手册, 树 to 乔木). For a word CC-CEDICT lacks,
// through its parts: a verb and its resultative complement (拆掉 → 拆 of 拆除), the two
// characters reversed (排摸 → 摸排), or one character swapped for one sharing a sense while the
// others stay in place (撂荒 → 抛荒: 撂 and 抛 "abandon"), or as an abbreviation of a compound
// the sentence writes (shortens: 社零 of 社会消费品零售总额). A sentence's run of characters
// that straddled (lexicon.Straddled) reports as held only where two words of the reports meet is
// no word of the sentence (进项 "income" in 推进项目); straddled may be nil.
func pivoted(keysOf senseKeysFunc, straddled func(text, w string) bool, run, sentence string) bool {
	_, ok := pivotWord(keysOf, straddled, run, sentence)
	return ok
}

// pivotWord returns the sentence's word that run pivots to (pivoted): 立案 for 案子, 抛荒 for
// 撂荒, 社会消费品零售 for 社零, a character the sentence writes alone (安防's 防 for 防盗).
func pivotWord(keysOf senseKeysFunc, straddled func(text, w string) bool, run, sentence string) (string, bool) {
	if keysOf == nil || sentence == "" {
		return "", false
	}
	rs, ss := []rune(run), []rune(sentence)
	if x, ok := sizedNoun(keysOf, rs); ok {
		if w, ok := pivotWord(keysOf, straddled, x, sentence); ok {
			return w, true
		}
	}
	if ks, ok := keysOf(run); ok {
		for i := range ss {
			for n := 2; n <= maxPivotWord && i+n <= len(ss); n++ {
				if w := string(ss[i : i+n]); w != run && sharesSense(keysOf, w, ks) && (straddled == nil || !straddled(sentence, w)) {
					return w, true
				}
			}
		}
		for _, r := range rs {
			if hk := headKeys(keysOf, r, ks); len(hk) > 0 {
				if w, ok := standsFor(keysOf, ss, r, slices.Concat(hk, ks)); ok {
					return w, true
				}
			}
		}
		return "", false
	}
	if c, ok := shortened(keysOf, run, sentence); ok {
		return c, true
	}
	if c, ok := clippedBy(keysOf, run, sentence); ok {
		return c, true
	}
	if len(rs) == 2 && strings.ContainsRune(zhResultatives, rs[1]) {
		if vk, ok := keysOf(string(rs[0])); ok {
			if w, ok := standsFor(keysOf, ss, rs[0], vk); ok {
				return w, true
			}
		}
	}
	if len(rs) == 2 && strings.Contains(sentence, string([]rune{rs[1], rs[0]})) {
		return string([]rune{rs[1], rs[0]}), true
	}
	for k := 0; k+len(rs) <= len(ss); k++ {
		if i, ok := oneApart(rs, ss[k:k+len(rs)]); ok {
			if rk, ok := keysOf(string(rs[i])); ok && sharesSense(keysOf, string(ss[k+i]), rk) {
				return string(ss[k : k+len(rs)]), true
			}
		}
	}
	return "", false
}

// sharesSense reports whether the headword w, a word of the evidence, has one of the sense keys
// ks as a whole gloss: the question word may reach a plainer word through the head of its
// gloss (抽查 "random inspection" → 检查 "inspection"), but the evidence's word must mean it
// (代表 "in the name of" is no 名字 "name").
func sharesSense(keysOf senseKeysFunc, w string, ks []lexicon.SenseKey) bool {
	wk, ok := keysOf(w)
	return ok && wholeKeyOf(wk, ks)
}

// wholeKeyOf reports whether one of a word's keys wk is a whole gloss of it and one of ks. A
// key shorter than three letters ("go" of 去, "up" of 堵) is too loose a sense to share.
func wholeKeyOf(wk, ks []lexicon.SenseKey) bool {
	return slices.ContainsFunc(wk, func(k lexicon.SenseKey) bool {
		return k.Whole && len(k.Key) >= 3 && slices.ContainsFunc(ks, func(q lexicon.SenseKey) bool { return q.Key == k.Key })
	})
}

// zhSizePrefixes are the characters of size a spoken noun opens with (小册子, 大树): the asker's
// thing of some size, which the reports name without it (手册, 乔木).
const zhSizePrefixes = "小大"

// sizedNoun returns the word a question word names with a size before it (册子 of 小册子, 树 of
// 大树), where the rest is a CC-CEDICT word: pivoted reaches the evidence through it.
func sizedNoun(keysOf senseKeysFunc, rs []rune) (string, bool) {
	if len(rs) < 2 || !strings.ContainsRune(zhSizePrefixes, rs[0]) {
		return "", false
	}
	x := string(rs[1:])
	_, ok := keysOf(x)
	return x, ok
}

// headKeys returns the whole keys of the character r of a question word (of keys ks) that say
// what the word names: a key the word shares whole (案 "case" of 案子, 册 "booklet" of 小册子:
// the spoken noun is its character's). A character that is only part of the word's gloss says
// less than the word: the English head of a modified noun (树 "tree" of 果树 "fruit tree": 古树
// is no 果树) or its modifier (房 "house" of 房价 "house price").
func headKeys(keysOf senseKeysFunc, r rune, ks []lexicon.SenseKey) []lexicon.SenseKey {
	rk, ok := keysOf(string(r))
	if !ok {
		return nil
	}
	var out []lexicon.SenseKey
	for _, k := range rk {
		if !k.Whole || len(k.Key) < 3 {
			continue
		}
		if slices.ContainsFunc(ks, func(q lexicon.SenseKey) bool {
			return q.Whole && q.Key == k.Key
		}) {
			out = append(out, k)
		}
	}
	return out
}

// kindOfKey reports whether one of a word's keys wk is a whole gloss that is one of the keys ks
// or a kind of it, ending in it as an English compound's head: "file a case" (立案) is a kind of
// "case" (案), "handbook" (手册) of "book" (册); a key of four letters or more may end a closed
// compound. A key that only starts with it ("protect against fire" of 防火 and "protect" of 防)
// is another act, not a kind of the thing.
func kindOfKey(wk, ks []lexicon.SenseKey) bool {
	return slices.ContainsFunc(wk, func(k lexicon.SenseKey) bool {
		return k.Whole && slices.ContainsFunc(ks, func(q lexicon.SenseKey) bool {
			if len(q.Key) < 3 {
				return false
			}
			return k.Key == q.Key || strings.HasSuffix(k.Key, " "+q.Key) ||
				len(q.Key) >= 4 && strings.HasSuffix(k.Key, q.Key) && !strings.Contains(q.Key, " ")
		})
	})
}

// standsFor returns the word in which the sentence holds the character r: r itself where it
// stands alone (in no CC-CEDICT word with the character before or after it: 堵 of 封堵整治), or
// a word with one of the keys ks or a kind of one (拆 of 拆除 "tear down"; 案 of 立案 "file a
// case"); 营 of 经营 ("operate") is no "camp".
func standsFor(keysOf senseKeysFunc, ss []rune, r rune, ks []lexicon.SenseKey) (string, bool) {
	for k, c := range ss {
		if c != r {
			continue
		}
		alone := true
		for _, w := range [][2]int{{k - 1, k + 1}, {k, k + 2}} {
			if w[0] < 0 || w[1] > len(ss) {
				continue
			}
			if wk, ok := keysOf(string(ss[w[0]:w[1]])); ok {
				if wholeKeyOf(wk, ks) || kindOfKey(wk, ks) {
					return string(ss[w[0]:w[1]]), true
				}
				alone = false
			}
		}
		if alone {
			return string(r), true
		}
	}
	return "", false
}

// oneApart returns the one position at which a and b (of equal length) differ, if they differ
// at exactly one.
func oneApart(a, b []rune) (int, bool) {
	at := -1
	for i := range a {
		if a[i] != b[i] {
			if at >= 0 {
				return 0, false
			}
			at = i
		}
	}
	return at, at >= 0
}

// unwrittenWords returns the CC-CEDICT words of three or more characters in s that no passage
// in scope holds, longest first and not overlapping (消费券 of 发放了多少消费券): a word whose
// pairs of characters all occur in the reports (消费, 证券) and so pass uncoveredRuns' test,
// while the word itself, a thing of its own, occurs nowhere. Places, question words and
// words holding a level character at either end (a seam: 区里, 全镇) or a numeral (百分之: a
// question asking for a share) do not count, nor a word of four characters whose abbreviation,
// the first character of each half, the reports write (轨道交通 as 轨交).
func (ix *Index) unwrittenWords(keysOf senseKeysFunc, s string, scope map[corpus.ReportKey]bool) []string {
	rs := []rune(dropLocatives(zh.Normalize(s)))
	var out []string
	for i := 0; i < len(rs); {
		next := i + 1
		for j := min(len(rs), i+6); j-i >= 3; j-- {
			w := rs[i:j]
			if !zh.AllHan(w) {
				continue
			}
			if _, ok := keysOf(string(w)); !ok {
				continue
			}
			if !isSeam(w) && !strings.ContainsAny(string(w), zhNumerals) && !places.Withheld(string(w)) && !slices.ContainsFunc(subjectIgnore, func(x string) bool { return strings.Contains(string(w), x) }) &&
				!ix.textInScope(string(w), scope) && !(len(w) == 4 && ix.textInScope(string([]rune{w[0], w[2]}), scope)) &&
				!ix.overlapSplit(keysOf, rs, i, j, scope) {
				out = append(out, string(w))
				next = j
			}
			break
		}
		i = next
	}
	return out
}

// overlapSplit reports whether the word rs[i:j] is a misreading of two written words that share
// its edge character (老人家 of 困难老人家庭: 老人 and 家庭, 交集型歧义): the word less its last
// character is written in scope and that character makes a written word with the one after it,
// or the same at its start (the word less its first character is written, and that character
// makes a written word with the one before it). The question then names the two words, which the
// reports hold, not the word no report writes.
func (ix *Index) overlapSplit(keysOf senseKeysFunc, rs []rune, i, j int, scope map[corpus.ReportKey]bool) bool {
	written := func(w []rune) bool {
		if !zh.AllHan(w) {
			return false
		}
		_, ok := keysOf(string(w))
		return ok && ix.textInScope(string(w), scope)
	}
	if j < len(rs) && written(rs[i:j-1]) && written(rs[j-1:j+1]) {
		return true
	}
	return i > 0 && written(rs[i+1:j]) && written(rs[i-1:i+1])
}
