package retrieval

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/reportbot/reportbot/internal/cedict/ordinary"
	"github.com/reportbot/reportbot/internal/facts"
)

// How a topic word is compiled (newTopicWord): its pieces a little apart, a list's shared
// head, what a verb of making adds, a numeral's abbreviation, a subject after the rest.

// newTopicWord compiles a topic word: its two-character pieces in order, at most two
// characters apart; for a word of fewer than longTopic characters also its first piece as an
// item of a list that ends in the rest (厕所、污水、垃圾“三大革命” speaks of 厕所革命: the items
// share the list's head) and, after a verb of making (objectVerbs), what it makes qualified in
// between (新增中小学和幼儿园学位 holds 新增学位); a word that opens with its subject (企业上市)
// also with the subject after the rest, as what a verb of making adds (新增上市公司: inverted).
func newTopicWord(word string) topicWord { return compileTopicWord(word, false) }

// compileTopicWord is newTopicWord; for a name the question quotes whole (quoted), without the
// alternative of its numeral head in quotation marks (questionTopicWords).
func compileTopicWord(word string, quoted bool) topicWord {
	key := topicWordKey{word, quoted}
	topicWordCache.Lock()
	t, ok := topicWordCache.m[key]
	topicWordCache.Unlock()
	if ok {
		return t
	}
	t = buildTopicWord(word, quoted)
	topicWordCache.Lock()
	if len(topicWordCache.m) >= topicWordCacheSize {
		clear(topicWordCache.m) // words come from questions: a long-running serve must not grow without end
	}
	topicWordCache.m[key] = t
	topicWordCache.Unlock()
	return t
}

// topicWordCache keeps compiled topic words: a list question compiles the same few words for
// every report it checks (CountedFigures per quote, holdsTopic per text), and compiling the
// patterns was most of the cost, ≈ 50 µs a word, up to 0.7 s at 10,000 reports. topicWord holds
// only its word, flags and compiled patterns (safe to share: regexp is safe for concurrent use).
var topicWordCache = struct {
	sync.Mutex
	m map[topicWordKey]topicWord
}{m: map[topicWordKey]topicWord{}}

type topicWordKey struct {
	word   string
	quoted bool
}

const topicWordCacheSize = 4096

// buildTopicWord compiles a topic word (compileTopicWord without the cache).
func buildTopicWord(word string, quoted bool) topicWord {
	t := topicWord{word: word, runs: runsOf(word), attestedForms: attestedForms(word), ratio: mayNameRatio(word)}
	rs := []rune(word)
	if len(rs) == 3 {
		// Only for wholeIn (heldIn's run of two holds whatever this does): 撂荒土地 for 撂荒地.
		t.spaced = regexp.MustCompile(regexp.QuoteMeta(string(rs[:2])) + `.{0,2}` + regexp.QuoteMeta(string(rs[2:])))
		t.need = string(rs[:2])
	}
	if len(rs) < 4 {
		return t
	}
	var pieces []string
	for i := 0; i+1 < len(rs); i += 2 {
		end := i + 2
		if len(rs)-end == 1 {
			end++
		}
		pieces = append(pieces, regexp.QuoteMeta(string(rs[i:end])))
	}
	gap := `.{0,2}`
	if len(rs) == 4 {
		// Two words of two: a report may qualify the second by a few words within the clause
		// (燃气管线占压隐患 holds 燃气隐患).
		gap = clauseRun + `{0,4}`
	}
	pats := []string{strings.Join(pieces, gap)}
	if len(rs)%2 == 1 {
		// An odd character may as well end the first word as start the last: 电瓶车充电 is
		// 电瓶车 and 充电 (电瓶车违规充电), not only 电瓶 and 车充电.
		pats = append(pats, regexp.QuoteMeta(string(rs[:3]))+gap+strings.Join(oddFirstPieces(rs[3:]), gap))
	}
	if len(rs) == 4 && isNumeralAbbreviation(rs[:2]) && !quoted {
		// A numeral's abbreviation (三公经费, 双碳目标) is named by its head in quotation marks,
		// whatever follows it: “三公”经费, “三公两费”.
		pats = append(pats, `“`+regexp.QuoteMeta(string(rs[:2])))
	}
	if inv := inverted(rs); inv != nil {
		// Only as what a verb of making adds: 新增上市公司 are companies gone public, 吸引上市公司入驻
		// draws ones listed before.
		pats = append(pats, `(?:`+strings.Join(objectVerbs, "|")+`)`+regexp.QuoteMeta(string(rs[2:]))+`(?:`+strings.Join(inv, "|")+`)`)
	}
	if len(rs) < longTopic {
		first, rest := regexp.QuoteMeta(string(rs[:2])), regexp.QuoteMeta(string(rs[2:]))
		pats = append(pats, first+`(?:[、和及与]`+listItem+`{1,6}){1,4}`+listCount+`{0,4}`+rest)
		if len(rs) >= 5 {
			// The first piece as the modifier of a list's first item, shared by a later one
			// that is the rest: 事故起数、死亡人数 speaks of 事故死亡人数 (sharedModifier).
			pats = append(pats, sharedModifier(first, rest))
		}
		if slices.Contains(objectVerbs, string(rs[:2])) {
			pats = append(pats, first+clauseRun+`{0,8}`+rest)
		}
	}
	pats = append(pats, coordinatedHalves(rs)...)
	if t.together = runTogether(word); t.together {
		pats = append(pats, runTogetherPattern(word)) // 城乡居民基本医疗保险参保9.3万人 for 城乡居民医保参保人数
	}
	t.spaced = regexp.MustCompile(strings.Join(pats, "|"))
	if inv := inverted(rs); inv == nil && !t.together {
		// Every other pattern opens with the word's first two characters (its first piece, its
		// first three, the numeral's head after “, a list's first item, the verb of making).
		t.need = string(rs[:2])
	}
	return t
}

