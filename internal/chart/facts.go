package chart

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/facts"
)

// FactSet is what FromFacts charts: one indicator's facts across reports.
type FactSet struct {
	// Facts are rows of the facts table for one indicator, of any number of reports; within a
	// report, in the order the report states them.
	Facts []corpus.Fact
	// Reports are the report profiles, for place names, cities (to tell apart two reports of
	// the same name) and years; a report missing here is labelled with its facts' Entity.
	Reports []corpus.Report
	// Kind is corpus.KindTarget or corpus.KindActual; empty means targets when any fact is a
	// target, else actuals (a note says so when the other kind is left out).
	Kind string
	// Measure is "growth" or "amount"; empty means the one more reports state (growth on a
	// tie; a note says what was left out).
	Measure string
	// Matches says whether a fact meets the question's condition (the number asked for, a
	// decline); a report none of whose facts matches is a near miss. Nil means every fact
	// matches: a plain comparison.
	Matches func(corpus.Fact) bool
	// Threshold and ThresholdText are the number asked for, drawn as a line (see Comparison).
	Threshold     *float64
	ThresholdText string
	// Lang is the language of legends and the source line: "zh" or "en".
	Lang string
}

// moneyUnits are the money units in yuan; a comparison that mixes them is converted to the
// largest one used.
var moneyUnits = map[string]float64{"元": 1, "万元": 1e4, "亿元": 1e8}

// MoneyYuan returns how many yuan a money unit (元, 万元, 亿元) is; false for another unit.
// Amounts in different money units compare once converted.
func MoneyYuan(unit string) (float64, bool) {
	y, ok := moneyUnits[unit]
	return y, ok
}

// FromFacts builds a comparison with one bar per report. A report that states several values
// is drawn with its first value that matches (with Matches set) or else its first value, in
// the order the report states them; a later 力争 (stretch) value is added to the label, as in
// "确保8%，力争10%". Rows are sorted by value, largest first (ties by label). It returns
// ErrTooFew (wrapped) when fewer than two reports remain.
func FromFacts(s FactSet) (Comparison, error) {
	fs := s.Facts
	if len(fs) == 0 {
		return Comparison{}, fmt.Errorf("%w: no facts to chart", ErrTooFew)
	}
	indicator := fs[0].Indicator
	for _, f := range fs {
		if f.Indicator != indicator {
			return Comparison{}, fmt.Errorf("chart: facts of several indicators (%s, %s): chart one at a time", indicator, f.Indicator)
		}
	}
	var notes []string
	kind, kindNote := chooseKind(fs, s.Kind)
	fs = filterFacts(fs, func(f corpus.Fact) bool { return f.Kind == kind })
	notes = append(notes, kindNote...)
	measure, measureNote := chooseMeasure(fs, s.Measure)
	fs = filterFacts(fs, func(f corpus.Fact) bool { return f.Measure == measure })
	notes = append(notes, measureNote...)
	unit, factor, err := commonUnit(fs)
	if err != nil {
		return Comparison{}, err
	}

	profiles := map[corpus.ReportKey]corpus.Report{}
	for _, r := range s.Reports {
		profiles[r.Key()] = r
	}
	groups := map[corpus.ReportKey][]corpus.Fact{}
	var order []corpus.ReportKey
	for _, f := range fs {
		if _, ok := groups[f.Key()]; !ok {
			order = append(order, f.Key())
		}
		groups[f.Key()] = append(groups[f.Key()], f)
	}
	c := Comparison{
		Indicator: indicator, Kind: kind, Unit: unit, Lang: s.Lang,
		Threshold: s.Threshold, ThresholdText: s.ThresholdText,
	}
	several := 0
	for _, key := range order {
		g := groups[key]
		i, near := 0, false
		if s.Matches != nil {
			i = slices.IndexFunc(g, s.Matches)
			near = i < 0
			i = max(i, 0)
		}
		if len(g) > 1 {
			several++
		}
		f := g[i]
		text := factValueText(f)
		for _, o := range g[i+1:] {
			if strings.Contains(o.Qualifier, "力争") && !strings.Contains(f.Qualifier, "力争") {
				text += "，" + factValueText(o)
				break
			}
		}
		p, ok := profiles[key]
		if !ok {
			p = corpus.Report{Source: key.Source, Report: key.Report, Entity: f.Entity}
		}
		c.Rows = append(c.Rows, Row{
			Label: p.Entity, LabelLatin: PlaceLatin(p.Entity), Year: p.Year,
			Value: f.Value * factor[f.Unit], ValueText: text, NearMiss: near, Report: key,
		})
		if !slices.Contains(c.Wordings, f.Wording) {
			c.Wordings = append(c.Wordings, f.Wording)
		}
	}
	if several > 0 {
		notes = append(notes, fmt.Sprintf("%d report(s) state several values: each bar is the report's first value (the first that matches, when a value was asked for)", several))
	}
	disambiguate(c.Rows, profiles)
	sort.SliceStable(c.Rows, func(i, j int) bool {
		a, b := c.Rows[i], c.Rows[j]
		if a.Value != b.Value {
			return a.Value > b.Value
		}
		return a.Label < b.Label
	})
	c.Title, c.TitleLatin, c.IndicatorLatin = factTitles(indicator, kind, measure)
	c.Notes = notes
	if len(c.Rows) < 2 {
		return c, fmt.Errorf("%w: only %d report states %s (%s, %s)", ErrTooFew, len(c.Rows), indicator, kind, measure)
	}
	return c, nil
}

