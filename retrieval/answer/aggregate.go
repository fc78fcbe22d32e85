package answer

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/retrieval"
)

// factGroup is the matching facts of one report.
type factGroup struct {
	key     corpus.ReportKey
	facts   []corpus.Fact
	matches bool // a fact has the value the question names (or the question names none)
	// passage, when not nil, is the report's quoted statement that meets the question's
	// condition although none of its fact rows does ("一般公共预算收入下降幅度较大" states a fall
	// with no figure): the report is listed from it. A threshold list's scan does not read a
	// report with a row it asks for (retrieval.RowsDecide), so its rows decide it.
	passage *retrieval.Evidence
}

// composeAggregate answers a comparison or filter question from the facts table: every report
// with a matching fact, its values and qualifiers, one citation each; reports whose values miss
// the number asked for are listed as near misses. It returns false when no fact matches.
func composeAggregate(a retrieval.Plan, res retrieval.Result, k int, ans *Answer) bool {
	var fs []corpus.Fact
	var sentences []string
	for _, f := range res.Facts {
		if a.AsksFor(f) {
			sentences = append(sentences, f.Sentence)
		}
	}
	for _, e := range res.Topic {
		sentences = append(sentences, e.Lead+e.Quote)
	}
	// A fact row answers only when its sentence says what the question asks beside the
	// indicator's figure ("grow in step with the economy"), as does a report's passage.
	aside, asksAside := a.AsideCheck(sentences)
	for _, f := range res.Facts {
		if a.AsksFor(f) && aside(f.Sentence) {
			fs = append(fs, f)
		}
	}
	fs = dropInPlace(a, fs)
	if len(fs) == 0 {
		return false
	}
	groups := map[corpus.ReportKey]*factGroup{}
	var order []corpus.ReportKey
	for _, f := range fs {
		g, ok := groups[f.Key()]
		if !ok {
			g = &factGroup{key: f.Key()}
			groups[f.Key()] = g
			order = append(order, f.Key())
		}
		g.facts = append(g.facts, f)
	}
	for _, e := range res.Topic {
		if g, ok := groups[e.Hit.Chunk.Key()]; ok && !slices.ContainsFunc(g.facts, func(f corpus.Fact) bool { return factMatches(a, f) }) {
			if listed, near := passageVerdict(a, e); listed && !near && aside(e.Lead+e.Quote) {
				g.passage = &e
			}
		}
	}
	for _, g := range groups {
		for _, f := range g.facts {
			g.matches = g.matches || factMatches(a, f)
		}
		g.matches = g.matches || g.passage != nil
		// Within a report, state the facts in the order the report does.
		sort.SliceStable(g.facts, func(i, j int) bool {
			fi, fj := g.facts[i], g.facts[j]
			if fi.ChunkID != fj.ChunkID {
				return fi.ChunkID < fj.ChunkID
			}
			if fi.Sentence != fj.Sentence {
				return false
			}
			return strings.Index(fi.Sentence, fi.ValueText) < strings.Index(fj.Sentence, fj.ValueText)
		})
	}
	sort.SliceStable(order, func(i, j int) bool {
		gi, gj := groups[order[i]], groups[order[j]]
		if gi.matches != gj.matches {
			return gi.matches
		}
		if order[i].Source != order[j].Source {
			return order[i].Source < order[j].Source
		}
		return order[i].Report < order[j].Report
	})

	// One citation per report (the chunk of its first matching fact), then the search hits.
	cited := map[string]int{}
	cite := func(h retrieval.Hit) int {
		if n, ok := cited[h.Chunk.ID]; ok {
			return n
		}
		n := len(ans.Citations) + 1
		ans.Citations = append(ans.Citations, citation(n, h))
		cited[h.Chunk.ID] = n
		return n
	}
	// Every report is a row; a long list renders (cites) only the rows it shows (longlist.go).
	var rows []listRow
	for i, key := range order {
		g := groups[key]
		if e := g.passage; e != nil {
			r, _ := res.Report(key)
			rows = append(rows, listRow{key: key, entity: r.Entity, render: func() (string, int) {
				n := cite(e.Hit)
				if ans.Citations[n-1].Quote == "" {
					ans.Citations[n-1].Quote = e.Quote
				}
				return evidenceLine(reportLabel(r, a.Lang), *e, n, a.Lang), n
			}})
			continue
		}
		shown := g.facts
		if g.matches && (a.Decline || len(a.Numbers) > 0) {
			// A matching report shows the facts that match; the rest are beside the point.
			// Facts of the same indicator and kind as a match stay: "guarantees 8%, strives
			// for 10%" is one statement.
			keep := map[string]bool{}
			for _, f := range g.facts {
				if factMatches(a, f) {
					keep[f.Indicator+"|"+f.Kind] = true
				}
			}
			shown = nil
			for _, f := range g.facts {
				if keep[f.Indicator+"|"+f.Kind] {
					shown = append(shown, f)
				}
			}
		}
		row := listRow{key: key, near: !g.matches}
		row.value, row.valued = rankValue(a, shown, g.matches)
		row.render = func() (string, int) {
			first := 0
			citeFact := func(f corpus.Fact) int {
				c, ok := res.Passage(f.ChunkID)
				if !ok {
					return 0
				}
				n := cite(retrieval.Hit{Chunk: c, Score: 1 / float64(i+1)})
				if first == 0 {
					first = n
				}
				if n > 0 && ans.Citations[n-1].Quote == "" {
					ans.Citations[n-1].Quote = strings.TrimSpace(f.Sentence)
				}
				return n
			}
			r, _ := res.Report(key)
			var line string
			switch {
			case asksAside && g.matches:
				// The figures do not say what was asked beside them: the statement does.
				quote := asideClause(strings.TrimSpace(g.facts[0].Sentence), aside)
				n := citeFact(g.facts[0])
				line = evidenceLine(reportLabel(r, a.Lang), retrieval.Evidence{Quote: quote}, n, a.Lang)
				if a.Lang == "en" {
					line = "• " + enTopicLine(a, r, "", quote, n, res.Lexicon)
				}
			case a.Lang == "zh":
				line = "• " + reportLabel(r, a.Lang) + ":" + strings.Join(factLines(dedupeFacts(shown), a.Lang, citeFact), ";")
			default:
				line = "• " + enFactBullet(r, dedupeFacts(shown), res, citeFact)
			}
			return line, first
		}
		row.entity = res.Reports[key].Entity
		rows = append(rows, row)
	}
	// Reports whose statement was retrieved but not extracted as a fact row answer from their
	// passage.
	for _, e := range res.Topic {
		key := e.Hit.Chunk.Key()
		if _, ok := groups[key]; ok {
			continue
		}
		listed, isNear := passageVerdict(a, e)
		if !listed || !aside(e.Lead+e.Quote) {
			continue
		}
		rows = append(rows, listRow{key: key, entity: e.Hit.Chunk.Entity, near: isNear, render: func() (string, int) {
			n := cite(e.Hit)
			if ans.Citations[n-1].Quote == "" {
				ans.Citations[n-1].Quote = e.Quote
			}
			r, _ := res.Report(key)
			return evidenceLine(reportLabel(r, a.Lang), e, n, a.Lang), n
		}})
	}
	matched, near := listRows(ans, rows, a, valueRank(a), res.Checked)
	for _, h := range res.Hits {
		if len(ans.Citations) >= max(k, listedShown(ans)) {
			break
		}
		cite(h)
	}
	ans.Grounded = len(matched) > 0 || len(near) > 0
	note := checkedNote(a.Lang, matchCount(ans, len(matched)), res.Checked)
	conditional := a.Decline || len(a.Numbers) > 0
	var b strings.Builder
	switch {
	case a.Lang == "zh" && len(matched) > 0 && !conditional:
		b.WriteString("各报告" + note + ":\n" + strings.Join(matched, "\n"))
	case a.Lang == "zh" && len(matched) > 0:
		b.WriteString("符合条件的报告" + note + ":\n" + strings.Join(matched, "\n"))
		if len(near) > 0 {
			b.WriteString("\n接近但数值不同:\n" + strings.Join(near, "\n"))
		}
	case a.Lang == "zh":
		b.WriteString("没有报告的数值与问题完全一致" + note + "。相关的数值:\n" + strings.Join(near, "\n"))
	case len(matched) > 0 && !conditional:
		b.WriteString("By report" + note + ":\n" + strings.Join(matched, "\n"))
	case len(matched) > 0:
		b.WriteString("Reports that match" + note + ":\n" + strings.Join(matched, "\n"))
		if len(near) > 0 {
			b.WriteString("\nNear misses (same indicator, other values):\n" + strings.Join(near, "\n"))
		}
	default:
		b.WriteString("No report states exactly that value" + note + ". The related figures are:\n" + strings.Join(near, "\n"))
	}
	if tail := listTail(ans, res, a.Lang); tail != "" {
		b.WriteString("\n" + tail)
	}
	ans.Text = b.String()
	return true
}

