package facts

import (
	"math"
	"slices"

	"github.com/reportbot/reportbot/internal/corpus"
)

// valueEpsilon is how close two values must be to count as equal.
const valueEpsilon = 1e-9

// aboutTolerance is how far, relative to the query value, a value may be for "~".
const aboutTolerance = 0.1

// Query selects facts. Empty fields (and a nil Value) do not filter.
type Query struct {
	// Indicator is a canonical name, a Chinese variant or an English name; it is resolved with
	// Lookup, and an unknown phrase must equal the fact's Indicator or Wording.
	Indicator string
	// Kind is corpus.KindTarget or corpus.KindActual.
	Kind string
	// Measure is one of the Measure constants.
	Measure string
	// Value is compared with the fact's value as Comparator says.
	Value *float64
	// Comparator is how Value compares: "" or "=" (equal within 1e-9), ">=", ">", "<=", "<",
	// "~" (within 10% of Value), or "flat" (facts that state 持平, whatever Value says).
	Comparator string
	// Entities keeps facts whose Entity is one of these (exact).
	Entities []string
	// Level keeps facts of this administrative level (exact).
	Level string
}

// Filter returns the facts that match q, in their original order.
func Filter(all []corpus.Fact, q Query) []corpus.Fact {
	name, phrase := "", q.Indicator
	if q.Indicator != "" {
		if in, ok := Lookup(q.Indicator); ok {
			name, phrase = in.Name, ""
		}
	}
	var out []corpus.Fact
	for _, f := range all {
		switch {
		case name != "" && f.Indicator != name,
			phrase != "" && f.Indicator != phrase && f.Wording != phrase,
			q.Kind != "" && f.Kind != q.Kind,
			q.Measure != "" && f.Measure != q.Measure,
			q.Level != "" && f.Level != q.Level,
			len(q.Entities) > 0 && !slices.Contains(q.Entities, f.Entity),
			!valueMatches(f, q):
			continue
		}
		out = append(out, f)
	}
	return out
}

func valueMatches(f corpus.Fact, q Query) bool {
	if q.Comparator == CompareFlat {
		return f.Comparator == CompareFlat
	}
	if q.Value == nil {
		return true
	}
	v := *q.Value
	switch q.Comparator {
	case "", CompareEq:
		return math.Abs(f.Value-v) <= valueEpsilon
	case CompareAtLeast:
		return f.Value >= v-valueEpsilon
	case ">":
		return f.Value > v+valueEpsilon
	case CompareAtMost:
		return f.Value <= v+valueEpsilon
	case "<":
		return f.Value < v-valueEpsilon
	case CompareAbout:
		return math.Abs(f.Value-v) <= aboutTolerance*math.Abs(v)+valueEpsilon
	}
	return false
}
