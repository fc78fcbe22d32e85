package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/places"
	"github.com/reportbot/reportbot/internal/zh"
)

// numberWords are English number words, which the planner reads with the numbers (never
// translates as vocabulary).
var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true,
	"ten": true, "eleven": true, "twelve": true, "fifteen": true, "twenty": true, "thirty": true, "fifty": true,
}

// enPastVerbs are the irregular simple-past verbs an English question asks what was done with
// ("How many beds came with the new care stations?", "How many homes got free fittings?"): a
// question in the past tense asks for a result, not a target.
const enPastVerbs = `came|got|built|made|took|went|gave|won|drew|brought|bought|held|began|became|spent|sold|paid|met|led|kept|found|saw|lost|cut|ran|sent|taught|caught|dealt`

var (
	enTarget = lazyre.New(`\b(target|targets|targeted|targeting|goal|goals|aim|aims|aiming|plan|plans|planned|planning|expect|expected|expects|will|intend|intends|projected|forecast|objective|objectives|strive|set|want|wants|wanted|hope|hopes|hoping|supposed|going to|by the end of this year)\b`)
	enActual = lazyre.New(`\b(achieved|achieve|completed|complete|did|was|were|last year|reached|actual|actually|realized|realised|recorded|grew|rose|fell|in 2022|so far|has|have|had|` + enPastVerbs + `)\b`)
	zhTarget = lazyre.New(`目标|预期|力争|计划|打算|将要|规划|确保|拟|设定`)
	zhActual = lazyre.New(`完成|实现了|达到了|去年|上年|已经|实际|取得|了多少|多少个|增长了|下降了`)
	enAgg    = lazyre.New(`\b(which|what) (of the )?(towns|districts|counties|reports|places|governments|townships|ones)\b|\bcompare\b|\bcomparison\b|\bacross\b|\ball (the )?(towns|districts|reports)\b|\blist\b|\beach (town|district|report)\b|\bhow many (towns|districts|reports)\b|` + reEnNameList.String() + `|` + reEnWhereList.String())
	// reEnNameList asks a list by naming it: "Name the towns whose reports…", "List the places…".
	reEnNameList = lazyre.New(`\b(?:name|list) (?:the |all (?:the )?)?(?:towns|districts|counties|reports|places|townships)\b`)
	// reEnWhereList asks a list by asking where, of many reports or places: "Where do the reports
	// mention tax cuts?", "Where did towns open pocket parks?". "Where is a substation being
	// built?" asks one place of one report and stays a lookup.
	reEnWhereList = lazyre.New(`\bwhere (?:do|did|have|are|were|else do) (?:the |any |all (?:the )?|other |these )?(?:towns|districts|counties|reports|places|governments|townships)\b|\bwhere in the reports\b`)
	zhAgg         = lazyre.New(`哪些|各镇|各区|各县|各报告|比较|对比|分别|有几个镇|有几个区|哪几个|哪几份|哪几家|哪几篇|哪些篇|哪[里儿]的报告`)
)