// dropInPlace drops the fact rows of an indicator a report states in place of the one the
// question names (retrieval.InPlaceOf: 规模以上工业总产值 for 工业总产值) from a report that states
// the named one in the same time frame and measure: Shengze's industrial output growth is its
// 工业总产值's 2.19%, not its above-size output's.
func dropInPlace(a retrieval.Plan, fs []corpus.Fact) []corpus.Fact {
	loose := retrieval.InPlaceOf(a.Indicators)
	if len(loose) == 0 {
		return fs
	}
	named := map[string]bool{} // report, kind and measure of a named indicator's row
	key := func(f corpus.Fact) string {
		return f.Source + "#" + strconv.Itoa(f.Report) + "|" + f.Kind + "|" + f.Measure
	}
	for _, f := range fs {
		if slices.Contains(a.Indicators, f.Indicator) {
			named[key(f)] = true
		}
	}
	out := fs[:0:0]
	for _, f := range fs {
		if !slices.Contains(loose, f.Indicator) || !named[key(f)] {
			out = append(out, f)
		}
	}
	return out
}

// asideClause returns the clause of a sentence that says what a list question asks beside the
// figures (aside), else the sentence: "居民人均可支配收入与经济增长基本同步" of a long list of targets.
func asideClause(sentence string, aside func(string) bool) string {
	for _, c := range strings.FieldsFunc(sentence, func(r rune) bool { return strings.ContainsRune(",，;；:：", r) }) {
		if c = strings.TrimSpace(c); aside(c) {
			return c
		}
	}
	return sentence
}

