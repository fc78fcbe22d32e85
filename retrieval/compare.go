package retrieval

import (
	"slices"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/facts"
)

// Comparison is what a question comparing named places (or one place's years) found: one entry
// per place and year, in the order the question names them, each with its report of the year
// asked and what that report states of the indicator.
type Comparison struct {
	// Places are the compared places, in the order the question names them.
	Places []Compared
	// Indicator is the indicator compared ("" when the question names none: each place then has
	// only its best passage); Kind (corpus.KindTarget or KindActual) and Measure (growth or
	// amount) are the series compared.
	Indicator string `json:",omitempty"`
	Kind      string `json:",omitempty"`
	Measure   string `json:",omitempty"`
}

// Compared is one place of a comparison.
type Compared struct {
	// Name is the place as the reports name it (隆雅区); City and Province are its reports'.
	Name, City, Province string
	// Report is the place's report of the year asked (its latest when the question names no
	// year); zero when the place has no report of that year (Years then lists the years it has).
	Report corpus.ReportKey
	// Year is the year asked of this place (0: none named).
	Year  int   `json:",omitempty"`
	Years []int `json:",omitempty"`
	// Facts are the report's fact rows of the compared indicator, kind and measure, in the
	// order the report states them.
	Facts []corpus.Fact `json:",omitempty"`
	// Other are the report's fact rows of the indicator in another kind or measure, for a report
	// that states none of the compared series.
	Other []corpus.Fact `json:",omitempty"`
	// Evidence is the report's best passage for the question when it states no fact of the
	// indicator (nil when no passage of it speaks of the question).
	Evidence *Evidence `json:",omitempty"`
}

// Found reports whether the place has a report of the year asked.
func (c Compared) Found() bool { return c.Report.Source != "" }

// comparedPlace is one place of a comparison before its facts are read: a report per year asked.
type comparedPlace struct {
	name    string
	reports []corpus.Report // the place's reports (one identity: same name, city and province)
}

// comparison reads a plan as a comparison of named places when it names at least two places of
// report entities (a city or province named with them only tells same-named places apart), or
// one place and several years, and either uses comparison words (Plan.Compare), lists across
// reports (Plan.Aggregate) or asks about an indicator. Each place keeps its report of each year
// asked (reviewing or planning that year when no report is of that year), else its latest.
func (ix *Index) comparison(p Plan) (Comparison, bool) {
	if !p.Compare && !p.Aggregate && len(p.Indicators) == 0 {
		return Comparison{}, false
	}
	entities, containers := ix.placeRoles(p)
	// A named entity that is the city or province of another named entity's report says where
	// that place is ("盛泽镇 in 吴江区" when 吴江区 has a report of its own).
	// Places named only by their city or province ("Panjin or Beijing" for the districts of
	// 盘锦市 and 北京市) are compared by the reports they hold.
	held := 0
	if len(entities) == 0 && len(containers) >= 2 {
		entities, containers, held = containers, nil, 1
	}
	var cps []comparedPlace
	for _, name := range entities {
		cps = append(cps, ix.placeGroups(name, ix.placeReportsOf(name, held), containers)...)
	}
	// A city or province that holds none of the named places' reports names a place of its
	// own: "黎里、盛泽和广西那个区" compares three places, the third by its province.
	if held == 0 && len(entities) > 0 {
		named := len(cps)
		for _, c := range containers {
			if !slices.ContainsFunc(cps[:named], func(cp comparedPlace) bool { return cp.reports[0].City == c || cp.reports[0].Province == c }) {
				cps = append(cps, ix.placeGroups(c, ix.placeReportsOf(c, 1), nil)...)
			}
		}
	}
	// A city report is its own city (profile parents: City == Entity), so only the other
	// places' cities and provinces count: 苏州市 compared with 无锡市 keeps both.
	contains := func(cp comparedPlace) bool {
		for _, o := range cps {
			r := o.reports[0]
			if o.name != cp.name && (r.City == cp.name || r.Province == cp.name) {
				return true
			}
		}
		return false
	}
	if len(cps) > 1 {
		var kept []comparedPlace
		for _, cp := range cps {
			if !contains(cp) {
				kept = append(kept, cp)
			}
		}
		cps = kept
	}
	years := p.Years
	if len(years) == 0 {
		years = []int{0}
	}
	// One place's years are compared only when the question says it compares ("2022年和2023年
	// 相比"): a lookup may name a span of years.
	// One name that several places share is a question about one of them (Selection.Candidates).
	names := 0
	for i, cp := range cps {
		if i == 0 || cp.name != cps[i-1].name {
			names++
		}
	}
	if names == 0 || names == 1 && (!p.Compare || len(years) < 2) {
		return Comparison{}, false
	}
	var c Comparison
	for _, cp := range cps {
		for _, y := range years {
			c.Places = append(c.Places, cp.pick(y, p.Intent))
		}
	}
	if names == 1 && slices.ContainsFunc(c.Places, func(cp Compared) bool { return !cp.Found() }) {
		// One place's years, not all of them a report's: one report may state both ("2023年目标
		// 与2022年实际相比"), which the ordinary path answers.
		return Comparison{}, false
	}
	return c, true
}

