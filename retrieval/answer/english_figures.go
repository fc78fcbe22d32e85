package answer

import (
	"cmp"
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/retrieval"
)

// The figures of a quote that answer a how-much question, picked for the first line of an answer
// (English, or Chinese for a Chinese question): the number attached to the asked indicator, of
// the asked unit, with the change it states (增长 → up, 下降 → down) and its qualifiers, and the
// rate of change the report states right after it ("55亿元,同比增长5.2%").

// quoteFigure is one figure of a quote that answers the question.
type quoteFigure struct {
	v num.Value
	// label is the asked indicator the figure is attached to, in the question's words
	// ("fixed-asset investment", "工业投资"); "" when no term of the question is near it.
	label string
	// change is +1 when a rise word (增长, 提高…) precedes the figure, -1 for a fall (下降…), 0
	// for none; from is where the verbatim original starts (the change or qualifier word).
	change int
	from   int
	// aim is the aim word of its clause (力争, 争取, 确保), "" for none; near the qualifier
	// written right before the figure (约, 超过, 突破…), "" for none.
	aim, near string
	// scope is a short lead of an ordinal's clause that says where it ranks (全省 of 全省第十).
	scope string
	// running is true for a duration written after 连续 (连续11年): "11 consecutive years".
	running bool
	// anyNoun is true when the question's noun names the figure whatever its measure word: it
	// names no known class of count (85家 asked as "storage sites"), or the figure's class
	// (462家 asked as "national-level tech-based small and medium-sized enterprises").
	anyNoun bool
	// noun is the question's noun for a generic count ("sewage outlets"), "" for none; counted
	// is true when the question asks for a count of a noun (named or not).
	noun    string
	counted bool
	// nounOf is true when the question's noun measures what follows it ("rounds of nucleic acid
	// testing"): a label from there says what is counted.
	nounOf bool
	// to is the figure a change ends at when the quote states one from v to it
	// (由22.8%提升至32.4%), nil for none.
	to *num.Value
	// per is the English of the per-unit written right before the figure (每千人: "per 1,000
	// people"), "" for none.
	per string
	// labelNext is true when the label's wording stands right before the figure (人才项目100个):
	// the figure counts it.
	labelNext bool
	// upTo is the high end when the figure is the low end of a range (增长6%-7%), nil for none.
	upTo *num.Value
}

var (
	riseWords = []string{"同比增长", "同比增加", "比上年增长", "增长", "增加", "提高", "提升", "上升", "增幅", "增速"}
	fallWords = []string{"同比下降", "比上年下降", "下降", "减少", "降低", "下滑", "回落", "缩减", "压减", "削减", "压缩"}
	// nearWords are qualifiers written right before a figure (约, 超过 …).
	nearWords = []string{"不低于", "不少于", "不超过", "超过", "突破", "接近", "将近", "大约", "约", "近", "逾", "超"}
	aimWords  = []string{"力争", "争取", "确保"}
	// reHowMany starts each count an English question asks for; reRankQ asks for a rank
	// ("where did … rank", "what place", "where did … place among", 排名).
	reHowMany = lazyre.New(`\b(?:how many|number of)\s+`)
	reRankQ   = lazyre.New(`\brank(?:s|ed|ing)?\b|\bwhat place\b|\bposition\b|\bwhere did\b.*\b(?:place|finish|come)\b|排名|名次|第几`)
)

// changeBefore reads the change word that ends before (after any near qualifier): the sign,
// the byte length of the words (change and qualifier) that belong to the figure and the near
// qualifier.
func changeBefore(before string) (sign, n int, near string) {
	s := before
	for _, w := range nearWords {
		if strings.HasSuffix(s, w) {
			s = strings.TrimSuffix(s, w)
			n, near = len(w), w
			break
		}
	}
	for _, w := range fallWords {
		if strings.HasSuffix(s, w) {
			return -1, n + len(w), near
		}
	}
	for _, w := range riseWords {
		if strings.HasSuffix(s, w) {
			return 1, n + len(w), near
		}
	}
	return 0, n, near
}

