package main

import "runtime/debug"

// oneShotHeap is the Go memory limit of a one-shot question (`ask`): below it the collector
// does not run. A question over every report of a 10,000-report store keeps 120–160 MB live
// and allocates 150–300 MB more; collecting that garbage cost a fifth of its CPU, and a process
// that exits after one answer need not hand memory back. The limit keeps the whole process,
// with the store's mapped pages, under issue 13's 400 MB: when the heap reaches it the
// collector runs as usual.
const oneShotHeap = 256 << 20

// oneShotGC turns the collector's proportional pacing off for a one-shot process and bounds
// its heap by oneShotHeap instead, unless GOGC or GOMEMLIMIT is set (the user's choice wins).
// The heap it lets grow is advised to use huge pages (hugeHeap): fresh memory, few faults.
// The returned function restores the previous settings (the tests run `ask` in one process).
func oneShotGC(getenv func(string) string) (restore func()) {
	if getenv("GOGC") != "" || getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	// Before the limit is set: the advised block is as large as the heap may grow.
	hugeHeap(oneShotHeap)
	prevLimit := debug.SetMemoryLimit(oneShotHeap)
	prevPercent := debug.SetGCPercent(-1)
	return func() {
		debug.SetGCPercent(prevPercent)
		debug.SetMemoryLimit(prevLimit)
	}
}
