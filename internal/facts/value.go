package facts

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/num"
)

// unitClass maps each unit a value may carry to its class; "%" has class "".
var unitClass = map[string]string{
	"%":   "",
	"万亿元": ClassMoney, "亿元": ClassMoney, "万元": ClassMoney, "元": ClassMoney,
	"亿美元": ClassMoney, "万美元": ClassMoney, "美元": ClassMoney,
	"个": ClassCount, "家": ClassCount, "项": ClassCount, "户": ClassCount,
	"人": ClassCount, "名": ClassCount, "万人": ClassCount, "人次": ClassCount, "万人次": ClassCount,
	"万吨": ClassWeight, "吨": ClassWeight, "万斤": ClassWeight, "斤": ClassWeight,
	"万亩": ClassArea, "亩": ClassArea, "公顷": ClassArea,
	"微克/立方米": ClassConcentration, "μg/m³": ClassConcentration, "μg/m3": ClassConcentration,
}

// blockingUnits follow numbers that are not values of an indicator (a change in points, a
// multiple); they are recognised so that they are not misread as a bare number.
var blockingUnits = []string{"个百分点", "百分点", "倍"}

// value is a number with its unit, or a 持平 ("flat") statement, in normalised text.
type value struct {
	start, end int // the value text: number (with 余/多) and unit, or the 持平 phrase
	num        float64
	unit       string
	flat       bool
	bound      string // 以上 when the number carries 余/多
	post       string // 以上, 左右, 以内 or 以下 right after the value
	postEnd    int    // end of the value and its post qualifier
	blocked    bool   // a range or a non-value number: breaks the chain, yields no fact
}

var flatRE = lazyre.New(`(?:基本)?(?:与|同|和|较)?(?:上一年度|上一年|上年同期|上年|去年同期|去年|前一年)?(?:基本)?(?:保持)?持平`)

// scanValues finds the values in normalised text s, skipping numbers inside indicator mentions.
// Numbers are read by internal/num (Arabic numerals only, commas separate clauses); a value
// takes the unit num reads after it only when that unit is one of unitClass, so a number
// with any other unit, a lone multiplier (47亿) or a change in points is no value of an
// indicator.
func scanValues(s string, ms []mention) []value {
	var out []value
	inMention := func(p int) bool {
		for _, m := range ms {
			if p >= m.start && p < m.end {
				return true
			}
		}
		return false
	}
	for _, n := range num.FindWith(s, num.Options{Only: num.FormArabic, Ungrouped: true}) {
		if inMention(n.NumStart) {
			continue
		}
		v := value{start: n.NumStart, num: n.Number, blocked: true}
		// k: the end of the number and a 余/多 right after it.
		k := n.NumEnd
		for _, approx := range []string{"余", "多"} {
			if strings.HasPrefix(s[k:], approx) {
				k += len(approx)
				v.bound = "以上"
				break
			}
		}
		unit := s[k:n.End]
		switch {
		case n.End <= k:
		case unitClass[unit] != "" || unit == "%":
			v.unit, v.blocked = unit, false
			k = n.End
		case slices.Contains(blockingUnits, unit):
			k = n.End
		}
		v.end, v.postEnd = k, k
		if rest := s[k:]; startsRange(rest) {
			v.blocked = true
		}
		for _, q := range []string{"以上", "左右", "以内", "以下"} {
			if strings.HasPrefix(s[k:], q) {
				v.post, v.postEnd = q, k+len(q)
				break
			}
		}
		out = append(out, v)
	}
	for _, loc := range flatRE.FindAllStringIndex(s, -1) {
		if !inMention(loc[0]) {
			out = append(out, value{start: loc[0], end: loc[1], postEnd: loc[1], flat: true, unit: "%"})
		}
	}
	sortValues(out)
	return out
}

func sortValues(vs []value) {
	for i := 1; i < len(vs); i++ {
		for j := i; j > 0 && vs[j].start < vs[j-1].start; j-- {
			vs[j], vs[j-1] = vs[j-1], vs[j]
		}
	}
}

