package retrieval

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/cedict/ordinary"
	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/internal/zh"
)

// Words of Chinese questions that ask rather than name what is asked: verbs of wishing that mark
// a plan (浍沟镇希望今年…, 想把…提到多少) and adverbs of totalling (一共投了多少钱, 总共出动了).
// Left in, they join the words beside them into a run no report writes (希望, 共投 of 一共投了),
// and the question is declined as about a subject the reports never mention.

// zhWishWords are verbs of wishing or intending: a question asks what a report plans with them,
// in words no report uses of itself (reports write 力争, 计划, 目标). Those of zhWishTargetWords
// mark the question as asking a target (reZhWishTarget); 期待, 打算, 准备 are only removed.
var zhWishWords = slices.Concat(zhWishTargetWords, []string{"期待", "打算", "准备"})

// zhWishTargetWords are the verbs of wishing that mark a question as asking a target.
var zhWishTargetWords = []string{"希望", "期望", "盼望", "想要", "指望"}

// zhTotalWords are adverbs that ask for a total (一共投了多少钱): a report states the total
// without them, or with 共 alone.
var zhTotalWords = []string{"一共", "总共", "总计", "共计", "合计"}

// reZhWishTarget is a verb of wishing that marks a question as asking a target, or 想 before a
// verb object construction (想把覆盖率提到多少, 想让…达到).
var reZhWishTarget = lazyre.New(strings.Join(zhWishTargetWords, "|") + `|想[把让使将]`)

// reZhWish is 想 opening a 把/让/使/将 construction: the wish, cut before the object so that the
// object is searched alone.
var reZhWish = lazyre.New(`想([把让使将])`)

// zhGuessWords are the adverbs of guessing and insisting of everyday questions (大概多少,
// 差不多弄了多少亩, 到底有几个): a report states its figure without them.
var zhGuessWords = []string{"差不多", "大概", "大约", "大致", "估计", "到底", "究竟"}

// zhModalAsks are modal verbs asked as A-not-A (能不能, 会不会) or with 否: they ask whether,
// as 有没有 does (zhStop), and name nothing a report writes.
var zhModalAsks = []string{"能不能", "会不会", "要不要", "是不是", "可不可以", "能否"}

// zhAskWords are the wish, total, guess and modal words, removed like zhStop's (before them).
var zhAskWords = slices.Concat(zhWishWords, zhTotalWords, zhGuessWords, zhModalAsks)

// zhRemoved are the words analyzeZh removes from a question, in order: zhAskWords, then zhStop.
var zhRemoved = slices.Concat(zhAskWords, zhStop)

// reZhLightVerb is 搞 or 弄, the everyday verbs that stand for any doing (搞了几处, 弄来多少
// 资金), with the aspect or direction that follows them: reports name the doing (建成, 引进).
var reZhLightVerb = lazyre.New(`[搞弄](?:` + zhComplements + `|[了来到出上成好完])?`)

// zhComplements are the spoken complements of direction or result of reZhMarkedVerb.
const zhComplements = `出来|起来|下来|上来|过来|回来|进来|好了|完了`

// reZhMarkedVerb is a character marked as a verb by a spoken complement of direction or result
// (查出来, 建起来, 修好了, 多出来) or by 了 (改了), with the character before it, if any.
var reZhMarkedVerb = lazyre.New(`(\p{Han})?(\p{Han})(` + zhComplements + `|了)`)