// Analyze plans a question: language, numbers, years, places (resolved and not), level, time
// frame, indicators and the search terms (glossary translation for English). It is pure: v
// (which may be nil: no places, every token known) is all it reads.
func Analyze(question string, v Vocabulary) Plan {
	question = expandEnAbbrev(question) // "govt.", "dist.": the words they clip (abbrev_en.go)
	a := Plan{Question: question, Norm: zh.Normalize(question)}
	a.Lang = detectLang(a.Norm)
	if a.Lang == "en" {
		a.Norm = unitFirst(a.Norm)
	}
	a.Norm = dropNegatedPlan(a.Norm, a.Lang) // negated_plan.go
	a.Norm = dropFrameAside(a.Norm, a.Lang)  // frame_aside.go
	a.Norm = dropEitherFrame(a.Norm, a.Lang) // frame_either.go
	a.Norm = ListForm(a.Norm)                // "which of the nine reports", 九篇报告里,哪几篇: a plain list (conjunct.go)
	if a.Lang == "zh" {
		// 、而且报出了具体个数: the count of the same topic, as 的数量 asks it (listcount.go)
		a.Norm = reZhAlsoGivesCount.ReplaceAllStringFunc(a.Norm, func(m string) string {
			if reZhCountNoun.MatchString(m) {
				return "的个数" // a count of things, not an area or a sum (listcount.go)
			}
			return "的数量"
		})
	}
	a.Numbers = numbers(a.Norm)
	a.Years = years(a.Norm)
	if v != nil {
		a.Places, a.Reports = v.MatchPlaces(blankFeatureNames(blankNameChains(question)))
		a.suggestPlaces(v)
		a.Unresolved = unresolved(v, a.Places)
	}
	a.findNames(v)
	a.dropSuggestedNames()
	if a.Lang == "en" {
		// "Quick one: …", "I'm briefing my boss on Daixi - …": only the lead clause's place and
		// level words are read (preamble_en.go).
		if q := dropEnPreamble(a.Norm, func(w string) bool { return isPlaceWord(w, a.Places) || isLevelWord(w) }); q != a.Norm {
			a.Norm = q
			a.Numbers = numbers(q)
			a.Years = years(q)
		}
	}
	a.When = relativeYear(a.Norm)
	a.Compare = reCompare.MatchString(a.Norm)
	switch a.Lang {
	case "zh":
		a.analyzeZh(v)
	case "en":
		a.analyzeEn(lexiconOf(v))
	}
	if v != nil {
		a.addCoordAbbreviations(v.Known)  // coord_abbrev.go
		a.addZhListAbbreviations(v.Known) // coord_abbrev.go
	}
	a.eitherLevel()
	for _, n := range a.Numbers {
		v := strconv.FormatFloat(n.Value, 'f', -1, 64)
		switch {
		case n.Unit == "亿" && n.Value == 1:
			v = "亿元"
		case n.Unit == "亿" || n.Unit == "万":
			v += n.Unit
		}
		vs := []string{v}
		if d := asWrittenDigits(n); d != "" && d != v {
			vs = append(vs, d) // 12345 is also the hotline's number, not only 1.2345万
		}
		a.Terms = append(a.Terms, Term{From: n.Text, Variants: vs, Weight: 1})
	}
	for _, d := range numberNames(a.Norm) {
		a.Terms = append(a.Terms, Term{From: d, Variants: []string{d}, Weight: 1}) // 12345热线
	}
	a.pinyinPlaceTerms(v) // Huanjiang village: 环江村
	a.pinyinGlossTerms(v) // time-honoured (laozihao) brands: 老字号 (pinyin_gloss.go)
	a.rankingTerms()      // 500强, "Top 500"
	a.rankAsk()           // "where did Lili end up on the list" (rank_ask.go)
	a.placeTerm()         // "came sixth": 第六 (rank_place.go)
	a.AnyOf = alternatives(a.Norm)
	// "规模以上", "above-scale" name an indicator, "under review" a time, not a comparison.
	cmpText := notComparatorWords.Replace(a.Norm)
	switch {
	case reAtLeast.MatchString(cmpText):
		a.Comparator = ">="
	case reAtMost.MatchString(cmpText):
		a.Comparator = "<="
	case reMoreThan.MatchString(cmpText):
		a.Comparator = ">"
	case reLessThan.MatchString(cmpText):
		a.Comparator = "<"
	}
	if a.Comparator == "" && len(a.Numbers) == 0 && rePositiveGrowth.MatchString(a.Norm) {
		// 正增长, "positive growth": a growth rate above zero, a threshold like any other.
		a.Numbers, a.Comparator = []Number{{Text: "0%", Value: 0, Unit: "%"}}, ">"
	}
	a.Decline = reDecline.MatchString(a.Norm)
	if a.Intent == "" {
		a.Intent = whenIntent(a.When)
	}
	if a.Aggregate || len(a.Reports) > 0 {
		// "Which towns are in Wujiang?", "What did Shengze say about Wujiang?": a place no report
		// is from becomes a term to look for.
		for _, p := range a.Unresolved {
			a.Terms = append(a.Terms, Term{From: p, Variants: []string{places.Base(p)}, Weight: 1})
		}
	}
	a.Growth = reGrowthQ.MatchString(a.Norm) || a.Decline
	a.Indicators = expandIndicators(termIndicators(a.Terms, a.Indicators))
	a.riseAsked() // "Which reports say revenue grew last year?" (threshold_unit.go)
	timeTerms(a.Terms)
	a.Terms = dedupeTerms(a.Terms)
	return a
}

// unresolved returns the names that identify no report.
func unresolved(v Vocabulary, names []string) []string {
	var out []string
	for _, n := range names {
		if !v.Identifies(n) {
			out = append(out, n)
		}
	}
	return out
}

