package main

import (
	"runtime/debug"
	"testing"
)

func TestOneShotGC(t *testing.T) {
	none := func(string) string { return "" }
	restore := oneShotGC(none)
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Errorf("GC percent during a one-shot question = %d, want -1 (off below the limit)", got)
	}
	if got := debug.SetMemoryLimit(-1); got != oneShotHeap {
		t.Errorf("memory limit = %d, want %d", got, oneShotHeap)
	}
	restore()
	if got := debug.SetGCPercent(-1); got == -1 {
		t.Error("GC percent not restored")
	} else {
		debug.SetGCPercent(got)
	}
	if got := debug.SetMemoryLimit(-1); got == oneShotHeap {
		t.Error("memory limit not restored")
	}

	// The user's GOGC or GOMEMLIMIT wins.
	for _, name := range []string{"GOGC", "GOMEMLIMIT"} {
		before := debug.SetMemoryLimit(-1)
		restore := oneShotGC(func(k string) string {
			if k == name {
				return "100"
			}
			return ""
		})
		if got := debug.SetMemoryLimit(-1); got != before {
			t.Errorf("with %s set, memory limit = %d, want it untouched (%d)", name, got, before)
		}
		restore()
	}
}
