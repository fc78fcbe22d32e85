package retrieval

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/places"
	"github.com/reportbot/reportbot/internal/zh"
)

// Constraint kinds: what a question pins down.
const (
	ConstraintPlace     = "place"
	ConstraintLevel     = "level"
	ConstraintYear      = "year"
	ConstraintFrame     = "time frame"
	ConstraintIndicator = "indicator"
	ConstraintSubject   = "subject"
	// ConstraintComparator is recorded for the trace only: comparison answers apply it to the
	// fact rows themselves (matches and near misses).
	ConstraintComparator = "comparator"
)

// Constraint is one thing a question pins down — a place, a level, a year, a time frame, an
// indicator, a decisive subject word — and whether the reports in scope satisfy it. An answer
// either satisfies every constraint or names those it cannot.
type Constraint struct {
	Kind string `json:"kind"`
	// Value is what the question asks for: "同里镇", "2026", "城镇登记失业率", "target".
	Value string `json:"value"`
	Met   bool   `json:"met"`
	// Have says, for an unmet constraint, what the reports in scope hold instead: the reports
	// (for a place), the years they review and plan (for a year), the indicators they state
	// (for an indicator), the time frame of the quoted sentence (for a time frame).
	Have []string `json:"have,omitempty"`
	// Reports are the reports the constraint was checked against (for an indicator: the named
	// report that lacks it).
	Reports []corpus.ReportKey `json:"reports,omitempty"`
	// OtherFrame is, for an unmet indicator, the time frame in which the named reports do state
	// it (a result where a target was asked, or the reverse); "" when they do not.
	OtherFrame string `json:"other_frame,omitempty"`
	// Quote is, for an indicator asked with a figure that the named report states without one,
	// its sentence about the indicator, from the passage ChunkID.
	Quote   string `json:"quote,omitempty"`
	ChunkID string `json:"chunk_id,omitempty"`
	// Years are, for an indicator asked for several years, the years no named report states it
	// for (in the asked time frame) while some states it for another.
	Years []int `json:"years,omitempty"`
	// Level is, for an area level, the level asked (区, 镇, …).
	Level string `json:"level,omitempty"`
}

// Unmet returns the constraints of a result that the reports do not satisfy.
func (r Result) Unmet() []Constraint {
	var out []Constraint
	for _, c := range r.Constraints {
		if !c.Met {
			out = append(out, c)
		}
	}
	return out
}

// constraints checks each constraint of a plan against the reports in scope and the chosen
// evidence.
func (ix *Index) constraints(p Plan, scopeKeys map[corpus.ReportKey]bool, res Result) []Constraint {
	var out []Constraint
	inScope := ix.scopeList(scopeKeys)
	for _, name := range p.Places {
		if slices.Contains(p.Unresolved, name) {
			continue
		}
		out = append(out, Constraint{Kind: ConstraintPlace, Value: name, Met: true})
	}
	for _, name := range p.Unresolved {
		if p.misspeltPlace(name) {
			// "Leli town": the question misspells 黎里镇 (Lili), which the plan took it for; the
			// answer asks "Did you mean…?".
			continue
		}
		// "Which towns are in Wujiang?": a place the reports name is a topic of a filter question;
		// "中关村朝阳园" in a question about Beijing's report is a place that report names.
		named := ix.placeReports[name][2]
		met := p.Aggregate && len(named) > 0 || len(p.Reports) > 0 && scopeKeys != nil &&
			(slices.ContainsFunc(named, func(k corpus.ReportKey) bool { return scopeKeys[k] }) || ix.textInScope(places.Base(name), scopeKeys)) ||
			quotesPlace(res.Best, name)
		c := Constraint{Kind: ConstraintPlace, Value: name, Met: met}
		if !met {
			for _, r := range ix.Reports {
				c.Have = append(c.Have, reportCoverage(r))
				c.Reports = append(c.Reports, r.Key())
			}
		}
		out = append(out, c)
	}
	if c, ok := ix.areaConstraint(p, res); ok {
		out = append(out, c)
	}
	if c, ok := ix.areaLevelConstraint(p); ok {
		out = append(out, c)
	}
	if p.Level != "" {
		out = append(out, Constraint{Kind: ConstraintLevel, Value: p.Level, Met: !res.Widened})
	}
	for _, y := range slices.Concat(p.Years, backYears(p, inScope)) {
		c := Constraint{Kind: ConstraintYear, Value: strconv.Itoa(y)}
		for _, r := range inScope {
			c.Met = c.Met || y == r.Year || y == r.ReviewYear || y == r.PlanYear
		}
		// A year the reports speak of in passing ("到2025年…", "自2015年…") is theirs to answer.
		c.Met = c.Met || ix.textInScope(strconv.Itoa(y)+"年", scopeKeys)
		if !c.Met {
			for _, r := range inScope {
				c.Have = append(c.Have, reportCoverage(r))
				c.Reports = append(c.Reports, r.Key())
			}
		}
		out = append(out, c)
	}
	if p.Intent != "" && res.Best != nil && res.Best.Sentence != "" {
		// A sentence read as the other frame that still has a cue of the asked one ("完成…目标任务")
		// is not held against the answer.
		k := ix.sentenceKind(res.Best.Hit.Chunk, res.Best.Sentence)
		if k == "" {
			k = ix.partKind(res.Best.Hit.Chunk)
		}
		met := k == "" || k == p.Intent || frameCueNear(res.Best.Sentence, p)
		c := Constraint{Kind: ConstraintFrame, Value: p.Intent, Met: met}
		if !c.Met {
			c.Have = []string{k}
		}
		out = append(out, c)
	}
	if len(p.Numbers) > 0 && (p.Aggregate || p.Comparator != "") {
		var vals []string
		for _, n := range p.Numbers {
			vals = append(vals, n.Text)
		}
		cmp := p.Comparator
		if cmp == "" {
			cmp = "="
		}
		out = append(out, Constraint{Kind: ConstraintComparator, Value: cmp + " " + strings.Join(vals, ", "),
			Met: slices.ContainsFunc(res.Facts, func(f corpus.Fact) bool { return compares(cmp, f, p.Numbers) })})
	}
	if c, ok := ix.indicatorConstraint(p, scopeKeys, inScope, res.Facts); ok {
		out = append(out, c)
	}
	evidence := ""
	if res.Best != nil {
		evidence = res.Best.Sentence
	}
	missing := ix.missingSubjects(p, out, evidence)
	for _, w := range ix.missingSubPlaces(p, scopeKeys) {
		missing = appendUnique(missing, w)
	}
	for _, w := range missing {
		out = append(out, Constraint{Kind: ConstraintSubject, Value: w})
	}
	before := ix.sentenceBefore(res.Best)
	for _, w := range unstatedSpans(p, res.Best, before) {
		out = append(out, Constraint{Kind: ConstraintSubject, Value: w})
	}
	if months := wholeYearUnstated(p, res.Best, before); months != "" {
		out = append(out, Constraint{Kind: ConstraintSubject, Value: wholeYearValue(p.Lang, months)})
	}
	return out
}

