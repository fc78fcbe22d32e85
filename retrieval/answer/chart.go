package answer

import (
	"cmp"
	"slices"

	"github.com/reportbot/reportbot/internal/chart"
	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/retrieval"
)

// answerChart is the chart of an aggregate answer composed from the facts table: the facts the
// answer states, of one indicator across reports, as one bar per report. It is built from the
// plan and the Result's facts alone (like the answer) and labels matches and near misses as the
// answer does: a report the answer lists as a near miss (ans.Listed) is drawn as one, and so is a
// report none of whose charted facts meets the question's condition. Targets and actuals are
// never mixed: when the answer states both, the chart shows the kind (and measure: growth or
// amount) that more reports match, targets and growth on a tie. The threshold is the number the
// question names, when it names one. It returns nil — no chart — for facts of several
// indicators, and for fewer than two reports.
func answerChart(a retrieval.Plan, res retrieval.Result, ans *Answer) *chart.Comparison {
	listed := map[corpus.ReportKey]bool{} // report → listed as a match
	for _, l := range ans.Listed {
		if ans.List != nil && l.Cite == 0 {
			continue // a cut list charts the reports it shows
		}
		key := corpus.ReportKey{Source: l.Source, Report: l.Report}
		listed[key] = listed[key] || !l.Near
	}
	var fs, unlisted []corpus.Fact
	for _, f := range res.Facts {
		if !a.AsksFor(f) {
			continue
		}
		if _, ok := listed[f.Key()]; len(listed) > 0 && !ok {
			unlisted = append(unlisted, f) // the answer leaves this report out
			continue
		}
		fs = append(fs, f)
	}
	if len(fs) == 0 {
		// Listed names none of the facts' reports: it was not filled from them, so the facts
		// the answer was composed from are the ones to chart.
		fs, listed = unlisted, nil
	}
	if len(fs) == 0 || slices.ContainsFunc(fs, func(f corpus.Fact) bool { return f.Indicator != fs[0].Indicator }) {
		return nil
	}
	conditional := a.Decline || len(a.Numbers) > 0
	matches := func(f corpus.Fact) bool {
		if !conditional {
			return true
		}
		if m, ok := listed[f.Key()]; ok && !m {
			return false
		}
		return factMatches(a, f)
	}
	kind, measure := chartSeries(fs, matches)
	set := chart.FactSet{
		Facts: fs, Kind: kind, Measure: measure, Lang: a.Lang,
		Reports: reportProfiles(res),
	}
	if conditional {
		set.Matches = matches
	}
	c, err := chart.FromFacts(set)
	if err != nil {
		return nil
	}
	if len(a.Numbers) == 1 && !a.Decline && (a.Numbers[0].Unit == c.Unit || a.Numbers[0].Unit == "") {
		// The number the question names, in the values' unit: the threshold line.
		t := a.Numbers[0].Value
		c.Threshold = &t
	}
	if a.Lang != "zh" {
		englishChart(&c)
	}
	return &c
}

// chartSeries picks the kind (target or actual) and measure (growth or amount) to chart: the
// pair more reports match, then the pair more reports state, then targets before actuals and
// growth before amounts.
func chartSeries(fs []corpus.Fact, matches func(corpus.Fact) bool) (kind, measure string) {
	type series struct{ kind, measure string }
	type count struct{ matched, stated map[corpus.ReportKey]bool }
	counts := map[series]*count{}
	var order []series
	for _, f := range fs {
		s := series{f.Kind, f.Measure}
		c, ok := counts[s]
		if !ok {
			c = &count{matched: map[corpus.ReportKey]bool{}, stated: map[corpus.ReportKey]bool{}}
			counts[s] = c
			order = append(order, s)
		}
		c.stated[f.Key()] = true
		if matches(f) {
			c.matched[f.Key()] = true
		}
	}
	rank := func(s series) int {
		r := 0
		if s.kind == corpus.KindTarget {
			r += 2
		}
		if s.measure == "growth" {
			r++
		}
		return r
	}
	best := slices.MaxFunc(order, func(x, y series) int {
		cx, cy := counts[x], counts[y]
		return cmp.Or(
			cmp.Compare(len(cx.matched), len(cy.matched)),
			cmp.Compare(len(cx.stated), len(cy.stated)),
			cmp.Compare(rank(x), rank(y)),
		)
	})
	return best.kind, best.measure
}

// reportProfiles lists the Result's report profiles in a stable order.
func reportProfiles(res retrieval.Result) []corpus.Report {
	out := make([]corpus.Report, 0, len(res.Reports))
	for _, r := range res.Reports {
		out = append(out, r)
	}
	slices.SortFunc(out, func(x, y corpus.Report) int {
		return cmp.Or(cmp.Compare(x.Source, y.Source), cmp.Compare(x.Report, y.Report))
	})
	return out
}

// englishChart puts an English question's chart in English: the title, and the values' units
// and qualifiers as the answer lines state them (10%左右 → "about 10%", 力争8%以上 → "strive for
// more than 8%"). Place labels stay as the reports write them, with
// pinyin (LabelLatin) for renderers without Chinese glyphs.
func englishChart(c *chart.Comparison) {
	c.Title = c.TitleLatin
	for i, r := range c.Rows {
		if r.ValueText != "" {
			c.Rows[i].ValueText = chart.ValueEnglish(r.ValueText)
		}
	}
}
