package answer

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/en"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
	"github.com/reportbot/reportbot/retrieval"
)

// What ties a figure of a quote to the question: the question's terms around it (the indicator
// it measures, the noun it counts), its clause and list item, the scope of a rank.

// termNear is the question term nearest before the figure at start in its clause (or, failing
// that, right after it), and its distance in characters; ok is false when none is.
func termNear(a retrieval.Plan, clause string, at int) (t retrieval.Term, dist int, ok bool) {
	dist = 1 << 30
	for _, term := range a.Terms {
		if term.Weight < 0.3 || term.From == "" {
			continue
		}
		for _, variant := range term.Variants {
			if variant == "" || !strings.ContainsFunc(variant, zh.IsHan) || slices.Contains(riseWords, variant) || slices.Contains(fallWords, variant) {
				continue
			}
			if i := strings.LastIndex(clause[:at], variant); i >= 0 {
				if d := utf8.RuneCountInString(clause[i+len(variant) : at]); d < dist {
					t, dist, ok = term, d, true
				}
			}
			if i := strings.Index(clause[at:], variant); i >= 0 {
				if d := 8 + utf8.RuneCountInString(clause[at:at+i]); d < dist {
					t, dist, ok = term, d, true
				}
			}
		}
	}
	return t, dist, ok
}

// headNear reports whether a wording of the question's term for the head noun asked about
// stands just before the figure (within 10 characters, in its own clause: ownClause) or right
// after it, or ends the noun phrase that runs to its clause's end (headEndsClause), or ends the noun
// phrase after a generic count (228个农村生活污水处理设施 for "facilities"), or is the figure's
// own unit (129公顷 for "hectares": the unit of the figure before, 129公顷,留白增绿74公顷, is
// not alone what ties 74公顷 to the question).
func headNear(a retrieval.Plan, quote string, v num.Value, head string) bool {
	phrase := nounPhraseAfter(quote, v)
	clause, w := ownClause(quote, v) // 改造 ends the clause before 新建1个…机构: not 1个's noun
	return headEndsClause(a, quote, v, head) || slices.ContainsFunc(headTerms(a, head, 0.1), func(t retrieval.Term) bool {
		return v.Unit != "" && slices.Contains(t.Variants, v.Unit) || retrieval.NearFigure(clause, w, t.Variants) ||
			slices.ContainsFunc(t.Variants, func(w string) bool { return len(w) > 3 && strings.Contains(phrase, w) })
	})
}

// nounPhraseAfter is the run of Han characters (at most nounPhrase of them) right after a
// count in a generic measure word (phraseCounters) that ends a noun phrase (228个农村生活污水处理
// 设施, 2家农产品仓储保鲜设施项目): the head noun is one of its words. "" for other figures.
func nounPhraseAfter(quote string, v num.Value) string {
	if !strings.Contains(phraseCounters, v.Unit) || v.Unit == "" || v.Noun != "" {
		return ""
	}
	rest := []rune(quote[v.QualEnd:])
	n := 0
	for n < len(rest) && n < nounPhrase && (zh.IsHan(rest[n]) || attributeListed(rest, n)) {
		n++
	}
	return string(rest[:n])
}

// phraseCounters are the measure words that count whatever noun phrase follows them: 个; 家,
// which counts firms but also the projects or shops a report names after it; and 所, which
// counts schools and institutions of every kind (2所中小学, 3所学校).
const phraseCounters = "个家所"

// attributeListed reports whether rest[n] is a 、 joining attributes of one noun (60个突破性、
// 示范性亮点): the word before it ends in an attributive suffix, so the phrase goes on to the
// noun; a 、 after a noun (5个村、3个社区) ends it.
func attributeListed(rest []rune, n int) bool {
	return rest[n] == '、' && n > 0 && strings.ContainsRune(attributeSuffixes, rest[n-1]) && n+1 < len(rest) && zh.IsHan(rest[n+1])
}

// attributeSuffixes end the attributive words a report lists before one noun (突破性、示范性,
// 国家级、省级, 创新型、科技型).
const attributeSuffixes = "性级型式"

// nounPhrase is the most characters of a noun phrase after a generic count.
const nounPhrase = 12

// tightBounds are the bounds of the clause of s holding start…end, a list item (between 、)
// counting as a clause: "投资3500万元的卫生院门诊大楼建设工程" of "…、投资3500万元的卫生院…、…".
func tightBounds(s string, start, end int) (int, int) {
	i, j := clauseBounds(s, start, end)
	if k := strings.Index(s[end:j], "、"); k >= 0 {
		j = end + k
	}
	return i, j
}

// bigramHits counts the pairs of adjacent characters of a wording that text holds (刑事, 案件 of
// a question's run-together 区刑事案件降).
func bigramHits(wording, text string) int {
	rs := []rune(wording)
	n := 0
	for i := 0; i+1 < len(rs); i++ {
		if strings.Contains(text, string(rs[i:i+2])) {
			n++
		}
	}
	return n
}

// bigramShare is the share of a wording's pairs of adjacent characters that text holds: 1 when
// it holds the wording, part of it for a long wording the question runs together
// (卫生院门诊大楼建设工程投资 against "投资3500万元的卫生院门诊大楼建设工程").
func bigramShare(wording, text string) float64 {
	if wording == "" {
		return 0
	}
	if strings.Contains(text, wording) {
		return 1
	}
	rs := []rune(wording)
	if len(rs) < 3 {
		return 0
	}
	return float64(bigramHits(wording, text)) / float64(len(rs)-1)
}

