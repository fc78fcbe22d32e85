package retrieval

import (
	"reflect"
	"testing"

	"github.com/reportbot/reportbot/ingest/scale"
	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/store"
)

// TestSectionStartAt holds the section starts read from a run's records (store.ChunkRun's
// SameSection) to those of the decoded chunks, and a run's decoded chunks (which share strings
// with the chunk before them) to the chunks read one by one, on every report of a store.
func TestSectionStartAt(t *testing.T) {
	g, err := store.OpenGeneration(scale.Store(t, 1))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.Close() })
	ix, err := OpenIndex(g, embed.LocalName, embed.LocalDim, embed.Local(embed.LocalDim), nil)
	if err != nil {
		t.Fatal(err)
	}
	starts, raw := 0, 0
	for r := range ix.Reports {
		rr := ix.reportReader(int32(r))
		for i := rr.hi - 1; i >= rr.lo; i-- { // backwards, as withSectionStarts walks
			got := rr.sectionStartAt(i)
			if rr.same != nil && i > rr.lo {
				raw++
			}
			c := rr.chunk(i)
			if want := rr.sectionStart(c); got != want {
				t.Fatalf("report %d, chunk %d (%s): section start %v from the records, %v decoded", r, i, c.ID, got, want)
			}
			if one := ix.Chunk(i); !reflect.DeepEqual(c, one) {
				t.Fatalf("chunk %d: from the run %+v, alone %+v", i, c, one)
			}
			if got {
				starts++
			}
		}
		rr.close()
	}
	if raw == 0 || starts == 0 {
		t.Fatalf("%d section starts, %d read from the records: the test reads nothing", starts, raw)
	}
	t.Logf("%d section starts; %d chunks asked from the records", starts, raw)
}