// quotesPlace reports whether the chosen evidence's sentence names a place by name ("超额完成吴江
// 光伏备案装机容量目标" for a question on 吴江): a report that quotes the place answers for what it
// says of it, while another report's figure (the revenue of a town for 吴江区's) never does.
// A one-character base (乌 of 乌镇) is no name inside a sentence (义乌小商品城): only the whole
// name counts then.
func quotesPlace(best *Evidence, name string) bool {
	if best == nil || best.Sentence == "" {
		return false
	}
	base := places.Base(name)
	if utf8.RuneCountInString(base) < 2 {
		base = name
	}
	return strings.Contains(best.Sentence, base)
}

// misspeltPlace reports whether an unresolved name holds a word the plan took for a misspelt
// report place ("Leli town" for 黎里镇).
func (p Plan) misspeltPlace(name string) bool {
	return slices.ContainsFunc(strings.Fields(name), p.isSuggestedWord)
}

// constraintReports adds to a result's profiles the reports its unmet constraints name.
func (ix *Index) constraintReports(res *Result) {
	for _, c := range res.Constraints {
		for _, k := range c.Reports {
			if _, ok := res.Reports[k]; !ok {
				if r, ok := ix.Report(k); ok {
					res.Reports[k] = r
				}
			}
		}
	}
}

// scopeList returns the reports of a scope in corpus order (every report for nil).
func (ix *Index) scopeList(keys map[corpus.ReportKey]bool) []corpus.Report {
	var out []corpus.Report
	for _, r := range ix.Reports {
		if keys == nil || keys[r.Key()] {
			out = append(out, r)
		}
	}
	return out
}

// coverageOf describes the reports of keys that the index holds (reportCoverage), in order.
func (ix *Index) coverageOf(keys []corpus.ReportKey) []string {
	var out []string
	for _, k := range keys {
		if r, ok := ix.Report(k); ok {
			out = append(out, reportCoverage(r))
		}
	}
	return out
}

// reportCoverage describes a report by place and years: "盛泽镇 (苏州市; reviews 2023, plans
// 2023)".
func reportCoverage(r corpus.Report) string {
	var parts []string
	if r.City != "" && r.City != r.Entity {
		parts = append(parts, r.City)
	}
	review, plan := FrameYears(r)
	switch {
	case review > 0 && plan > 0:
		parts = append(parts, fmt.Sprintf("reviews %d, plans %d", review, plan))
	case r.Year > 0:
		parts = append(parts, strconv.Itoa(r.Year))
	}
	if len(parts) == 0 {
		return r.Entity
	}
	return r.Entity + " (" + strings.Join(parts, "; ") + ")"
}

