package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"sort"
	"strings"

	"github.com/reportbot/reportbot/internal/cedict/ordinary"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/glossary"
	"github.com/reportbot/reportbot/internal/zh"
)

// Chinese questions: their level and stop words and the terms left once places, years and
// question words are taken out (analyzeZh).

var zhLevelWords = []struct{ word, level string }{
	{"哪些镇", "镇"}, {"哪个镇", "镇"}, {"各镇", "镇"}, {"哪些区", "区"}, {"哪个区", "区"}, {"各区", "区"},
	{"哪些县", "县"}, {"哪个县", "县"}, {"各县", "县"}, {"哪些乡", "乡"}, {"哪个乡", "乡"}, {"哪些街道", "街道"},
	{"哪几个镇", "镇"}, {"哪几个区", "区"}, {"哪几个县", "县"}, {"哪几个乡", "乡"}, {"哪几个街道", "街道"},
}

// zhStop are question words removed from Chinese questions before tokenising.
// (Comparison words such as 哪个更多 are removed before them: reZhCompareWords.)
var zhStop = []string{"的数量", "给出了", "给出", "之类的", "之类", "或者", "或是", "还是", "以及", "或", "提到了", "提到", "提及", "谈到了", "谈到", "说到了", "说到", "讲到了", "讲到", "写到了", "写到", "涉及", "关于", "有关",
	"哪些地方", "哪个地方", "哪些报告", "哪份报告", "分别是", "分别", "各自", "是多少", "有多少", "多少", "是什么", "什么", "哪些", "哪个", "哪几个", "怎么样", "怎样", "如何", "请问", "吗", "呢", "?", "?", "是否", "有没有", "情况", "报告了", "报告", "政府工作", "那个", "这个", "现在", "目前", "如今", "今年", "去年", "明年", "上年", "上一年", "当年",
	// A time the asker gives as "when…" (冬奥会的时候): the reports write the event or 期间.
	"的时候", "时候",
	// "Some (one) …" (某项三年行动, 某个项目): the asker leaves open which; the reports name it.
	"某一项", "某一个", "某一", "某项", "某个", "某些", "某种", "某类", "某家", "某所",
	"的"}

// functionChars are characters that questions attach to content words ("建口袋公园",
// "给村集体经济定的目标"): verbs of asking, particles, measure words.
const functionChars = "建给定做搞抓有是在了对把被让向从到和与及跟同为于由以将要会能可该这那其各每哪些个多少几什么怎样吗呢吧啊呀嘛呗哦地得着过又也都就才还再很最更太"

// reZhPlaceForTail is a "this sort of place for …" tail of a question (长者食堂这类给老人吃饭的
// 地方, 书屋之类供市民看书的场所): it paraphrases the words it follows, which the reports use, in
// words of the asker's own. A place-for phrase that follows nothing ("给游客歇脚的地方") is the
// question's subject and stays.
var reZhPlaceForTail = lazyre.New(`(?:这类|那类|之类|这种|那种|这样|一类)的?(?:给|供|让)\p{Han}{1,8}?的?(?:地方|场所)`)

// trimFunctionChars drops function characters from the ends of a question segment when they
// do not form a word with their neighbour anywhere in the reports (the bigram is unknown to
// the index), so that they do not count as missing content. A closing modal particle that ends
// an ordinary word with the character before it (吧 of 网吧, 酒吧) is that word's, not the
// question's tone: dropped, it would leave one character and the question no subject at all,
// answered with whatever the report's main targets are instead of declined.
func trimFunctionChars(seg string, v Vocabulary) string {
	known := func(bi string) bool { return v == nil || v.Known(bi) }
	rs := []rune(seg)
	for len(rs) >= 2 && strings.ContainsRune(functionChars, rs[0]) && !known(string(rs[:2])) {
		rs = rs[1:]
	}
	for len(rs) >= 2 && strings.ContainsRune(functionChars, rs[len(rs)-1]) && !known(string(rs[len(rs)-2:])) {
		if endsParticleWord(rs) {
			break
		}
		rs = rs[:len(rs)-1]
	}
	return string(rs)
}

// modalParticles are the characters that close a question with its tone (…吧, …呢, …啊).
const modalParticles = "吧吗呢啊呀嘛呗哦"

// endsParticleWord reports whether rs ends with a modal particle that makes an ordinary word
// with the content character before it: a CC-CEDICT headword (网吧 "Internet café"; not 好吧,
// whose 好 is no thing).
func endsParticleWord(rs []rune) bool {
	n := len(rs)
	if n < 2 || !strings.ContainsRune(modalParticles, rs[n-1]) || strings.ContainsRune(functionChars+"好对是", rs[n-2]) {
		return false
	}
	return isWord(string(rs[n-2:]))
}

