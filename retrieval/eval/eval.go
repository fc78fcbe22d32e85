// Package eval scores answers against a question set in the team's format (JSON lines with id,
// lang, type, q, reports, gold, entities): hit@5 and MRR for lookups; completeness (every gold
// passage among the first 10 citations, every entity named) for aggregates; and for questions
// the reports cannot answer (type "none"), that the answer says so.
package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/reportbot/reportbot/internal/zh"
	"github.com/reportbot/reportbot/retrieval/answer"
)

// Question types.
const (
	TypeLookup    = "lookup"
	TypeAggregate = "aggregate"
	// TypeNone marks a question the reports cannot answer: the answer must not be grounded.
	TypeNone = "none"
)

// Question is one line of a question set.
type Question struct {
	ID       string   `json:"id"`
	Lang     string   `json:"lang"`
	Type     string   `json:"type"`
	Q        string   `json:"q"`
	Reports  []int    `json:"reports"`
	Gold     []string `json:"gold"`
	Entities []string `json:"entities,omitempty"`
	// Figure and FigureEN are what a strict reading requires a lookup's answer to state: the
	// figure verbatim as the report writes it (47亿元) and acceptable English renderings
	// ("4.7 billion yuan"), see ScoreStrict.
	Figure   []string `json:"figure,omitempty"`
	FigureEN []string `json:"figure_en,omitempty"`
}

// Load reads a question set; errors name the line.
func Load(r io.Reader) ([]Question, error) {
	var out []Question
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 || b[0] == '#' {
			continue
		}
		var q Question
		if err := json.Unmarshal(b, &q); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if q.Q == "" || q.ID == "" {
			return nil, fmt.Errorf("line %d: a question needs \"id\" and \"q\"", line)
		}
		switch q.Type {
		case TypeLookup, TypeAggregate, TypeNone:
		default:
			return nil, fmt.Errorf("line %d: type must be lookup, aggregate or none, not %q", line, q.Type)
		}
		out = append(out, q)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("the question set is empty")
	}
	return out, nil
}

// Result is the score of one question.
type Result struct {
	ID   string `json:"id"`
	Lang string `json:"lang"`
	Type string `json:"type"`
	Pass bool   `json:"pass"`
	// Rank is the 1-based rank of the first citation holding a gold string (0: none), lookups.
	Rank int `json:"rank"`
	// Missing lists gold strings or entities an aggregate answer lacked.
	Missing []string `json:"missing,omitempty"`
	Error   string   `json:"error,omitempty"`
	// Refused is true when a question the reports answer got a "the reports do not seem to
	// answer this" reply (a lookup or aggregate answer that is not grounded).
	Refused bool `json:"refused,omitempty"`
	// ListExact (list questions) is true when the answer lists exactly the expected reports as
	// matches; Quoted (lookups) when its first quote holds a gold string. See strict.go.
	ListExact *bool `json:"list_exact,omitempty"`
	Quoted    *bool `json:"quoted,omitempty"`
}

// Score scores one answer.
func Score(q Question, ans *answer.Answer, err error) Result {
	r := Result{ID: q.ID, Lang: q.Lang, Type: q.Type}
	if err != nil {
		r.Error = err.Error()
		return r
	}
	r.Refused = q.Type != TypeNone && !ans.Grounded
	strict(q, ans, &r)
	texts := make([]string, len(ans.Citations))
	for i, c := range ans.Citations {
		texts[i] = zh.StripSpace(c.Text)
	}
	switch q.Type {
	case TypeLookup:
		for i, t := range texts {
			if hasGold(t, q.Gold) {
				r.Rank = i + 1
				break
			}
		}
		r.Pass = r.Rank > 0 && r.Rank <= 5
	case TypeAggregate:
		top := texts[:min(10, len(texts))]
		for _, g := range q.Gold {
			found := false
			for _, t := range top {
				found = found || strings.Contains(t, zh.StripSpace(g))
			}
			if !found {
				r.Missing = append(r.Missing, g)
			}
		}
		for _, e := range q.Entities {
			if !strings.Contains(ans.Text, e) {
				r.Missing = append(r.Missing, "entity "+e)
			}
		}
		r.Pass = len(r.Missing) == 0
	case TypeNone:
		r.Pass = !ans.Grounded
	}
	return r
}

func hasGold(text string, gold []string) bool {
	for _, g := range gold {
		if strings.Contains(text, zh.StripSpace(g)) {
			return true
		}
	}
	return false
}

// Group is the summary of a group of results.
type Group struct {
	Name   string  `json:"name"`
	N      int     `json:"n"`
	Passed int     `json:"passed"`
	Score  float64 `json:"score"`
	// MRR is the mean reciprocal rank of the first hit, over the group's lookups (0 when none).
	MRR     float64 `json:"mrr,omitempty"`
	Lookups int     `json:"lookups,omitempty"`
	// Refused counts answerable questions answered as not grounded.
	Refused int `json:"refused"`
}

// Summarize groups results by language and type, each type within each language, and overall.
func Summarize(rs []Result) []Group {
	groups := map[string]*Group{}
	var names []string
	add := func(name string, r Result) {
		g, ok := groups[name]
		if !ok {
			g = &Group{Name: name}
			groups[name] = g
			names = append(names, name)
		}
		g.N++
		if r.Pass {
			g.Passed++
		}
		if r.Refused {
			g.Refused++
		}
		if r.Type == TypeLookup {
			g.Lookups++
			if r.Rank > 0 {
				g.MRR += 1 / float64(r.Rank)
			}
		}
	}
	for _, r := range rs {
		add("all", r)
		add("lang="+r.Lang, r)
		add("type="+r.Type, r)
		add("lang="+r.Lang+" type="+r.Type, r)
	}
	sort.Strings(names)
	out := make([]Group, 0, len(names))
	for _, n := range names {
		g := groups[n]
		g.Score = float64(g.Passed) / float64(g.N)
		if g.Lookups > 0 {
			g.MRR /= float64(g.Lookups)
		}
		out = append(out, *g)
	}
	return out
}
