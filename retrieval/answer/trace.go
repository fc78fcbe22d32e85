package answer

import (
	"strconv"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/retrieval"
)

// traceHits is how many of the search's hits a Trace lists.
const traceHits = 10

// Trace is how one answer was reached, recorded by the Ask call that made it: the plan, the
// search's scope and top hits, the sentence chosen and the compose path, and what the model
// stage did. `reportbot ask --explain` prints it.
type Trace struct {
	// Plan is the question as planned (after follow-up and model rewrite).
	Plan retrieval.Plan `json:"plan"`
	// Scope lists the reports the plan is about, as source#report (empty: every report);
	// Widened is true when the level filter matched nothing and every report was searched.
	Scope   []string `json:"scope,omitempty"`
	Widened bool     `json:"widened,omitempty"`
	// Unresolved are the places that identify no report.
	Unresolved []string `json:"unresolved,omitempty"`
	// Hits are the top passages with their ranks in each list (0: absent from it).
	Hits []TraceHit `json:"hits"`
	// Facts is how many fact rows matched in scope.
	Facts int `json:"facts"`
	// Chosen is the sentence the lookup path quotes (nil when there were no hits).
	Chosen *TraceSentence `json:"chosen,omitempty"`
	// Constraints are what the question pins down, each satisfied (met) or named as missing.
	Constraints []retrieval.Constraint `json:"constraints,omitempty"`
	// Path is how the extractive answer was composed: PathLookup, PathAggregate, PathTopic,
	// PathCompare, PathCandidates, PathWeak, PathNotFound or PathDeclined.
	Path string `json:"path"`
	// Model lists the model stage's steps in order (empty without a model).
	Model []ModelStep `json:"model,omitempty"`
	// Vocabulary is how an English question's words were translated (nil for Chinese).
	Vocabulary *TraceVocabulary `json:"vocabulary,omitempty"`
	// CouldNotFind are the words an untranslated decline names (PathUntranslated).
	CouldNotFind []string `json:"could_not_find,omitempty"`
}

// TraceHit is one ranked passage of a Trace.
type TraceHit struct {
	Rank    int     `json:"rank"`
	ChunkID string  `json:"chunk_id"`
	Entity  string  `json:"entity"`
	Section string  `json:"section"`
	Score   float64 `json:"score"`
	Lexical int     `json:"lexical"`
	Dense   int     `json:"dense"`
	Fact    int     `json:"fact"`
}

// TraceSentence is the best sentence of the first hits and how much of the question it covers.
type TraceSentence struct {
	// Hit is the rank (from 1) of the passage it is from.
	Hit      int     `json:"hit"`
	Quote    string  `json:"quote"`
	Score    float64 `json:"score"`
	Coverage float64 `json:"coverage"`
	// Stated is how many fact rows the sentence states.
	Stated int `json:"stated"`
}

// ModelStep is one step of the model stage: rewrite, generate, verify, repair or fallback.
type ModelStep struct {
	Stage  string `json:"stage"`
	Result string `json:"result"`
}

// record notes what the search found and the compose path.
func (t *Trace) record(p retrieval.Plan, res retrieval.Result, path string) {
	t.Plan = p
	t.Scope = reportNames(res.Scope)
	t.Widened = res.Widened
	t.Unresolved = res.Unresolved
	t.Facts = len(res.Facts)
	t.Constraints = res.Constraints
	t.Path = path
	t.recordVocabulary(p, res)
	if path == PathUntranslated {
		t.CouldNotFind = missingWords(p, res)
	}
	t.Hits = make([]TraceHit, 0, min(len(res.Hits), traceHits))
	for i, h := range res.Hits[:min(len(res.Hits), traceHits)] {
		t.Hits = append(t.Hits, TraceHit{Rank: i + 1, ChunkID: h.Chunk.ID, Entity: h.Chunk.Entity, Section: h.Chunk.SectionPath(),
			Score: h.Score, Lexical: h.Lexical, Dense: h.Dense, Fact: h.Fact})
	}
	if b := res.Best; b != nil {
		t.Chosen = &TraceSentence{Hit: b.Rank + 1, Quote: b.Quote, Score: b.Score, Coverage: b.Coverage, Stated: len(b.Stated)}
	}
}

// step appends a model step (a nil Trace records nothing).
func (t *Trace) step(stage, result string) {
	if t != nil {
		t.Model = append(t.Model, ModelStep{Stage: stage, Result: result})
	}
}

func reportNames(keys []corpus.ReportKey) []string {
	var out []string
	for _, k := range keys {
		out = append(out, k.Source+"#"+strconv.Itoa(k.Report))
	}
	return out
}
