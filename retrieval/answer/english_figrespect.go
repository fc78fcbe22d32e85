package answer

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
	"github.com/reportbot/reportbot/retrieval"
)

// Figures stated "respectively" (分别): "生产安全事故起数、死亡人数分别下降23.5%、30.4%" gives each
// item of the list before 分别 the figure in the same place of the list after it. The first item
// carries the subject the items share (生产安全事故 of 起数 and of 死亡人数): only its tail, as
// long as the shortest other item, is its own.

// respectiveItems maps the start of each figure of the quote stated "respectively" to its item
// of the list before it: the list before 分别 (起数、死亡人数分别下降23.5%、30.4%), or a list of
// nouns right before a verb and a list of as many figures (解决率、满意率达到94.6%、94.2%). own has
// the first item cut to its own tail, full has it whole (for a label); both are empty when the
// quote has no such list or the counts differ.
func respectiveItems(quote string, vs []num.Value) (own, full map[int]string) {
	own, full = map[int]string{}, map[int]string{}
	for at := 0; ; {
		i := strings.Index(quote[at:], "分别")
		if i < 0 {
			break
		}
		i += at
		at = i + len("分别")
		ce := len(quote)
		if j := strings.IndexAny(quote[at:], ",，;；。"); j >= 0 {
			ce = at + j
		}
		var after []num.Value
		for _, v := range vs {
			if v.Start >= at && v.End <= ce {
				after = append(after, v)
			}
		}
		pairItems(quote, i, after, own, full)
	}
	// A list of figures joined by 、 right after a list of nouns and its verb.
	for i := 0; i < len(vs); {
		j := i + 1
		for j < len(vs) && quote[vs[j-1].QualEnd:vs[j].Start] == "、" {
			j++
		}
		if _, done := full[vs[i].Start]; j-i >= 2 && !done {
			lead := quote[:vs[i].Start]
			for _, w := range pairVerbs {
				if strings.HasSuffix(lead, w) {
					pairItems(quote, len(lead)-len(w), vs[i:j], own, full)
					break
				}
			}
		}
		i = j
	}
	return own, full
}

// pairVerbs stand between a list of nouns and the list of their figures (解决率、满意率达到94.6%、94.2%).
var pairVerbs = []string{"达到", "分别为", "分别是", "达", "为"}

// pairItems maps the figures after (in order) to the items of the 、-list of the clause that
// ends at i, when the counts agree (respectiveItems).
func pairItems(quote string, i int, after []num.Value, own, full map[int]string) {
	cs := zh.AfterLast(quote[:i], ",，;；:：。")
	items := strings.Split(quote[cs:i], "、")
	if len(items) < 2 {
		items = strings.Split(carriedItems(quote, cs), "、")
	}
	if len(items) < 2 || len(after) != len(items) {
		return
	}
	for k, v := range after {
		full[v.Start] = items[k]
	}
	n := utf8.RuneCountInString(items[1])
	for _, it := range items[2:] {
		n = min(n, utf8.RuneCountInString(it))
	}
	if rs := []rune(items[0]); len(rs) > max(n, 2) {
		items[0] = string(rs[len(rs)-max(n, 2):])
	}
	for k, v := range after {
		own[v.Start] = items[k]
	}
}

// carriedItems is the list of nouns a clause with none of its own (较年初 of 较年初分别提升6.9个、
// 3.6个百分点) carries over from the clause before it, where the list stands before its verb and
// figures (解决率、满意率达到94.6%、94.2%): the same items, changed respectively. "" when the
// clause before has no such list.
func carriedItems(quote string, cs int) string {
	_, size := utf8.DecodeLastRuneInString(quote[:cs])
	if cs == 0 || !strings.ContainsRune(",，", []rune(quote[cs-size : cs])[0]) {
		return ""
	}
	prev := quote[:cs-size]
	prev = prev[zh.AfterLast(prev, ",，;；:：。"):]
	for _, w := range pairVerbs {
		if k := strings.Index(prev, w); k > 0 && strings.Contains(prev[:k], "、") {
			return prev[:k]
		}
	}
	return ""
}

