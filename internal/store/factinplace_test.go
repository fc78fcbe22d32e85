package store

import (
	"bufio"
	"os"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestFactTableDecodeInPlace: after DecodeInPlace a part's facts are the same as when read, and
// their strings lie in a mapping of the facts file itself (not in a copy on the heap).
func TestFactTableDecodeInPlace(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc/self/maps")
	}
	dir := t.TempDir()
	fs := []corpus.Fact{
		{Source: "a.txt", Entity: "盛泽镇", Report: 1, Indicator: "地区生产总值", Sentence: "地区生产总值增长6%。", Value: 6},
		{Source: "a.txt", Entity: "盛泽镇", Report: 2, Indicator: "一般公共预算收入", Sentence: "一般公共预算收入增长8%。", Value: 8},
	}
	path := writeFactsFile(t, dir, "facts-inplace.bin", fs)
	want, err := readFacts(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, inPlace := range []bool{false, true} {
		tab := &FactTable{}
		tab.add(path, len(fs))
		if inPlace {
			tab.DecodeInPlace()
		}
		got, err := tab.Part(0)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("in place %v: facts differ from readFacts's:\n%+v\nwant %+v", inPlace, got, want)
		}
		addr := uintptr(unsafe.Pointer(unsafe.StringData(got[1].Sentence)))
		if mapped := fileMappedAt(t, addr); (mapped == path) != inPlace {
			t.Errorf("in place %v: a fact's sentence lies in the mapping of %q, want the facts file only when decoded in place", inPlace, mapped)
		}
	}
}

// fileMappedAt returns the file mapped at addr in this process, or "" for anonymous memory.
func fileMappedAt(t *testing.T, addr uintptr) string {
	t.Helper()
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		t.Skipf("no maps: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		lo, hi, ok := strings.Cut(fields[0], "-")
		if !ok {
			continue
		}
		l, _ := strconv.ParseUint(lo, 16, 64)
		h, _ := strconv.ParseUint(hi, 16, 64)
		if uintptr(l) <= addr && addr < uintptr(h) {
			if len(fields) >= 6 {
				return fields[5]
			}
			return ""
		}
	}
	return ""
}
