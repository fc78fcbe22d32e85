package answer

import (
	"fmt"
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/places"
	"github.com/reportbot/reportbot/retrieval"
)

// groundedCoverage is the share of the question's (IDF-weighted) terms the best sentence must
// contain for the answer to count as grounded. It and retrieval's weight of tokens no passage
// holds (unknownShare) were chosen together on the team and held-out sets (see BENCHMARKS.md,
// "Grounding threshold").
const groundedCoverage = 0.35

// Compose paths: how an extractive answer was built (Trace.Path).
const (
	PathLookup    = "lookup"    // the best sentence of the best passages
	PathAggregate = "aggregate" // every report's matching fact rows
	PathTopic     = "topic"     // every report whose passages speak of the topic
	PathWeak      = "weak"      // the closest passages, not an answer
	PathNotFound  = "not-found" // nothing matched
	// PathUntranslated (vocab.go): the question turns on a word the reports do not have.
)

// compose builds the extractive answer from a plan and what its search found, and says which
// path it took: from the facts table or the reports' best evidence for comparison and filter
// questions, else from the best sentence of the best passages. It is pure.
func compose(a retrieval.Plan, res retrieval.Result, k int) (*Answer, string) {
	return composeAll(a, res, k, false)
}

// composeAll is compose; all lists every report of a long list with its evidence
// (Request.ListAll) instead of the best ListLimit.
func composeAll(a retrieval.Plan, res retrieval.Result, k int, all bool) (*Answer, string) {
	ans, path := composePath(a, res, k, all)
	path = declinePrivate(a, ans, path)
	path = applyConstraints(a, res, ans, path)
	path = declineHolder(a, res, ans, path)
	path = declineVagueCount(a, res, ans, path)
	path = declineCountUnstated(a, res, ans, path)
	path = declineNoFigure(a, res, ans, path)
	path = declineQualifier(a, res, ans, path)
	path = declineBound(a, res, ans, path)
	path = declineAmountOther(a, res, ans, path)
	path = declineOtherIndicator(a, res, ans, path)
	path = declineOtherKind(a, res, ans, path)
	path = declineOtherGroup(a, res, ans, path)
	path = declineUnit(a, res, ans, path)
	path = declineUnstated(a, res, ans, path)
	path = declineSubPlace(a, res, ans, path)
	if note := selectionNote(a.Lang, res.Selection); note != "" {
		ans.Note = strings.TrimSpace(note + " " + ans.Note)
	}
	if path != PathDeclined {
		path = untranslated(a, res, ans, path)
	}
	didYouMean(a, ans)
	return ans, path
}

// composePath is compose before the constraints are held to and the notes on which of a
// place's reports answered, on words not found (vocab.go) and on misspelt places.
func composePath(a retrieval.Plan, res retrieval.Result, k int, all bool) (*Answer, string) {
	ans := &Answer{Lang: a.Lang, Mode: ModeExtractive, listAll: all}
	if composeCompare(a, res, k, ans) {
		return ans, PathCompare
	}
	if composeCandidates(a, res, k, ans) {
		return ans, PathCandidates
	}
	if a.Aggregate {
		if composeAggregate(a, res, k, ans) {
			ans.Chart = answerChart(a, res, ans)
			return ans, PathAggregate
		}
		if composeTopic(a, res, k, ans) {
			return ans, PathTopic
		}
	}
	path := composeLookup(a, res, k, ans)
	if un := res.Unresolved; len(un) > 0 {
		ans.Note = notePlaces(a.Lang, un)
		if len(a.Reports) == 0 && !a.Aggregate && !allPlacesMet(res, un) {
			// The question is about a place none of the reports is from: whatever matched is
			// about somewhere else, unless the quote names the place itself.
			ans.Grounded = false
			ans.Text = weakAnswer(a.Lang, ans.Citations)
			if path == PathLookup {
				path = PathWeak
			}
		}
	}
	return ans, path
}

