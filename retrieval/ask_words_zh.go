package retrieval

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
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

// zhAskWords are the wish and total words, removed like zhStop's (before them).
var zhAskWords = slices.Concat(zhWishWords, zhTotalWords)

// zhRemoved are the words analyzeZh removes from a question, in order: zhAskWords, then zhStop.
var zhRemoved = slices.Concat(zhAskWords, zhStop)

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