// respectiveScore is what the list item a figure is stated for adds to its score: +6 when the
// item holds a wording of one of the question's terms, -6 when another item of its list does
// and this one does not, 0 for a figure stated on its own.
func respectiveScore(a retrieval.Plan, items map[int]string, v num.Value) float64 {
	item, ok := items[v.Start]
	if !ok {
		return 0
	}
	holds := func(s string) bool { return respectiveTerm(a, s) != "" }
	if holds(item) {
		return 6
	}
	for start, other := range items {
		if start != v.Start && holds(other) {
			return -6
		}
	}
	return 0
}

// reListedBefore matches the figures listed before one (23.5%、 of 下降23.5%、30.4%).
var reListedBefore = lazyre.New(`(?:[0-9][0-9.]*(?:%|个百分点)?、)+$`)

// listedChange is the change word (+1 rise, -1 fall, 0 none) of the first figure of a list
// that ends before a figure (下降23.5%、 before 30.4%): the change of each figure of the list.
func listedChange(before string) int {
	return listedChangeOf(before, reListedBefore)
}

// reListedPoints matches the figures listed before percentage points, the unit written once at
// the end (提升6.9个、 of 提升6.9个、3.6个百分点).
var reListedPoints = lazyre.New(`(?:[0-9][0-9.]*(?:个百分点|个)?、)+$`)

// listedChangeOf is listedChange with the list matched by re.
func listedChangeOf(before string, re *lazyre.Regexp) int {
	loc := re.FindStringIndex(before)
	if loc == nil {
		return 0
	}
	sign, _, _ := changeBefore(before[:loc[0]])
	return sign
}

// respectiveTerm is the question term (in the question's words) of the longest wording a list
// item holds, "" for none: the label of the figure stated for it ("deaths" for 死亡人数).
func respectiveTerm(a retrieval.Plan, item string) string {
	best, n := "", 0
	for _, t := range a.Terms {
		for _, w := range t.Variants {
			if l := utf8.RuneCountInString(w); t.Weight >= 0.3 && w != "" && strings.Contains(item, w) && l > n {
				best, n = t.From, l // the most specific: 生产安全事故 before 起数
			}
			if l := utf8.RuneCountInString(item); t.Weight >= 0.3 && l >= minRunItem && l > n && item != w && strings.Contains(w, item) {
				// A question that runs the item into its words (生产安全事故死亡人数下降了多少 of
				// 起数、死亡人数分别下降23.5%、30.4%) names it too; a Chinese label is the item itself.
				best, n = t.From, l
				if a.Lang == "zh" {
					best = item
				}
			}
		}
	}
	return best
}

// minRunItem is the fewest characters of a respective item a question's run of words must hold
// whole to name it: 死亡人数, not a bare 人数 or 起数 every such run may hold.
const minRunItem = 3

// respectiveOthers are the figures stated respectively beside one of the answer (out) whose own
// item the question names too ("hotline resolution and satisfaction rates" of 解决率、满意率达到
// 94.6%、94.2%), each labelled by its item's term; taken marks them.
func respectiveOthers(a retrieval.Plan, quote string, vs []num.Value, out []quoteFigure, items map[int]string, taken map[int]bool) []quoteFigure {
	var more []quoteFigure
	listOf := func(v num.Value) int { return strings.LastIndexAny(quote[:v.Start], ",;:，；：。") }
	for _, f := range out {
		if _, ok := items[f.v.Start]; !ok {
			continue
		}
		for k, v := range vs {
			it, ok := items[v.Start]
			if !ok || taken[k] || listOf(v) != listOf(f.v) {
				continue
			}
			if l := respectiveTerm(a, it); l != "" && l != f.label {
				g := describeFigure(a, quote, v, "")
				g.label = asWritten(a.Question, l)
				taken[k] = true
				more = append(more, g)
			}
		}
	}
	return more
}

// termIn reports whether text holds a wording of the question term whose words are from.
func termIn(a retrieval.Plan, from, text string) bool {
	for _, t := range a.Terms {
		if t.From == from && slices.ContainsFunc(t.Variants, func(w string) bool { return w != "" && strings.Contains(text, w) }) {
			return true
		}
	}
	return false
}