// coordinatedHalves returns, for a topic word made of two ordinary words (民族宗教, 工会共青团),
// the two written as items of a list (民族、宗教; 工会和共青团): a report that names the pair as
// two lines of work names the word. A word not made of two ordinary words has none.
func coordinatedHalves(rs []rune) []string {
	var out []string
	for i := 2; i+2 <= len(rs); i++ {
		a, b := string(rs[:i]), string(rs[i:])
		if ordinary.Has(a) && ordinary.Has(b) {
			out = append(out, regexp.QuoteMeta(a)+`[、和与及]`+regexp.QuoteMeta(b))
		}
	}
	return out
}

// spacedIn reports whether text matches the word's spaced pattern. Most texts a list checks
// lack the word's first two characters, which every match holds (need): a substring search
// rules them out without running the pattern, ≈ 15 % of the CPU of a filter over 10,000
// reports.
func (t topicWord) spacedIn(text string) bool {
	return t.spaced != nil && (t.need == "" || strings.Contains(text, t.need)) && t.spaced.MatchString(text)
}

// subjectNouns are nouns a topic word may open as the subject of what follows (企业上市:
// companies going public), with the nouns a report puts after that verb instead (新增上市公司,
// 新增上市企业: new listed companies).
var subjectNouns = map[string][]string{"企业": {"企业", "公司"}}

// inverted returns, for a topic word of four characters that opens with a subject noun
// (subjectNouns), the nouns that may follow the rest of it instead; else nil.
func inverted(rs []rune) []string {
	if len(rs) != 4 {
		return nil
	}
	return subjectNouns[string(rs[:2])]
}

// oddFirstPieces splits an even run of characters into pieces of two, quoted.
func oddFirstPieces(rs []rune) []string {
	var out []string
	for i := 0; i+1 < len(rs); i += 2 {
		out = append(out, regexp.QuoteMeta(string(rs[i:i+2])))
	}
	return out
}

// isNumeralAbbreviation reports whether two characters are a numeral and a character that
// abbreviate a list (三公, 双碳, 四风), not a count of things (三大, 两个, 十年).
func isNumeralAbbreviation(rs []rune) bool {
	return len(rs) == 2 && strings.ContainsRune("一二三四五六七八九十两双", rs[0]) &&
		!strings.ContainsRune("一二三四五六七八九十两双百千万大项类个次年月天条件家批", rs[1])
}

// clauseRun is a character within a clause (no punctuation that ends one, nor a list's 、) of
// a normalised text.
const clauseRun = facts.ClauseRun

// listItem is a character of a later item of a list whose items share its head (no 等 that
// ends the list, no 的 that makes a phrase of it); listCount one of what may stand between the
// list and its head (“三大革命”).
const (
	listItem  = `[^、，。；：！？,.;:!?等的]`
	listCount = `[“”"‘’0-9一二三四五六七八九十两大项类个]`
)

// objectVerbs are verbs a topic word may start with that name the making of what follows
// (新增学位, 新建幼儿园): a report may qualify the thing in between.
var objectVerbs = []string{"新增", "新建", "新开", "新设", "建成"}

// sharedModifier is the pattern of a list whose first item opens with a modifier that the
// later items share (生产安全事故起数、死亡人数: the accidents' count and their deaths): the
// modifier, the rest of that first item, and a later item that is the rest of the word. Only
// for words of five characters or more, so that the rest is a word of its own (死亡人数), not a
// character that any item may hold.
func sharedModifier(first, rest string) string {
	return first + listItem + `{1,4}(?:[、和及与]` + listItem + `{1,6}){0,3}[、和及与]` + rest
}