// cutSpokenVerbs removes q's light verbs (reZhLightVerb) and the spoken complements of its
// verbs, and a verb so marked that makes no word with the character before it (老旧小区改了,
// 一共查出来: 区改 and 共查 are no words): the reports write a formal verb (改造完成, 排查发现).
// A verb that makes a word with it stays (新识别出来, 新增了), as does a complement the
// reports write after that character (结合起来: the bigram 合起 is known) and 了 that starts a
// word (了解). Left in, these join the words beside them into a run no report holds (查出来,
// 老旧小区改), read as a subject the reports never mention or stated only in the other frame.
func cutSpokenVerbs(q string, v Vocabulary) string {
	q = reZhLightVerb.ReplaceAllString(q, " ")
	var b strings.Builder
	last := 0
	for _, m := range reZhMarkedVerb.FindAllStringSubmatchIndex(q, -1) {
		verb, mark := q[m[4]:m[5]], q[m[6]:m[7]]
		if mark == "了" && strings.Contains(functionChars, verb) {
			continue // 增加到了: 到 is a function character, trimmed with 了 if at all (trimFunctionChars)
		}
		if mark == "了" {
			rest := q[m[7]:]
			if next, n := utf8.DecodeRuneInString(rest); zh.IsHan(next) && !strings.HasPrefix(rest, "几") && !strings.HasPrefix(rest, "多少") {
				// Only a verb before the asked figure (改了几个) goes. Before its object, 了 is
				// the aspect particle alone (建成了口袋公园, 整治了低效企业): it goes and the verb
				// meets its object as the reports write them (建成口袋公园), unless it starts a
				// word (了解) or ends a function word (为了, 除了). The verb meets its object only
				// where the reports join them (成口 of 建成口袋公园): a 了 before a count (交付了一艘)
				// or before an object the reports never write after that verb (铺了水泥, 排了险)
				// stays, and the words on either side are read as they are, each its own term.
				if !ordinary.Has("了"+rest[:n]) && !zhLeWords[q[m[4]:m[7]]] && (v == nil || v.Known(verb+rest[:n])) {
					b.WriteString(q[last:m[6]])
					last = m[7]
				} else if splitsVerbObject(q, m, v) {
					// 改造了老旧小区: a two-character verb before an object the reports never
					// join it to; 了 parts them, each its own term (改造, 老旧小区), which the
					// reports write in their own order (改造完成老旧小区, 老旧小区改造).
					b.WriteString(q[last:m[6]])
					b.WriteString(" ")
					last = m[7]
				}
				continue
			}
		} else if v != nil && v.Known(verb+string([]rune(mark)[0])) {
			continue // a report's own wording
		}
		from := m[6] // the mark alone
		if m[2] < 0 || !ordinary.Has(q[m[2]:m[3]]+verb) {
			from = m[4] // the verb and its mark
		} else if mark == "了" {
			continue // 新增了: the word stays whole, 了 goes with the function characters
		}
		b.WriteString(q[last:from])
		b.WriteString(" ")
		last = m[1]
	}
	b.WriteString(q[last:])
	return b.String()
}

// zhLeWords are the function words that end in 了 (为了 X, 除了 X, 做不了): their 了 is no
// aspect particle after a verb.
var zhLeWords = map[string]bool{"为了": true, "除了": true, "罢了": true, "算了": true, "不了": true, "得了": true, "极了": true}

// reZhTotalVerb is a total adverb before its verb (一共发了, 总共投入).
var reZhTotalVerb = lazyre.New(`(?:` + strings.Join(zhTotalWords, "|") + `)(\p{Han})`)

// totalWeight is the weight of a total's words (共发): below a content word's 1, so that a
// report without them is not taken never to mention the subject (missingSubjects), yet near it,
// so that the sentence stating the total is quoted over one stating a part.
const totalWeight = 0.9

// zhTotalTerms returns, for each total adverb of q before a verb, the words a report writes that
// total with (共 and the verb: 共发布 for 一共发了), as terms of totalWeight: they favour the
// sentence that states the total (全年共发布各类通报26期 over 督查通报5期) without standing for
// a subject the report must hold. Only words the reports write count: a term no passage holds
// (共投 of 一共投了, written 投资) would only lower every sentence's coverage.
func zhTotalTerms(q string, v Vocabulary) []Term {
	var out []Term
	for _, m := range reZhTotalVerb.FindAllStringSubmatch(q, -1) {
		if w := "共" + m[1]; (v == nil || v.Known(w)) && !slices.ContainsFunc(out, func(t Term) bool { return t.From == w }) {
			out = append(out, Term{From: w, Variants: []string{w}, Weight: totalWeight})
		}
	}
	return out
}

// reZhTargetSet is a target "set at" how much (目标定了多少, 指标定在多少, 目标设为): the asker's
// verb of setting, which the reports never write after their targets. Left in, 定了 is a term
// of its own that every target sentence lacks, and the answer is judged too weak to give.
var reZhTargetSet = lazyre.New(`(目标|指标)(?:是)?[定设订](?:了|的|在|为|成)?`)

// splitsVerbObject reports whether the 了 of match m (reZhMarkedVerb) ends a two-character verb
// that is a word of its own (改造, 整治) and is followed by three characters whose bigrams the
// reports write (老旧小区): the verb and its object are two terms, not one run no report
// writes (改造了老旧小区). A count after 了 (交付了一艘) and a one-character verb (铺了水泥)
// are left as they are.
func splitsVerbObject(q string, m []int, v Vocabulary) bool {
	if m[2] < 0 || v == nil || !ordinary.Has(q[m[2]:m[5]]) {
		return false
	}
	rs := []rune(q[m[7]:])
	if len(rs) < 3 {
		return false
	}
	for _, r := range rs[:3] {
		if !zh.IsHan(r) || strings.ContainsRune(functionChars, r) {
			return false
		}
	}
	return v.Known(string(rs[:2])) && v.Known(string(rs[1:3]))
}