// declineNoFigure declines a lookup for "how many <noun>" (or "what is the population of …", or
// a Chinese 多少 question) when neither the quote nor any passage found states a figure of
// something the question names (retrieval.FigureNamed): the sentence quoted is then about the
// topic, not an answer ("How many beds…" quoting a sentence on building the health centre, whose
// counts are of training sessions).
func declineNoFigure(a retrieval.Plan, res retrieval.Result, ans *Answer, path string) string {
	if path != PathLookup || res.Best == nil {
		return path
	}
	noun, checked, named := retrieval.FigureNamed(a, res.Best.Quote)
	if !checked || named || retrieval.FigureActed(a, res.Best.Quote) {
		return path
	}
	onTopic := !res.Best.OffFrame && !otherFrame(a, res.Best.Hit.Chunk) && retrieval.HoldsAskedTopic(a, noun, res.Best.Quote)
	if (retrieval.MentionsCounted(a, noun, res.Best.Quote) || onTopic) && !retrieval.StatesCount(a, res.Best.Quote) &&
		!retrieval.StatesCount(a, reReportRefs.ReplaceAllString(ans.Text, "")) &&
		!slices.ContainsFunc(res.Hits, func(h retrieval.Hit) bool { return retrieval.CountNamedWithThings(a, h.Chunk.Text) }) {
		// The quote mentions the asked thing, or holds the rest of the question in its time
		// frame, but the answer states no count at all, and no passage found counts the asked
		// thing beside the question's other words: the report mentions the thing without a
		// number ("How many ambulance crews…" quoting 增加救护车组和ICU床位, whose figures are
		// shares; "how many households does the garbage sorting system cover" quoting 投入360万元
		// 专项资金用于垃圾分类基础设施建设).
		return decline(a, ans, noFigureText(a, res, noun))
	}
	offFrame := false // a passage of the other time frame names the figure
	for _, h := range res.Hits {
		if _, _, named := retrieval.FigureNamed(a, h.Chunk.Text); named {
			if !otherFrame(a, h.Chunk) {
				return path
			}
			offFrame = true
		}
	}
	if offFrame && retrieval.FigureMentioned(a, res.Best.Quote) {
		return path // the quote states a figure of the asked thing in words of its own
	}
	if offFrame {
		// "How many sewage outlets does Lili plan to rectify this year?": 87 were last year's.
		return decline(a, ans, offFrameText(a, res, noun, retrieval.Constraint{Kind: retrieval.ConstraintFrame, Value: a.Intent}))
	}
	return decline(a, ans, noFigureText(a, res, noun))
}

// otherFrame reports whether a question names its time (this year, last year) and a passage's
// section headings put it in the other time frame (a review for a question about this year's
// plan): its figures do not answer the question, whatever they count.
func otherFrame(a retrieval.Plan, c corpus.Chunk) bool {
	if a.When == "" || a.Intent == "" {
		return false
	}
	f := retrieval.SectionFrame(c)
	return f != "" && f != a.Intent
}

// noFigureText says that the reports in scope state no figure of what the question asks about:
// "The report of Daixi town (岱西镇) gives no number of tourists.", "… gives no figure for the
// population.", "岱西镇的报告没有给出人口的数字。"
func noFigureText(a retrieval.Plan, res retrieval.Result, noun string) string {
	where := scopeName(a, res)
	if a.Lang == "zh" {
		return where + "没有给出" + noun + "的数字。"
	}
	verb := " give "
	if len(res.Scope) == 1 {
		verb = " gives "
	}
	what := "no number of " + noun
	if !reHowManyQ.MatchString(a.Norm) {
		what = "no figure for the " + noun
	}
	return strings.ToUpper(where[:1]) + where[1:] + verb + what + "."
}

// reReportRefs are an answer's references to reports and citations ("report 9", "报告9", "[1]"):
// their numbers state nothing.
var reReportRefs = lazyre.New(`\breports? \d+|报告\d+|\[\d+\]`)

// reHowManyQ matches an English how-many question.
var reHowManyQ = lazyre.New(`\bhow many\b`)

// allPlacesMet reports whether the constraints hold every one of names as a place met: a place
// no report is from that the quoted sentence names ("超额完成吴江光伏备案装机容量目标").
func allPlacesMet(res retrieval.Result, names []string) bool {
	for _, n := range names {
		if !slices.ContainsFunc(res.Constraints, func(c retrieval.Constraint) bool {
			return c.Kind == retrieval.ConstraintPlace && c.Value == n && c.Met
		}) {
			return false
		}
	}
	return true
}

func notePlaces(lang string, names []string) string {
	if lang == "zh" {
		return "没有一份报告属于" + strings.Join(names, "、") + ";以下按问题内容检索。"
	}
	return "None of the reports is identified as " + strings.Join(names, ", ") + "'s; the answer searches all matching reports."
}

// composeLookup answers from the best sentence of the best passages and returns the path.
func composeLookup(a retrieval.Plan, res retrieval.Result, k int, ans *Answer) string {
	hits := res.Hits
	if len(hits) == 0 || res.Best == nil {
		ans.Text = notFound(a.Lang)
		return PathNotFound
	}
	b := res.Best
	// The cited passage with the quote comes first: the hit's, or the passage after it when
	// the statement under a matching heading starts there (b.Next).
	ans.Citations = append(ans.Citations, citation(1, b.Hit))
	for _, h := range hits {
		if k > 0 && len(ans.Citations) >= k {
			break
		}
		if h.Chunk.ID != b.Hit.Chunk.ID {
			ans.Citations = append(ans.Citations, citation(len(ans.Citations)+1, h))
		}
	}
	quote := b.Quote
	ans.Citations[0].Quote = quote
	if !answersAsLookup(a, res, b) {
		ans.Grounded = false
		ans.Text = weakReportAnswer(a, res, ans.Citations)
		return PathWeak
	}
	ans.Grounded = true
	r, _ := res.Report(b.Hit.Chunk.Key())
	// The fact rows the quoted sentence states, when the question asks about their indicator.
	lines := factLines(dedupeFacts(b.Stated), a.Lang, func(corpus.Fact) int { return 1 })
	if len(lines) > 4 {
		lines = lines[:4]
	}
	label := reportLabel(r, a.Lang)
	if a.Lang == "zh" {
		lines = zhLookupLines(a, b, r, quote, lines) // the figures that answer (english_figline.go)
	}
	if a.Lang == "zh" {
		head := label + "的报告:"
		if len(lines) > 0 {
			head += strings.Join(lines, ";") + "。原文:"
		}
		ans.Text = head + "“" + quote + "”[1]"
	} else {
		ans.Text = englishLookup(a, res, b, r, firstGroups(dedupeFacts(b.Stated), 4), quote)
	}
	return PathLookup
}