// startsRange reports whether s opens the second half of a range such as "5%-7%" or "5至7".
func startsRange(s string) bool {
	for _, sep := range []string{"-", "—", "–", "~", "～", "至", "到"} {
		if rest, ok := strings.CutPrefix(s, sep); ok {
			return len(rest) > 0 && isDigit(rest[0])
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// longestPrefix returns the longest key of m that s starts with.
func longestPrefix[V any](s string, m map[string]V) string {
	best := ""
	for k := range m {
		if len(k) > len(best) && strings.HasPrefix(s, k) {
			best = k
		}
	}
	return best
}

// gap is what the words between an indicator (or the previous value) and a value say.
type gap struct {
	growth       int    // +1 or -1 when a change verb (增长, 下降…) governs the value
	level        bool   // a verb of reaching (提高到, 下降至): the value is a level, not a change
	share        bool   // 占…, 比重, 占比: the value is a share of something else
	bound        string // 以上, 左右 or 以内 from words before the value (超, 约, 不超过…)
	respectively bool   // 分别: several indicators take several values in order
	from         bool   // 由/从 just before the value: the starting point of a change
	cue          bool   // any measure word at all
}

// Words allowed between an indicator and its value. Anything else breaks the link: precision
// matters more than recall, since answers quote these rows.
var (
	growthUp   = []string{"增长率", "增长", "增加", "提高", "提升", "上升", "增幅", "增速", "涨幅", "上涨"}
	growthDown = []string{"下降", "减少", "降低", "回落", "下滑", "降幅", "缩减"}
	boundWords = map[string]string{
		"超过": "以上", "突破": "以上", "不少于": "以上", "不低于": "以上", "逾": "以上", "超": "以上",
		"大约": "左右", "约": "左右", "接近": "左右", "近": "左右",
		"不超过": "以内", "不高于": "以内",
	}
	shareWords  = []string{"比重", "占比"}
	fillerWords = []string{
		"比上年同期", "较上年同期", "比去年同期", "较去年同期", "同比", "比上年", "较上年", "比去年", "较去年",
		"上年同期", "完成了", "完成", "实现了", "实现", "达到了", "达到", "达", "为", "是", "保持在", "保持",
		"控制在", "稳定在", "维持在", "共计", "合计", "累计", "总计", "预计", "力争", "确保", "争取", "努力",
		"均", "都", "各", "也", "了", "再", "基本", "继续", "持续", "有望", "可", "将", "要", "全年", "年度",
		"当年", "首次", "总量", "总额", "总数", "数量", "数", "人数", "规模", "拥有量", "认定", "在", "预期",
		"目标", "、", " ", "分别",
	}
)

// parseGap reads the words between an anchor and a value; ok is false when they hold anything
// but measure words, qualifiers and fillers.
func parseGap(g string) (gap, bool) {
	var out gap
	for _, p := range []string{"由", "从"} {
		if strings.HasSuffix(g, p) {
			out.from = true
			g = strings.TrimSuffix(g, p)
			break
		}
	}
	for g != "" {
		switch {
		case strings.HasPrefix(g, "占"):
			rest := g[len("占"):]
			if utf8.RuneCountInString(rest) > 24 || strings.ContainsAny(rest, "0123456789,:;") {
				return out, false
			}
			out.share, out.cue = true, true
			// The words right before the value may still qualify it: 占全市比重达15.3%, 超4%.
			for i := range rest {
				if tail, ok := parseGap(rest[i:]); ok {
					out.bound, out.growth, out.level = tail.bound, tail.growth, tail.level
					break
				}
			}
			return out, true
		case strings.HasPrefix(g, "("):
			end := strings.IndexByte(g, ')')
			if end < 0 || strings.ContainsAny(g[:end], "0123456789") {
				return out, false
			}
			g = g[end+1:]
			continue
		}
		if w := matchAny(g, shareWords); w != "" {
			out.share, out.cue = true, true
			g = g[len(w):]
			continue
		}
		if w, sign := matchGrowth(g); w != "" {
			g = g[len(w):]
			out.growth, out.level, out.cue = sign, false, true
			for _, to := range []string{"到", "至"} {
				if strings.HasPrefix(g, to) {
					out.level = true
					g = g[len(to):]
					break
				}
			}
			continue
		}
		if w := longestPrefix(g, boundWords); w != "" {
			out.bound = boundWords[w]
			g = g[len(w):]
			continue
		}
		if w := matchAny(g, fillerWords); w != "" {
			if w == "分别" {
				out.respectively = true
			}
			g = g[len(w):]
			continue
		}
		return out, false
	}
	return out, true
}

func matchGrowth(g string) (string, int) {
	if w := matchAny(g, growthUp); w != "" {
		return w, 1
	}
	if w := matchAny(g, growthDown); w != "" {
		return w, -1
	}
	return "", 0
}

// matchAny returns the longest of words that g starts with.
func matchAny(g string, words []string) string {
	best := ""
	for _, w := range words {
		if len(w) > len(best) && strings.HasPrefix(g, w) {
			best = w
		}
	}
	return best
}
