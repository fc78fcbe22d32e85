package lazyre

import (
	"sync"
	"testing"
)

func TestCompiledOnFirstUseOnly(t *testing.T) {
	r := New(`a(b+)c`)
	if r.re != nil {
		t.Fatal("compiled when declared")
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if got := r.FindStringSubmatch("xabbc"); len(got) != 2 || got[1] != "bb" {
				t.Errorf("FindStringSubmatch = %q", got)
			}
		})
	}
	wg.Wait()
	if r.re == nil || r.Compiled() != r.re {
		t.Error("not compiled once and kept")
	}
}

func TestCheckAllFindsAMalformedExpression(t *testing.T) {
	if err := CheckAll(); err != nil {
		t.Fatalf("CheckAll before: %v", err)
	}
	New(`a(b`)
	if err := CheckAll(); err == nil {
		t.Error("CheckAll passed a malformed expression")
	}
	declared.all = declared.all[:len(declared.all)-1]
}