// countShare is the least share of an English how-many question's decisive words a quote
// that counts the asked thing (retrieval.CountAnswers) must hold to answer, though it holds
// less than groundedShare: half of it, so that the count's own words and one more decide.
const countShare = groundedShare / 2

// countGrounded reports whether the best sentence answers an English how-many question it
// holds too few words of to be grounded: in the asked time frame, it states a count followed
// by the thing asked ("60个突破性、示范性亮点" for "how many breakthrough pilot highlights…") and
// holds at least countShare of the question's decisive words. Words nothing translates do not
// stop it (the count names the asked thing): untranslated then notes them.
func countGrounded(a retrieval.Plan, res retrieval.Result, b *retrieval.Evidence) bool {
	if b.OffFrame || !retrieval.CountAnswers(a, b.Quote) {
		return false
	}
	if res.Lexicon == nil {
		return b.Coverage >= groundedCoverage/2
	}
	g, ok := res.Ground(a, *b)
	return ok && g.Share >= countShare
}

func citation(n int, h retrieval.Hit) Citation {
	c := h.Chunk
	return Citation{N: n, Source: c.Source, Report: c.Report, Entity: c.Entity, Section: c.SectionPath(),
		Text: c.Text, Score: h.Score, ChunkID: c.ID}
}

func notFound(lang string) string {
	if lang == "zh" {
		return "报告中没有找到与这个问题相关的内容。"
	}
	return "The reports do not seem to answer this question: nothing in them matches it."
}

func weakAnswer(lang string, cs []Citation) string {
	if len(cs) == 0 {
		return notFound(lang)
	}
	if lang == "zh" {
		return "报告似乎没有直接回答这个问题。" + closestPassages(lang, cs)
	}
	return "The reports do not seem to answer this question directly. " + closestPassages(lang, cs)
}

// weakReportAnswer is weakAnswer for a question about one report, naming it with the years it
// reviews and plans: the reader learns which report was read, not only that "the reports" do
// not answer.
func weakReportAnswer(a retrieval.Plan, res retrieval.Result, cs []Citation) string {
	var r corpus.Report
	ok := false
	if len(res.Scope) == 1 {
		r, ok = res.Report(res.Scope[0])
	}
	if !ok || len(cs) == 0 {
		return weakAnswer(a.Lang, cs)
	}
	review, plan := retrieval.FrameYears(r)
	if a.Lang == "zh" {
		return fmt.Sprintf("%s的报告(%d年回顾,%d年安排)似乎没有直接回答这个问题。", reportLabel(r, a.Lang), review, plan) + closestPassages(a.Lang, cs)
	}
	return fmt.Sprintf("The report of %s, which reviews %d and plans %d, does not seem to answer this question directly. ", reportLabel(r, a.Lang), review, plan) +
		closestPassages(a.Lang, cs)
}

// closestPassages is the sentence that names the closest passages (of citations cs, at least
// one) as such: "The closest passages are from 盛泽镇 [1], 黎里镇 [2]."
func closestPassages(lang string, cs []Citation) string {
	if lang == "zh" {
		return "最接近的段落:" + closestRefs(lang, cs) + "。"
	}
	return "The closest passages are from " + closestRefs(lang, cs) + "."
}

// closestRefs names the places of the first three citations with their numbers: "盛泽镇 [1]、
// 黎里镇 [2]" (", " between them in English). A withheld name (xx区) is told apart by its
// report's number, as the sources list does: "xx区 (report 4) [2]", "xx区(报告4)[2]".
func closestRefs(lang string, cs []Citation) string {
	refs := make([]string, 0, 3)
	for _, c := range cs[:min(3, len(cs))] {
		name := c.Entity
		switch {
		case !places.Withheld(name):
		case lang == "zh":
			name += "(报告" + strconv.Itoa(c.Report) + ")"
		default:
			name += " (report " + strconv.Itoa(c.Report) + ")"
		}
		refs = append(refs, fmt.Sprintf("%s [%d]", name, c.N))
	}
	if lang == "zh" {
		return strings.Join(refs, "、")
	}
	return strings.Join(refs, ", ")
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