// chooseKind returns the kind to chart and a note when facts of the other kind are left out.
func chooseKind(fs []corpus.Fact, want string) (string, []string) {
	n := map[string]int{}
	for _, f := range fs {
		n[f.Kind]++
	}
	kind := want
	if kind == "" {
		kind = corpus.KindActual
		if n[corpus.KindTarget] > 0 {
			kind = corpus.KindTarget
		}
	}
	other := corpus.KindTarget
	if kind == corpus.KindTarget {
		other = corpus.KindActual
	}
	if want == "" && n[other] > 0 {
		return kind, []string{fmt.Sprintf("charting %ss; %d %s fact(s) left out (targets and actuals are never mixed; choose with --kind)", kind, n[other], other)}
	}
	return kind, nil
}

// chooseMeasure returns the measure to chart and a note when the other is left out.
func chooseMeasure(fs []corpus.Fact, want string) (string, []string) {
	reports := map[string]map[corpus.ReportKey]bool{facts.MeasureGrowth: {}, facts.MeasureAmount: {}}
	for _, f := range fs {
		if reports[f.Measure] == nil {
			reports[f.Measure] = map[corpus.ReportKey]bool{}
		}
		reports[f.Measure][f.Key()] = true
	}
	if want != "" {
		return want, nil
	}
	measure, other := facts.MeasureGrowth, facts.MeasureAmount
	if len(reports[other]) > len(reports[measure]) {
		measure, other = other, measure
	}
	if len(reports[other]) > 0 {
		return measure, []string{fmt.Sprintf("charting %s (%d report(s)); %s, stated by %d report(s), left out (choose with --measure)", measure, len(reports[measure]), other, len(reports[other]))}
	}
	return measure, nil
}