// dedupeFacts drops facts that repeat an earlier one's indicator, kind, value and qualifier.
func dedupeFacts(fs []corpus.Fact) []corpus.Fact {
	seen := map[string]bool{}
	var out []corpus.Fact
	for _, f := range fs {
		k := f.Indicator + "|" + f.Kind + "|" + f.ValueText + "|" + f.Qualifier + "|" + f.Measure
		if !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	return out
}

// factMatches reports whether a fact meets the question's condition: a decline, or the number
// it names (compared as the question says), or — with neither — any value.
func factMatches(a retrieval.Plan, f corpus.Fact) bool {
	return retrieval.FactMeets(a, f)
}

// factLines states facts one line per indicator and kind, values in order and citations after:
// "…: target: guarantees growth of 8%, strives for growth of 10% [1]". cite returns the
// citation number of a fact's passage.
func factLines(fs []corpus.Fact, lang string, cite func(corpus.Fact) int) []string {
	var order []string
	values := map[string][]string{}
	refs := map[string][]string{}
	for _, f := range fs {
		n := cite(f)
		name := factName(f, lang)
		if _, ok := values[name]; !ok {
			order = append(order, name)
		}
		values[name] = append(values[name], factValue(f, lang))
		if ref := "[" + strconv.Itoa(n) + "]"; !contains(refs[name], ref) {
			refs[name] = append(refs[name], ref)
		}
	}
	sep := ", "
	if lang == "zh" {
		sep = ","
	}
	lines := make([]string, 0, len(order))
	for _, name := range order {
		lines = append(lines, name+strings.Join(values[name], sep)+" "+strings.Join(refs[name], ""))
	}
	return lines
}