// FrameYears returns the year a report reviews and the year it plans for, falling back to its
// Year for stores built before profiles had them.
func FrameYears(r corpus.Report) (review, plan int) {
	review, plan = r.ReviewYear, r.PlanYear
	if review == 0 {
		review = r.Year
	}
	if plan == 0 {
		plan = r.Year
	}
	return review, plan
}

// textInScope reports whether a passage in scope (nil: any) holds the text, compared
// normalised; the passages are those that hold its rarest token and every other bigram of it
// (postings intersected before any passage is read: a word the reports never write, each of
// whose bigrams they do, reads no passage however large the corpus, issue 13).
func (ix *Index) textInScope(text string, scope map[corpus.ReportKey]bool) bool {
	norm := zh.Normalize(text)
	toks := zh.Tokens(norm)
	if len(toks) == 0 {
		return false
	}
	rarest := toks[0]
	for _, t := range toks[1:] {
		if ix.bm25.df(t) < ix.bm25.df(rarest) {
			rarest = t
		}
	}
	// The other bigrams of ideographs: a passage holding the text holds each of them. (A lone
	// ideograph or a word of letters may stand inside a longer token of the passage.)
	var others []string
	for _, t := range toks {
		if rs := []rune(t); t != rarest && len(rs) == 2 && zh.AllHan(rs) && !slices.Contains(others, t) {
			others = append(others, t)
		}
	}
	found := false
	ix.eachInScope(rarest, scope, func(doc int) bool {
		for _, t := range others {
			if !ix.bm25.Has(t, doc) {
				return true
			}
		}
		c := ix.Chunk(doc)
		found = strings.Contains(normalize(c.SectionPath()+"\n"+c.Text), norm)
		return !found
	})
	return found
}

// tokenInScope reports whether a passage in scope (nil: any) holds the token.
func (ix *Index) tokenInScope(tok string, scope map[corpus.ReportKey]bool) bool {
	found := false
	ix.eachInScope(tok, scope, func(int) bool {
		found = true
		return false
	})
	return found
}

// partKind returns the time frame of the part of its report a chunk stands in, read from where
// the report states its targets: the top-level section that holds the most target rows is where
// its plans begin, and the top-level sections before it review the past ("一、知重负重…" of a
// report whose "二、…" lists 明年的主要预期目标). "" when the report states no targets or the
// chunk is in or after that section (a plan part may look back).
func (ix *Index) partKind(c corpus.Chunk) string {
	if part := ix.reportPart(c); part == corpus.KindActual {
		return part
	}
	return ""
}

// minTargetRows is how many target rows a passage must state to be taken for a report's list
// of targets (partKind).
const minTargetRows = 2

// sentenceKind returns the time frame of a sentence of a chunk (facts.SentenceKindInPart with
// the chunk's section, its report's year and, where neither the sentence's strong cues nor the
// headings tell, the part of the report it stands in: reportPart).
func (ix *Index) sentenceKind(c corpus.Chunk, sentence string) string {
	r, _ := ix.Report(c.Key())
	return facts.SentenceKindInPart(sentence, c.Section, r.Year, func() string { return ix.reportPart(c) })
}

// TimeFrameFits reports whether a sentence of a chunk is in the time frame the plan asks about
// (its Intent): facts.SentenceKind reads the sentence's own cues, then its section (review or
// plan), then weak cues, with the report's year; a sentence whose frame nothing tells fits any.
// Search's sentence choice (scorer.fits) prefers spans that fit.
func (ix *Index) TimeFrameFits(p Plan, c corpus.Chunk, sentence string) bool {
	if p.Intent == "" {
		return true
	}
	k := ix.sentenceKind(c, sentence)
	if k == "" && p.Intent == corpus.KindTarget {
		k = ix.partKind(c) // a review part whose headings do not say so
	}
	return k == "" || k == p.Intent
}

// timeFrame returns the scorer's time-frame check for a plan (nil when it asks for none).
func (ix *Index) timeFrame(p Plan) func(c corpus.Chunk, sentence string) bool {
	if p.Intent == "" {
		return nil
	}
	return func(c corpus.Chunk, sentence string) bool { return ix.TimeFrameFits(p, c, sentence) }
}

// compares reports whether a fact's value stands to one of the numbers as the comparator says.
func compares(cmp string, f corpus.Fact, ns []Number) bool {
	for _, n := range ns {
		if n.Unit != "" && n.Unit != f.Unit {
			continue
		}
		if Meets(cmp, f.Value, n.Value) {
			return true
		}
	}
	return false
}

// SectionFrame is the time frame a passage's section headings name: corpus.KindActual for a
// review (2023年工作回顾, 这一年…), corpus.KindTarget for a plan (2024年工作安排), "" when they say
// neither or both (一、知重负重、唯实唯勤).
func SectionFrame(c corpus.Chunk) string {
	sec := c.SectionPath()
	switch actual, target := actualSection(sec), targetSection(sec); {
	case actual && !target:
		return corpus.KindActual
	case target && !actual:
		return corpus.KindTarget
	}
	return ""
}
