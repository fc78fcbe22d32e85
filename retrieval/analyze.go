package retrieval

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/glossary"
	"github.com/reportbot/reportbot/internal/lexicon"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/places"
	"github.com/reportbot/reportbot/internal/zh"
)

// Intents of a question about an indicator.
const (
	IntentTarget = corpus.KindTarget
	IntentActual = corpus.KindActual
)

// Term is one search term: Chinese variants of one concept (or one Latin word / number).
type Term struct {
	// From is the question's wording ("fiscal revenue", "工业投资").
	From string
	// Variants are the Chinese (or literal) forms searched for.
	Variants []string
	// Weight scales the term in lexical scoring and in sentence scoring.
	Weight float64
	// Lexical, when not nil, is each variant's weight in the lexical query instead of Weight
	// (a lexicon term's renderings weigh by their share of the English word: vocab.go).
	Lexical []float64 `json:",omitempty"`
}

// Number is a number the question mentions.
type Number struct {
	Text  string
	Value float64
	// Unit is "%" for percentages, else "" or the unit written after it.
	Unit string
}

// Vocabulary is what planning needs to know about the reports: which places a text names and
// which reports they identify, and which tokens occur in any passage. *Index implements it.
type Vocabulary interface {
	// MatchPlaces returns the place names text mentions and the reports they identify (a
	// report's own entity first; else the reports whose city or province it is).
	MatchPlaces(text string) (names []string, reports []corpus.ReportKey)
	// Identifies reports whether a place name identifies a report: its own entity, city or
	// province (a place a report merely mentions does not).
	Identifies(name string) bool
	// Known reports whether any passage holds the token.
	Known(tok string) bool
}

// Plan is what retrieval makes of a question before searching: the pure reading of its words
// against a Vocabulary. Search turns it into a Result.
type Plan struct {
	Question string
	// Norm is the NFKC-normalised, lower-cased question.
	Norm string
	// Lang is "zh", "en" or "" (neither).
	Lang  string
	Terms []Term
	// Numbers are the numbers the question mentions (years excluded).
	Numbers []Number
	// Places are the place names matched in the question; Reports the reports they resolve to.
	Places  []string
	Reports []corpus.ReportKey
	// Unresolved are the Places that identify no report, and the Names (kept here, never
	// dropped: the answer says so, and a filter question or one about a named report searches
	// for them as terms).
	Unresolved []string
	// Names are the names the question gives by their form — a Chinese name ending in a level
	// word (同里镇), a capitalised English word that is no known word (Tongli town, Mars) — that
	// neither the place matcher nor any passage knows. They are also in Unresolved.
	Names []string
	// When is the question's relative year: WhenLast (last year, 去年), WhenThis (this year,
	// 今年), WhenNext (next year, 明年) or "". It sets Intent when no word of the question does.
	When string
	// Years are the years the question names (2023年, 2024).
	Years []int
	// Level is the administrative level the question names (镇, 区, …), if any.
	Level string
	// Intent is the time frame asked about: IntentTarget (a target or plan, for the year ahead),
	// IntentActual (what was achieved, in review) or "".
	Intent string
	// Indicators are canonical indicator names the question asks about.
	Indicators []string
	// Aggregate is true for comparison and filter questions across reports.
	Aggregate bool
	// Compare is true when the question's words compare ("compare", "which is higher", "X vs
	// Y", 谁多, 相比, 分别): with two named places (or one place and two years) Search reads it as
	// a comparison of them (Result.Comparison, compare.go).
	Compare bool
	// AnyOf is true when the question's terms are alternatives ("长者食堂或者老年助餐").
	AnyOf bool
	// Comparator is how the question compares its number: ">=" (more than, 以上), "<=" (less
	// than, 以下) or "" (equal).
	Comparator string
	// Decline is true when the question asks about falls (下降, decline).
	Decline bool
	// Growth is true when the question asks about rates of growth rather than amounts.
	Growth bool
	// English records what each English word or phrase of the question became (glossary,
	// lexicon, literal, place, name or untranslated); Untranslated are the decisive words no
	// layer knows (vocab.go). An answer's Trace lists both.
	English      []EnglishTerm `json:"-"`
	Untranslated []string      `json:"-"`
	// Suggested are the places the question misspells ("Huigu town"), taken as the places it
	// means (they are in Places): the answer asks "Did you mean 浍沟镇 (Huigou)?".
	Suggested []places.Suggestion `json:",omitempty"`
}

