package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/lexicon"
	"github.com/reportbot/reportbot/internal/zh"
)

// Shortened topics: a report writes a topic of two or three two-character words by their first
// characters (电子商务 as 电商, 违法建设 and 违章建筑 as 违建, 拆除违法建设 as 拆违). The shortening
// names the topic only where it stands as a word of its own: not where its characters end or
// begin a neighbouring word (粮食安全's 食安 is not 食品安全, 水乡旅游's 乡旅 not 乡村旅游), and not
// where it is a word of another meaning (扫除 "to clean up" is not 扫黑除恶).

// shortenings returns the shortenings of a topic word of two or three two-character Han words:
// the first characters of each two neighbouring words (电子商务: 电商; 拆除违法建设: 拆违, 违建).
func shortenings(word string) []string {
	rs := []rune(word)
	if (len(rs) != 4 && len(rs) != 6) || !zh.AllHan(rs) {
		return nil
	}
	var out []string
	for i := 0; i+3 < len(rs); i += 2 {
		if s := string([]rune{rs[i], rs[i+2]}); !strings.Contains(word, s) {
			out = append(out, s)
		}
	}
	return out
}

// shortTopicWord is the topic word of a shortening of long: held only where it stands alone
// (standsAlone).
func shortTopicWord(short, long string, lex *lexicon.Lexicon) topicWord {
	return topicWord{word: short, shortOf: long, lex: lex}
}

// standsAlone reports whether text holds the shortening as a word of its own somewhere: no word
// of the lexicon runs across either of its ends (the character before and the first, or the
// last and the character after), and it is no word of the lexicon itself unless that word is
// glossed as an abbreviation. Without a lexicon no shortening stands alone.
func standsAlone(text, short string, lex *lexicon.Lexicon) bool {
	if lex == nil {
		return false
	}
	return heldAsWord(text, short, lex, true)
}

// heldAsWord reports whether text holds a two-character word somewhere as a word, not as the
// end of one lexicon word and the start of another (各位列席 holds no 位列, 居民宿舍 no 民宿); a
// longer word that holds it whole (再就业 for 就业) is still it, unless strict (a shortening:
// 粮食安全 holds no 食安), where its own entry must be glossed as an abbreviation too.
func heldAsWord(text, short string, lex *lexicon.Lexicon, strict bool) bool {
	n := len(short)
	for from := 0; ; {
		i := strings.Index(text[from:], short)
		if i < 0 {
			return false
		}
		i += from
		from = i + n
		lo, hi := crossWindow(text, i, i+n)
		window := text[lo:hi]
		alone := true
		for _, g := range lex.Gloss(window) {
			start, end := lo+g.Start, lo+g.End
			switch {
			case start == i && end == i+n:
				alone = alone && (!strict || strings.Contains(strings.ToLower(g.English), "abbr"))
			case !strict && start <= i && end >= i+n:
				// a longer word that holds it whole
			case start < i+n && end > i:
				alone = false // a word across one of its ends
			}
		}
		if alone && commonerAcrossEnd(text, i, n, hi, lex) {
			alone = false // 亮化工程 is lighting works, not 化工
		}
		if alone {
			return true
		}
	}
}

// crossReach is how many characters beside a word heldAsWord reads for a word across its ends.
const crossReach = 2

// crossWindow returns the bounds of the text a word at text[i:end] is read in for a word across
// its ends: as far as such a word may reach (crossReach), 国际化 running two characters before
// 化工 in 国际化工作.
func crossWindow(text string, i, end int) (lo, hi int) {
	lo, hi = i, end
	if r := []rune(text[:i]); len(r) > 0 {
		lo = i - len(string(r[max(0, len(r)-crossReach):]))
	}
	if r := []rune(text[hi:]); len(r) > 0 {
		hi += len(string(r[:min(len(r), crossReach)]))
	}
	return lo, hi
}

