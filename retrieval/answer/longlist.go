package answer

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/places"
	"github.com/reportbot/reportbot/retrieval"
)

// ListLimit is how many reports a list or comparison answer names before it summarises: a
// longer list shows its ListMatches best matches and ListNear best near misses (more of
// either when the other has fewer) and counts the rest by year and province. 25 lines fit a
// terminal screen and one Slack message (a section holds 3,000 characters: 25 lines of about
// 120), and a reader can still take them in; the bundled corpus (nine reports) never reaches it.
// Request.ListAll lifts the limit (`reportbot ask --all`).
const (
	ListLimit   = 25
	ListMatches = 20
	ListNear    = ListLimit - ListMatches
)

// ListSummary says how a long list answer was cut (Answer.List): how many reports it matched
// and listed as near misses, out of how many it checked, and how many of them the text shows
// with their evidence. Answer.Listed still names every report.
type ListSummary struct {
	Matched int  `json:"matched"`
	Near    int  `json:"near"`
	Checked int  `json:"checked"`
	Shown   int  `json:"shown"`
	Cut     bool `json:"truncated"`
	// Order is how the shown reports were chosen: "value" (the asked figure, highest first),
	// "value-ascending" (declines and upper bounds: lowest first), "closeness" (near misses
	// closest to the asked number) or "relevance".
	Order string `json:"order"`
}

// listRow is one report of a list answer before it is rendered: whether it is a near miss,
// the figure it is ranked by (when it has one), and how to render its line (citing its
// passage and returning the citation number). Rows are rendered only when shown.
type listRow struct {
	key    corpus.ReportKey
	entity string
	near   bool
	value  float64
	valued bool
	render func() (line string, cite int)
}

// listRows renders the rows of a list answer into its matched and near-miss lines and fills
// ans.Listed. Up to the answer's limit every row is rendered, in the order given (as before
// lists were summarised). Past it only the best rows are rendered — by value when rank is
// "value" or "value-ascending", near misses by closeness to the asked number when one is given
// (else as the matches), else in the order given (relevance) — every other row is listed with
// no citation, and ans.List says so. checked is how many reports were checked.
func listRows(ans *Answer, rows []listRow, a retrieval.Plan, rank string, checked int) (matched, near []string) {
	show := func(rows []listRow) { // renders and cites rows
		for _, r := range rows {
			line, n := r.render()
			ans.Listed = append(ans.Listed, Listed{Source: r.key.Source, Report: r.key.Report, Entity: r.entity, Near: r.near, Cite: n})
			if r.near {
				near = append(near, line)
			} else {
				matched = append(matched, line)
			}
		}
	}
	if ans.listAll || len(rows) <= ListLimit {
		show(rows)
		return matched, near
	}
	var ms, ns []listRow
	for _, r := range rows {
		if r.near {
			ns = append(ns, r)
		} else {
			ms = append(ms, r)
		}
	}
	order := rank
	if rank != "relevance" {
		sortRows(ms, rank == "value-ascending", nil)
		var target *float64
		if len(a.Numbers) == 1 {
			target = &a.Numbers[0].Value
			order = rank + "; near misses by closeness"
		}
		sortRows(ns, rank == "value-ascending", target)
	}
	showN := min(len(ns), max(ListNear, ListLimit-len(ms)))
	showM := min(len(ms), ListLimit-showN)
	shown := append(slices.Clone(ms[:showM]), ns[:showN]...)
	show(shown)
	for _, r := range append(slices.Clone(ms[showM:]), ns[showN:]...) {
		ans.Listed = append(ans.Listed, Listed{Source: r.key.Source, Report: r.key.Report, Entity: r.entity, Near: r.near})
	}
	ans.List = &ListSummary{Matched: len(ms), Near: len(ns), Checked: checked, Shown: len(shown), Cut: true, Order: order}
	return matched, near
}