var (
	reEnWord = regexp.MustCompile(`[a-z][a-z'\-]*`)
)

// numberWords are English number words, which the planner reads with the numbers (never
// translates as vocabulary).
var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true,
	"ten": true, "eleven": true, "twelve": true, "fifteen": true, "twenty": true, "thirty": true, "fifty": true,
}

// levelWords maps level words of both languages to a level.
var levelWords = []struct{ word, level string }{
	{"subdistrict", "街道"}, {"sub-district", "街道"}, {"township", "乡"}, {"towns", "镇"},
	{"town", "镇"}, {"districts", "区"}, {"district", "区"}, {"counties", "县"}, {"county", "县"},
}

var zhLevelWords = []struct{ word, level string }{
	{"哪些镇", "镇"}, {"哪个镇", "镇"}, {"各镇", "镇"}, {"哪些区", "区"}, {"哪个区", "区"}, {"各区", "区"},
	{"哪些县", "县"}, {"哪个县", "县"}, {"各县", "县"}, {"哪些乡", "乡"}, {"哪个乡", "乡"}, {"哪些街道", "街道"},
}

var (
	enTarget = regexp.MustCompile(`\b(target|targets|targeted|targeting|goal|goals|aim|aims|aiming|plan|plans|planned|planning|expect|expected|expects|will|intend|intends|projected|forecast|objective|objectives|strive|set)\b`)
	enActual = regexp.MustCompile(`\b(achieved|achieve|completed|complete|did|was|were|last year|reached|actual|actually|realized|realised|recorded|grew|rose|fell|in 2022|so far|has|have|had)\b`)
	zhTarget = regexp.MustCompile(`目标|预期|力争|计划|打算|将要|规划|确保|拟|设定`)
	zhActual = regexp.MustCompile(`完成|实现了|达到了|去年|上年|已经|实际|取得|了多少|多少个|增长了|下降了`)
	enAgg    = regexp.MustCompile(`\b(which|what) (of the )?(towns|districts|counties|reports|places|governments|townships|ones)\b|\bcompare\b|\bcomparison\b|\bacross\b|\ball (the )?(towns|districts|reports)\b|\blist\b|\beach (town|district|report)\b|\bhow many (towns|districts|reports)\b`)
	zhAgg    = regexp.MustCompile(`哪些|各镇|各区|各县|各报告|比较|对比|分别|有几个镇|有几个区|哪几个`)
)

// zhStop are question words removed from Chinese questions before tokenising.
// (Comparison words such as 哪个更多 are removed before them: reZhCompareWords.)
var zhStop = []string{"的数量", "或者", "或是", "还是", "以及", "或", "提到了", "提到", "提及", "谈到", "说到", "涉及", "关于", "有关",
	"哪些地方", "哪个地方", "哪些报告", "哪份报告", "分别是", "分别", "各自", "打算", "准备", "是多少", "有多少", "多少", "是什么", "什么", "哪些", "哪个", "哪几个", "怎么样", "怎样", "如何", "请问", "吗", "呢", "?", "?", "是否", "有没有", "情况", "报告了", "报告", "政府工作", "那个", "这个", "今年", "去年", "明年", "上年", "上一年", "当年", "的"}

var enStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the of in on at to for from by with and or is are was were be been being do does did
		what which who whom whose how many much when where why that this these those it its their there here
		any all each every some me my we our you your they them he she his her i about into over under than then
		please tell show give list report reports government governments work year years set sets has have had
		s town towns district districts county counties township city village per cent percent`) {
		enStop[w] = true
	}
}

// Analyze plans a question: language, numbers, years, places (resolved and not), level, time
// frame, indicators and the search terms (glossary translation for English). It is pure: v
// (which may be nil: no places, every token known) is all it reads.
func Analyze(question string, v Vocabulary) Plan {
	a := Plan{Question: question, Norm: zh.Normalize(question)}
	a.Lang = detectLang(a.Norm)
	a.Numbers = numbers(a.Norm)
	a.Years = years(a.Norm)
	if v != nil {
		a.Places, a.Reports = v.MatchPlaces(question)
		a.suggestPlaces(v)
		a.Unresolved = unresolved(v, a.Places)
	}
	a.findNames(v)
	a.dropSuggestedNames()
	a.When = relativeYear(a.Norm)
	a.Compare = reCompare.MatchString(a.Norm)
	switch a.Lang {
	case "zh":
		a.analyzeZh(v)
	case "en":
		a.analyzeEn(lexiconOf(v))
	}
	for _, n := range a.Numbers {
		v := strconv.FormatFloat(n.Value, 'f', -1, 64)
		switch {
		case n.Unit == "亿" && n.Value == 1:
			v = "亿元"
		case n.Unit == "亿" || n.Unit == "万":
			v += n.Unit
		}
		vs := []string{v}
		if reDigits.MatchString(n.Text) && n.Text != v {
			vs = append(vs, n.Text) // 12345 is also the hotline's number, not only 1.2345万
		}
		a.Terms = append(a.Terms, Term{From: n.Text, Variants: vs, Weight: 1})
	}
	a.AnyOf = alternatives(a.Norm)
	// "规模以上", "above-scale" name an indicator, not a comparison.
	cmpText := sizeWords.Replace(a.Norm)
	switch {
	case reAtLeast.MatchString(cmpText):
		a.Comparator = ">="
	case reAtMost.MatchString(cmpText):
		a.Comparator = "<="
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

var sizeWords = strings.NewReplacer("规模以上", "", "限额以上", "", "亿元以上", "", "above-scale", "", "above scale", "", "above designated size", "", "above-designated-size", "")

var (
	reDigits = regexp.MustCompile(`^[0-9]+$`)
	reAnyOf  = regexp.MustCompile(`或者?|或是|\bor\b`)
	// reEnCompareWord are the English words that only say a question compares.
	reEnCompareWord = regexp.MustCompile(`\b(compar\w*|vs|versus|differ\w*|between|respectively|higher|lower|more|less|fewer|larger|bigger|smaller|greater|faster|slower|highest|lowest|most|least|largest|biggest|smallest|fastest|slowest)\b`)
	// reCompare are the words of a comparison; they make one only with two places or years named.
	reCompare = regexp.MustCompile(`\b(compar\w*|vs|versus|differ\w*|between|respectively|each|both|which|(higher|lower|more|less|fewer|larger|bigger|smaller|greater|faster|slower)( than)?|highest|lowest|most|least|largest|biggest|smallest|fastest|slowest)\b` +
		`|谁|孰|相比|相差|比较|对比|比一比|哪个|哪一个|哪家|哪里|更高|更多|更快|更大|更低|更少|更慢|更小|高于|低于|多于|少于|分别|各是|各自|各为|各有|差距|差别|区别|不同|高低|[两三四]地|[和与跟同].{1,20}比`)
	// The English words need word boundaries: "government" holds "over", "coverage" "over".
	reAtLeast = regexp.MustCompile(`\b(more than|over|above|at least|or more|or higher|or above|or greater|exceed\w*)\b|超过|以上|不低于|不少于|高于|大于`)
	reAtMost  = regexp.MustCompile(`\b(less than|under|below|at most|or less|or lower|or below|or fewer)\b|以下|以内|不超过|低于|小于`)
	reDecline = regexp.MustCompile(`下降|减少|下滑|回落|\b(declin\w*|fell|fall|falls|drop\w*|decreas\w*|shrank|shrink\w*)\b`)
	reGrowthQ = regexp.MustCompile(`增长|增速|增幅|\b(growth|grow|grew|grows|increase\w*|rise|rose)\b`)
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
		if v.Year() || v.Ordinal || v.Form != num.FormArabic && v.Dim() != num.DimPct {
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

// functionChars are characters that questions attach to content words ("建口袋公园",
// "给村集体经济定的目标"): verbs of asking, particles, measure words.
const functionChars = "建给定做搞抓有是在了对把被让向从到和与及跟同为于由以将要会能可该这那其各每哪些个多少几什么怎样吗呢吧啊地得着过又也都就才还再很最更太"

// trimFunctionChars drops function characters from the ends of a question segment when they
// do not form a word with their neighbour anywhere in the reports (the bigram is unknown to
// the index), so that they do not count as missing content.
func trimFunctionChars(seg string, v Vocabulary) string {
	known := func(bi string) bool { return v == nil || v.Known(bi) }
	rs := []rune(seg)
	for len(rs) >= 2 && strings.ContainsRune(functionChars, rs[0]) && !known(string(rs[:2])) {
		rs = rs[1:]
	}
	for len(rs) >= 2 && strings.ContainsRune(functionChars, rs[len(rs)-1]) && !known(string(rs[len(rs)-2:])) {
		rs = rs[:len(rs)-1]
	}
	return string(rs)
}

func (a *Plan) analyzeZh(v Vocabulary) {
	q := a.Norm
	for _, lw := range zhLevelWords {
		if strings.Contains(q, lw.word) {
			a.Level = lw.level
		}
	}
	if zhTarget.MatchString(q) {
		a.Intent = IntentTarget
	} else if zhActual.MatchString(q) {
		a.Intent = IntentActual
	}
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
	q = reHowMany.ReplaceAllString(q, " ")
	if a.Compare {
		q = reZhCompareWords.ReplaceAllString(q, " ")
		if len(a.Places) >= 2 {
			q = reZhGapWords.ReplaceAllString(q, " ")
		}
	}
	q = reZhWhichPlace.ReplaceAllString(q, " ")
	for _, w := range zhStop {
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
	// Intent words say what kind of figure is asked for; passages often state it without them.
	for _, w := range zhIntentWords {
		if strings.Contains(q, w) {
			q = strings.ReplaceAll(q, w, " ")
			a.Terms = append(a.Terms, Term{From: w, Variants: []string{w}, Weight: intentWeight})
		}
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
	for _, seg := range strings.FieldsFunc(q, func(r rune) bool { return !zh.IsHan(r) }) {
		seg = trimFunctionChars(seg, v)
		if len([]rune(seg)) < 2 {
			continue
		}
		a.Terms = append(a.Terms, Term{From: seg, Variants: []string{seg}, Weight: 1})
	}
}

// intentWeight is the weight of words that only say whether a target or an actual is asked for.
const intentWeight = 0.3

var (
	// reHowMany is "how many" with its measure word: 多少户, 几个, 多少万元.
	reHowMany  = regexp.MustCompile(`(多少|几)(万|亿)?[个户家人名项亩元次座所条处辆艘位间套张台栋公里平方米吨]?`)
	reYearWord = regexp.MustCompile(`(19|20)\d{2}年?`)
	// reZhWhichPlace asks which places (哪些镇, 哪个区, 哪几个县): question words, like zhStop.
	reZhWhichPlace = regexp.MustCompile(`哪(些|个|几个)[镇乡区县市村]`)
	// reZhCompareWords are the words that ask for a comparison (相比, 谁更高, 哪个多): not terms.
	reZhCompareWords = regexp.MustCompile(`相比|相差|对比|比较一下|比一比|比较|[两三四]地|((谁|孰|哪个|哪一个|哪家)更?|更)(高|多|快|大|低|少|慢|小)(一些|一点)?|谁|孰|各是|各为|各有`)
	// reZhGapWords ask for a comparison between named places (差距, 高低) but are content of their
	// own in a question about one place (城乡收入差距).
	reZhGapWords  = regexp.MustCompile(`差距|差别|区别|高低`)
	zhIntentWords = []string{"预期目标", "目标", "预期", "计划", "力争", "完成了", "完成", "实现了", "实现", "达到了", "达到"}
)

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

func (a *Plan) analyzeEn(lex *lexicon.Lexicon) {
	q := a.Norm
	for _, lw := range levelWords {
		if regexp.MustCompile(`\b` + lw.word + `\b`).MatchString(q) {
			a.Level = lw.level
			break
		}
	}
	if enTarget.MatchString(q) {
		a.Intent = IntentTarget
	} else if enActual.MatchString(q) {
		a.Intent = IntentActual
	}
	a.Aggregate = enAgg.MatchString(q)
	matches := a.preferLexiconPhrases(lex, q, glossary.Default().Translate(q))
	covered := make([]bool, len(q))
	for _, m := range matches {
		for i := m.Start; i < m.End && i < len(covered); i++ {
			covered[i] = true
		}
		if isPlaceWord(m.Phrase, a.Places) || isLevelWord(m.Phrase) {
			continue
		}
		w := 1.0
		if isIntentTerm(m.Chinese) {
			w = intentWeight
		}
		a.Terms = append(a.Terms, Term{From: m.Phrase, Variants: m.Chinese, Weight: w})
		a.English = append(a.English, EnglishTerm{Text: q[m.Start:m.End], Layer: LayerGlossary, Chinese: m.Chinese, Weights: repeatWeight(w, len(m.Chinese)), At: m.Start})
	}
	for _, ind := range englishIndicators(q, matches) {
		a.Indicators = appendUnique(a.Indicators, ind)
	}
	// A comparison's own words ("which grew faster", "higher", "vs") are the planner's, not
	// content to look for.
	if a.Compare {
		var phrases []lexicon.Match
		if lex != nil {
			phrases = lex.Translate(q).Matches
		}
		for _, loc := range reEnCompareWord.FindAllStringIndex(q, -1) {
			// A comparison word that opens a longer phrase of the lexicon is content: "higher
			// education" (高等教育), "lowest-income households".
			if slices.ContainsFunc(phrases, func(m lexicon.Match) bool { return m.Start == loc[0] && m.End > loc[1] }) {
				continue
			}
			for i := loc[0]; i < loc[1]; i++ {
				covered[i] = true
			}
		}
	}
	// Then the store's lexicon, for the content words the glossary lacks.
	a.translateOpen(lex, q, covered)
	// Words neither knows stay as literal terms when they may occur in Chinese text (acronyms
	// such as GDP, 5G, VOCs); plain English words cannot match and are dropped.
	for _, loc := range reEnWord.FindAllStringIndex(q, -1) {
		if covered[loc[0]] {
			continue
		}
		w := q[loc[0]:loc[1]]
		if enStop[w] || isPlaceWord(w, a.Places) {
			continue
		}
		if a.literal(w) {
			a.Terms = append(a.Terms, Term{From: w, Variants: []string{w}, Weight: 0.5})
			a.English = append(a.English, EnglishTerm{Text: w, Layer: LayerLiteral, Chinese: []string{w}, Weights: []float64{0.5}, At: loc[0]})
		}
	}
	slices.SortStableFunc(a.English, func(x, y EnglishTerm) int { return x.At - y.At })
	a.preferQuoted()
}

// repeatWeight returns n copies of w (a glossary translation's variants share its weight).
func repeatWeight(w float64, n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = w
	}
	return out
}

// isPlaceWord reports whether an English word is (part of) the pinyin of a matched place.
func isPlaceWord(w string, placesMatched []string) bool {
	w = strings.ReplaceAll(strings.ToLower(w), " ", "")
	for _, p := range placesMatched {
		for _, py := range placePinyins(p) {
			if w != "" && strings.Contains(py, w) {
				return true
			}
		}
	}
	return false
}

func splitLevelSuffix(name string) (string, string) {
	for _, l := range []string{"街道", "自治区", "镇", "乡", "区", "县", "市", "省"} {
		if strings.HasSuffix(name, l) && len(name) > len(l) {
			return strings.TrimSuffix(name, l), l
		}
	}
	return name, ""
}

func appendUnique(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// isLevelWord reports whether an English phrase is only a level word ("town", "districts"):
// levels filter reports; as search terms they would favour passages that say 镇 or 区.
func isLevelWord(p string) bool {
	for _, lw := range levelWords {
		if p == lw.word {
			return true
		}
	}
	return p == "township" || p == "city" || p == "cities"
}

// isIntentTerm reports whether a glossary translation only names an intent (目标, 计划, 完成…)
// or a time (今年, 去年).
func isIntentTerm(chinese []string) bool {
	for _, c := range chinese {
		if !slices.Contains(zhIntentWords, c) && !slices.Contains(zhStop, c) && (c == "" || reZhWhichPlace.FindString(c) != c) && !reYearWord.MatchString(c) {
			return false
		}
	}
	return len(chinese) > 0
}
