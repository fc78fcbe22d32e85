package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"strings"

	"github.com/reportbot/reportbot/internal/facts"
)

// Rewrite is a model's structured reading of a question, as planning uses it (the JSON the
// model replies with, and its validation, are package prompts'). Empty fields mean "not stated".
type Rewrite struct {
	// Question is the standalone question (follow-ups resolved), in the user's language.
	Question string
	// Queries are Chinese search queries for the reports.
	Queries []string
	// Entities are place names the question asks about, in Chinese (e.g. 盛泽镇).
	Entities []string
	// Level is 镇, 乡, 街道, 区, 县 or 市.
	Level string
	// Indicator is the Chinese indicator name, e.g. 一般公共预算收入.
	Indicator string
	// Kind is "target" or "actual".
	Kind string
}

// Apply merges a model's rewrite into an offline plan: a standalone question replaces a
// follow-up, its Chinese queries become extra terms, and stated entities, level, indicator and
// kind fill what the offline plan did not find. The offline reading wins where both speak,
// except for places, which a model resolves better in follow-ups. v may be nil.
func Apply(a Plan, v Vocabulary, rw Rewrite) Plan {
	if q := strings.TrimSpace(rw.Question); q != "" && q != a.Question {
		b := Analyze(q, v)
		b.Question = a.Question
		if b.Lang != "" {
			a = b
		}
	}
	for _, q := range rw.Queries {
		if q = strings.TrimSpace(q); q != "" {
			a.Terms = append(a.Terms, Term{From: "model", Variants: []string{q}, Weight: 0.7})
		}
	}
	if v != nil && len(rw.Entities) > 0 {
		for _, e := range rw.Entities {
			names, keys := v.MatchPlaces(e)
			for _, n := range names {
				a.Places = appendUnique(a.Places, n)
			}
			a.Reports = appendKeys(a.Reports, keys...)
		}
		a.Unresolved = append(unresolved(v, a.Places), a.Names...)
	}
	if a.Level == "" {
		a.Level = rw.Level
	}
	if a.Intent == "" && (rw.Kind == IntentTarget || rw.Kind == IntentActual) {
		a.Intent = rw.Kind
	}
	if rw.Indicator != "" {
		if ind, ok := facts.Lookup(rw.Indicator); ok {
			a.Indicators = appendUnique(a.Indicators, ind.Name)
		}
	}
	return a
}

var reFollowUp = lazyre.New(`(?i)^\s*(and|what about|how about|same for|and for|also)\b|^\s*(那|那么|还有)|呢\s*[??]?\s*$`)

// FollowUp reads a short follow-up ("and Shengze?", "那盛泽镇呢?") against the previous question
// of the conversation: the new question's places, level and numbers, the previous one's terms,
// indicators and intent. It returns cur unchanged when cur is a question of its own.
func FollowUp(prev, cur Plan) Plan {
	if prev.Question == "" || !(len(cur.Terms) == 0 || reFollowUp.MatchString(cur.Question) && len(cur.Terms) <= 1) {
		return cur
	}
	out := prev
	out.Question = cur.Question
	if len(cur.Places) > 0 || len(cur.Names) > 0 {
		out.Places, out.Reports, out.Unresolved, out.Names = cur.Places, cur.Reports, cur.Unresolved, cur.Names
	}
	if cur.When != "" {
		out.When = cur.When
	}
	if cur.Level != "" {
		out.Level = cur.Level
	}
	if cur.Intent != "" {
		out.Intent = cur.Intent
	}
	if len(cur.Numbers) > 0 {
		out.Numbers = cur.Numbers
	}
	if len(cur.Years) > 0 {
		out.Years = cur.Years
	}
	out.Terms = append(append([]Term(nil), prev.Terms...), cur.Terms...)
	if cur.Lang != "" {
		out.Lang = cur.Lang
	}
	return out
}
