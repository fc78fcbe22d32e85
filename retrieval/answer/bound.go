package answer

import (
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/retrieval"
)

// A numeric bound splits a group or a set at a number: 60岁以上 and 60岁以下 are two groups, 20万元
// 以上 and 20万元以下 two sets of villages. A figure stated for one side answers nothing about the
// other.

// bound is one side of a split at a number: value (in units, 万 and 亿 multiplied out) and
// whether the side is above it.
type bound struct {
	value float64
	above bool
	text  string // as written
}

// reZhBound is a Chinese bound: a number, an optional 万/亿/千, up to two unit characters
// (岁, 周岁, 万元, 人), an optional 及, then 以上 or 以下. Percentages are qualifiers of a
// figure (增长10%以上: at least), not splits, and have no match here.
var reZhBound = lazyre.New(`(\d+(?:\.\d+)?)([万亿千]?)([^\d\s%％，,。；;、以及]{0,2}?)及?以([上下])`)

// reEnBound is an English bound before its number: "under 60", "over-60s", "above 200,000
// yuan", "younger than 60"; reEnBoundAfter one after it: "60 and over", "60 or older".
var (
	reEnBound      = lazyre.New(`(?i)\b(under|over|above|below|less than|more than|fewer than|older than|younger than)[- ](\d[\d,]*(?:\.\d+)?)(?:\s*(million|billion|thousand))?`)
	reEnBoundAfter = lazyre.New(`(?i)\b(\d[\d,]*(?:\.\d+)?)s? (?:and|or) (over|above|older|under|below|younger)\b`)
)

var zhScale = map[string]float64{"": 1, "千": 1e3, "万": 1e4, "亿": 1e8}

var enScale = map[string]float64{"": 1, "thousand": 1e3, "million": 1e6, "billion": 1e9}

// bounds returns the numeric bounds written in s, Chinese and English.
func bounds(s string) []bound {
	var out []bound
	for _, m := range reZhBound.FindAllStringSubmatch(s, -1) {
		if v, err := strconv.ParseFloat(m[1], 64); err == nil {
			out = append(out, bound{value: v * zhScale[m[2]], above: m[4] == "上", text: m[0]})
		}
	}
	for _, m := range reEnBound.FindAllStringSubmatch(s, -1) {
		if v, err := strconv.ParseFloat(strings.ReplaceAll(m[2], ",", ""), 64); err == nil {
			w := strings.ToLower(m[1])
			above := w == "over" || w == "above" || w == "more than" || w == "older than"
			out = append(out, bound{value: v * enScale[strings.ToLower(m[3])], above: above, text: m[0]})
		}
	}
	for _, m := range reEnBoundAfter.FindAllStringSubmatch(s, -1) {
		if v, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64); err == nil {
			w := strings.ToLower(m[2])
			out = append(out, bound{value: v, above: w == "over" || w == "above" || w == "older", text: m[0]})
		}
	}
	return out
}

// invertedBound returns a bound of quote at a number the question bounds on the other side only
// (the question asks 60岁以上, the quote counts 60岁以下 and never 60岁以上), ok false when none.
func invertedBound(question, quote string) (asked, stated bound, ok bool) {
	qs := bounds(question)
	if len(qs) == 0 {
		return bound{}, bound{}, false
	}
	ts := bounds(quote)
	for _, q := range qs {
		var other *bound
		same := false
		for i, t := range ts {
			if t.value != q.value {
				continue
			}
			if t.above == q.above {
				same = true
			} else if other == nil {
				other = &ts[i]
			}
		}
		if other != nil && !same {
			return q, *other, true
		}
	}
	return bound{}, bound{}, false
}

// declineBound declines a lookup whose quote states its figure for the other side of a numeric
// bound the question names: "浍沟镇60岁以上领取城乡居民养老金的有多少人" quoted 60岁以下参保人数
// 21865人, "under-60s" the rate of 60岁及以上人群. A quote on the asked side, or one with no bound
// at the number, is left alone.
func declineBound(a retrieval.Plan, res retrieval.Result, ans *Answer, path string) string {
	if path != PathLookup || res.Best == nil {
		return path
	}
	asked, stated, ok := invertedBound(a.Question, res.Best.Quote)
	if !ok {
		return path
	}
	quote := "“" + res.Best.Quote + "”[1]"
	if a.Lang == "zh" {
		return decline(a, ans, scopeName(a, res)+"给出的是“"+stated.text+"”的数字,没有给出问题所问的“"+asked.text+"”的数字:"+quote)
	}
	side := "below"
	if stated.above {
		side = "above"
	}
	said := "the figure for " + side + " that number (" + stated.text + ") only, not for " + asked.text
	return decline(a, ans, scopeSays(a, res, "states "+said, "state "+said)+": "+quote)
}
