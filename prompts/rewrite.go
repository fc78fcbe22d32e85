package prompts

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/zh"
)

// Rewrite is the JSON object the rewrite prompt asks a model for: its structured reading of a
// question. Empty fields mean "not stated".
type Rewrite struct {
	// Question is the standalone question (follow-ups resolved), in the user's language.
	Question string `json:"question"`
	// Queries are Chinese search queries for the reports.
	Queries []string `json:"queries"`
	// Entities are place names the question asks about, in Chinese (e.g. 盛泽镇).
	Entities []string `json:"entities"`
	// Level is 镇, 乡, 街道, 区, 县 or 市.
	Level string `json:"level"`
	// Indicator is the Chinese indicator name, e.g. 一般公共预算收入.
	Indicator string `json:"indicator"`
	// Kind is "target" or "actual".
	Kind string `json:"kind"`
	// Value and Comparator describe a number the question filters on ("10%", ">=").
	Value      string `json:"value"`
	Comparator string `json:"comparator"`
}

// Limits a rewrite must keep to; a reply outside them is rejected rather than trimmed, since
// it suggests the model misread the task.
const (
	maxQueries     = 5
	maxQueryRunes  = 60
	maxEntities    = 10
	maxEntityRunes = 20
	maxFieldRunes  = 40
	maxQuestion    = 500
)

var (
	levels      = []string{"", "镇", "乡", "街道", "区", "县", "市"}
	kinds       = []string{"", "target", "actual"}
	comparators = []string{"", ">=", ">", "<=", "<", "=", "~"}
)

// ParseRewrite decodes and validates a model's JSON reading of a question (a ```json fence
// around it is tolerated): only the known keys, a known level, kind and comparator, 1–5 Chinese
// queries, and size limits. Strings are trimmed and queries and entities de-duplicated.
func ParseRewrite(s string) (Rewrite, error) {
	s = strings.TrimSpace(s)
	if after, ok := strings.CutPrefix(s, "```"); ok {
		s = strings.TrimPrefix(after, "json")
		s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "```"))
	}
	dec := json.NewDecoder(bytes.NewReader([]byte(s)))
	dec.DisallowUnknownFields()
	var rw Rewrite
	if err := dec.Decode(&rw); err != nil {
		return Rewrite{}, fmt.Errorf("decode rewrite JSON: %w", err)
	}
	if dec.More() {
		return Rewrite{}, errors.New("decode rewrite JSON: text after the object")
	}
	rw.Question = strings.TrimSpace(rw.Question)
	rw.Level = strings.TrimSpace(rw.Level)
	rw.Indicator = strings.TrimSpace(rw.Indicator)
	rw.Kind = strings.ToLower(strings.TrimSpace(rw.Kind))
	rw.Value = strings.TrimSpace(rw.Value)
	rw.Comparator = strings.TrimSpace(rw.Comparator)
	rw.Queries = cleanList(rw.Queries)
	rw.Entities = cleanList(rw.Entities)

	switch {
	case utf8.RuneCountInString(rw.Question) > maxQuestion:
		return Rewrite{}, fmt.Errorf("question longer than %d characters", maxQuestion)
	case len(rw.Queries) == 0:
		return Rewrite{}, errors.New("no queries")
	case len(rw.Queries) > maxQueries:
		return Rewrite{}, fmt.Errorf("%d queries, at most %d", len(rw.Queries), maxQueries)
	case len(rw.Entities) > maxEntities:
		return Rewrite{}, fmt.Errorf("%d entities, at most %d", len(rw.Entities), maxEntities)
	case !slices.Contains(levels, rw.Level):
		return Rewrite{}, fmt.Errorf("unknown level %q", rw.Level)
	case !slices.Contains(kinds, rw.Kind):
		return Rewrite{}, fmt.Errorf("unknown kind %q", rw.Kind)
	case !slices.Contains(comparators, rw.Comparator):
		return Rewrite{}, fmt.Errorf("unknown comparator %q", rw.Comparator)
	case utf8.RuneCountInString(rw.Indicator) > maxFieldRunes, utf8.RuneCountInString(rw.Value) > maxFieldRunes:
		return Rewrite{}, fmt.Errorf("indicator or value longer than %d characters", maxFieldRunes)
	}
	for _, q := range rw.Queries {
		if utf8.RuneCountInString(q) > maxQueryRunes {
			return Rewrite{}, fmt.Errorf("query %q longer than %d characters", q, maxQueryRunes)
		}
		if zh.HanRatio(q) == 0 {
			return Rewrite{}, fmt.Errorf("query %q is not Chinese", q)
		}
	}
	for _, e := range rw.Entities {
		if utf8.RuneCountInString(e) > maxEntityRunes || zh.HanRatio(e) == 0 {
			return Rewrite{}, fmt.Errorf("entity %q is not a Chinese place name", e)
		}
	}
	if rw.Indicator != "" && zh.HanRatio(rw.Indicator) == 0 {
		return Rewrite{}, fmt.Errorf("indicator %q is not Chinese", rw.Indicator)
	}
	return rw, nil
}

// cleanList trims, drops empty strings and de-duplicates, keeping order.
func cleanList(in []string) []string {
	var out []string
	for _, s := range in {
		if s = strings.TrimSpace(s); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