// placeGroups splits a name's reports by identity (same-named places in different cities are
// two places), keeping those in a named city or province when any is.
// placeReportsOf returns the reports a place name identifies at a tier of placeReports (0: the
// place's own, 1: the reports of its city or province).
func (ix *Index) placeReportsOf(name string, tier int) []corpus.Report {
	var reps []corpus.Report
	for _, k := range ix.placeReports[name][tier] {
		if r, ok := ix.Report(k); ok {
			reps = append(reps, r)
		}
	}
	return reps
}

func (ix *Index) placeGroups(name string, reps []corpus.Report, containers []string) []comparedPlace {
	if len(containers) > 0 {
		in := slices.DeleteFunc(slices.Clone(reps), func(r corpus.Report) bool {
			return !slices.Contains(containers, r.City) && !slices.Contains(containers, r.Province)
		})
		if len(in) > 0 {
			reps = in
		}
	}
	var out []comparedPlace
	index := map[string]int{}
	for _, r := range reps {
		id := identity(r)
		i, ok := index[id]
		if !ok {
			i = len(out)
			index[id] = i
			out = append(out, comparedPlace{name: name})
		}
		out[i].reports = append(out[i].reports, r)
	}
	return out
}

// pick returns the place's report of year y (0: its latest): the report of that year, else one
// that reviews (for actuals) or plans (for targets) that year.
func (cp comparedPlace) pick(y int, intent string) Compared {
	c := Compared{Name: cp.name, City: cp.reports[0].City, Province: cp.reports[0].Province, Year: y}
	var best *corpus.Report
	rank := func(r corpus.Report) int {
		review, plan := FrameYears(r)
		switch {
		case y == 0:
			return r.Year
		case r.Year == y:
			return 3
		case intent == IntentActual && review == y, intent == IntentTarget && plan == y:
			return 2
		case intent == "" && (review == y || plan == y):
			return 1
		}
		return 0
	}
	for i, r := range cp.reports {
		if rank(r) > 0 && (best == nil || rank(r) > rank(*best)) {
			best = &cp.reports[i]
		}
	}
	if best == nil {
		for _, r := range cp.reports {
			if !slices.Contains(c.Years, r.Year) {
				c.Years = append(c.Years, r.Year)
			}
		}
		slices.Sort(c.Years)
		return c
	}
	c.Report = best.Key()
	return c
}

// bareComparison reads a comparison that names nothing to compare ("Compare Shengze and Lili")
// as one of the places' main targets, as placeOnly reads a place named alone.
func bareComparison(p Plan) Plan {
	if len(p.Terms) > 0 || len(p.Indicators) > 0 {
		return p
	}
	p.Terms = []Term{{From: "主要预期目标", Variants: []string{"主要预期目标", "主要目标", "预期目标"}, Weight: 1}}
	if p.Intent == "" {
		p.Intent = IntentTarget
	}
	return p
}

// keys returns the reports compared.
func (c Comparison) keys() map[corpus.ReportKey]bool {
	out := map[corpus.ReportKey]bool{}
	for _, p := range c.Places {
		if p.Found() {
			out[p.Report] = true
		}
	}
	return out
}

