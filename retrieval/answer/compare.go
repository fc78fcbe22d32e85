package answer

import (
	"slices"
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/internal/chart"
	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/places"
	"github.com/reportbot/reportbot/retrieval"
)

// PathCompare is the compose path of a comparison of named places (retrieval.Comparison): each
// place's figure with its citation, which is higher and lower, and what a place's report lacks.
const PathCompare = "compare"

// composeCompare answers a question comparing named places (or one place's years): one line per
// place, in the order the question names them — its figures of the indicator in the kind and
// measure asked, each cited; or, when its report states none, what it states of the indicator
// instead or its best passage; or that it has no report of the year asked — then which place
// is higher and which lower when at least two figures are comparable. It returns false when the
// result is not a comparison.
func composeCompare(a retrieval.Plan, res retrieval.Result, k int, ans *Answer) bool {
	c := res.Comparison
	if c == nil || len(c.Places) < 2 {
		return false
	}
	cited := map[string]int{}
	cite := func(h retrieval.Hit, quote string) int {
		if n, ok := cited[h.Chunk.ID]; ok {
			return n
		}
		n := len(ans.Citations) + 1
		ans.Citations = append(ans.Citations, citation(n, h))
		ans.Citations[n-1].Quote = quote
		cited[h.Chunk.ID] = n
		return n
	}
	citeFact := func(f corpus.Fact) int {
		ch, ok := res.Passage(f.ChunkID)
		if !ok {
			return 0
		}
		return cite(retrieval.Hit{Chunk: ch, Score: 1}, strings.TrimSpace(f.Sentence))
	}
	labels := compareLabels(c, res, a.Lang)
	conditional := a.Decline || len(a.Numbers) > 0
	var lines, meeting []string
	var figures []placeFigure
	answered := false
	for i, cp := range c.Places {
		label := labels[i]
		if !cp.Found() {
			lines = append(lines, "• "+noReportLine(label, cp, a.Lang))
			continue
		}
		r, _ := res.Report(cp.Report)
		listed := Listed{Source: cp.Report.Source, Report: cp.Report.Report, Entity: r.Entity}
		switch {
		case len(cp.Facts) > 0:
			fs := dedupeFacts(cp.Facts)
			lines = append(lines, "• "+factsLine(label, r, fs, res, citeFact, a.Lang))
			listed.Cite = citeFact(fs[0])
			figures = append(figures, placeFigure{label: label, fact: fs[0]})
			answered = true
			if conditional {
				listed.Near = !slices.ContainsFunc(fs, func(f corpus.Fact) bool { return factMatches(a, f) })
			}
		case len(cp.Other) > 0 && !(conditional && cp.Evidence != nil && meetsByPassage(a, *cp.Evidence)):
			fs := dedupeFacts(cp.Other)
			lines = append(lines, "• "+label+sep(a.Lang)+lacksPhrase(c, cp, a.Lang)+givesPhrase(r, fs, res, citeFact, a.Lang))
			listed.Cite, listed.Near = citeFact(fs[0]), true
			answered = true
		case cp.Evidence != nil:
			e := cp.Evidence
			n := cite(e.Hit, e.Quote)
			quote := "“" + e.Quote + "” [" + strconv.Itoa(n) + "]"
			switch {
			case c.Indicator == "":
				lines = append(lines, "• "+label+sep(a.Lang)+quote)
			case a.Lang == "zh":
				lines = append(lines, "• "+label+sep(a.Lang)+lacksPhrase(c, cp, a.Lang)+";相关原文:"+quote)
			default:
				lines = append(lines, "• "+label+sep(a.Lang)+lacksPhrase(c, cp, a.Lang)+"; it says: "+quote)
			}
			listed.Cite = n
			answered = true
			listed.Near = conditional && !meetsByPassage(a, *e)
		default:
			lines = append(lines, "• "+label+sep(a.Lang)+lacksPhrase(c, cp, a.Lang)+endStop(a.Lang))
			listed.Near = true
		}
		ans.Listed = append(ans.Listed, listed)
		if conditional && !listed.Near {
			meeting = append(meeting, label)
		}
	}
	for _, h := range res.Hits {
		if len(ans.Citations) >= max(k, len(ans.Listed)) {
			break
		}
		cite(h, "")
	}
	ans.Grounded = answered
	text := compareHead(c, a.Lang) + "\n" + strings.Join(lines, "\n")
	if note := latestNote(c, res, a.Lang); note != "" {
		ans.Note = note
	}
	if s := rankSentence(figures, len(c.Places), a.Lang); s != "" {
		text += "\n" + s
	}
	if conditional {
		text += "\n" + meetingSentence(a, meeting)
	}
	ans.Text = text
	var matches func(corpus.Fact) bool
	if conditional {
		matches = func(f corpus.Fact) bool { return factMatches(a, f) }
	}
	ans.Chart = compareChart(c, res, a.Lang, matches)
	return true
}

