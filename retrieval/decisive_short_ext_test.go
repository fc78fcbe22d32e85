package retrieval_test

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// "ski" of "ski runs" is a word the reports lack that the question turns on: listed as
// untranslated, so that an answer from "runs" and "build" alone is not taken for one.
func TestShortUntranslatedWordDecides(t *testing.T) {
	p := retrieval.Analyze("How many ski runs did the Panjin district build last year?", retrievaltest.Index(t))
	if !slices.Contains(p.Untranslated, "ski") {
		t.Errorf("Untranslated = %v, want ski", p.Untranslated)
	}
}
