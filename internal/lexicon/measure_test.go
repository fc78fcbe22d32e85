package lexicon

import (
	"bytes"
	"os"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/reportbot/reportbot/internal/cedict"
)

// threadCPU returns the CPU time the calling OS thread has used (Linux RUSAGE_THREAD).
func threadCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(1, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// measure runs f n times on one locked thread and returns the least wall and CPU time of a run:
// on a shared, loaded machine the least is the closest to the cost of the work itself.
func measure(n int, f func()) (wall, cpu time.Duration) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	wall, cpu = time.Hour, time.Hour
	for range n {
		w, c := time.Now(), threadCPU()
		f()
		wall, cpu = min(wall, time.Since(w)), min(cpu, threadCPU()-c)
	}
	return wall, cpu
}

// TestMeasure prints the figures for BENCHMARKS.md; run with LEXICON_MEASURE=1 -v.
func TestMeasure(t *testing.T) {
	if os.Getenv("LEXICON_MEASURE") == "" {
		t.Skip("set LEXICON_MEASURE=1 to measure")
	}
	report := func(what string, n int, f func()) {
		w, c := measure(n, f)
		t.Logf("%-44s wall %8.2f ms   cpu %8.2f ms", what, w.Seconds()*1e3, c.Seconds()*1e3)
	}
	t.Logf("embedded CC-CEDICT: %d bytes; headword index: %d bytes", cedict.DataSize(), len(indexData))
	var ix *index
	report("read the headword index and scanner", 5, func() { ix, _ = parseIndex(indexData) })
	t.Logf("entries: %d", ix.n)
	src := newSource(ix)
	paras := corpusParagraphs(t)
	text := strings.Join(paras, "\n")
	report("scan corpus leftmost-longest", 10, func() {
		for range src.heads.Scan(text) {
		}
	})
	report("scan corpus all matches", 10, func() {
		for range src.heads.ScanAll(text) {
		}
	})
	t.Logf("corpus: %d bytes, %d runes, %d paragraphs", len(text), len([]rune(text)), len(paras))
	var l *Lexicon
	report("build lexicon (index read)", 5, func() { l = src.build(slices.Values(paras)) })
	c := src.count(slices.Values(paras))
	df := c.dense(src.entries())
	report("build lexicon from counts", 5, func() { src.fromCounts(df, int32(c.docs)) })
	var buf bytes.Buffer
	l.WriteTo(&buf)
	t.Logf("lexicon: %+v, %d bytes serialised", l.Stats(), buf.Len())
	path := t.TempDir() + "/lexicon.bin"
	os.WriteFile(path, buf.Bytes(), 0o644)
	report("read lexicon from file", 20, func() {
		f, _ := os.Open(path)
		l, _ = Read(f)
		f.Close()
	})
	q := "How many new kindergartens and pocket parks did Shengze town build in 2023?"
	report("translate one question ×1000", 5, func() {
		for range 1000 {
			l.Translate(q)
		}
	})
	l.Gloss("")
	report("gloss one sentence ×1000", 5, func() {
		for range 1000 {
			l.Gloss("全力建设公园城市,6个口袋公园相继完工,新建幼儿园2所")
		}
	})
	l2, _ := Read(bytes.NewReader(buf.Bytes()))
	report("first Gloss (builds its scanner)", 1, func() { l2.Gloss("公园") })
}
