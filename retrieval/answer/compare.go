package answer

import (
	"slices"
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/internal/chart"
	"github.com/reportbot/reportbot/internal/corpus"
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
