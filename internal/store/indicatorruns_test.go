package store

import (
	"encoding/binary"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestPassageRunsRatio: a passage is listed for a run that some span holds outside a ratio's
// measure — within its text, a heading, the next passage, or across a heading that does not end
// a clause — and not for one it names only in a ratio's measure.
func TestPassageRunsRatio(t *testing.T) {
	ch := func(report int, text string, heads ...string) corpus.Chunk {
		return corpus.Chunk{Source: "s", Report: report, Section: heads, Text: text}
	}
	for _, tc := range []struct {
		name   string
		chunks []corpus.Chunk
		want   bool // chunk 0 listed for 生产总值
	}{
		{"named", []corpus.Chunk{ch(1, "地区生产总值增长6%。")}, true},
		{"energy per unit", []corpus.Chunk{ch(1, "单位地区生产总值能耗下降3%。")}, false},
		{"share", []corpus.Chunk{ch(1, "工业增加值占地区生产总值比重达到39.2%。")}, false},
		{"share in percent", []corpus.Chunk{ch(1, "工业投资占地区生产总值的12.5%。")}, false},
		{"ratio, then named", []corpus.Chunk{ch(1, "单位地区生产总值能耗下降3%,地区生产总值增长6%。")}, true},
		{"heading", []corpus.Chunk{ch(1, "加快发展。", "一、地区生产总值")}, true},
		{"across the heading", []corpus.Chunk{ch(1, "总值增长6%。", "一、地区生产")}, true},
		{"the statement alone", []corpus.Chunk{ch(1, "生产总值能耗下降3%。", "一、单位地区")}, true},
		{"a ratio across the heading", []corpus.Chunk{ch(1, "能耗下降3%。", "一、单位地区生产总值")}, true},
		{"next passage", []corpus.Chunk{ch(1, "加快发展。"), ch(1, "地区生产总值增长6%。")}, true},
		{"next report", []corpus.Chunk{ch(1, "加快发展。"), ch(2, "地区生产总值增长6%。")}, false},
		{"unfinished into next", []corpus.Chunk{ch(1, "全年地区生产"), ch(1, "总值增长6%。")}, true},
	} {
		rs := PassageRuns(tc.chunks, []string{"生产总值"})
		if got := slices.Contains(rs[0].Passages, 0); got != tc.want {
			t.Errorf("%s: listed %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestIndicatorRunsRoundTrip: a table written is read back, a damaged list is no list, and a
// segment without the file has no table.
func TestIndicatorRunsRoundTrip(t *testing.T) {
	rs := []RunPassages{{"生产总值", []uint32{0, 3, 7}}, {"gdp", nil}, {"总值", []uint32{5}}}
	path := t.TempDir() + "/" + runsFile
	if err := writeFile(path, func(w io.Writer) error { return writeRuns(w, rs) }); err != nil {
		t.Fatal(err)
	}
	sr, ok, err := readRuns(path, 8)
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	sr.first = 100
	tab := &IndicatorRunTable{segs: []segmentRuns{sr}}
	for _, x := range rs {
		got, ok := tab.Passages(x.Run)
		var want []uint32
		for _, p := range x.Passages {
			want = append(want, 100+p)
		}
		if !ok || !slices.Equal(got, want) {
			t.Errorf("%s: %v (%v), want %v", x.Run, got, ok, want)
		}
	}
	if _, ok := tab.Passages("地区"); ok {
		t.Error("a run not looked for has a list")
	}
	if sr, _, err = readRuns(path, 7); err != nil {
		t.Fatal(err)
	}
	if _, ok := (&IndicatorRunTable{segs: []segmentRuns{sr}}).Passages("生产总值"); ok {
		t.Error("a passage past the segment's chunks was read")
	}
	if _, ok, err := readRuns(t.TempDir()+"/none", 8); ok || err != nil {
		t.Errorf("no file: %v, %v; want no table and no error", ok, err)
	}
}

// TestIndicatorRunsWrappedGap: a list whose gap is so large that adding it wraps round to a
// passage before the last one is damaged, not read as a list out of order.
func TestIndicatorRunsWrappedGap(t *testing.T) {
	b := []byte(runsMagic)
	b = binary.AppendUvarint(b, uint64(len(runsRule())))
	b = append(b, runsRule()...)
	b = binary.AppendUvarint(b, 1)
	b = binary.AppendUvarint(b, uint64(len("总值")))
	b = append(b, "总值"...)
	b = binary.AppendUvarint(b, 2)
	gaps := binary.AppendUvarint(nil, 5)
	gaps = binary.AppendUvarint(gaps, math.MaxUint64-1) // 5 + (2^64-2) wraps round to 3
	b = binary.AppendUvarint(b, uint64(len(gaps)))
	b = append(b, gaps...)
	sr, ok, err := parseRuns(string(b), 8)
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	if ps, ok := (&IndicatorRunTable{segs: []segmentRuns{sr}}).Passages("总值"); ok {
		t.Errorf("a wrapped gap was read as the list %v", ps)
	}
}

// TestIndicatorRunsOtherRule: lists made under another rule of reading spans (a build with
// another facts.RatioMeasure or spanRuns), or by the layout that did not name its rule, are no
// table: the scan reads every report rather than trust them.
func TestIndicatorRunsOtherRule(t *testing.T) {
	rs := []RunPassages{{"生产总值", []uint32{0, 3}}}
	var b strings.Builder
	if err := writeRunsRule(&b, runsRule()+" changed", rs); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := parseRuns(b.String(), 8); ok || err != nil {
		t.Errorf("another rule: table %v, err %v; want no table and no error", ok, err)
	}
	old := []byte("RBRUN001")
	old = binary.AppendUvarint(old, 1)
	old = binary.AppendUvarint(old, uint64(len("生产总值")))
	old = append(old, "生产总值"...)
	old = binary.AppendUvarint(old, 1)
	old = binary.AppendUvarint(old, 1)
	old = binary.AppendUvarint(old, 3)
	if _, ok, err := parseRuns(string(old), 8); ok || err != nil {
		t.Errorf("the layout without a rule: table %v, err %v; want no table and no error", ok, err)
	}
	b.Reset()
	if err := writeRuns(&b, rs); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := parseRuns(b.String(), 8); !ok || err != nil {
		t.Errorf("this build's rule: table %v, err %v", ok, err)
	}
}

// TestIndicatorRunsAfterPrune: a generation reads its per-indicator table from the files it
// opened with it, so one whose segments a later writer pruned from disk (`serve` still answering
// from it after an ingest) reads the table a fresh open read before the prune — not "no table",
// which made every question over every report scan every report until the next reload.
func TestIndicatorRunsAfterPrune(t *testing.T) {
	fresh, held := openedTwice(t)
	want, err := fresh.IndicatorRuns()
	if err != nil || want == nil {
		t.Fatalf("no table: %v", err)
	}
	listed := 0
	for _, run := range IndicatorRuns() {
		ps, _ := want.Passages(run)
		listed += len(ps)
	}
	if listed == 0 {
		t.Fatal("the table lists no passage: the test reads nothing")
	}
	// The writers that follow prune the generation's segments.
	pruneSegments(t, held)
	got, err := held.IndicatorRuns()
	if err != nil || got == nil {
		t.Fatalf("after the prune: table %v, %v; want the table read before", got, err)
	}
	for _, run := range IndicatorRuns() {
		a, okA := want.Passages(run)
		b, okB := got.Passages(run)
		if okA != okB || !slices.Equal(a, b) {
			t.Errorf("%s: %v (%v) after the prune, %v (%v) before", run, b, okB, a, okA)
		}
	}
	// The files are closed once read: a second call answers from memory.
	if again, err := held.IndicatorRuns(); again != got || err != nil || held.runData != nil {
		t.Errorf("second call: %p, %v, data %v", again, err, held.runData)
	}
}

// TestGenerationHoldsNoRunsFile: an opened generation whose table is not yet asked for holds no
// open indicator runs file (one descriptor per segment, for as long as no topic question came).
func TestGenerationHoldsNoRunsFile(t *testing.T) {
	g := openedStore(t)
	fds, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skipf("no /proc/self/fd: %v", err)
	}
	for _, fd := range fds {
		if target, err := os.Readlink(filepath.Join("/proc/self/fd", fd.Name())); err == nil && filepath.Base(target) == runsFile {
			t.Errorf("descriptor %s holds %s open", fd.Name(), target)
		}
	}
	if tab, err := g.IndicatorRuns(); err != nil || tab == nil {
		t.Errorf("table %v, %v; want the table read at open", tab, err)
	}
}