// reScope is where a ranking ranks, written right before the ordinal: 全省, 全国, 全市.
var reScope = lazyre.New(`(?:全[国省市区县镇]|[国省市区县]内)$`)

// ordinalScope is the scope written right before an ordinal (全省 of 全省第十), or the whole
// lead when it is that short (four characters at most); "" when none.
func ordinalScope(lead string) string {
	if m := reScope.FindString(lead); m != "" {
		return m
	}
	if utf8.RuneCountInString(lead) <= 4 {
		return lead
	}
	return ""
}

// frameLabels are question terms that say the time frame, not what a figure measures.
var frameLabels = map[string]bool{"plan": true, "plans": true, "planned": true, "planning": true, "target": true,
	"targets": true, "goal": true, "goals": true, "aim": true, "aims": true, "complete": true, "completed": true}

// termLabel is the question term a figure's clause holds that names what the figure measures:
// the weightiest (a glossary term before a lexicon guess), of equals the one of the longest
// wording (高标准农田 before 建设, 开票销售 before 工业), then the one nearest before the figure
// (at, a byte offset in clause), else nearest after it; in the question's words ("village
// plans", "工业投资"). "" when the clause holds none.
func termLabel(a retrieval.Plan, clause string, at int) string {
	best, bestW, bestN, bestD := "", 0.0, 0, 0
	for _, t := range a.Terms {
		if t.Weight < 0.3 || t.From == "" || t.Weight < bestW || frameLabels[strings.ToLower(t.From)] || numberWord(t.From) {
			continue
		}
		n, d := 0, -1
		for _, v := range t.Variants {
			if v == "" || !strings.ContainsFunc(v, zh.IsHan) || slices.Contains(riseWords, v) || slices.Contains(fallWords, v) {
				continue
			}
			vd := -1
			if i := strings.LastIndex(clause[:at], v); i >= 0 {
				vd = at - (i + len(v))
			} else if j := strings.Index(clause[at:], v); j >= 0 {
				vd = len(clause) + j // after the figure: farther than any before it
			}
			if vn := utf8.RuneCountInString(v); vd >= 0 && (vn > n || vn == n && vd < d) {
				n, d = vn, vd
			}
		}
		if genericMeasure[strings.ToLower(t.From)] {
			n = 0 // "funds" names only the kind of figure: any other term of the clause says more
		}
		if d >= 0 && (best == "" || t.Weight > bestW || n > bestN || n == bestN && d < bestD) {
			best, bestW, bestN, bestD = t.From, t.Weight, n, d
		}
	}
	return best
}

// sameCount reports whether a figure's count class is the asked one (person-times count people,
// people count jobs: 带动就业2万余人).
func sameCount(c, asked string) bool {
	return c == asked || (asked == "people" || asked == "jobs") && strings.HasPrefix(c, "person") || asked == "jobs" && c == "people"
}

// headTerms are the question's terms that translate the head noun asked about, of at least
// minWeight.
func headTerms(a retrieval.Plan, head string, minWeight float64) []retrieval.Term {
	var out []retrieval.Term
	for _, t := range a.Terms {
		if t.Weight >= minWeight && slices.ContainsFunc(strings.Fields(strings.ToLower(t.From)), func(w string) bool { return sameWord(w, head) }) {
			out = append(out, t)
		}
	}
	return out
}

// sameWord reports whether two lower-case English words are one word in its singular or plural
// ("museum" of a glossary term, "museums" of the question).
func sameWord(a, b string) bool { return a == b || en.Stem(a) == en.Stem(b) }

// headKnown reports whether the question's head noun has a Chinese wording weighty enough to
// check a figure against.
func headKnown(a retrieval.Plan, head string) bool { return len(headTerms(a, head, 0.1)) > 0 }

// headIn reports whether the quote holds a wording of the question's head noun.
func headIn(a retrieval.Plan, quote, head string) bool {
	for _, t := range headTerms(a, head, 0.1) {
		if slices.ContainsFunc(t.Variants, func(s string) bool { return s != "" && strings.Contains(quote, s) }) {
			return true
		}
	}
	return false
}

// headMeasure reports whether a figure's measure word is the last character of a wording of the
// head noun (98轮 asked as "rounds", translated 一轮, 二轮).
func headMeasure(a retrieval.Plan, quote string, v num.Value, head string) bool {
	m := v.Unit
	if m == "" {
		m = retrieval.MeasureWord(quote[v.End:])
	}
	if m == "" {
		return false
	}
	for _, t := range headTerms(a, head, 0) {
		if slices.ContainsFunc(t.Variants, func(s string) bool { return strings.HasSuffix(s, m) }) {
			return true
		}
	}
	return false
}

// numberWords are English words for numbers: a term of them (five of 五保金) names no
// indicator, it is part of a name a figure line would misread.
var numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "hundred": true, "thousand": true, "million": true}

// numberWord reports whether a term is a number, in words or digits.
func numberWord(from string) bool {
	f := strings.ToLower(strings.TrimSpace(from))
	return numberWords[f] || f != "" && strings.Trim(f, "0123456789.,") == ""
}