// quoteValues are the figures of a quote that may answer (no years, no dates such as 6·30, no
// ages such as 60周岁 that say whom a figure is for, no numbers naming a thing such as 14号线);
// a count in a ranking after an ordinal (第75位、241位) is read as an ordinal too, a scaled
// number after a money word as yuan (投资1000万).
func quoteValues(quote string) []num.Value {
	var out []num.Value
	for _, v := range num.FindWith(quote, num.Options{Ungrouped: true, Round: true, Ranges: true}) {
		if v.Year() || strings.HasPrefix(quote[v.End:], "·") || strings.HasSuffix(quote[:v.Start], "·") || age(quote, v) || identifier(quote, v) || inQuotedName(quote, v) {
			continue
		}
		v = yuanAmount(quote, v) // 投资1000万: yuan
		if topRank(quote, v) {
			v.Ordinal = true // 前10名: a place in a ranking, "top 10"
		}
		if n := len(out); n > 0 && !v.Ordinal && out[n-1].Ordinal && v.Unit != "" && v.Unit == out[n-1].Unit &&
			strings.TrimSpace(quote[out[n-1].QualEnd:v.Start]) == "、" {
			v.Ordinal = true
		}
		out = append(out, v)
	}
	listedPointUnits(quote, out)
	return out
}

// listedPointUnits gives each figure in 个 of a run joined by 、 that ends on a figure in
// percentage points the unit written once for the run: 提升6.9个、3.6个百分点 raises both by
// points, and 6.9个 counts nothing.
func listedPointUnits(quote string, vs []num.Value) {
	for i := len(vs) - 2; i >= 0; i-- {
		next := vs[i+1]
		if vs[i].Unit == "个" && vs[i].Noun == "" && vs[i].QualEnd == vs[i].End && next.Dim() == num.DimPoints &&
			strings.TrimSpace(quote[vs[i].QualEnd:next.Start]) == "、" {
			vs[i].Unit = next.Unit
		}
	}
}

// figureAsk is what a question asks for: the fit of a figure and the noun of a count.
type figureAsk struct {
	// fits reports whether a figure of the quote (text) is of the kind asked for.
	fits func(text string, v num.Value) bool
	// class and head score a count of the asked class, a clause naming the asked noun.
	class, head, noun string
	rank              bool
	anyNoun           bool // the noun names no known class of count
	same              bool // the noun of the ask before ("… and how many were fixed")
	measure           string
	thing             string // what an amount in a unit measures (wantFigure.thing)
	span              bool   // "how long", "how many years": a duration or length (soleSpan)
}

