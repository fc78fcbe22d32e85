//go:build linux

package main

import (
	"bufio"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on linux/amd64 and arm64 (4 KB base pages).
const hugePage = 2 << 20

// hugeHeap asks the kernel to back the Go heap, up to n bytes past what it holds now, with
// transparent huge pages, and returns how many bytes it advised (0 when the kernel refused).
//
// Why: a one-shot `ask` runs with the collector off (oneShotGC), so each of its allocations is
// memory the process touches for the first time, one minor page fault per 4 KB. On this
// project's 2-core guest a fault costs 10–20 µs, and a question over every report of a
// 10,000-report store took 45,000–65,000 of them: half of its CPU was system time. A huge page
// is one fault per 2 MB. Go does not advise its heap itself, so hugeHeap makes the heap map an
// n-byte block, advises the heap's mapping from its start to the block's end, and frees the
// block: the page allocator hands out the lowest free addresses first, so the question's
// allocations land in the advised range. With the kernel's THP setting at "never" the advice is
// accepted and has no effect; with its defrag setting at the default "madvise", a fault in the
// range may compact memory to find a free 2 MB page, and falls back to a 4 KB page when it
// cannot. Setting GOGC or GOMEMLIMIT turns this off with the rest of the one-shot policy.
func hugeHeap(n int) int {
	if !hugeHeapFits() {
		return 0
	}
	advised := adviseBlock(n)
	// The block is garbage once adviseBlock returns. FreeOSMemory collects it and returns its
	// pages to the kernel (they were never touched, so that costs nothing): pages the heap got
	// back that way are known to be zero, while pages merely freed would be cleared by Go
	// before reuse, a second pass over memory the kernel has just zeroed.
	debug.FreeOSMemory()
	return advised
}

// adviseBlock allocates n bytes without touching them (fresh spans are known to be zero) and
// advises every huge page from the start of the mapping that holds them to their end. The
// free pages just below the block join it once it is freed, so an allocation may straddle its
// start; the heap's older pages are advised with them.
func adviseBlock(n int) int {
	b := make([]byte, n)
	addr := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	end := addr + uintptr(n)
	lo := mappingStart(addr) &^ (hugePage - 1)
	hi := (end + hugePage - 1) &^ (hugePage - 1)
	// The raw call takes addresses, not a slice: the range reaches past b at both ends.
	if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, syscall.MADV_HUGEPAGE); errno != 0 {
		return 0
	}
	runtime.KeepAlive(b)
	return int(hi - lo)
}

// mappingStart returns the start of the mapping that holds addr, from /proc/self/maps, or addr
// itself when the file cannot be read.
func mappingStart(addr uintptr) uintptr {
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return addr
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if lo, hi, ok := mappingRange(sc.Text()); ok && lo <= addr && addr < hi {
			return lo
		}
	}
	return addr
}

// mappingRange parses the "start-end perms …" line that describes a mapping in
// /proc/self/maps and /proc/self/smaps.
func mappingRange(line string) (lo, hi uintptr, ok bool) {
	span, _, found := strings.Cut(line, " ")
	if !found {
		return 0, 0, false
	}
	a, b, found := strings.Cut(span, "-")
	if !found {
		return 0, 0, false
	}
	l, err1 := strconv.ParseUint(a, 16, 64)
	h, err2 := strconv.ParseUint(b, 16, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	return uintptr(l), uintptr(h), true
}

// hugeHeapFits reports whether advising is worth its n-byte block and safe to try: the kernel
// offers transparent huge pages (not "[never]"), and nothing may refuse the block's address
// space: no finite RLIMIT_AS (ulimit -v) and no strict overcommit (vm.overcommit_memory 2).
// A refused heap allocation is fatal in Go, not an error, so under such limits the one-shot
// `ask` must not ask for a block it does not need.
func hugeHeapFits() bool {
	if thp, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled"); err != nil || strings.Contains(string(thp), "[never]") {
		return false
	}
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_AS, &lim); err != nil || lim.Cur != rlimInfinity {
		return false
	}
	oc, err := os.ReadFile("/proc/sys/vm/overcommit_memory")
	return err == nil && strings.TrimSpace(string(oc)) != "2"
}

// rlimInfinity is RLIM_INFINITY as the uint64 Rlimit holds it (syscall's constant is -1).
const rlimInfinity = ^uint64(0)