// commonUnit returns the unit every fact can be drawn in and each unit's conversion factor to
// it. Money in 元, 万元 and 亿元 is converted to the largest used; other mixtures are an error.
// A fact that states 持平 (flat, value 0) fits any unit.
func commonUnit(fs []corpus.Fact) (string, map[string]float64, error) {
	var units []string
	for _, f := range fs {
		if f.Comparator == facts.CompareFlat && f.Value == 0 {
			continue
		}
		if !slices.Contains(units, f.Unit) {
			units = append(units, f.Unit)
		}
	}
	factor := map[string]float64{}
	for _, f := range fs {
		factor[f.Unit] = 1
	}
	if len(units) <= 1 {
		unit := ""
		if len(units) == 1 {
			unit = units[0]
		}
		return unit, factor, nil
	}
	best := ""
	for _, u := range units {
		if _, ok := moneyUnits[u]; !ok {
			return "", nil, fmt.Errorf("chart: the values are in different units (%s): chart one measure at a time", strings.Join(units, ", "))
		}
		if best == "" || moneyUnits[u] > moneyUnits[best] {
			best = u
		}
	}
	for u := range factor {
		if m, ok := moneyUnits[u]; ok {
			factor[u] = m / moneyUnits[best]
		}
	}
	return best, factor, nil
}

// factValueText is a fact's value as a bar label: the value with its qualifiers where Chinese
// puts them (力争10%, 10%左右), a minus sign for a decline, 持平 for flat.
func factValueText(f corpus.Fact) string {
	if f.Comparator == facts.CompareFlat {
		return "持平"
	}
	v := f.ValueText
	if f.Value < 0 && !strings.HasPrefix(v, "-") && !strings.HasPrefix(v, "−") {
		v = "-" + v
	}
	var before, after string
	for _, q := range strings.Split(f.Qualifier, ",") {
		switch q {
		case "":
		case "力争", "确保":
			before += q
		default:
			if !strings.Contains(v, q) {
				after += q
			}
		}
	}
	return before + v + after
}

// disambiguate adds the city (or else the report number) to labels that several rows share,
// such as three reports of districts whose name the text withholds (xx区).
func disambiguate(rows []Row, profiles map[corpus.ReportKey]corpus.Report) {
	count := map[string]int{}
	for _, r := range rows {
		count[fmt.Sprint(r.Label, r.Year)]++
	}
	for i, r := range rows {
		if count[fmt.Sprint(r.Label, r.Year)] < 2 {
			continue
		}
		if city := profiles[r.Report].City; city != "" && city != r.Label {
			rows[i].Label += "(" + city + ")"
			rows[i].LabelLatin += " (" + PlaceLatin(city) + ")"
		}
	}
	count = map[string]int{}
	for _, r := range rows {
		count[fmt.Sprint(r.Label, r.Year)]++
	}
	for i, r := range rows {
		if count[fmt.Sprint(r.Label, r.Year)] > 1 {
			rows[i].Label += fmt.Sprintf(" #%d", r.Report.Report)
			rows[i].LabelLatin += fmt.Sprintf(" #%d", r.Report.Report)
		}
	}
}

// factTitles returns the Chinese and English titles and the indicator's English name.
func factTitles(indicator, kind, measure string) (zh, en, enName string) {
	enName = Latin(indicator)
	if in, ok := facts.Lookup(indicator); ok && len(in.English) > 0 {
		enName = in.English[0]
	}
	zh, en = indicator, capitalize(enName)
	if measure == facts.MeasureGrowth {
		zh += "增长"
		en += " growth"
	}
	if kind == corpus.KindTarget {
		return zh + "目标", en + " targets", enName
	}
	return zh + "实际完成", en + " actuals", enName
}

// ByIndicator splits facts by indicator, in the order the indicators first appear, each
// group in the order given: FromFacts charts one indicator at a time.
func ByIndicator(fs []corpus.Fact) [][]corpus.Fact {
	index := map[string]int{}
	var out [][]corpus.Fact
	for _, f := range fs {
		i, ok := index[f.Indicator]
		if !ok {
			i = len(out)
			index[f.Indicator] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], f)
	}
	return out
}

// filterFacts returns the facts keep accepts.
func filterFacts(fs []corpus.Fact, keep func(corpus.Fact) bool) []corpus.Fact {
	var out []corpus.Fact
	for _, f := range fs {
		if keep(f) {
			out = append(out, f)
		}
	}
	return out
}