// questionAsks are the figures a question asks for: one per "how many …" of an English
// question (several when it asks several: "how many compounds …, and how many households"),
// else the one questionFigure reads; a Chinese question's from retrieval.AskedFigure.
func questionAsks(a retrieval.Plan) []figureAsk {
	rank := reRankQ.MatchString(strings.ToLower(a.Norm+" "+a.Question)) || retrieval.RankAsk(strings.ToLower(a.Norm))
	ordinal := func(_ string, v num.Value) bool { return v.Ordinal }
	if a.Lang == "zh" {
		if rank {
			return []figureAsk{{fits: ordinal, rank: true}}
		}
		_, fits := retrieval.AskedFigure(a)
		out := make([]figureAsk, 0, len(fits))
		for _, fit := range fits {
			out = append(out, figureAsk{fits: fit})
		}
		return out
	}
	w := questionFigure(a)
	if rank && !asksDuration(w) && !asksRunOfTimes(a.Norm, w) {
		return []figureAsk{{fits: ordinal, rank: true}}
	}
	if !w.asks {
		return nil
	}
	ws := []wantFigure{w}
	q := a.Norm
	if q == "" {
		q = strings.ToLower(a.Question)
	}
	q = unquoteWords(q)
	if x, ok := partitiveAsk(q, w); ok {
		y := x
		y.same = true
		ws = []wantFigure{x, y} // the whole, then the part after it
	}
	for i, loc := range reHowMany.FindAllStringIndex(q, -1) {
		if i == 0 {
			continue // the first is questionFigure's
		}
		x := countWant(q[loc[1]:])
		x.noun = dropNames(x.noun, a.Question)
		if x.head == "" {
			x = ws[len(ws)-1] // "how many hazards were found and how many were fixed": the same
			x.same = true     // noun, and the figure after the first
		}
		ws = append(ws, x)
	}
	if x, ok := amountAsk(q, w); ok {
		ws = append(ws, x)
	}
	var out []figureAsk
	for _, w := range ws {
		anyNoun := w.dim == num.DimCount && w.class == "" && w.noun != ""
		fits := func(text string, v num.Value) bool {
			if timeNouns[w.head] {
				_, dur := durationUnit(text, v)
				return dur != "" // "how many years": 18年 (a bare number before 年), never 8个 (compounds)
			}
			if w.dim == num.DimCount && v.Dim() == num.DimNone && retrieval.MeasureWord(text[v.End:]) == "" && !batchCount(text, v) &&
				(w.class == "" || retrieval.ClassCountBefore(text, v, w.class) == "") {
				return false // a bare number (突破4000万) counts nothing, but after a count of the class (观看人次)
			}
			if w.often {
				return every(text, v) // "how often": 每2个月
			}
			if w.capacity && !capacityFigure(text, v) {
				return false // a capacity: 4万吨, not 2900余万元 or 34个村
			}
			if notTimes(text, v, w.class) {
				return false // "how many times": not 6支 or 20个
			}
			if w.long && w.dim == "" {
				_, dur := durationUnit(text, v)
				return dur != "" || v.Dim() == num.DimKm || v.Dim() == num.DimM // "how long": 6公里, 18年
			}
			if _, en := latinUnit(text, v); w.area && strings.HasPrefix(en, "square ") || latinDim(en) == w.dim && w.dim != "" {
				return true // 8340m2: an area num leaves bare; 2万m2 asked as "how many square metres"
			}
			if anyNoun && v.Noun != "" && !termWording(a, v.Noun) && !inPhrase(v, w.noun) && !classHead(v, w.head) {
				return false // 85个项目 counts projects, not the "years" asked about
			}
			if w.amount && w.dim == "" && v.Dim() == num.DimCount && (holdsAmount(text) || v.Noun != "" && !termWording(a, v.Noun)) {
				return false // "how much medical assistance": 12.33万元, not 46人; "how much grain": not 85个项目
			}
			if runDuration(text, v) && !asksDuration(w) {
				return false // "what level has the index held at": 98%, not the 连续三年 it has held
			}
			return !v.Ordinal && (fitsWant(v, w) || anyNoun && v.Dim() == num.DimCount || inPhrase(v, w.noun) ||
				w.dim == num.DimCount && (retrieval.PhraseClassAfter(text, v, w.class) || // 2家…设施项目 asked as projects
					retrieval.UnitCountsClass(text, v, w.class))) // 市场主体3700多户 asked as businesses
		}
		out = append(out, figureAsk{fits: fits, class: w.class, head: w.head, noun: w.noun, anyNoun: anyNoun, same: w.same, measure: w.measure,
			thing: w.thing, span: asksDuration(w)})
	}
	return out
}

// latinDim is the dimension of a Latin unit's English (latinUnit: "square metres" → num.DimM2),
// "" for none.
func latinDim(english string) string {
	if english == "" {
		return ""
	}
	v, err := num.Parse("2 " + english)
	if err != nil {
		return ""
	}
	return v.Dim()
}

// timeNouns are the heads of "how many …" that ask for a duration.
var timeNouns = map[string]bool{"years": true, "months": true, "weeks": true, "days": true, "hours": true, "minutes": true,
	"working days": true}

// inPhrase reports whether a count's class is a word of the asked noun phrase other than its
// head: 5个村 asked as "villages' land consolidation projects" (5个村土地整理项目).
func inPhrase(v num.Value, phrase string) bool {
	c := v.Class()
	if v.Dim() != num.DimCount || c == "" {
		return false
	}
	ws := strings.Fields(strings.NewReplacer("'", " ", "’", " ").Replace(phrase))
	return len(ws) > 1 && slices.Contains(ws[:len(ws)-1], c)
}

// reWhatMoney is a "what …" clause asking an amount of money after a count ("how many and what
// total investment?", "how many, and what was their combined investment").
var reWhatMoney = lazyre.New(`\bwhat (?:(?:is|was|were|are) )?(?:(?:the|their|its) )?((?:total |overall |combined |planned )?(?:investment|revenue|income|spending|expenditure|funding|budget|cost|value))\b`)

