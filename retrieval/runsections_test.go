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
	ix := openOneShot(t)
	starts, raw := 0, 0
	for r := range ix.Reports {
		rr := ix.reportReader(int32(r))
		for i := rr.hi - 1; i >= rr.lo; i-- { // backwards, as withSectionStarts walks
			got := rr.sectionStartAt(i)
			if rr.heads != nil && i > rr.lo {
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

// TestRunHeaders holds what a scan reads from a run's records without decoding them to what
// the decoded chunks say, on every chunk of every report of a store: whether a passage has a
// next one (hasNext, store.ChunkRun.Follows, against reportReader.next) and the first
// passages of the sections of a report's passages (sectionStartDocs, against the decoded
// reference withSectionStarts).
func TestRunHeaders(t *testing.T) {
	ix := openOneShot(t)
	withNext, without, starts := 0, 0, 0
	for r := range ix.Reports {
		rr := ix.reportReader(int32(r))
		rr.load()
		if rr.heads == nil {
			t.Fatalf("report %d: the run's headers were not read", r)
		}
		var docs []int
		var hits []Hit
		for i := rr.lo; i < rr.hi; i++ {
			got := rr.hasNext(i)
			one := ix.reportReader(int32(r)) // decodes, never asking the headers
			_, want := one.next(one.chunk(i))
			if got != want {
				t.Fatalf("report %d, chunk %d: has a next passage %v from the records, %v decoded", r, i, got, want)
			}
			if got {
				withNext++
			} else {
				without++
			}
			if (i-rr.lo)%5 == 4 { // a few passages deep in the report, as a ranking gives them
				docs = append(docs, i)
				hits = append(hits, Hit{Chunk: ix.Chunk(i)})
			}
		}
		got, from := rr.sectionStartDocs(docs)
		want := withSectionStarts(ix, hits)[len(hits):]
		if len(got) != len(want) {
			t.Fatalf("report %d: %d section starts from the records, %d decoded", r, len(got), len(want))
		}
		for k := range got {
			if ix.Chunk(got[k]).ID != want[k].Chunk.ID || from[k] < 0 || from[k] >= len(docs) {
				t.Fatalf("report %d: section start %d is chunk %d (from %d), want %s", r, k, got[k], from[k], want[k].Chunk.ID)
			}
		}
		starts += len(got)
		rr.close()
	}
	if withNext == 0 || without == 0 || starts == 0 {
		t.Fatalf("%d passages with a next one, %d without, %d section starts: the store tests nothing", withNext, without, starts)
	}
}

// openOneShot opens the one-shot index of the 1x generated store (runs read from its records).
func openOneShot(t *testing.T) *Index {
	t.Helper()
	g, err := store.OpenGeneration(scale.Store(t, 1))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.Close() })
	ix, err := OpenIndex(g, embed.LocalName, embed.LocalDim, embed.Local(embed.LocalDim), nil)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}
