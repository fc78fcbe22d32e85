package answer

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
}

var (
	riseWords = []string{"同比增长", "同比增加", "比上年增长", "增长", "增加", "提高", "提升", "上升", "增幅", "增速"}
	fallWords = []string{"同比下降", "比上年下降", "下降", "减少", "降低", "下滑", "回落", "缩减", "压减", "削减", "压缩"}
	// nearWords are qualifiers written right before a figure (约, 超过 …).
	nearWords = []string{"不低于", "不少于", "不超过", "超过", "突破", "接近", "将近", "大约", "约", "近", "逾", "超"}
	aimWords  = []string{"力争", "争取", "确保"}
	// reHowMany starts each count an English question asks for; reRankQ asks for a rank
	// ("where did … rank", "what place", "where did … place among", 排名).
	reHowMany = regexp.MustCompile(`\b(?:how many|number of)\s+`)
	reRankQ   = regexp.MustCompile(`\brank(?:s|ed|ing)?\b|\bwhat place\b|\bposition\b|\bwhere did\b.*\b(?:place|finish|come)\b|排名|名次|第几`)
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

// quoteValues are the figures of a quote that may answer (no years, no dates such as 6·30); a
// count in a ranking after an ordinal (第75位、241位) is read as an ordinal too.
func quoteValues(quote string) []num.Value {
	var out []num.Value
	for _, v := range num.FindWith(quote, num.Options{Ungrouped: true}) {
		if v.Year() || strings.HasPrefix(quote[v.End:], "·") || strings.HasSuffix(quote[:v.Start], "·") {
			continue
		}
		if n := len(out); n > 0 && !v.Ordinal && out[n-1].Ordinal && v.Unit != "" && v.Unit == out[n-1].Unit &&
			strings.TrimSpace(quote[out[n-1].QualEnd:v.Start]) == "、" {
			v.Ordinal = true
		}
		out = append(out, v)
	}
	return out
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
}

// questionAsks are the figures a question asks for: one per "how many …" of an English
// question (several when it asks several: "how many compounds …, and how many households"),
// else the one questionFigure reads; a Chinese question's from retrieval.AskedFigure.
func questionAsks(a retrieval.Plan) []figureAsk {
	rank := reRankQ.MatchString(strings.ToLower(a.Norm + " " + a.Question))
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
	if rank {
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
			if w.dim == num.DimCount && v.Dim() == num.DimNone && retrieval.MeasureWord(text[v.End:]) == "" {
				return false // a bare number (突破4000万) counts nothing
			}
			if w.long && w.dim == "" {
				_, dur := durationUnit(text, v)
				return dur != "" || v.Dim() == num.DimKm || v.Dim() == num.DimM // "how long": 6公里, 18年
			}
			if _, en := latinUnit(text, v); w.area && strings.HasPrefix(en, "square ") {
				return true // 8340m2: an area num leaves bare
			}
			if anyNoun && v.Noun != "" && !termWording(a, v.Noun) && !inPhrase(v, w.noun) {
				return false // 85个项目 counts projects, not the "years" asked about
			}
			if w.amount && w.dim == "" && v.Dim() == num.DimCount && (holdsAmount(text) || v.Noun != "" && !termWording(a, v.Noun)) {
				return false // "how much medical assistance": 12.33万元, not 46人; "how much grain": not 85个项目
			}
			return !v.Ordinal && (fitsWant(v, w) || anyNoun && v.Dim() == num.DimCount || inPhrase(v, w.noun))
		}
		out = append(out, figureAsk{fits: fits, class: w.class, head: w.head, noun: w.noun, anyNoun: anyNoun, same: w.same})
	}
	return out
}

// termWording reports whether a Chinese word is, or holds, a wording of one of the question's
// terms (项目 for "projects").
func termWording(a retrieval.Plan, word string) bool {
	for _, t := range a.Terms {
		for _, v := range t.Variants {
			if v != "" && strings.Contains(word, v) {
				return true
			}
		}
	}
	return false
}

