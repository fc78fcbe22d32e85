package answer

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/num"
)

// Figures num reads otherwise than a reader does: round numbers and scales written without
// digits (近万名, 千亿规模, 万吨级), amounts of yuan without 元 after a money word (投资1000万),
// numbers that name a thing (14号线).

// reRound is a round number written without digits after a near qualifier: 近万名 (nearly
// 10,000 people), 超千人, 逾百家.
var reRound = regexp.MustCompile(`[近约超逾]([万千百])(?:余|多)?(?:名|人|家|户|个|件|次|元|亩)?`)

// roundValues are the round numbers of a quote written without digits (reRound), read as num
// reads them in digits (近万名 as 1万名, 超千人 as 1000人), at their place in the quote; the near
// qualifier before them stays the quote's (describeFigure reads it).
func roundValues(quote string) []num.Value {
	var out []num.Value
	for _, m := range reRound.FindAllStringSubmatchIndex(quote, -1) {
		at := m[2] // 万 of 近万名
		p := inDigits(quote[at:m[1]])
		vs := num.FindWith(p, num.Options{Ungrouped: true})
		if len(vs) != 1 || vs[0].Start != 0 || vs[0].End != len(p) {
			continue
		}
		v := vs[0]
		shift := func(i int) int { return m[1] - (len(p) - i) } // the parsed text ends where the match does
		v.Start, v.NumStart, v.NumEnd = at, at, m[3]
		v.End, v.QualEnd = shift(v.End), shift(v.QualEnd)
		v.Text, v.Form = quote[v.Start:v.End], num.FormChinese
		out = append(out, v)
	}
	return out
}

// inDigits writes a round number without digits in digits as num reads them: 千亿 as 1000亿,
// 千人 as 1000人, 万名 as 1万名.
func inDigits(s string) string {
	for _, d := range []struct{ zh, digits string }{{"千", "1000"}, {"百", "100"}, {"十", "10"}} {
		if strings.HasPrefix(s, d.zh) {
			return d.digits + strings.TrimPrefix(s, d.zh)
		}
	}
	return "1" + s
}

// withRound adds to the values num finds in a quote (vs, in order) the round numbers and scales
// written without digits that none of them covers, in order.
func withRound(quote string, vs []num.Value) []num.Value {
	for _, r := range append(roundValues(quote), scaleValues(quote)...) {
		if !slices.ContainsFunc(vs, func(v num.Value) bool { return v.Start < r.End && r.Start < v.End }) {
			vs = append(vs, r)
		}
	}
	slices.SortStableFunc(vs, func(x, y num.Value) int { return x.Start - y.Start })
	return vs
}

// moneyLeads are the words a report writes an amount of money right after, so that a scaled
// number after them without 元 is yuan: 投资1000万, 资金1200万.
var moneyLeads = []string{"投资", "投入", "资金", "收入", "支出", "补贴", "补助", "融资", "金额", "总额", "营收", "税收", "产值", "销售额", "经费", "奖金"}

// leadWords may stand between a money word and its amount (投资达1000万, 收入超300万).
var leadWords = []string{"达到", "达", "为", "约", "超过", "超", "突破", "近", "逾", "共", "累计", "完成"}

// yuanAmount is a bare scaled number of the quote read as yuan when a money word stands right
// before it (投资1000万的李宅民宿: 10 million yuan); the value itself otherwise.
func yuanAmount(quote string, v num.Value) num.Value {
	if v.Unit != "" || v.Multiplier == "" || v.Ordinal || v.QualEnd != v.End {
		return v
	}
	lead := quote[:v.Start]
	for trimmed := true; trimmed; {
		trimmed = false
		for _, w := range leadWords {
			if strings.HasSuffix(lead, w) {
				lead, trimmed = strings.TrimSuffix(lead, w), true
			}
		}
	}
	if slices.ContainsFunc(moneyLeads, func(w string) bool { return strings.HasSuffix(lead, w) }) {
		v.Unit = "元"
	}
	return v
}

// identifier reports whether a bare number of the quote names a thing rather than counts it
// (地铁14号线, 5号楼): a number before 号.
func identifier(quote string, v num.Value) bool {
	return v.Dim() == num.DimNone && !v.Ordinal && strings.HasPrefix(quote[v.End:], "号")
}

// reScale is a scale written without digits before 级 or 规模 (千亿级企业, 万吨级码头, 千亿规模):
// the class of a thing, which num reads no number in.
var reScale = regexp.MustCompile(`([千百十]?[万亿])(?:元|吨)?(?:级|规模|能级)`)

// scaleValues are the scales of a quote written without digits (reScale), read as num reads
// them in digits (千亿 as 1000亿, 万吨 as 1万吨), at their place in the quote.
func scaleValues(quote string) []num.Value {
	var out []num.Value
	for _, m := range reScale.FindAllStringSubmatchIndex(quote, -1) {
		if r, _ := utf8.DecodeLastRuneInString(quote[:m[0]]); unicode.IsDigit(r) || r == '.' || strings.ContainsRune("一二三四五六七八九两", r) {
			continue // 300亿能级: num reads it
		}
		at, end := m[2], m[1]
		for _, s := range []string{"能级", "级", "规模"} {
			end = min(end, m[1]-len(s)*btoi(strings.HasSuffix(quote[:m[1]], s)))
		}
		p := inDigits(quote[at:end]) // 千亿 as 1000亿
		vs := num.FindWith(p, num.Options{Ungrouped: true})
		if len(vs) != 1 || vs[0].Start != 0 || vs[0].End != len(p) {
			continue
		}
		v := vs[0]
		v.Start, v.NumStart, v.NumEnd = at, at, m[3]
		v.End, v.QualEnd = end, end
		v.Text, v.Form = quote[at:end], num.FormChinese
		out = append(out, v)
	}
	return out
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// scaleSuffix is the word after a figure of the quote that makes it the scale of a thing (300亿
// 能级: a 30-billion scale; 万吨级码头: a 10,000-tonne class), with its English; "" for none.
func scaleSuffix(quote string, v num.Value) (suffix, english string) {
	rest := quote[v.QualEnd:]
	for _, s := range []struct{ zh, en string }{{"能级", "scale"}, {"规模", "scale"}, {"级", "class"}} {
		if strings.HasPrefix(rest, s.zh) {
			return s.zh, s.en
		}
	}
	return "", ""
}