func (a *Plan) analyzeZh(v Vocabulary) {
	q := a.Norm
	for _, lw := range zhLevelWords {
		if strings.Contains(q, lw.word) {
			a.Level = lw.level
		}
	}
	a.Intent = zhIntent(q, a.When) // frame_words.go
	a.Aggregate = zhAgg.MatchString(q)
	// Remove the places (they filter; as search terms they would only favour passages that
	// repeat the town's name), years and question words; the rest are the terms.
	for _, p := range slices.Concat(a.Places, a.Names) {
		q = strings.ReplaceAll(q, p, " ")
		base, lvl := splitLevelSuffix(p)
		if lvl != "" && len([]rune(base)) >= 2 {
			q = strings.ReplaceAll(q, base, " ")
		}
	}
	q = reYearWord.ReplaceAllString(q, " ")
	q = stripYearsBack(q)                      // 前年, 三年前: a year (years_back.go)
	q = reRankingName.ReplaceAllString(q, " ") // 500强 is a term of its own (Analyze)
	q = spokenMoney(q)                         // 花在民生上的钱, 挣的钱: 民生支出, 收入 (money_ask_zh.go)
	q = reZhSpent.ReplaceAllString(q, "支出")    // 民生方面花了多少钱: the reports' 民生支出
	var spans []Term
	q, spans = zhSpanTerms(q) // 前三季度, 上半年: the months the reports write (spoken_zh.go)
	a.Terms = append(a.Terms, spans...)
	var merges []Term
	q, merges = zhMergeTerms(q) // 合并后: 撤并, 整合 (spoken_zh.go)
	a.Terms = append(a.Terms, merges...)
	a.Terms = append(a.Terms, zhRankTerms(q)...)
	q = reZhRankAsk.ReplaceAllString(q, " ") // 排到了第几位: asks a place in a ranking (rank_ask.go)
	var shares []Term
	q, shares = cutShareAsk(q) // 的人占多少, 占比是多少: a ratio (share_ask_zh.go)
	a.Terms = append(a.Terms, shares...)
	q = reZhHowLong.ReplaceAllString(q, " ")    // before 多少 takes 多少时间's 多少
	q = reZhWhichPlace.ReplaceAllString(q, " ") // before reHowMany takes 哪几个地方's 几个
	q = cutDimensionAsk(q)                      // 面积各是多少: the unit states it (listcount.go)
	q = reHowMany.ReplaceAllString(q, " ")
	q = reZhCountOf.ReplaceAllString(q, " ") // 民生实事的具体件数 (listcount.go)
	if a.Compare {
		q = reZhCompareWords.ReplaceAllString(q, " ")
		if len(a.Places) >= 2 {
			q = reZhGapWords.ReplaceAllString(q, " ")
		}
	}
	q = reZhThatPlace.ReplaceAllString(q, " ")
	q = reZhComparatorWords.ReplaceAllString(q, " ")
	q = reZhShortOf.ReplaceAllString(q, " $1")
	var likes []Term
	q, likes = cutLikeKind(q) // 给老人管饭的地方,像长者食堂这一类的: the example names it (zh_kind.go)
	a.Terms = append(a.Terms, likes...)
	q = reZhPlaceForTail.ReplaceAllString(q, " ") // 长者食堂这类给老人吃饭的地方: the words before name it
	q = cutKindOf(q)                              // 助餐或食堂类服务: the kinds are the terms (zh_kind.go)
	q = cutListKind(q)                            // 工会、共青团、妇联这些群团组织: the kind is one more (zh_kind.go)
	q = cutMentionManner(q)                       // 明确写到: how plainly, not of what (zh_mention.go)
	q = strings.ReplaceAll(q, "正增长", "增长")        // growth above zero: the plan's comparator (Analyze)
	a.Terms = append(a.Terms, zhTotalTerms(q, v)...)
	q = cutSpokenVerbs(q, v)
	q = reZhWish.ReplaceAllString(q, " $1")
	q = cutLoneWish(q)                          // 固投想涨多少: 想 asks a plan (spoken_zh.go)
	q = reZhTargetSet.ReplaceAllString(q, "$1") // 目标定了多少: the target (ask_words_zh.go)
	a.Terms = append(a.Terms, zhPersonNameTerms(q)...)
	q = cutLevelAsk(q)                       // 覆盖到什么程度, 到啥水平: asks a rate (level_ask_zh.go)
	q = reZhNameAsk.ReplaceAllString(q, " ") // 合并后叫啥: asks a name
	for _, w := range zhRemoved {
		q = strings.ReplaceAll(q, w, " ")
	}
	// Indicators become terms with every wording reports use for them (a question's 财政收入
	// matches a passage's 一般公共预算收入).
	for _, ind := range facts.Find(q) {
		a.Indicators = appendUnique(a.Indicators, ind.Name)
		wordings := append([]string{ind.Name}, ind.Variants...)
		sort.Slice(wordings, func(i, j int) bool { return len(wordings[i]) > len(wordings[j]) })
		for _, w := range wordings {
			if w != "" && strings.Contains(q, w) {
				q = strings.ReplaceAll(q, w, " ")
				a.Terms = append(a.Terms, Term{From: w, Variants: indicatorWordings(ind.Name), Weight: 1})
				break
			}
		}
	}
	q = a.cutClippedIndicators(q, v)             // 规工总产值: 规上工业总产值 (clipping_zh.go)
	q = reZhDoneEnd.ReplaceAllString(q, " $1$2") // 老楼加装电梯要完工: 老楼加装电梯 and 完工
	// 实际 and 已经 set the result frame (zhActual), which the plan reads; as terms they would
	// ask every report's passage for a word that results are stated without. An indicator
	// named with 实际 (实际利用外资) was taken whole above.
	q = reZhFrameAdverb.ReplaceAllString(q, " ")
	// Intent words say what kind of figure is asked for; passages often state it without them.
	for _, w := range zhIntentWords {
		if strings.Contains(q, w) {
			q = strings.ReplaceAll(q, w, " ")
			a.Terms = append(a.Terms, Term{From: w, Variants: []string{w}, Weight: intentWeight})
		}
	}
	if a.Aggregate && reDecline.MatchString(q) {
		var falls []Term
		q, falls = cutFallVerbs(q)
		a.Terms = append(a.Terms, falls...)
	}
	// Latin words in a Chinese question ("GDP") go through the glossary.
	for _, m := range glossary.Default().Translate(q) {
		if !isLevelWord(m.Phrase) {
			a.Terms = append(a.Terms, Term{From: m.Phrase, Variants: m.Chinese, Weight: 1})
		}
	}
	for _, ind := range facts.Find(q) {
		a.Indicators = appendUnique(a.Indicators, ind.Name)
	}
	segs := strings.FieldsFunc(q, func(r rune) bool { return !zh.IsHan(r) })
	if !a.Aggregate && reHowMany.MatchString(a.Norm) {
		segs = splitCoordinatedSegs(segs) // 几处幸福院和老年食堂: two things counted (coord_split_zh.go)
	}
	for _, seg := range segs {
		seg = trimFunctionChars(seg, v)
		seg = trimEtc(seg)
		if len([]rune(seg)) < 2 {
			continue
		}
		a.Terms = append(a.Terms, Term{From: seg, Variants: append(newlyWordings(seg), measureNounWordings(seg, v)...), Weight: 1})
	}
}

