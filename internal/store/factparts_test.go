package store

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/reportbot/reportbot/internal/corpus"
)

// writeFactsFile writes facts to a facts file in dir and returns its path.
func writeFactsFile(t *testing.T, dir, name string, fs []corpus.Fact) string {
	t.Helper()
	path := filepath.Join(dir, name)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	bw := bufio.NewWriter(f)
	if err := writeFacts(bw, fs); err != nil {
		t.Fatal(err)
	}
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestFactTableReadsPartsOnFirstUse: a table of two segments' facts reads a part only when it
// is asked for, numbers the facts across the parts, and a part whose file holds another number of
// facts than the segment lists is an error saying to rebuild.
func TestFactTableReadsPartsOnFirstUse(t *testing.T) {
	dir := t.TempDir()
	a := []corpus.Fact{{Source: "a.txt", Report: 1, Indicator: "地区生产总值", Value: 6}, {Source: "a.txt", Report: 2, Indicator: "一般公共预算收入", Value: 8}}
	b := []corpus.Fact{{Source: "b.txt", Report: 1, Indicator: "固定资产投资", Value: 10}}
	pa, pb := writeFactsFile(t, dir, "a.bin", a), writeFactsFile(t, dir, "b.bin", b)
	for path, want := range map[string]int{pa: 2, pb: 1} {
		if n, err := readFactsCount(path); err != nil || n != want {
			t.Errorf("readFactsCount(%s) = %d, %v; want %d", path, n, err, want)
		}
	}
	tab := &FactTable{}
	tab.add(pa, 2)
	tab.add(pb, 1)
	if tab.Len() != 3 || tab.Parts() != 2 || tab.First(1) != 2 {
		t.Fatalf("Len %d, Parts %d, First(1) %d; want 3, 2, 2", tab.Len(), tab.Parts(), tab.First(1))
	}
	if err := os.Remove(pa); err != nil { // part 0 is never read below until All
		t.Fatal(err)
	}
	if k, first := tab.PartOf(2); k != 1 || first != 2 {
		t.Errorf("PartOf(2) = %d, %d; want 1, 2", k, first)
	}
	fs, err := tab.Part(1)
	if err != nil || len(fs) != 1 || fs[0].Indicator != "固定资产投资" {
		t.Fatalf("Part(1) = %v, %v", fs, err)
	}
	if _, err := tab.All(); err == nil {
		t.Error("All read a part whose file is gone")
	}

	bad := &FactTable{}
	bad.add(pb, 2)
	if _, err := bad.Part(0); err == nil || !strings.Contains(err.Error(), "--replace") {
		t.Errorf("a part with 1 fact of 2 listed: %v", err)
	}
	if _, err := readFactsCount(filepath.Join(dir, "missing.bin")); err == nil {
		t.Error("readFactsCount of a missing file")
	}
	if err := os.WriteFile(filepath.Join(dir, "junk.bin"), []byte("not facts"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readFactsCount(filepath.Join(dir, "junk.bin")); err == nil {
		t.Error("readFactsCount of a file that is not a facts file")
	}
	mem := FactsOf(append(a, b...))
	if all, err := mem.All(); err != nil || len(all) != 3 || mem.Parts() != 1 {
		t.Errorf("FactsOf: %d facts, %v, %d parts", len(all), err, mem.Parts())
	}
}

// TestFactTableReadAllReadsPartsAtOnce: ReadAll reads the parts not yet read on several
// goroutines (each part's read waits below until the other has begun: read one after another,
// they would never both begin), and every part is then read.
func TestFactTableReadAllReadsPartsAtOnce(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	dir := t.TempDir()
	a := []corpus.Fact{{Source: "a.txt", Report: 1, Indicator: "地区生产总值", Value: 6}}
	b := []corpus.Fact{{Source: "b.txt", Report: 1, Indicator: "固定资产投资", Value: 10}}
	pa, pb := writeFactsFile(t, dir, "a.bin", a), writeFactsFile(t, dir, "b.bin", b)
	began := map[string]chan struct{}{pa: make(chan struct{}), pb: make(chan struct{})}
	prev := readFactsFile
	defer func() { readFactsFile = prev }()
	readFactsFile = func(path string) ([]corpus.Fact, error) {
		close(began[path])
		for other, ch := range began {
			if other == path {
				continue
			}
			select {
			case <-ch:
			case <-time.After(time.Minute):
				return nil, errors.New("the other part's read never began")
			}
		}
		return prev(path)
	}
	tab := &FactTable{}
	tab.add(pa, 1)
	tab.add(pb, 1)
	tab.ReadAll()
	readFactsFile = prev
	for _, p := range []string{pa, pb} {
		if err := os.Remove(p); err != nil {
			t.Fatal(err)
		}
	}
	all, err := tab.All()
	if err != nil || len(all) != 2 || all[0].Indicator != "地区生产总值" || all[1].Indicator != "固定资产投资" {
		t.Fatalf("All after ReadAll = %v, %v; want both parts' facts, read before their files went", all, err)
	}
}