// meetsByPassage reports whether a passage meets the question's condition although no fact row
// of its report does ("一般公共预算收入下降幅度较大" states a fall without a figure).
func meetsByPassage(a retrieval.Plan, e retrieval.Evidence) bool {
	ok, near := passageVerdict(a, e)
	return ok && !near
}

// placeFigure is the first figure a compared place states (the one a comparison and the chart
// use).
type placeFigure struct {
	label string
	fact  corpus.Fact
}

func sep(lang string) string {
	if lang == "zh" {
		return ":"
	}
	return ": "
}

func endStop(lang string) string {
	if lang == "zh" {
		return "。"
	}
	return "."
}

// compareLabels names each compared place: its label (Chinese name; pinyin and Chinese in
// English), with its city when another compared place has the same name and its year when the
// comparison is of years.
func compareLabels(c *retrieval.Comparison, res retrieval.Result, lang string) []string {
	names := map[string]int{}
	years := map[int]bool{}
	for _, cp := range c.Places {
		names[cp.Name]++
		years[cp.Year] = true
	}
	out := make([]string, len(c.Places))
	for i, cp := range c.Places {
		r, ok := res.Report(cp.Report)
		if !ok {
			r = corpus.Report{Entity: cp.Name, Level: levelOf(cp.Name)}
		}
		label := reportLabel(r, lang)
		if lang != "zh" {
			label = capitalize(label)
		}
		var more []string
		if names[cp.Name] > 1 && r.City != "" && r.City != r.Entity {
			if lang == "zh" {
				more = append(more, r.City)
			} else {
				more = append(more, title(places.PinyinBase(r.City))+" ("+r.City+")")
			}
		}
		if len(years) > 1 && cp.Year > 0 {
			if lang == "zh" {
				more = append(more, strconv.Itoa(cp.Year)+"年")
			} else {
				more = append(more, strconv.Itoa(cp.Year))
			}
		}
		switch {
		case len(more) == 0:
		case lang == "zh":
			label += "(" + strings.Join(more, ",") + ")"
		default:
			label += ", " + strings.Join(more, ", ")
		}
		out[i] = label
	}
	return out
}

// levelOf is the level a place name ends in (镇, 区, …), "" when none.
func levelOf(name string) string {
	for _, l := range []string{"街道", "镇", "乡", "区", "县", "市"} {
		if strings.HasSuffix(name, l) && name != l {
			return l
		}
	}
	return ""
}

// seriesZh and seriesEn name the compared series: "增长目标", "growth target".
func seriesZh(c *retrieval.Comparison) string {
	growth := c.Measure == facts.MeasureGrowth
	switch {
	case c.Kind == corpus.KindTarget && growth:
		return "增长目标"
	case c.Kind == corpus.KindTarget:
		return "目标"
	case growth:
		return "实际增长"
	}
	return "实际数"
}

func seriesEn(c *retrieval.Comparison) string {
	growth := c.Measure == facts.MeasureGrowth
	switch {
	case c.Kind == corpus.KindTarget && growth:
		return "growth target"
	case c.Kind == corpus.KindTarget:
		return "target"
	case growth:
		return "actual growth"
	}
	return "actual figure"
}

// indicatorEn is the comparison's indicator in English, else as the reports write it.
func indicatorEn(name string) string {
	if ind, ok := facts.Lookup(name); ok && len(ind.English) > 0 {
		return ind.English[0] + " (" + name + ")"
	}
	return name
}

// compareYear is the year every compared place was asked about (0: none, or several).
func compareYear(c *retrieval.Comparison) int {
	y := c.Places[0].Year
	for _, cp := range c.Places[1:] {
		if cp.Year != y {
			return 0
		}
	}
	return y
}

// compareHead is the first line of a comparison: what is compared, for which year.
func compareHead(c *retrieval.Comparison, lang string) string {
	y := compareYear(c)
	if lang == "zh" {
		year := ""
		if y > 0 {
			year = strconv.Itoa(y) + "年"
		}
		if c.Indicator == "" {
			return year + "各地报告的相关内容:"
		}
		return year + c.Indicator + seriesZh(c) + "对比(" + zhCount(len(c.Places)) + "地):"
	}
	year := ""
	if y > 0 {
		year = " for " + strconv.Itoa(y)
	}
	if c.Indicator == "" {
		return "What each place's report" + year + " says:"
	}
	return capitalize(indicatorEn(c.Indicator)) + ", " + seriesEn(c) + year + ", compared across " + enCount(len(c.Places)) + " places:"
}