// sortRows orders rows by their figure, highest first (lowest when ascending; closest to
// target first when target is set), rows without one last, each keeping its order otherwise.
func sortRows(rows []listRow, ascending bool, target *float64) {
	slices.SortStableFunc(rows, func(x, y listRow) int {
		if x.valued != y.valued {
			if x.valued {
				return -1
			}
			return 1
		}
		switch {
		case !x.valued:
			return 0
		case target != nil:
			return cmp.Compare(abs(x.value-*target), abs(y.value-*target))
		case ascending:
			return cmp.Compare(x.value, y.value)
		}
		return cmp.Compare(y.value, x.value)
	})
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// valueRank is how a list answer from the facts table ranks the reports it shows: lowest
// first for a decline or an upper bound ("below 5%"), else highest first.
func valueRank(a retrieval.Plan) string {
	if a.Decline || a.Comparator == "<=" || a.Comparator == "<" {
		return "value-ascending"
	}
	return "value"
}

// listTail is the line under a cut list: how many reports are not shown, counted by year and
// by province (or city) from their profiles, the three largest groups of each, and how to
// narrow the question. It is "" for a list that was not cut.
func listTail(ans *Answer, res retrieval.Result, lang string) string {
	if ans.List == nil {
		return ""
	}
	years, regions := map[string]int{}, map[string]int{}
	hidden := 0
	for _, l := range ans.Listed {
		if l.Cite != 0 {
			continue
		}
		hidden++
		r, ok := res.Report(corpus.ReportKey{Source: l.Source, Report: l.Report})
		if !ok {
			continue
		}
		if r.Year > 0 {
			years[strconv.Itoa(r.Year)]++
		}
		switch {
		case r.Province != "":
			regions[r.Province]++
		case r.City != "":
			regions[r.City]++
		}
	}
	by := func(counts map[string]int, sortKeys bool, zhUnit string) string {
		keys := slices.Collect(maps.Keys(counts))
		if sortKeys {
			slices.Sort(keys)
		} else {
			slices.SortFunc(keys, func(x, y string) int {
				return cmp.Or(cmp.Compare(counts[y], counts[x]), cmp.Compare(x, y))
			})
		}
		var parts []string
		for i, k := range keys {
			n := counts[k]
			if !sortKeys && i == 3 {
				n = 0
				for _, k := range keys[3:] {
					n += counts[k]
				}
				k = map[bool]string{true: "其他", false: "others"}[lang == "zh"]
			}
			switch {
			case lang == "zh":
				parts = append(parts, k+zhUnit+strconv.Itoa(n)+"份")
			case !sortKeys && k != "others" && places.PinyinBase(k) != "":
				// An English answer names a place in pinyin with its Chinese name.
				parts = append(parts, capitalize(places.PinyinBase(k))+" ("+k+") "+strconv.Itoa(n))
			default:
				parts = append(parts, k+" "+strconv.Itoa(n))
			}
			if !sortKeys && i == 3 {
				break
			}
		}
		sep := ", "
		if lang == "zh" {
			sep = "、"
		}
		return strings.Join(parts, sep)
	}
	l := ans.List
	shownM, shownN := 0, 0
	for _, x := range ans.Listed {
		switch {
		case x.Cite == 0:
		case x.Near:
			shownN++
		default:
			shownM++
		}
	}
	if lang == "zh" {
		var head []string
		if l.Matched > 0 {
			head = append(head, "共"+strconv.Itoa(l.Matched)+"份符合,只列出"+strconv.Itoa(shownM)+"份"+orderText(l.Order, "zh"))
		}
		if l.Near > 0 {
			head = append(head, "接近的"+strconv.Itoa(l.Near)+"份中列出"+strconv.Itoa(shownN)+"份")
		}
		s := "(" + strings.Join(head, ";") + "。未列出的" + strconv.Itoa(hidden) + "份"
		if len(years) > 0 {
			s += "按年份:" + by(years, true, "年")
		}
		if len(regions) > 0 {
			s += ";按省份:" + by(regions, false, "")
		}
		return s + "。在问题中加上年份或城市可缩小范围。)"
	}
	var head []string
	if l.Matched > 0 {
		head = append(head, strconv.Itoa(shownM)+" of "+strconv.Itoa(l.Matched)+" reports, "+orderText(l.Order, "en"))
	}
	if l.Near > 0 {
		near := strconv.Itoa(shownN) + " of " + strconv.Itoa(l.Near) + " near misses"
		if strings.Contains(l.Order, "closeness") {
			near += ", closest first"
		}
		head = append(head, near)
	}
	s := "(Shown: " + strings.Join(head, "; ") + ". The other " + strconv.Itoa(hidden)
	if len(years) > 0 {
		s += " by year: " + by(years, true, "")
	}
	if len(regions) > 0 {
		s += "; by province: " + by(regions, false, "")
	}
	return s + ". Add a year or a city to the question to narrow it.)"
}

// orderText names a cut list's order (ListSummary.Order) in English or, for lang "zh", Chinese.
func orderText(order, lang string) string {
	i := 2 // most relevant first
	switch {
	case strings.HasPrefix(order, "value-ascending"):
		i = 0
	case strings.HasPrefix(order, "value"):
		i = 1
	}
	if lang == "zh" {
		return [...]string{"(数值由低到高)", "(数值由高到低)", "(按相关程度)"}[i]
	}
	return [...]string{"lowest values first", "highest values first", "most relevant first"}[i]
}

// rankValue is the figure a report's row of a list from the facts table is ranked by: its
// first fact that meets the question's condition when it matches one, else its first fact.
func rankValue(a retrieval.Plan, fs []corpus.Fact, matches bool) (float64, bool) {
	if matches && (a.Decline || len(a.Numbers) > 0) {
		for _, f := range fs {
			if factMatches(a, f) {
				return f.Value, true
			}
		}
	}
	if len(fs) == 0 {
		return 0, false
	}
	return fs[0].Value, true
}

// listedShown is how many of a list answer's reports its text shows (all of Listed unless
// the list was cut).
func listedShown(ans *Answer) int {
	if ans.List != nil {
		return ans.List.Shown
	}
	return len(ans.Listed)
}

// matchCount is how many reports a list answer matched: n (the lines it shows) unless the
// list was cut.
func matchCount(ans *Answer, n int) int {
	if ans.List != nil {
		return ans.List.Matched
	}
	return n
}
