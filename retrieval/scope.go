package retrieval

import (
	"slices"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/places"
)

// Selection says how a plan's places and years were narrowed to reports when the store holds
// several reports of one place (a decade of one town's reports) or several places of one name
// (two 新城镇 in different cities).
type Selection struct {
	// Candidates are same-named places in different cities or provinces that the question does
	// not tell apart: one report each (of the year asked, else the latest), in corpus order.
	// Set only for questions about one place (not comparisons).
	Candidates []corpus.ReportKey `json:",omitempty"`
	// Year is set when the question named a place without a year and its reports span several
	// years: the latest report (of that year) was chosen, and OtherYears lists the years of the
	// place's other reports, ascending.
	Year       int   `json:",omitempty"`
	OtherYears []int `json:",omitempty"`
}

// identity names one place as its reports' profiles give it: same name, same city and province.
func identity(r corpus.Report) string { return r.Entity + "|" + r.City + "|" + r.Province }

// selectReports narrows the reports a plan's places identify:
//   - a place named with its city or province ("Changjun town in Ziyang", 济源市安佳镇) keeps
//     the reports of that place in that city or province;
//   - years the question names keep the reports of those years (when any report is of them;
//     a year no report covers is the answer's to say);
//   - a single place without a year keeps its latest report (Selection.Year, OtherYears);
//   - a comparison keeps, per place, the reports of the years asked, else the latest;
//   - a question about one name that several places share keeps one report per place and says
//     so (Selection.Candidates).
//
// It returns p.Reports unchanged when no narrowing applies.
func (ix *Index) selectReports(p Plan) ([]corpus.ReportKey, Selection) {
	var sel Selection
	entities, containers := ix.placeRoles(p)
	var reps []corpus.Report
	for _, k := range p.Reports {
		if r, ok := ix.Report(k); ok {
			reps = append(reps, r)
		}
	}
	if len(entities) > 0 && len(containers) > 0 {
		reps = narrowToContainers(reps, entities, containers, p.Compare || len(entities) >= 2)
	}
	if len(p.Years) > 0 {
		var in []corpus.Report
		for _, r := range reps {
			if slices.Contains(p.Years, r.Year) {
				in = append(in, r)
			}
		}
		if len(in) > 0 {
			reps = in
		}
	}
	// Group by place; keep per place the reports of one year: the latest (of the years left).
	groups := map[string][]corpus.Report{}
	var order []string
	for _, r := range reps {
		id := identity(r)
		if _, ok := groups[id]; !ok {
			order = append(order, id)
		}
		groups[id] = append(groups[id], r)
	}
	if len(order) == 0 {
		return p.Reports, sel
	}
	var out []corpus.ReportKey
	for _, id := range order {
		g := groups[id]
		latest := 0
		for _, r := range g {
			latest = max(latest, r.Year)
		}
		var years []int
		for _, r := range g {
			switch {
			case r.Year == latest:
				out = append(out, r.Key())
			case !slices.Contains(years, r.Year):
				years = append(years, r.Year)
			}
		}
		if len(order) == 1 && len(years) > 0 && len(p.Years) == 0 && !p.Aggregate {
			slices.Sort(years)
			sel.Year, sel.OtherYears = latest, years
		}
	}
	if len(order) > 1 && !p.Aggregate && sameName(groups) {
		sel.Candidates = ix.keysInOrder(keySet(out))
	}
	return out, sel
}

// narrowToContainers keeps the reports of the named places (entities) in the cities or
// provinces also named (containers); a place none of whose reports is in them keeps its
// reports (the container is ignored rather than emptying the scope). In a question about
// several places (joined), a container that holds none of the places' reports stands for the
// reports of the question's own in it: "黎里、盛泽和广西那个区" compares three places, the third
// named by its province.
func narrowToContainers(reps []corpus.Report, entities, containers []string, joined bool) []corpus.Report {
	inAny := func(r corpus.Report) bool {
		return slices.Contains(containers, r.City) || slices.Contains(containers, r.Province)
	}
	placed := map[string]bool{}    // entities some report of which is in a container
	qualifies := map[string]bool{} // containers some report of the entities is in
	for _, r := range reps {
		if slices.Contains(entities, r.Entity) && inAny(r) {
			placed[r.Entity] = true
			qualifies[r.City], qualifies[r.Province] = true, true
		}
	}
	var out []corpus.Report
	for _, r := range reps {
		switch {
		case slices.Contains(entities, r.Entity):
			if !placed[r.Entity] || inAny(r) {
				out = append(out, r)
			}
		case joined && inAny(r) && !qualifies[r.City] && !qualifies[r.Province]:
			out = append(out, r)
		}
	}
	return out
}

// placeRoles splits a plan's places into those some report is of (entities) and those that
// are only some report's city or province (containers).
func (ix *Index) placeRoles(p Plan) (entities, containers []string) {
	for _, name := range p.Places {
		t := ix.placeReports[name]
		switch {
		case len(t[0]) > 0:
			entities = append(entities, name)
		case len(t[1]) > 0:
			containers = append(containers, name)
		}
	}
	return entities, containers
}

func keySet(keys []corpus.ReportKey) map[corpus.ReportKey]bool {
	m := make(map[corpus.ReportKey]bool, len(keys))
	for _, k := range keys {
		m[k] = true
	}
	return m
}

// sameName reports whether every group is a place of one and the same name (a withheld name
// such as xx区 does not count: it names no place).
func sameName(groups map[string][]corpus.Report) bool {
	name := ""
	for _, g := range groups {
		e := g[0].Entity
		if places.Withheld(e) || name != "" && e != name {
			return false
		}
		name = e
	}
	return name != ""
}