// years returns the years (1900–2099) a normalised question names, in order, once each.
func years(norm string) []int {
	var out []int
	for _, m := range reYearWord.FindAllString(norm, -1) {
		y, err := strconv.Atoi(strings.TrimSuffix(m, "年"))
		if err == nil && !slices.Contains(out, y) {
			out = append(out, y)
		}
	}
	return out
}

// dedupeTerms drops terms that repeat an earlier one's wordings ("village … villages").
func dedupeTerms(ts []Term) []Term {
	seen := map[string]bool{}
	out := ts[:0]
	for _, t := range ts {
		k := strings.Join(t.Variants, "|")
		if !seen[k] {
			seen[k] = true
			out = append(out, t)
		}
	}
	return out
}

// notComparatorWords are phrases holding a comparator's word that compare nothing: the size
// classes of indicators and "under" as a state ("the year under review", "under construction").
// reUnitLast is a how-many question that puts the unit after the thing measured ("how many
// high-standard farmland mu"), as a report does (高标准农田680亩).
var reUnitLast = lazyre.New(`\bhow many ((?:[a-z][a-z\-]* ){0,2}[a-z][a-z\-]*) (mu|hectares|kilometres|kilometers|km|tonnes|tons|square metres|square meters)\b`)

// unitFirst words a how-many question with its unit after the thing measured as one asking
// the unit of it ("how many mu of high-standard farmland"), the order the figure rules read.
func unitFirst(norm string) string {
	return reUnitLast.ReplaceAllString(norm, "how many $2 of $1")
}

var notComparatorWords = strings.NewReplacer("规模以上", "", "限额以上", "", "亿元以上", "", "above-scale", "", "above scale", "", "above designated size", "", "above-designated-size", "",
	"under review", "", "under construction", "", "under way", "")

// asWrittenDigits is the run of digits a question's number starts with when it states the whole
// number ("12345" of "the 12345 platform", read as 1.2345万 and a unit word), "" otherwise
// ("100" of "100 million yuan" is not the number).
func asWrittenDigits(n Number) string {
	d := reLeadDigits.FindString(n.Text)
	if d == "" || strings.HasPrefix(n.Text[len(d):], ".") {
		return ""
	}
	scale := map[string]float64{"万": 1e4, "亿": 1e8}[n.Unit]
	if scale == 0 {
		scale = 1
	}
	if f, err := strconv.ParseFloat(d, 64); err != nil || math.Abs(f-n.Value*scale) > 1e-6*f {
		return ""
	}
	return d
}

var (
	// reLeadDigits is the run of digits a question's number starts with.
	reLeadDigits = lazyre.New(`^[0-9]+`)
	// reAnyOf joins alternatives: 或, "or", and a slash between two words ("carbon peaking /
	// carbon neutrality"; not a unit's "km/h" or 元/吨).
	reAnyOf = lazyre.New(`或者?|或是|\bor\b|\b[a-z]{3,}\s*/\s*[a-z]{3,}\b`)
	// reEnCompareWord are the English words that only say a question compares.
	reEnCompareWord = lazyre.New(`\b(compar\w*|vs|versus|differ\w*|between|respectively|higher|lower|more|less|fewer|larger|bigger|smaller|greater|faster|slower|highest|lowest|most|least|largest|biggest|smallest|fastest|slowest)\b`)
	// reCompare are the words of a comparison; they make one only with two places or years named.
	reCompare = lazyre.New(`\b(compar\w*|vs|versus|differ\w*|between|respectively|each|both|which|(higher|lower|more|less|fewer|larger|bigger|smaller|greater|faster|slower)( than)?|highest|lowest|most|least|largest|biggest|smallest|fastest|slowest)\b` +
		`|谁|孰|相比|相差|比较|对比|比一比|哪个|哪一个|哪家|哪里|更高|更多|更快|更大|更低|更少|更慢|更小|高于|低于|多于|少于|分别|各是|各自|各为|各有|差距|差别|区别|不同|高低|[两三四]地|[和与跟同].{1,20}比`)
	// The English words need word boundaries: "government" holds "over", "coverage" "over".
	// Comparators: at least (the number itself meets it: 以上, 不低于, "or more"), at most,
	// more than (超过, 高于, "above": the number itself does not), less than. The inclusive
	// ones are read first: 不超过 holds 超过, "no more than" holds "more than". A threshold may
	// be passed ("topped", 突破100亿元) or fallen short of (不到2亿元) as well.
	reAtLeast  = lazyre.New(`\b(at least|or more|or higher|or above|or greater|no less than|not less than)\b|以上|不低于|不少于`)
	reAtMost   = lazyre.New(`\b(at most|or less|or lower|or below|or fewer|no more than|not more than)\b|以下|以内|不超过|不高于`)
	reMoreThan = lazyre.New(`\b(more than|over|above|greater than|higher than|exceed\w*|topp?(?:ed|ing|s)|surpass\w*|in excess of)\b|超过|高于|大于|(?:多于|超出|突破)[0-9０-９一二三四五六七八九十百千万两]`)
	reLessThan = lazyre.New(`\b(less than|under|below|fewer than|lower than)\b|低于|小于|(?:少于|不到|不足|不及)[0-9０-９一二三四五六七八九十百千万两]`)
	reDecline  = lazyre.New(`下降|减少|下滑|回落|降幅|负增长|\b(negative (?:\w+ ){0,3}growth|declin\w*|fell|fall|falls|drop\w*|decreas\w*|shrank|shrink\w*|shrunk|slipped|slumped|plunged|(?:went|go|goes|gone|going|came|come) down)\b`)
	reGrowthQ  = lazyre.New(`增长|增速|增幅|\b(growth|grow|grew|grows|increase\w*|rise|rose)\b`)
)