// latestNote says, for a comparison that names no year, which year's reports it compares: each
// place's latest ("" when a year was named).
func latestNote(c *retrieval.Comparison, res retrieval.Result, lang string) string {
	var years []int
	for _, cp := range c.Places {
		if cp.Year != 0 {
			return ""
		}
		if r, ok := res.Report(cp.Report); ok && r.Year > 0 && !slices.Contains(years, r.Year) {
			years = append(years, r.Year)
		}
	}
	if len(years) == 0 {
		return ""
	}
	slices.Sort(years)
	if lang == "zh" {
		return "依据各地最新的报告(" + yearSpan(years, lang) + ");可在问题中注明年份,比较其他年份。"
	}
	return "From each place's latest report (" + yearSpan(years, lang) + "); name a year to compare another."
}

// noReportLine says that a place has no report of the year asked, and which years it has.
func noReportLine(label string, cp retrieval.Compared, lang string) string {
	span := yearSpan(cp.Years, lang)
	if lang == "zh" {
		s := label + ":没有" + strconv.Itoa(cp.Year) + "年的报告"
		if span != "" {
			s += "(现有" + span + "的报告)"
		}
		return s + "。"
	}
	s := label + ": no " + strconv.Itoa(cp.Year) + " report"
	if span != "" {
		s += " (its reports are of " + span + ")"
	}
	return s + "."
}

// yearSpan writes years compactly: "2015–2023", "2015、2017年" / "2015 and 2017".
func yearSpan(ys []int, lang string) string {
	if len(ys) == 0 {
		return ""
	}
	suffix := ""
	if lang == "zh" {
		suffix = "年"
	}
	consecutive := true
	for i := 1; i < len(ys); i++ {
		consecutive = consecutive && ys[i] == ys[i-1]+1
	}
	if len(ys) > 2 && consecutive {
		return strconv.Itoa(ys[0]) + "–" + strconv.Itoa(ys[len(ys)-1]) + suffix
	}
	parts := make([]string, len(ys))
	for i, y := range ys {
		parts[i] = strconv.Itoa(y)
	}
	if lang == "zh" {
		return strings.Join(parts, "、") + suffix
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// lacksPhrase says that a place's report states no figure of the compared series.
func lacksPhrase(c *retrieval.Comparison, cp retrieval.Compared, lang string) string {
	year := ""
	if lang == "zh" {
		if cp.Year > 0 {
			year = strconv.Itoa(cp.Year) + "年"
		}
		if c.Indicator == "" {
			return year + "报告中没有找到相关内容"
		}
		return year + "报告没有给出" + c.Indicator + "的" + seriesZh(c) + "数字"
	}
	if cp.Year > 0 {
		year = " " + strconv.Itoa(cp.Year)
	}
	if c.Indicator == "" {
		return "nothing on this in its" + year + " report"
	}
	return "its" + year + " report states no " + seriesEn(c) + " for " + indicatorEn(c.Indicator)
}

// factsLine states a place's figures of the compared series with their citations.
func factsLine(label string, r corpus.Report, fs []corpus.Fact, res retrieval.Result, cite func(corpus.Fact) int, lang string) string {
	if lang == "zh" {
		return label + ":" + strings.Join(factLines(fs, lang, cite), ";")
	}
	year := func(f corpus.Fact) int { return factYear(f, res, corpus.Chunk{}, r) }
	return label + " " + enFactClause(fs, year) + " " + refs(fs, cite)
}

// givesPhrase states what a place's report gives of the indicator instead of the series asked.
func givesPhrase(r corpus.Report, fs []corpus.Fact, res retrieval.Result, cite func(corpus.Fact) int, lang string) string {
	if lang == "zh" {
		return ";报告给出的是" + strings.Join(factLines(fs, lang, cite), ";")
	}
	year := func(f corpus.Fact) int { return factYear(f, res, corpus.Chunk{}, r) }
	return "; it " + enFactClause(fs, year) + " " + refs(fs, cite)
}

// refs are the citation markers of facts' passages, once each: "[1][3]".
func refs(fs []corpus.Fact, cite func(corpus.Fact) int) string {
	var out []string
	for _, f := range fs {
		if n := cite(f); n > 0 {
			if ref := "[" + strconv.Itoa(n) + "]"; !contains(out, ref) {
				out = append(out, ref)
			}
		}
	}
	return strings.Join(out, "")
}

// compareChart is the comparison's chart: each place's facts of the compared series, one bar per
// report; nil with fewer than two places with figures.
func compareChart(c *retrieval.Comparison, res retrieval.Result, lang string, matches func(corpus.Fact) bool) *chart.Comparison {
	var fs []corpus.Fact
	for _, cp := range c.Places {
		for _, f := range cp.Facts {
			if f.Indicator == c.Indicator {
				fs = append(fs, f)
			}
		}
	}
	set := chart.FactSet{Facts: dedupeFacts(fs), Kind: c.Kind, Measure: c.Measure, Lang: lang, Reports: reportProfiles(res), Matches: matches}
	ch, err := chart.FromFacts(set)
	if err != nil {
		return nil
	}
	if lang != "zh" {
		englishChart(&ch)
	}
	return &ch
}
