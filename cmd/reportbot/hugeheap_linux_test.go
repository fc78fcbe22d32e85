//go:build linux

package main

import (
	"bufio"
	"os"
	"runtime/metrics"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// TestHugeHeapAdvisesWhatTheHeapHandsOutNext checks the point of hugeHeap: memory the heap
// allocates after it lies in a mapping the kernel marked for huge pages ("hg" in smaps).
func TestHugeHeapAdvisesWhatTheHeapHandsOutNext(t *testing.T) {
	if !hugeHeapFits() {
		t.Skip("no transparent huge pages here, or a limit on address space (hugeHeap advises nothing)")
	}
	const n = 64 << 20
	if got := hugeHeap(n); got < n {
		t.Fatalf("hugeHeap(%d) advised %d bytes, want every huge page it overlaps", n, got)
	}
	// The block's pages went back to the kernel, so the heap knows they are zero and does not
	// clear them again before handing them out.
	sample := []metrics.Sample{{Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(sample)
	if got := sample[0].Value.Uint64(); got < n {
		t.Errorf("heap memory released to the kernel after hugeHeap = %d bytes, want at least the block's %d", got, n)
	}
	b := make([]byte, 16<<20)
	addr := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	if !advisedHuge(t, addr) || !advisedHuge(t, addr+uintptr(len(b))-1) {
		t.Errorf("a 16 MB slice allocated after hugeHeap (at %#x) is not in a mapping advised for huge pages", addr)
	}
}

// advisedHuge reports whether the mapping holding addr carries the huge-page advice.
func advisedHuge(t *testing.T, addr uintptr) bool {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skipf("no smaps: %v", err)
	}
	defer f.Close()
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if lo, hi, ok := mappingRange(line); ok {
			in = lo <= addr && addr < hi
			continue
		}
		if in && strings.HasPrefix(line, "VmFlags:") {
			return strings.Contains(line+" ", " hg ")
		}
	}
	return false
}

// TestHugeHeapSkipsUnderAddressLimit: under ulimit -v the block could be refused, and a refused
// heap allocation kills the process; hugeHeap must advise nothing rather than allocate it.
func TestHugeHeapSkipsUnderAddressLimit(t *testing.T) {
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_AS, &old); err != nil {
		t.Skipf("getrlimit: %v", err)
	}
	lim := old
	lim.Cur = 1 << 40 // finite, far above what the test uses
	if lim.Max != rlimInfinity && lim.Cur > lim.Max {
		lim.Cur = lim.Max
	}
	if err := syscall.Setrlimit(syscall.RLIMIT_AS, &lim); err != nil {
		t.Skipf("setrlimit: %v", err)
	}
	defer func() {
		if err := syscall.Setrlimit(syscall.RLIMIT_AS, &old); err != nil {
			t.Errorf("restoring RLIMIT_AS: %v", err)
		}
	}()
	if got := hugeHeap(64 << 20); got != 0 {
		t.Errorf("hugeHeap under a finite RLIMIT_AS advised %d bytes, want 0 (no block)", got)
	}
}