// newlyWordings returns a question segment's wordings: itself and, for the count of new things
// (新增数量, "how many were added"), the verbs a report counts them with (新增, 新设: 新设市场主体
// 2.7万家). Only the first names the topic (topicWordings): a report's 新增 alone is not it.
func newlyWordings(seg string) []string {
	if rest, ok := strings.CutPrefix(seg, "新增"); ok && slices.Contains(countNouns, rest) {
		return []string{seg, "新增", "新设"}
	}
	return []string{seg}
}

// countNouns are the nouns a question puts after a verb to ask how many (新增数量).
var countNouns = []string{"数量", "数", "量", "个数"}

// trimEtc drops the 等 ("and so on") that ends a question's list of examples ("瓶装燃气、
// 燃气隐患排查整治等"), unless it ends an ordinary word (平等, 均等, 高等).
func trimEtc(seg string) string {
	if rest, ok := strings.CutSuffix(seg, "等等"); ok && len([]rune(rest)) >= 2 {
		return rest
	}
	rs := []rune(seg)
	if len(rs) >= 3 && rs[len(rs)-1] == '等' && !ordinary.Has(string(rs[len(rs)-2:])) {
		rs = rs[:len(rs)-1]
	}
	return string(rs)
}

// intentWeight is the weight of words that only say whether a target or an actual is asked for.
const intentWeight = 0.3