// holdsAmount reports whether a quote states a figure other than a count, a bare number, a
// rate or a rank: an amount a "how much" question may ask for (money, area, weight…).
func holdsAmount(quote string) bool {
	return slices.ContainsFunc(quoteValues(quote), func(v num.Value) bool {
		switch v.Dim() {
		case num.DimCount, num.DimNone, num.DimPct, num.DimPoints, num.DimTimes:
			return false
		}
		return !v.Ordinal
	})
}

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

// amountAsk is the amount a "how much" asks for beside the counts of "how many" ("How much did
// Daixi invest in its rural makeover projects, and how many projects were there?"): read from
// its own clause (up to the next "how many"); false when the question has no such clause or
// the first ask (w) is already the amount.
func amountAsk(q string, w wantFigure) (wantFigure, bool) {
	i := strings.Index(q, "how much")
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
	// "per thousand people", "per capita", "on average": of the figures, those written per
	// something (每千人3.95个, 人均30532元), when the quote has any.
	per := a.Lang == "en" && rePerQ.MatchString(strings.ToLower(a.Question)) && slices.ContainsFunc(vs, func(v num.Value) bool { return perFigure(quote, v) })
	for _, ask := range asks {
		// The noun's wording is in the quote: a figure that does not count it counts something
		// else. A count of a known class (people, households…) is written in its measure words.
		known := ask.head != "" && !ask.same && (headIn(a, quote, ask.head) || ask.class != "" && headKnown(a, ask.head))
		best, bestScore, bestNamed := -1, -1.0, false
		for i, v := range vs {
			if taken[i] || !ask.fits(quote, v) || ask.same && i < last || restated(a, ask, v) || otherAsks(asks, ask, v) || per && !perFigure(quote, v) {
				continue
			}
			score, named, ok := scoreFigure(a, quote, ask, v, known)
			score += respectiveScore(a, items, v) // 起数、死亡人数分别下降23.5%、30.4%
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
		if l := respectiveTerm(a, itemsWhole[vs[best].Start]); l != "" && f.label == "" {
			f.label = l // 死亡人数分别…30.4%: "deaths"
		}
		f.counted = ask.noun != ""
		f.nounOf = ask.noun != "" && strings.Contains(strings.ToLower(a.Question), ask.noun+" of ")
		if !bestNamed && (known || ask.same || ask.head != "" && headKnown(a, ask.head)) {
			f.noun = "" // the quote does not say the figure counts the noun asked about
		}
		f.anyNoun = bestNamed && (ask.anyNoun || ask.class != "" && vs[best].Class() == ask.class)
		f.label = asWritten(a.Question, f.label)
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
	slices.SortFunc(out, func(x, y quoteFigure) int { return x.v.Start - y.v.Start })
	return out
}

// asWritten is a phrase of the question's terms as the question writes it: its case, hyphens
// and number ("GDP" for "gdp", "cross-border e-commerce" for "cross border e commerce",
// "projects" for "project"); the
// phrase itself when the question does not hold it. A first word capitalised only because it
// starts the question is lowered.
func asWritten(question, phrase string) string {
	ws := strings.Fields(phrase)
	if len(ws) == 0 {
		return phrase
	}
	for i, w := range ws {
		ws[i] = regexp.QuoteMeta(w)
	}
	// The question may write the glossary's singular in the plural ("talent projects").
	re, err := regexp.Compile(`(?i)\b` + strings.Join(ws, `[\s\-‐–]+`) + `(?:s|es)?\b`)
	if err != nil {
		return phrase
	}
	loc := re.FindStringIndex(question)
	if loc == nil {
		return phrase
	}
	m := question[loc[0]:loc[1]]
	if loc[0] == 0 && len(m) > 1 && unicode.IsUpper(rune(m[0])) && !unicode.IsUpper(rune(m[1])) {
		m = strings.ToLower(m[:1]) + m[1:]
	}
	return m
}

// reFromTo is what stands between the two figures of a change from one to the other
// (由22.8%提升至32.4%, 从5家增加到8家).
var reFromTo = regexp.MustCompile(`^(?:提升|提高|增加|增长|上升|下降|降低|减少|缩小|扩大|升|降|增)?(?:至|到)$`)

// fromTo finds the change from one figure to the next around figure k of the quote: the
// indices of the figure after 由/从 and of the one after 至/到; false when k is in none.
func fromTo(quote string, vs []num.Value, k int) (i, j int, ok bool) {
	for _, s := range []int{k, k - 1} {
		if s < 0 || s+1 >= len(vs) {
			continue
		}
		before := quote[:vs[s].Start]
		if !strings.HasSuffix(before, "由") && !strings.HasSuffix(before, "从") {
			continue
		}
		if reFromTo.MatchString(quote[vs[s].QualEnd:vs[s+1].Start]) && vs[s].Dim() == vs[s+1].Dim() {
			return s, s + 1, true
		}
	}
	return 0, 0, false
}

// fromToChange is the sign of the change the words between the two figures of a from-to say.
func fromToChange(between string) int {
	for _, w := range []string{"下降", "降低", "减少", "缩小", "降"} {
		if strings.HasPrefix(between, w) {
			return -1
		}
	}
	for _, w := range []string{"提升", "提高", "增加", "增长", "上升", "扩大", "升", "增"} {
		if strings.HasPrefix(between, w) {
			return 1
		}
	}
	return 0
}

// perLeads are the per-units a report writes right before a figure, with their English.
var perLeads = []struct{ lead, english string }{{"每千人", "per 1,000 people"}, {"每万人", "per 10,000 people"},
	{"每百人", "per 100 people"}, {"每人", "per person"}, {"每户", "per household"}, {"每平方公里", "per square kilometre"}}

// perLead is the per-unit that ends text (每千人 of 达到每千人3.95个), with its English.
func perLead(text string) (lead, english string) {
	for _, p := range perLeads {
		if strings.HasSuffix(text, p.lead) {
			return p.lead, p.english
		}
	}
	return "", ""
}

// rePerQ asks for a figure per person, per household or on average.
var rePerQ = regexp.MustCompile(`\bper (?:thousand|1,?000|hundred|100|ten thousand|10,?000|capita|person|head|household|resident|people)\b|\baverage\b`)

// perFigure reports whether a figure of the quote is written per something: 每千人3.95个,
// 人均30532元, 户均, 平均 within the few characters before it.
func perFigure(quote string, v num.Value) bool {
	cs, _ := tightBounds(quote, v.Start, v.End)
	before := []rune(quote[cs:v.Start])
	lead := string(before[max(0, len(before)-8):])
	return strings.Contains(lead, "每") || strings.Contains(lead, "人均") || strings.Contains(lead, "户均") || strings.Contains(lead, "平均")
}

// otherAsks reports whether a count of a known class is what another ask of the question asks
// for, while this one asks for a noun of no known class: "how many old compounds …, and how
// many households benefit" leaves 7178户 to the households.
func otherAsks(asks []figureAsk, ask figureAsk, v num.Value) bool {
	c := v.Class()
	if ask.class != "" || c == "" || v.Dim() != num.DimCount {
		return false
	}
	return slices.ContainsFunc(asks, func(o figureAsk) bool { return o.class != "" && sameCount(c, o.class) })
}

// restated reports whether a count of the quote is one the question itself states while asking
// for something else: 10个 in "how much is Huigou putting into its 10 … projects?" names the
// projects, not the answer.
func restated(a retrieval.Plan, ask figureAsk, v num.Value) bool {
	if ask.head != "" || ask.rank || v.Dim() != num.DimCount && v.Dim() != num.DimNone {
		return false
	}
	return slices.ContainsFunc(a.Numbers, func(n retrieval.Number) bool { return n.Unit != "%" && n.Value == v.Amount() })
}

// scoreFigure scores a figure of the quote for an ask: its class, the asked noun next to it
// (named: the quote says it counts that noun), the question's terms in its list item and the
// nearest of them. ok is false for a count of something else than the noun asked about, when
// known says the quote would name it, and for a figure whose clause holds nothing of the
// question (no term, no asked class or noun).
func scoreFigure(a retrieval.Plan, quote string, ask figureAsk, v num.Value, known bool) (score float64, named, ok bool) {
	class := ask.class != "" && sameCount(v.Class(), ask.class)
	near := ask.head != "" && headNear(a, quote, v, ask.head) || inPhrase(v, ask.noun) // 5个村 asked as "villages' … projects"
	measured := ask.head != "" && headMeasure(a, quote, v, ask.head)
	attested := near || measured
	if ask.noun != "" && known && !class && !attested && !ask.rank {
		return 0, false, false // a count of something else: 3处 (centres) asked as "elderly residents"
	}
	if class {
		score += 4
	}
	switch {
	case near:
		score += 6 // the figure counts the noun asked about: 发动志愿者5万余人次
	case measured:
		score += 3 // in a measure word of its wordings (3124件 for "cases": 案件), a weaker sign
	}
	cs, ce := tightBounds(quote, v.Start, v.End)
	clause := quote[cs:ce]
	ws, we := clauseBounds(quote, v.Start, v.End)
	if ps, _ := clauseBounds(quote, max(ws-1, 0), max(ws-1, 0)); ws > 0 && !strings.HasSuffix(quote[:ws], "。") {
		ws = ps // and the clause before, which often names the subject: 完成自然灾害综合风险普查,综合评分…第十
	}
	if _, ne := clauseBounds(quote, min(we+1, len(quote)), min(we+1, len(quote))); we < len(quote) && !strings.HasPrefix(quote[we:], "。") {
		we = ne // and the clause after, which may say what it was spent on: 投资2900余万元,推进…污水改造
	}
	supported := false
	ls := strings.LastIndexAny(quote[:v.Start], ",;:，；：。") + 1 // the clause, its list included
	measure, hasMeasure := measureTerm(a)
	for _, t := range a.Terms {
		weight := 1.0
		if ask.head != "" && (strings.Contains(strings.ToLower(t.From), ask.head) || len(headTerms(retrieval.Plan{Terms: []retrieval.Term{t}}, ask.head, 0)) > 0) ||
			hasMeasure && t.From == measure.From {
			weight = 3 // the term of the noun (or measure: "operating income") asked about
		} else if genericMeasure[strings.ToLower(t.From)] {
			weight = 0.25 // "relief money": 救助金, not the 慈善资金 beside it
		}
		share, before := 0.0, 0.0
		for _, variant := range t.Variants {
			share = max(share, bigramShare(variant, clause))
			before = max(before, bigramShare(variant, quote[ws:ce]))
			supported = supported || bigramShare(variant, quote[ws:we]) >= 0.5 || bigramHits(variant, quote[ws:we]) >= 2 ||
				bigramShare(variant, quote[ls:we]) >= 1 // the verb a list of items shares: 慰问…、…、…军人175人
		}
		// Terms of the clause before it count half: 城乡居民医保参保47369人,参保率94.5%.
		score += weight * (share + 0.5*before)
	}
	if !supported && !class && !attested {
		return 0, false, false // nothing of the question near it: 1.65万亿元 of trade asked as livelihood spending
	}
	if _, d, near := termNear(a, clause, v.Start-cs); near {
		score += 2 / (1 + float64(d)/4)
	}
	return score, class || attested, true
}

// genericMeasure are English words that name only the kind of figure asked for, not what it
// measures: any figure of the kind fits them, so they weigh little in choosing one.
var genericMeasure = map[string]bool{"money": true, "funds": true, "fund": true, "funding": true, "amount": true,
	"sum": true, "number": true, "figure": true, "total": true, "value": true, "yuan": true}

// listed reports whether two figures of the quote stand next to each other in a list (at most
// four characters apart: 全市第一、全省第十).
func listed(quote string, x, y num.Value) bool {
	gap := quote[min(x.QualEnd, y.QualEnd):max(x.Start, y.Start)]
	return strings.TrimSpace(gap) != "" && utf8.RuneCountInString(gap) <= 4
}

// attachedChange is the rate of change stated right after figure i of the quote, in the next
// clause ("55亿元,同比增长5.2%"): the change of the same indicator.
func attachedChange(a retrieval.Plan, quote string, vs []num.Value, i int) (quoteFigure, bool) {
	if i+1 >= len(vs) || vs[i].Dim() == num.DimPct || vs[i].Dim() == num.DimPoints {
		return quoteFigure{}, false
	}
	next := vs[i+1]
	if d := next.Dim(); d != num.DimPct && d != num.DimPoints {
		return quoteFigure{}, false
	}
	between := strings.TrimLeft(quote[vs[i].QualEnd:next.Start], ",，")
	if sign, n, _ := changeBefore(between); sign == 0 || n != len(between) && strings.ContainsAny(between[:len(between)-n], ",，;；。") {
		return quoteFigure{}, false
	}
	f := describeFigure(a, quote, next, "")
	f.label = ""
	return f, true
}

// describeFigure reads what surrounds a figure of the quote: its change and near qualifier
// words, the aim of its clause and the question term it is attached to.
func describeFigure(a retrieval.Plan, quote string, v num.Value, noun string) quoteFigure {
	f := quoteFigure{v: v, from: v.Start, noun: noun}
	cs, _ := clauseBounds(quote, v.Start, v.End)
	sign, n, near := changeBefore(quote[cs:v.Start])
	if sign != 0 && countVerb(quote[cs:v.Start], v) {
		sign, n = 0, len(near) // 提升15个村: upgrade 15 villages, not "up 15 villages"
	}
	f.change, f.from, f.near = sign, v.Start-n, near
	if lead, en := perLead(quote[:f.from]); lead != "" {
		f.from -= len(lead) // 每千人3.95个
		f.per = en
	}
	if sign == 0 {
		f.change = listedChange(quote[:v.Start]) // 下降23.5%、30.4%: 30.4% is a decline too
	}
	if ts, _ := tightBounds(quote, v.Start, v.End); v.Ordinal {
		f.scope = ordinalScope(quote[ts:f.from])
		f.from -= len(f.scope)
	}
	for _, w := range aimWords {
		if strings.Contains(quote[cs:v.Start], w) {
			f.aim = w
			break
		}
	}
	ts, te := tightBounds(quote, v.Start, v.End)
	f.label = termLabel(a, quote[ts:te], v.Start-ts)
	f.labelNext = f.label != "" && wordingBefore(a, f.label, quote[:f.from])
	if f.label == "" && f.change != 0 && ts > 0 && f.from <= ts {
		// A rate in a clause of its own ("批发额4880亿元,增长4.56%"): the clause before
		// names what changed.
		ps, _ := clauseBounds(quote, ts-1, ts-1)
		f.label = termLabel(a, quote[ps:ts], ts-ps)
	}
	return f
}

// wordingBefore reports whether a wording of the term the question words as label ends text,
// but for a linking word (达到, 为, 共): 人才项目|100个, 托位数|948个.
func wordingBefore(a retrieval.Plan, label, text string) bool {
	for _, w := range []string{"达到", "达", "为", "共", "计", "数"} {
		text = strings.TrimSuffix(text, w)
	}
	for _, t := range a.Terms {
		if !strings.EqualFold(t.From, label) {
			continue
		}
		for _, v := range t.Variants {
			if v != "" && strings.HasSuffix(text, v) {
				return true
			}
		}
	}
	return false
}

// countVerb reports whether the change word right before a count is a verb acting on the
// things counted (提升15个村: upgrade 15 villages) rather than a change by the count (增加20家).
func countVerb(before string, v num.Value) bool {
	if d := v.Dim(); d != num.DimCount && d != num.DimNone || v.Ordinal {
		return false
	}
	b := strings.TrimSuffix(before, lastNear(before))
	for _, w := range []string{"提升", "提高", "降低", "压减", "压缩", "缩减", "削减", "上升", "回落", "下滑"} {
		if strings.HasSuffix(b, w) {
			return true
		}
	}
	return false
}

// lastNear is the near qualifier that ends before ("约", "超过"…), "" for none.
func lastNear(before string) string {
	for _, w := range nearWords {
		if strings.HasSuffix(before, w) {
			return w
		}
	}
	return ""
}

// original is the figure as the quote writes it, with its change and qualifier words and the
// noun after its measure word ("同比增长5.2%", "15%以上", "12个项目").
func (f quoteFigure) original(quote string) string {
	if f.to != nil {
		return quote[f.from:f.to.QualEnd] // 由22.8%提升至32.4%
	}
	end := f.v.QualEnd
	if f.v.Noun != "" && strings.HasPrefix(quote[end:], f.v.Noun) {
		end += len(f.v.Noun)
	}
	if f.v.Unit == "" && !f.v.Ordinal && end == f.v.End && !strings.HasSuffix(quote[:end], "万") && !strings.HasSuffix(quote[:end], "亿") {
		end += len(retrieval.MeasureWord(quote[end:])) // 98轮, but not 能 of 300亿能级
	}
	if u, _ := latinUnit(quote, f.v); u != "" && end == f.v.QualEnd {
		end += len(u) // 1.2万m³
	}
	if u, _ := perUnit(quote[end:]); u != "" {
		end += len(u) // 75吨/日
	}
	if u, _ := durationUnit(quote, f.v); u != "" && end == f.v.QualEnd {
		end += len(u) // 18年, 3个月
	}
	return quote[f.from:end]
}

// durationUnit is the unit of time written right after a bare number of the quote (18年, 200天,
// 48小时; 月 after 3个), with its English plural; "" when none. Years (2023年) are no
// figures (quoteValues).
func durationUnit(quote string, v num.Value) (unit, english string) {
	rest := quote[v.End:]
	switch {
	case v.Ordinal || v.Multiplier != "":
		return "", ""
	case v.Unit == "个" && strings.HasPrefix(rest, "月"):
		return "月", "months"
	case v.Dim() != num.DimNone:
		return "", ""
	}
	for _, d := range []struct{ unit, english string }{{"小时", "hours"}, {"年", "years"}, {"天", "days"},
		{"周", "weeks"}, {"分钟", "minutes"}, {"个月", "months"}} {
		if strings.HasPrefix(rest, d.unit) {
			return d.unit, d.english
		}
	}
	return "", ""
}

// perUnit is the period a rate written right after a figure is per (75吨/日: "a day"), with
// its English; "" when none.
func perUnit(rest string) (unit, english string) {
	for _, p := range []struct{ unit, english string }{{"/日", "a day"}, {"/天", "a day"}, {"/年", "a year"},
		{"/月", "a month"}, {"/小时", "an hour"}, {"／日", "a day"}, {"／年", "a year"}} {
		if strings.HasPrefix(rest, p.unit) {
			return p.unit, p.english
		}
	}
	return "", ""
}

// latinUnit is the unit written right after a bare figure of the quote that num does not read
// (1.2万m³), with its English; "" when none.
func latinUnit(quote string, v num.Value) (unit, english string) {
	if v.Dim() != num.DimNone || v.Ordinal {
		return "", ""
	}
	return retrieval.LatinUnit(quote[v.QualEnd:])
}