// compareFacts fills each compared place's fact rows from the result's facts (those of the
// plan's indicators in the compared reports): the series compared is the kind the question asks
// about (else the one more places state, actuals on a tie) and the measure (growth when it asks
// about growth, else amounts, rates or shares where any place states one), of the first of the plan's indicators
// the place states.
func (c *Comparison) compareFacts(p Plan, fs []corpus.Fact) {
	if len(p.Indicators) == 0 {
		return
	}
	byReport := map[corpus.ReportKey][]corpus.Fact{}
	for _, f := range fs {
		if slices.Contains(p.Indicators, f.Indicator) {
			byReport[f.Key()] = append(byReport[f.Key()], f)
		}
	}
	c.Kind = p.Intent
	if c.Kind == "" {
		count := map[string]int{}
		for _, cp := range c.Places {
			for _, kind := range []string{corpus.KindActual, corpus.KindTarget} {
				if slices.ContainsFunc(byReport[cp.Report], func(f corpus.Fact) bool { return f.Kind == kind }) {
					count[kind]++
				}
			}
		}
		c.Kind = corpus.KindActual
		if count[corpus.KindTarget] > count[corpus.KindActual] {
			c.Kind = corpus.KindTarget
		}
	}
	c.Measure = facts.MeasureGrowth
	if !p.Growth {
		// An amount (or the level of a rate, or a share) where any place states one.
	measures:
		for _, m := range []string{facts.MeasureAmount, facts.MeasureRate, facts.MeasureShare} {
			for _, cp := range c.Places {
				if slices.ContainsFunc(byReport[cp.Report], func(f corpus.Fact) bool { return f.Kind == c.Kind && f.Measure == m }) {
					c.Measure = m
					break measures
				}
			}
		}
	}
	for i := range c.Places {
		cp := &c.Places[i]
		own := byReport[cp.Report]
		for _, ind := range p.Indicators {
			for _, f := range own {
				if f.Indicator == ind && f.Kind == c.Kind && f.Measure == c.Measure {
					cp.Facts = append(cp.Facts, f)
				}
			}
			if len(cp.Facts) > 0 {
				if c.Indicator == "" {
					c.Indicator = ind
				}
				break
			}
		}
		if len(cp.Facts) == 0 {
			for _, f := range own {
				if f.Indicator == p.Indicators[0] {
					cp.Other = append(cp.Other, f)
				}
			}
		}
	}
	if c.Indicator == "" {
		c.Indicator = p.Indicators[0]
	}
}

// compareEvidence gives each compared place that states no fact of the series its report's best
// passage for the question (from the topic evidence of the compared reports).
func (c *Comparison) compareEvidence(topic []Evidence) {
	for i := range c.Places {
		cp := &c.Places[i]
		if len(cp.Facts) > 0 || !cp.Found() {
			continue
		}
		for _, e := range topic {
			if e.Hit.Chunk.Key() == cp.Report {
				cp.Evidence = &e
				break
			}
		}
	}
}

// finishComparison completes a comparison from what the search found — each place's fact rows
// and, for a place that states none, its best passage — and adds it to the result. A
// comparison answers place by place and says what each one lacks, so a year or an indicator
// that some compared place has is not held against the whole answer.
func (ix *Index) finishComparison(p Plan, c Comparison, res *Result) {
	c.compareFacts(p, res.Facts)
	c.compareEvidence(res.Topic)
	found, states := false, false
	for _, cp := range c.Places {
		if !cp.Found() {
			continue
		}
		found = true
		states = states || len(cp.Facts) > 0 || len(cp.Other) > 0 || cp.Evidence != nil
		if _, ok := res.Reports[cp.Report]; !ok {
			if r, ok := ix.Report(cp.Report); ok {
				res.Reports[cp.Report] = r
			}
		}
	}
	for i, k := range res.Constraints {
		if k.Kind == ConstraintYear && found || k.Kind == ConstraintIndicator && states {
			res.Constraints[i].Met, res.Constraints[i].Have, res.Constraints[i].Reports = true, nil, nil
		}
	}
	res.Comparison = &c
}