var (
	// reHowMany is "how many" with its measure word: 多少户, 几个, 多少万元.
	// A measure word is taken whole (多少剂次, 几平方公里: zhMeasureWords): one character of it
	// left behind joins the counted noun (剂次新冠疫苗).
	reHowMany  = lazyre.New(`(多少|几)(万|亿)?(?:` + zhMeasureWords + `)?`)
	reYearWord = lazyre.New(`(19|20)\d{2}年?`)
	// reZhHowLong asks how long (要多久, 多长时间): question words (figure_head.go).
	reZhHowLong = lazyre.New(zhHowLong)
	// reZhSpent asks what was spent in everyday words (花了多少钱 on 民生方面), which the reports
	// write as 支出; 方面 ("in the area of") and 上 ("on") go with it.
	reZhSpent = lazyre.New(`(?:方面|上)?(?:花了|花费了?|花掉了?)(?:多少钱)?`)
	// reZhWhichPlace asks which places or reports (哪些镇, 哪个区, 哪几个县, 哪几个地方, 哪几份报告,
	// 哪几篇, 哪里的报告): question words, like zhStop. Left in, 地方 or 份 would be a term that no passage
	// needs, and a list question would lose its coverage to a one-report lookup.
	// Levels may be coordinated (哪些镇或区, 哪些镇和街道, 哪些区、县): all of them ask which places
	// (the scope is both: level_either.go).
	reZhWhichPlace = lazyre.New(`哪(?:些|个|几[个份家]?)(?:地方|报告|` + zhLevelAlt + `(?:(?:或者?|和|与|及|、|/)` + zhLevelAlt + `)*)|哪(?:几|些)篇(?:报告)?|哪[里儿]的(?:报告)?`)
	// reZhThatPlace points at the report's place (柳州这个区, 北京那个城区): the place filters, and
	// its level word left in joins the words after it (区现在托位, 城区新增学位).
	reZhThatPlace = lazyre.New(`[这那]个?(?:城区|街道|[镇乡区县])`)
	// reZhComparatorWords compare a figure with the question's number (不低于10%): the plan's
	// Comparator, not terms. 以上 is not among them: 规模以上 names an indicator.
	reZhComparatorWords = lazyre.New(`[及或]以上|[及或]以下|不低于|不少于|不高于|不超过|超过|高于|低于|大于|小于|以下|以内`)
	// reZhShortOf compares too, but only before a number: 不到2亿元, 突破100亿元 (not 技术突破,
	// 短板不足).
	reZhShortOf = lazyre.New(`(?:不到|不足|不及|少于|多于|超出|突破)([0-9０-９一二三四五六七八九十百千万两])`)
	// reZhCompareWords are the words that ask for a comparison (相比, 谁更高, 哪个多): not terms.
	reZhCompareWords = lazyre.New(`相比|相差|对比|比较一下|比一比|比较|[两三四]地|((谁|孰|哪个|哪一个|哪家)更?|更)(高|多|快|大|低|少|慢|小)(一些|一点)?|谁|孰|各是|各为|各有`)
	// reZhGapWords ask for a comparison between named places (差距, 高低) but are content of their
	// own in a question about one place (城乡收入差距).
	reZhGapWords = lazyre.New(`差距|差别|区别|高低`)
	// reZhFrameAdverb marks a question's result frame: 去年实际建成, 已经完成 (analyzeZh).
	reZhFrameAdverb = lazyre.New(`实际上?|已经`)
	zhIntentWords   = []string{"预期目标", "目标", "预期", "计划", "力争", "完成了", "完成", "实现了", "实现", "达到了", "达到"}
)

// zhLevelAlt is one level word of a which-place question.
const zhLevelAlt = `(?:城区|街道|[镇乡区县市村])`

// indicatorWordings returns an indicator's name and variants, and those of the indicators a
// loose name stands for.
func indicatorWordings(name string) []string {
	var out []string
	for _, n := range append([]string{name}, looseIndicators[name]...) {
		for _, ind := range facts.Indicators() {
			if ind.Name == n {
				out = append(out, ind.Name)
				out = append(out, ind.Variants...)
			}
		}
	}
	return out
}

func splitLevelSuffix(name string) (string, string) {
	for _, l := range []string{"街道", "自治区", "镇", "乡", "区", "县", "市", "省"} {
		if strings.HasSuffix(name, l) && len(name) > len(l) {
			return strings.TrimSuffix(name, l), l
		}
	}
	return name, ""
}