// looseIndicators maps indicator names users say loosely to the indicators reports state:
// "财政收入" in a question means the budget revenue figures too.
var looseIndicators = map[string][]string{
	"财政收入": {"一般公共预算收入", "财政总收入"},
}

func expandIndicators(inds []string) []string {
	for _, ind := range inds {
		for _, x := range looseIndicators[ind] {
			inds = appendUnique(inds, x)
		}
	}
	return inds
}

func detectLang(norm string) string {
	han, latin := 0, 0
	other := 0
	for _, r := range norm {
		switch {
		case zh.IsHan(r):
			han++
		case r < 0x80 && unicode.IsLetter(r):
			latin++
		case unicode.IsLetter(r):
			other++
		}
	}
	switch {
	case han > 0 && han*3 >= latin:
		return "zh"
	case latin > 0 && latin >= other:
		return "en"
	}
	return ""
}

// numbers returns the numbers a question names (years and ordinals left out) as the reports
// write them, read with internal/num (the one number parser): percentages in %, English
// multipliers and bare numbers from ten thousand in 万/亿 ("4.7 billion yuan" → 47亿, "14,000
// tonnes" → 1.4万), Chinese numerals only as percentages (百分之十).
func numbers(norm string) []Number {
	var out []Number
	for _, v := range num.Find(norm) {
		if v.Year() || v.Ordinal || v.Form != num.FormArabic && v.Dim() != num.DimPct || monthOf(v.Text, norm[v.End:]) || rankingName(norm[v.End:]) || rankNameBefore(norm[:v.Start]) || numberName(norm, v) {
			continue
		}
		value, unit := v.Number, v.ChineseUnit()
		switch {
		case v.Dim() == num.DimPct:
			unit = "%"
		case v.Multiplier != "" && v.ChineseUnit() == "":
			value, unit = num.ReportScale(v.Amount())
		case !v.ChineseWritten() && v.Multiplier == "" && v.Number >= 1e4 && v.Number < 1e8:
			value, unit = num.ReportScale(v.Number)
		case !v.ChineseWritten() && v.Multiplier == "":
			unit = ""
		}
		out = append(out, Number{Text: v.Text, Value: value, Unit: unit})
	}
	return out
}

// reMonthAfter matches what follows a month's number: 月 (9月, 9月份) or the rest of a range of
// months (1至9月, 1-9月).
var reMonthAfter = lazyre.New(`^(?:月|(?:至|到|-|—|–|~|～)\d{1,2}月)`)

// monthOf reports whether a bare number (text, followed by after) is a month or opens a range of
// months: "1至9月规模以上工业产值" asks a period, not a figure 1 or 9 to look for; a count of
// months (6个月) is a figure.
func monthOf(text, after string) bool {
	return text != "" && text[len(text)-1] >= '0' && text[len(text)-1] <= '9' && reMonthAfter.MatchString(after)
}

// rankingName reports whether what follows a number makes it part of a ranking's name: 世界500强,
// 中国企业500强 name a list, not a value to compare with (the name is a term: reRankingName).
func rankingName(after string) bool { return strings.HasPrefix(after, "强") }

func appendUnique(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}
