package retrieval

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/cedict/ordinary"
	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/internal/zh"
)

// Spoken Chinese question forms whose words ask rather than name what is asked: 想 before a
// verb (固投想涨多少), a name asked with 叫啥 or 是啥 (合并后叫啥), and a span of the year named
// by its quarters or halves (前三季度, 上半年), which the reports write as months (1至9月份).
// Left in, they join the words beside them into a run no report holds (想涨, 叫啥, 季度), and the
// question is declined as about a subject the reports never mention.

// zhAskVerbs are the asker's own verbs of wanting to know (我想知道…): they name nothing a
// report writes.
var zhAskVerbs = []string{"想知道", "想了解", "想问问", "想问", "想查查", "想查", "想看看", "想看一下", "想请问"}

// CutAskVerbsZh replaces the asker's verbs of wanting to know (zhAskVerbs) with a space.
func CutAskVerbsZh(q string) string {
	for _, w := range zhAskVerbs {
		q = strings.ReplaceAll(q, w, " ")
	}
	return q
}

// cutLoneWish removes 想 used as a verb of wishing before another verb (想涨, 想引进, 想建):
// 想 that makes an ordinary word with the character before or after it (思想, 理想, 想法,
// 设想) is part of that word and stays.
func cutLoneWish(q string) string {
	q = CutAskVerbsZh(q)
	var b strings.Builder
	prev := ""
	for i, r := range q {
		if r == '想' {
			next, _ := utf8.DecodeRuneInString(q[i+utf8.RuneLen(r):])
			if zh.IsHan(next) && (prev == "" || !ordinary.Has(prev+"想")) && !ordinary.Has("想"+string(next)) {
				b.WriteString(" ")
				prev = ""
				continue
			}
		}
		b.WriteRune(r)
		prev = ""
		if zh.IsHan(r) {
			prev = string(r)
		}
	}
	return b.String()
}

// reZhNameAsk asks what a thing is called or what it is (叫啥, 叫什么名字, 是啥, 啥名字):
// question words, like 什么 (zhStop), that no report writes.
var reZhNameAsk = lazyre.New(`叫(?:个)?(?:啥|什么)(?:名字|名称|名)?|(?:是|有)?啥(?:名字|名称|名)?|什么名字|什么名称`)

// reZhPersonNameAsk is a name asked of a person, by title (镇长叫什么名字, 书记叫啥): the reports
// name no official, so the name is a subject they never mention (zhPersonNameTerms).
var reZhPersonNameAsk = lazyre.New(`(?:长|书记|主任|负责人|领导|人)(?:现在|目前)?叫(?:个)?(?:啥|什么)`)

// zhPersonNameTerms returns, for a question that asks a person's name (reZhPersonNameAsk), the
// term 姓名 that such a name would be stated with: unlike a thing's name (合并后叫啥, which the
// report states as the name itself), a person's name is nothing the reports hold, and cutting
// the asking words (reZhNameAsk) must not leave the title alone to be answered with any passage
// that mentions it (乡镇长有约制度).
func zhPersonNameTerms(q string) []Term {
	if !reZhPersonNameAsk.MatchString(q) {
		return nil
	}
	return []Term{{From: "姓名", Variants: []string{"姓名"}, Weight: 1}}
}

// zhSpans are the spans of a year asked by quarter or half (前三季度, 上半年) or by a count of
// months (前十一个月), with the months the reports write them as (1至9月份, 1-11月).
var zhSpans = []struct {
	re     *lazyre.Regexp
	months int // the span runs from January to this month
}{
	{lazyre.New(`(?:第)?一季度|首季度`), 3},
	{lazyre.New(`上半年|前两个?季度|前二季度`), 6},
	{lazyre.New(`前三季度`), 9},
}

// reZhFirstMonths is a count of months from January (前十一个月, 前11个月), or the months
// written out from January as the reports write them (1-11月, 1至9月份, 一至九月).
var reZhFirstMonths = lazyre.New(`前([0-9]{1,2}|[一二三四五六七八九十]{1,3})个月|` + zhMonthsFromJanuary)

// zhMonthsFromJanuary is the months from January as the reports write them (1-11月, 1至9月份,
// 一至九月), the last month in its one group.
const zhMonthsFromJanuary = `(?:1|一)\s*(?:至|-|—|~|到)\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?`

// spanWeight is the weight of a span's term: it favours the passage that states the figure for
// those months, yet a report that states the year's figure only still covers the question.
const spanWeight = 1