// amountAsk is the amount a "how much" asks for beside the counts of "how many" ("How much did
// Daixi invest in its rural makeover projects, and how many projects were there?"): read from
// its own clause (up to the next "how many"), or money a "what …" clause after the count asks
// (reWhatMoney); false when the question has no such clause or the first ask (w) is already
// the amount.
func amountAsk(q string, w wantFigure) (wantFigure, bool) {
	i := strings.Index(q, "how much")
	if loc := reWhatMoney.FindStringIndex(q); i < 0 && loc != nil && w.dim == num.DimCount {
		if h := reHowMany.FindStringIndex(q); h != nil && h[0] < loc[0] {
			// "how many and what total investment?": money, asked in its own clause after the count
			m := reWhatMoney.FindStringSubmatch(q)
			return wantFigure{asks: true, dim: num.DimCNY, amount: true, measure: m[1]}, true
		}
	}
	if i < 0 || w.dim != num.DimCount || !reHowMany.MatchString(q) {
		return wantFigure{}, false
	}
	seg := q[i:]
	if j := strings.Index(seg, "how many"); j > 0 {
		seg = seg[:j]
	}
	x := questionFigure(retrieval.Plan{Lang: "en", Norm: seg})
	return x, x.asks && x.dim != num.DimCount
}

// quoteFigures picks, for each figure the question asks for, the quote's figure that answers it
// (the one nearest the question's terms, of the asked class), with the rate of change stated
// right after it, and for a rank the places ranked with it; in quote order. It is empty when the
// question asks for no figure or the quote has none of the kind.
func quoteFigures(a retrieval.Plan, quote string) []quoteFigure {
	vs := quoteValues(quote)
	var out []quoteFigure
	taken := map[int]bool{}
	last := -1 // the figure the previous ask took
	items, itemsWhole := respectiveItems(quote, vs)
	asks := questionAsks(a)
	stage := askedStage(a) // start building, 要完工多少部: not the count at another stage (english_figstage.go)
	// "per thousand people", "per capita", "on average": of the figures, those written per
	// something (每千人3.95个, 人均30532元), when the quote has any.
	per := a.Lang == "en" && rePerQ.MatchString(strings.ToLower(a.Question)) && slices.ContainsFunc(vs, func(v num.Value) bool { return perFigure(quote, v) })
	paired, hasPaired := retrieval.RespectiveOf(a, quote) // 超1、3、5亿元…71家、10家、17家
	change := asksChange(a)                               // 提升了多少: the figure written as the change (change_asked.go)
	for _, ask := range asks {
		// The noun's wording is in the quote: a figure that does not count it counts something
		// else. A count of a known class (people, households…) is written in its measure words.
		known := ask.head != "" && !ask.same && (headIn(a, quote, ask.head) || ask.class != "" && headKnown(a, ask.head))
		best, bestScore, bestNamed := -1, -1.0, false
		for i, v := range vs {
			if taken[i] || !ask.fits(quote, v) && !(change && rateChange(quote, v)) || ask.same && i < last || restated(a, ask, v) || otherAsks(asks, ask, v) || per && !perFigure(quote, v) ||
				offStage(stage, quote, v) {
				continue
			}
			score, named, ok := scoreFigure(a, quote, ask, v, known)
			resp := respectiveScore(a, items, v) // 起数、死亡人数分别下降23.5%、30.4%
			// The item a figure is stated for holds the question's terms though its own clause
			// does not (解决率、满意率达到…,较年初分别提升6.9个、3.6个百分点): it is supported.
			ok = ok || resp > 0
			score += resp
			if hasPaired && v.Start == paired.Start {
				score += pairedBonus
			}
			if change && changeFigure(quote, v) {
				score += changeBonus
			}
			if namedPart(a, quote, v) {
				score += namedPartBonus // 其中经营性收入683万元 (english_partof.go)
			}
			if last >= 0 && i == last+1 {
				score += 0.5 // "how many … were found and how many were fixed": in the same order
			}
			if ok && score > bestScore {
				best, bestScore, bestNamed = i, score, named
			}
		}
		if best < 0 && per {
			// The figure written per something is the one asked for, though its clause repeats
			// none of the question's words (现有托位数948个,达到每千人3.95个托位).
			best = slices.IndexFunc(vs, func(v num.Value) bool { return perFigure(quote, v) && ask.fits(quote, v) })
			if best >= 0 && taken[best] {
				best = -1
			}
		}
		if best < 0 {
			continue
		}
		taken[best], last = true, best
		f := describeFigure(a, quote, vs[best], ask.noun)
		if i, j, ok := fromTo(quote, vs, best); ok && !taken[i] || ok && i == best {
			// 由22.8%提升至32.4%: the change from one to the other, whichever was asked
			label := f.label
			f = describeFigure(a, quote, vs[i], ask.noun)
			f.from, f.change = vs[i].Start-len("由"), fromToChange(quote[vs[i].QualEnd:vs[j].Start])
			f.to = &vs[j]
			if f.label == "" {
				f.label = label
			}
			taken[i], taken[j], last = true, true, j
		}
		if i, j, ok := rangeOf(quote, vs, best); ok && f.to == nil && (!taken[i] || i == best) && (!taken[j] || j == best) {
			// 增长6%-7%: both ends, whichever was asked
			label := f.label
			f = describeFigure(a, quote, vs[i], ask.noun)
			f.upTo = &vs[j]
			if f.label == "" {
				f.label = label
			}
			taken[i], taken[j], last = true, true, j
		}
		if whole, ok := itemsWhole[vs[best].Start]; ok && f.label != "" && !termIn(a, f.label, whole) {
			f.label = respectiveTerm(a, items[vs[best].Start]) // 解决率、满意率达到94.6%、94.2%: 94.6% is not the satisfaction rate
		}
		// The item's own term first (解决率 of 12345市民服务热线诉求解决率: "resolution rate", not the
		// hotline all items share), unless it is a generic measure (起数: "number"); else the whole
		// item's (生产安全事故: "work-safety accidents").
		own := respectiveTerm(a, items[vs[best].Start])
		if genericMeasure[strings.ToLower(own)] {
			own = ""
		}
		if l := cmp.Or(own, respectiveTerm(a, itemsWhole[vs[best].Start])); l != "" && f.label == "" {
			f.label = l // 死亡人数分别…30.4%: "deaths"
		}
		f.counted = ask.noun != ""
		if ask.class != "" && vs[best].Class() == "" && retrieval.ClassCountBefore(quote, vs[best], ask.class) == "人次" {
			f.noun = "person-times" // 观看人次突破4000万: visits, not people
		}
		f.nounOf = ask.noun != "" && strings.Contains(strings.ToLower(a.Question), ask.noun+" of ")
		if ask.same || !bestNamed && (known || ask.head != "" && headKnown(a, ask.head)) && !soleCount(vs, best) {
			f.noun = "" // the quote does not say the figure counts the noun asked about
		}
		if c := vs[best].Class(); c != "" && c != ask.class && headEndsClause(a, quote, vs[best], ask.head) {
			f.noun = "" // 400户…适老化改造: households, whose homes are the renovations asked about
		}
		f.anyNoun = bestNamed && (ask.anyNoun || ask.class != "" && (vs[best].Class() == ask.class || retrieval.PhraseClassAfter(quote, vs[best], ask.class) ||
			retrieval.UnitCountsClass(quote, vs[best], ask.class))) // 违章建筑7户 asked as buildings: not "households"
		f.label = asWritten(a.Question, f.label)
		if ask.measure != "" {
			f.label = ask.measure // "total investment 37.629 billion yuan"
		}
		out = append(out, f)
		if ask.rank {
			// A ranking lists its places together (全市第一、全省第十; 第75位、241位): all of them.
			for _, j := range []int{best - 1, best + 1} {
				if j >= 0 && j < len(vs) && !taken[j] && vs[j].Ordinal && listed(quote, vs[j], vs[best]) {
					taken[j] = true
					out = append(out, describeFigure(a, quote, vs[j], ""))
				}
			}
		}
		if f, ok := attachedChange(a, quote, vs, best); ok && !taken[best+1] {
			taken[best+1] = true
			out = append(out, f)
		}
	}
	out = append(out, respectiveOthers(a, quote, vs, out, items, taken)...)
	if len(out) == 0 && len(asks) == 1 {
		if f, ok := otherNounCount(a, quote, vs, asks[0], stage); ok {
			out = append(out, f)
		} else if i, ok := soleSpan(quote, vs, asks[0]); ok {
			out = append(out, describeFigure(a, quote, vs[i], ""))
		}
	}
	slices.SortFunc(out, func(x, y quoteFigure) int { return x.v.Start - y.v.Start })
	return out
}

// pairedBonus favours the figure in the place of the number a question names in a quote's
// paired lists (retrieval.RespectiveOf) over the nearest one.
const pairedBonus = 10

// restated reports whether a count of the quote is one the question itself states while asking
// for something else: 10个 in "how much is Huigou putting into its 10 … projects?" names the
// projects, not the answer.
func restated(a retrieval.Plan, ask figureAsk, v num.Value) bool {
	if ask.head != "" || ask.rank || v.Dim() != num.DimCount && v.Dim() != num.DimNone {
		return false
	}
	return slices.ContainsFunc(a.Numbers, func(n retrieval.Number) bool { return n.Unit != "%" && n.Value == v.Amount() })
}
