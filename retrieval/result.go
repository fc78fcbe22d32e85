package retrieval

import (
	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/lexicon"
)

// Result is everything one search found for a plan: composing an answer needs nothing else
// (it never calls back into the index).
type Result struct {
	// Hits are the ranked passages, best first.
	Hits []Hit
	// Best is the sentence of the first few hits that best answers the plan, with the fact rows
	// it states (nil only when there are no hits).
	Best *Evidence
	// Facts are the fact rows the plan asks about (indicator, time frame) within Scope, those
	// with a value the question names first.
	Facts []corpus.Fact
	// Scope lists the reports the plan is about, in corpus order (nil: every report).
	Scope []corpus.ReportKey
	// Widened is true when the passages were searched in every report because the plan's
	// level filter matched nothing.
	Widened bool
	// Selection says how the plan's places and years were narrowed to reports (the latest of a
	// place's reports, or same-named places the question does not tell apart).
	Selection Selection
	// Comparison is set for a question comparing named places (or one place's years): each
	// place's report of the year asked and what it states (compare.go).
	Comparison *Comparison `json:",omitempty"`
	// Unresolved are the plan's places that identify no report.
	Unresolved []string
	// Topic holds, for a filter question across reports that no fact row answers, the best
	// evidence of every report in scope whose best sentence covers at least TopicCoverage of the
	// question, in corpus order.
	Topic []Evidence
	// Checked is how many reports a list question checked (every report in scope); 0 for
	// other questions.
	Checked int
	// Reports are the profiles of the reports that hits, facts and evidence come from.
	Reports map[corpus.ReportKey]corpus.Report
	// Passages are the chunks facts come from, by chunk ID, when they were decoded with the
	// result; Passage finds the others in ix (a mapped store decodes a chunk only when asked).
	Passages map[string]corpus.Chunk
	// Lexicon glosses the Chinese terms of quotes for English answers (the store generation's
	// CC-CEDICT lexicon, Index.Lexicon); nil when the store has none, and nil glosses nothing.
	Lexicon *lexicon.Lexicon `json:"-"`
	// Constraints are what the plan pins down (places, level, years, time frame, indicator,
	// decisive subject words), each with whether the reports in scope and the best evidence
	// satisfy it.
	Constraints []Constraint
	ix          *Index
	// concepts are the words of the plan searched that grounding weighs (Concepts, for Ground).
	concepts []Concept
}

// Hit is a retrieved chunk with its fused score and the ranks it had in each list (0: absent).
type Hit struct {
	Chunk   corpus.Chunk
	Score   float64
	Lexical int
	Dense   int
	Fact    int
	// Sentences are the chunk's sentences scored against the plan; set for the hits the best
	// sentence was looked for in (the first few), nil for the rest.
	Sentences []Sentence `json:",omitempty"`
}

// Sentence is a sentence of a passage scored against a plan.
type Sentence struct {
	Text string
	// Score is the IDF-weighted sum of the plan's terms the sentence holds (plus a bonus for
	// each number of the question it states).
	Score float64
	// Coverage is the share of the question's (IDF-weighted) terms it holds, 0–1.
	Coverage float64
}

// Evidence is the sentence of a passage that best answers a plan.
type Evidence struct {
	// Hit is the passage; Rank its position (from 0) in the list it was chosen from: Result.Hits
	// for Best, the report's own lexical ranking for Topic.
	Hit  Hit
	Rank int
	// Sentence is the statement as the passage writes it; Quote the same (with its lead when it
	// directly precedes it), trimmed and, when long, cut to the clauses that carry the match
	// (a verbatim substring of the passage).
	Sentence string
	Quote    string
	// Lead is the heading (or matching sentence) the quoted statement follows, when that is what
	// ties it to the question ("全面推进乡村振兴" over "一是抓好动态监测…"); "" when none. The
	// quote holds it when it directly precedes the statement in the passage.
	Lead string `json:",omitempty"`
	// Next is true when the statement is the first of the passage after the ranked one (Hit is
	// then that passage): the heading that matched ends its passage.
	Next bool `json:",omitempty"`
	// Figure is true when the quoted statement states a figure of the kind a how-much or
	// how-many question asks for.
	Figure bool `json:",omitempty"`
	// OffFrame is true when the statement is in another time frame than the question asks
	// about (a review section for a target question; see scorer.fits).
	OffFrame bool `json:",omitempty"`
	// Score is the span's score weighted by its passage's rank (lowered for spans that do not
	// answer as they stand); Coverage is the share of the question its lead and statement hold.
	Score    float64
	Coverage float64
	// Stated are the fact rows the sentence states, of the plan's indicators when it names any
	// (set for Best).
	Stated []corpus.Fact `json:",omitempty"`
}

// Report returns the profile of a report of the result.
func (r Result) Report(k corpus.ReportKey) (corpus.Report, bool) {
	rep, ok := r.Reports[k]
	return rep, ok
}

// Passage returns the chunk a fact of the result comes from.
func (r Result) Passage(id string) (corpus.Chunk, bool) {
	if c, ok := r.Passages[id]; ok || r.ix == nil {
		return c, ok
	}
	return r.ix.ChunkByID(id)
}
