package num

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Round numbers written without digits (FindWith with Options.Round): a reader reads 近万名 as
// nearly 10,000 people and 千亿级 as a 100-billion scale, though no numeral is written. Find
// leaves them out (its callers extract facts, where a digit-less figure is rarely a statistic);
// a reader-facing renderer asks for them.

// reRound is a round number written without digits after a near qualifier: 近万名 (nearly
// 10,000 people), 超千人, 逾百家.
var reRound = lazyre.New(`[近约超逾]([万千百])(?:余|多)?(?:名|人|家|户|个|件|次|元|亩)?`)

// reScale is a scale written without digits before 级 or 规模 (千亿级企业, 万吨级码头, 千亿规模):
// the class of a thing.
var reScale = lazyre.New(`([千百十]?[万亿])(?:元|吨)?(?:级|规模|能级)`)

// roundValues are the round numbers of s written without digits (reRound), read as their
// digits would be (近万名 as 1万名, 超千人 as 1000人), at their place in s; the near qualifier
// before them is left to the caller (the Value starts at 万 of 近万名).
func roundValues(s string) []Value {
	var out []Value
	for _, m := range reRound.FindAllStringSubmatchIndex(s, -1) {
		if v, ok := readRound(s, m[2], m[3], m[1]); ok {
			out = append(out, v)
		}
	}
	return out
}

// scaleValues are the scales of s written without digits (reScale), read as their digits
// would be (千亿 as 1000亿, 万吨 as 1万吨), at their place in s, without the 级 or 规模 after them.
func scaleValues(s string) []Value {
	var out []Value
	for _, m := range reScale.FindAllStringSubmatchIndex(s, -1) {
		if r, _ := utf8.DecodeLastRuneInString(s[:m[0]]); unicode.IsDigit(r) || r == '.' || strings.ContainsRune("一二三四五六七八九两", r) {
			continue // 300亿能级: the numeral is written
		}
		end := m[1]
		for _, w := range []string{"能级", "级", "规模"} {
			if strings.HasSuffix(s[:m[1]], w) {
				end = min(end, m[1]-len(w))
			}
		}
		if v, ok := readRound(s, m[2], m[3], end); ok {
			v.QualEnd = v.End // 万吨级: no qualifier
			out = append(out, v)
		}
	}
	return out
}

// readRound reads s[at:end], a round number without digits whose scale word ends at numEnd,
// as its digits would read (千 as 1000, 万 as 1万), with offsets into s; false when that is not
// one figure.
func readRound(s string, at, numEnd, end int) (Value, bool) {
	p := inDigits(s[at:end])
	vs := FindWith(p, Options{Ungrouped: true})
	if len(vs) != 1 || vs[0].Start != 0 || vs[0].End != len(p) {
		return Value{}, false
	}
	v := vs[0]
	shift := func(i int) int { return end - (len(p) - i) } // the parsed text ends where s[at:end] does
	v.Start, v.NumStart, v.NumEnd = at, at, numEnd
	v.End, v.QualEnd = shift(v.End), shift(v.QualEnd)
	v.Text, v.Form = s[v.Start:v.End], FormChinese
	return v, true
}

// inDigits writes a round number without digits in digits: 千亿 as 1000亿, 千人 as 1000人, 万名
// as 1万名.
func inDigits(s string) string {
	for _, d := range []struct{ zh, digits string }{{"千", "1000"}, {"百", "100"}, {"十", "10"}} {
		if strings.HasPrefix(s, d.zh) {
			return d.digits + strings.TrimPrefix(s, d.zh)
		}
	}
	return "1" + s
}

// withRound adds to the values found in s (vs, in order) the round numbers and scales written
// without digits that none of them covers, in order.
func withRound(s string, vs []Value) []Value {
	for _, r := range append(roundValues(s), scaleValues(s)...) {
		if !slices.ContainsFunc(vs, func(v Value) bool { return v.Start < r.End && r.Start < v.End }) {
			vs = append(vs, r)
		}
	}
	slices.SortStableFunc(vs, func(x, y Value) int { return x.Start - y.Start })
	return vs
}

// rangeDashes join the two ends of a range written with one unit (50-60亿元, 6~7%).
var rangeDashes = []string{"-", "—", "–", "~", "～", "－"}

// rangeUnits gives each bare low end of a range in vs (in order) the multiplier, unit and noun
// of its high end: 50 of 50-60亿元 is 50亿元, 6 of 6-7% is 6%.
func rangeUnits(s string, vs []Value) {
	for i := 0; i+1 < len(vs); i++ {
		lo, hi := &vs[i], vs[i+1]
		if lo.Unit != "" || lo.Multiplier != "" || lo.Ordinal || lo.QualEnd != lo.End || hi.Unit == "" && hi.Multiplier == "" ||
			!slices.Contains(rangeDashes, s[lo.End:hi.Start]) {
			continue
		}
		lo.Multiplier, lo.Scale, lo.Unit, lo.Noun = hi.Multiplier, hi.Scale, hi.Unit, hi.Noun
		if lo.Amount() >= hi.Amount() {
			lo.Multiplier, lo.Scale, lo.Unit, lo.Noun = "", 1, "", "" // no rising range: a date or a code
		}
	}
}
