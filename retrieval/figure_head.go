package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
)

// What a count counts, read from both sides: a number followed by a unit of time (15分钟, 3个月,
// 0.5个工作日) measures a duration, not a number of things; a Chinese question counts the noun
// it puts after 多少 and its measure word (办理了多少件人大代表建议 counts 建议, not what 办理
// is done to); an English noun phrase ends in its head ("how many breakthrough pilot
// highlights" counts highlights).

// reDurationAfter matches the unit of time a number is followed by when it measures a duration.
var reDurationAfter = lazyre.New(`^(?:余|多)?(?:分钟|小时|个小时|个月|个工作日|工作日|天|周|秒|分)`)

// duration reports whether the words after figure v of text (its measure word included) make
// it a duration: 15分钟 is a time, not fifteen of the things a how-many question asks about.
func duration(text string, v num.Value) bool {
	rest := text[v.End:]
	if v.Unit != "" && strings.HasSuffix(text[:v.End], v.Unit) {
		rest = v.Unit + rest // 3个月: num reads 个 as the measure word
	}
	return reDurationAfter.MatchString(rest)
}

// reEnTimeCount matches an English how-many question for a number of time units ("how many
// days", "how many working days"): a duration then answers.
var reEnTimeCount = lazyre.New(`\bhow many (?:[a-z\-]+ )?(?:seconds|minutes|hours|days|weeks|months|years)\b`)

// reZhTimeCount matches a Chinese question for a number of time units (多少个月, 几天) or for how
// long (多久, 多长时间).
var reZhTimeCount = lazyre.New(`(?:多少|几)(?:个)?(?:月|天|小时|分钟|秒|周|工作日|个工作日)|` + zhHowLong)

// zhHowLong are the words of a Chinese question that ask how long (多久, 多长时间): question words,
// removed like zhStop's.
const zhHowLong = `多久|多长时间|多少时间`

// asksTime reports whether a question counts units of time: only then does a duration answer
// a how-many question.
func asksTime(p Plan) bool {
	if p.Lang == "zh" {
		return reZhTimeCount.MatchString(p.Norm)
	}
	return reEnTimeCount.MatchString(p.Norm)
}