// monthSpanWordings returns how the reports write the months 1 to n: 1至9月, 1-9月, 1—9月.
func monthSpanWordings(n int) []string {
	s := strconv.Itoa(n)
	return []string{"1至" + s + "月", "1-" + s + "月", "1—" + s + "月", "1~" + s + "月", "一至" + zhNumeral(n) + "月"}
}

// zhSpanTerms cuts q's spans of the year asked by quarter, half or count of months and returns
// q without them and a term for each, worded as the reports write the months.
func zhSpanTerms(q string) (string, []Term) {
	var out []Term
	add := func(from string, n int) {
		if n >= 1 && n <= 12 {
			out = append(out, Term{From: from, Variants: append([]string{from}, monthSpanWordings(n)...), Weight: spanWeight})
		}
	}
	for _, s := range zhSpans {
		for _, m := range s.re.FindAllString(q, -1) {
			add(m, s.months)
		}
		q = s.re.ReplaceAllString(q, " ")
	}
	for _, m := range reZhFirstMonths.FindAllStringSubmatch(q, -1) {
		if n := monthCount(m[1] + m[2]); n < 12 {
			add(m[0], n) // 1至12月 is the year
		}
	}
	q = reZhFirstMonths.ReplaceAllString(q, " ")
	return q, out
}

// monthCount reads a count of months written in digits or Chinese numerals (11, 十一); 0 if
// it is neither.
func monthCount(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return zhNumeralValue(s)
		}
		n = n*10 + int(r-'0')
	}
	return n
}

var zhDigits = []rune("一二三四五六七八九")

// zhNumeralValue reads a Chinese numeral from 一 to 九十九; 0 otherwise.
func zhNumeralValue(s string) int {
	digit := func(r rune) int {
		for i, d := range zhDigits {
			if d == r {
				return i + 1
			}
		}
		return 0
	}
	rs := []rune(s)
	switch {
	case len(rs) == 1 && rs[0] == '十':
		return 10
	case len(rs) == 1:
		return digit(rs[0])
	case len(rs) == 2 && rs[0] == '十':
		return 10 + digit(rs[1])
	case len(rs) == 2 && rs[1] == '十':
		return 10 * digit(rs[0])
	case len(rs) == 3 && rs[1] == '十' && digit(rs[0]) > 0 && digit(rs[2]) > 0:
		return 10*digit(rs[0]) + digit(rs[2])
	}
	return 0
}

// zhNumeral writes 1 to 12 in Chinese numerals (十一).
func zhNumeral(n int) string {
	switch {
	case n < 10:
		return string(zhDigits[n-1])
	case n == 10:
		return "十"
	}
	return "十" + string(zhDigits[n-11])
}

// reZhMerge is a question's merging of units (合并后叫啥, 合并以后): the reports write it
// 撤并, 整合 or 并入 (撤并整合齐都中心小学与桓公小学成立闻韶书院小学), and 后 ("after") asks
// what the merging made, which the report states without it.
var reZhMerge = lazyre.New(`(?:合并|合成一个|并成一个|合到一起|并到一起)(?:以后|之后|后)?`)

// zhMergeWordings are how the reports write a merging of units.
var zhMergeWordings = []string{"合并", "撤并", "整合", "并入", "合署"}

// zhMergeTerms cuts q's spoken merging (reZhMerge) and returns q without it and a term worded
// as the reports write it.
func zhMergeTerms(q string) (string, []Term) {
	if !reZhMerge.MatchString(q) {
		return q, nil
	}
	return reZhMerge.ReplaceAllString(q, " "), []Term{{From: "合并", Variants: zhMergeWordings, Weight: 1}}
}

// unstatedSpans returns the spans a plan asks (前三季度, 上半年, "the first half", "the past five
// years": isSpanTerm) that the chosen passage does not state in its wordings: the figure it
// quotes is then the year's, not the span's, and the span is named as missing rather than
// answered with it. before is the start of the passage's first sentence when the passage
// before holds it (sentenceBefore): a sentence cut by the chunker states its span for every
// clause (1至9月份,全镇财政收入333万元;| 固定资产投资1765万元).
func unstatedSpans(p Plan, best *Evidence, before string) []string {
	var out []string
	for _, t := range p.Terms {
		if !isSpanTerm(t) {
			continue
		}
		if best == nil || !slices.ContainsFunc(t.Variants, func(w string) bool { return strings.Contains(before+best.Hit.Chunk.Text, w) }) ||
			spanOfOtherClause(p, best, before) {
			if t.From != t.Variants[0] {
				out = append(out, t.From+" ("+t.Variants[0]+")") // "first half (上半年)"
				continue
			}
			out = append(out, t.From)
		}
	}
	return out
}