// headOf returns the head of a long topic word: its last word of the lexicon with the single
// characters after it (退役军人优待证: 优待证; 农民专业合作社: 合作社), when that is three characters
// or more and shorter than the word; else "". A Chinese compound names its thing last: the
// words before only narrow it.
func headOf(word string, lex *lexicon.Lexicon) string {
	rs := []rune(word)
	if len(rs) < 5 || lex == nil || !zh.AllHan(rs) {
		return ""
	}
	gs := lex.Gloss(word)
	if len(gs) == 0 {
		return ""
	}
	last := gs[len(gs)-1]
	for _, g := range gs {
		if g.Start > last.Start {
			last = g
		}
	}
	head := word[last.Start:]
	if n := len([]rune(head)); n < 3 || n == len(rs) || len([]rune(word[last.End:])) > 1 {
		return ""
	}
	return head
}

// fewReportsHoldAll reports whether some reports but at most a third of them have a passage
// that holds every Han bigram of a word.
func (ix *Index) fewReportsHoldAll(w string) bool {
	n := ix.reportsHoldingAll(w)
	return n > 0 && 3*n <= len(ix.Reports)
}

// reportsHoldingAll counts the reports with a passage that holds every Han bigram of a word.
func (ix *Index) reportsHoldingAll(w string) int {
	seen := map[int32]bool{}
	for d := range ix.passagesHoldingBigrams(w) {
		seen[ix.chunkReport[d]] = true
	}
	return len(seen)
}

// passagesHoldingBigrams returns the passages (by index) that hold every Han bigram of a word:
// those that may hold the word itself; none once a bigram is held nowhere.
func (ix *Index) passagesHoldingBigrams(w string) map[int]bool {
	rs := []rune(w)
	var docs map[int]bool
	for k := 0; k+1 < len(rs); k++ {
		next := map[int]bool{}
		ix.bm25.eachList(string(rs[k:k+2]), func(start int, ps []posting) {
			for _, p := range ps {
				if d := start + int(p.Doc); docs == nil || docs[d] {
					next[d] = true
				}
			}
		})
		if docs = next; len(docs) == 0 {
			break
		}
	}
	return docs
}

// passagesInOrderHoldingBigrams is passagesHoldingBigrams as an ascending list, merged from the
// postings, which come in document order (BM25.eachList), without a set or a sort: a common
// word's bigrams are held by most passages of ten thousand reports.
func (ix *Index) passagesInOrderHoldingBigrams(w string) []int {
	rs := []rune(w)
	var docs []int
	for k := 0; k+1 < len(rs); k++ {
		var next []int
		j := 0
		ix.bm25.eachList(string(rs[k:k+2]), func(start int, ps []posting) {
			for _, p := range ps {
				d := start + int(p.Doc)
				if k > 0 {
					for j < len(docs) && docs[j] < d {
						j++
					}
					if j == len(docs) || docs[j] != d {
						continue
					}
				}
				next = append(next, d)
			}
		})
		if docs = next; len(docs) == 0 {
			break
		}
	}
	return docs
}

// scopeWords are words that open a topic with the area it is of — rural, urban, national — which
// a report often leaves out, its own level saying it (盛泽镇's 人居环境 is its rural living
// environment; 文明城市“沉浸式”全域创建 is the national civilised city campaign).
var scopeWords = []string{"农村", "乡村", "城市", "城镇", "城乡", "全国", "全省", "全市", "全区", "全县", "全镇"}

// withoutScope returns a topic word without the scope word it opens with (scopeWords), when at
// least three characters remain; else "".
func withoutScope(w string) string {
	for _, s := range scopeWords {
		if rest, ok := strings.CutPrefix(w, s); ok && len([]rune(rest)) >= 3 {
			return rest
		}
	}
	return ""
}

// namesAlone reports whether text holds a numeral's abbreviation (双减, 三公) somewhere other than
// as the first half of a paired name, a numeral's abbreviation right after it: 双减双控 (the
// double reduction and double control of PM2.5 and ozone) is not 双减 (the schools' double
// reduction), nor 三减三增 三减.
func namesAlone(text, word string) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], word)
		if i < 0 {
			return false
		}
		from += i + len(word)
		if next := []rune(text[from:]); len(next) < 2 || !isNumeralAbbreviation(next[:2]) {
			return true
		}
	}
}
