package retrieval

import (
	"reflect"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/store"
)

// TestFactsByNameAcrossParts: the facts indexed part by part, one part per core, give the
// index of the facts read as one part: every name's facts, ascending.
func TestFactsByNameAcrossParts(t *testing.T) {
	ix := bundledIndex(t)
	var all []corpus.Fact
	ix.eachFactPart(func(_ int, fs []corpus.Fact) { all = append(all, fs...) })
	if len(all) < 30 {
		t.Fatalf("only %d facts in the bundled corpus", len(all))
	}
	ix.facts = store.FactsOf(all)
	want := ix.indexFactsByName()
	for _, cuts := range [][]int{{len(all) / 2}, {1, len(all) / 3, len(all) / 3, len(all) - 1}, {0, len(all)}} {
		var parts [][]corpus.Fact
		lo := 0
		for _, c := range cuts {
			parts = append(parts, all[lo:c])
			lo = c
		}
		parts = append(parts, all[lo:])
		ix.facts = store.FactsInParts(parts...)
		if ix.numFacts() != len(all) {
			t.Fatalf("cuts %v: %d facts, want %d", cuts, ix.numFacts(), len(all))
		}
		if got := ix.indexFactsByName(); !reflect.DeepEqual(got, want) {
			t.Errorf("cuts %v: facts by name differ from the one part's", cuts)
		}
	}
}