// zhCountedTerm returns, for a Chinese question that counts a noun it puts after 多少 or 几
// and a measure word (多少件人大代表建议), the term that holds that noun and the noun without
// its measure word; ok is false when no term follows the question word.
func zhCountedTerm(p Plan) (t Term, noun string, ok bool) {
	loc := reZhCountAsk.FindStringIndex(p.Norm)
	if loc == nil {
		return Term{}, "", false
	}
	after := p.Norm[loc[1]:]
	after = after[len(reLeadLocative.FindString(after)):] // 几家市里的企业 counts 企业
	for _, t := range p.Terms {
		if t.Weight < 1 {
			continue
		}
		whole := strings.TrimPrefix(strings.TrimPrefix(t.From, "多少"), "几")
		// The term as it stands first: its first character may be a measure word's and the
		// noun's own (人 of 人大代表建议, once 多少件 is taken off whole); then without the
		// measure word it may still carry (件人大代表建议).
		for _, from := range []string{whole, whole[len(reZhLeadMeasure.FindString(whole)):]} {
			if utf8.RuneCountInString(from) < 2 {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(from); !zh.IsHan(r) {
				continue
			}
			if strings.HasPrefix(after, from) {
				return t, from, true
			}
		}
	}
	return Term{}, "", false
}

// reZhCountAsk is a Chinese question word with its measure word: 多少件, 几个, 多少万名.
var reZhCountAsk = lazyre.New(`(?:多少|几)(?:万|亿)?` + zhCountMeasure)

// zhCountMeasure is a measure word of a Chinese count question (件, 人次, 个…).
const zhCountMeasure = `(?:人次|[个项家人名户次座所条处辆艘栋套部起台件场批株棵只头口间轮篇份支盏块张位])`

// reZhLeadMeasure is a measure word a term split at the question word starts with (件 of
// 件人大代表建议).
var reZhLeadMeasure = lazyre.New(`^` + zhCountMeasure)

// enHeadNoun returns the head of the noun phrase a how-many question counts, when the phrase
// runs past the two words reEnHowMany reads: English puts the head last ("how many
// breakthrough pilot highlights", "how many routine prevention measures"). It returns "" when
// the phrase has at most two words.
func enHeadNoun(q string) string {
	m := howManyMatch(q)
	if m == nil || m[2] == "" || !nounNext(m[2]) {
		return ""
	}
	i := strings.Index(q, m[0])
	if i < 0 {
		return ""
	}
	head := ""
	for _, f := range strings.Fields(q[i+len(m[0]):]) {
		w := strings.TrimRight(f, "?.,!;:")
		if w == "" || !reEnWord.MatchString(w) || reEnWord.FindString(w) != w || !nounNext(w) || reLeadModifier.MatchString(w) {
			break
		}
		head = w
		if w != f {
			break // punctuation ends the phrase
		}
	}
	return head
}

// headCounted reports whether a figure of the kind asked for is followed, in its own clause,
// by the thing an English how-many question counts, in the order a Chinese count names it
// (number, measure word, modifiers, noun): a wording of the head noun of the question's noun
// phrase (20条措施 for "how many routine prevention measures": 措施 of "measures"; 60个突破性、
// 示范性亮点 for "highlights"), or wordings of two of the question's words (10条精细化管理样板路
// for "how many model streets with fine-grained management": 精细, 管理), whatever the
// lexicon's confidence in its renderings.
func headCounted(p Plan, w figureWant, text string, v num.Value) bool {
	if !w.fitsNotRank(text, v) {
		return false
	}
	if w.groups && (v.Unit == "支" || v.Unit == "" && MeasureWord(text[v.End:]) == "支" || groupAfter(text[v.End:])) {
		// 支 counts teams, troupes, forces (67支应急队伍 for "how many emergency teams"); so
		// does a count of a noun formed with a group's character (14个工作专班 for "task forces").
		return true
	}
	if v.Unit == "" || v.Dim() != num.DimCount {
		return false // no count: a number in a name (温馨772商业综合体) heads no noun phrase
	}
	lo, hi := clauseBounds(text, v)
	after := text[v.End:hi]
	head, last := enHeadNoun(p.Norm), lastCounted(p.Norm)
	terms := 0
	for _, t := range p.Terms {
		if t.Weight < nounWeight || reFrameWord.MatchString(strings.ToLower(t.From)) {
			continue
		}
		isHead := head != "" && namesWord(t.From, head)
		if last != "" && t.Weight >= beforeWeight && namesWord(t.From, last) && slices.ContainsFunc(t.Variants, func(x string) bool {
			return utf8.RuneCountInString(x) >= 2 && (x == v.Unit || headBefore(text[lo:v.Start], x))
		}) {
			return true // 出动人员3500余人次 for "how many person-times", 群众诉求95件 for "requests"
		}
		if !slices.ContainsFunc(t.Variants, func(x string) bool {
			return utf8.RuneCountInString(x) >= 2 && !zhVerbOnly(x) && !slices.Contains(zhIntentWords, x) && strings.Contains(after, x)
		}) {
			continue
		}
		if isHead {
			return true
		}
		terms++
	}
	return terms >= 2
}

// lastCounted is the last word of the noun phrase a how-many question counts, however short
// the phrase: "requests" of "how many citizen requests had…", "person-times" of "how many
// person-times did…"; "" for none.
func lastCounted(q string) string {
	if h := enHeadNoun(q); h != "" {
		return h
	}
	m := howManyMatch(q)
	switch {
	case m == nil:
		return ""
	case m[2] != "" && nounNext(m[2]):
		return m[2]
	case nounNext(m[1]):
		return m[1]
	}
	return ""
}

// namesWord reports whether a term's words hold word, or its singular.
func namesWord(term, word string) bool {
	return slices.ContainsFunc(strings.Fields(strings.ToLower(term)), func(f string) bool {
		return f == word || f+"s" == word || f+"es" == word
	})
}

// headBefore reports whether before, the clause up to a count, ends with the wording of the
// head noun, at most headGap characters before the count and no number between: a count
// written after its noun (受理12345平台群众诉求95件, 排查隐患107个) counts it as one written
// before it does.
func headBefore(before, wording string) bool {
	i := strings.LastIndex(before, wording)
	if i < 0 {
		return false
	}
	gap := before[i+len(wording):]
	return utf8.RuneCountInString(gap) <= headGap && !strings.ContainsFunc(gap, unicode.IsDigit)
}

// beforeWeight is the least weight of the head's term for its wording before a count, or as its
// measure word, to say what the count counts: a weak guess of the lexicon ("events" → 项目)
// would take any count of projects for it.
const beforeWeight = 0.3

// headGap is how many characters may stand between a noun and the count written after it
// (a verb or 共: 隐患共107个).
const headGap = 2

// CountAnswers reports, for an English how-many question, whether text states a count of the
// kind asked for followed in its clause by the thing asked (headCounted): the sentence then
// answers in the reports' own words, though the question's other words (how the thing came
// about, the programme it belongs to) are rendered in words the sentence does not use.
func CountAnswers(p Plan, text string) bool {
	if p.Lang != "en" || !reEnHowMany.MatchString(p.Norm) {
		return false
	}
	w := wantFigure(p)
	for _, v := range figures(text) {
		if headCounted(p, w, text, v) {
			return true
		}
	}
	return false
}

// groupNouns are the nouns that count groups of people: a count of people (名, 人) is no
// number of them ("how many emergency teams were on standby": 67支应急队伍, not 8.4万名医护人员).
var groupNouns = map[string]bool{
	"teams": true, "squads": true, "groups": true, "crews": true, "brigades": true, "troupes": true,
	"forces": true, "units": true, "committees": true, "associations": true, "organisations": true,
	"organizations": true, "clubs": true, "unions": true, "cooperatives": true, "co-ops": true,
}

// groupChars are the characters Chinese nouns of groups of people are formed with (队伍, 工作组,
// 专班, 服务团).
const groupChars = "队组班团"

// groupAfter reports whether the noun right after a count (rest: the text after it, up to
// groupReach Han characters) is formed with a group's character: 14个工作专班.
func groupAfter(rest string) bool {
	n := 0
	for _, r := range rest {
		if !zh.IsHan(r) || n >= groupReach {
			break
		}
		if strings.ContainsRune(groupChars, r) {
			return true
		}
		n++
	}
	return false
}

// groupReach is how many characters after a count groupAfter reads: a measure word and a noun.
const groupReach = 5

// reAsksPlace is a question for a place or a person ("Where can visitors try…", "在哪里"): an
// indicator's word in it (visitors → 接待游客) names a topic, not the value asked for.
var reAsksPlace = lazyre.New(`^(?:where|who|whom)\b|在哪|哪里|哪儿|是谁`)

// asksPlace reports whether a plan's question asks where or who rather than how much.
func asksPlace(p Plan) bool { return reAsksPlace.MatchString(p.Norm) }

// timeSpan reports whether figure v of text counts units of time, as a question that counts
// them asks ("once in how many years": 70年未遇的洪峰): a duration, or a number of years that
// is no year's date (70年, not 2023年).
func timeSpan(text string, v num.Value) bool {
	if duration(text, v) {
		return true
	}
	return !v.Year() && v.Dim() == num.DimNone && strings.HasPrefix(text[v.End:], "年")
}
