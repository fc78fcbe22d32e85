package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestBinaryLinksNoInitHeavyPackage keeps packages whose initialisation builds large tables out
// of the binary: every one-shot `ask` pays a linked package's init, used or not. go-pinyin builds
// a 40,000-entry map (20–40 ms); internal/pinyin serves its readings from a generated array.
func TestBinaryLinksNoInitHeavyPackage(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	out, err := exec.Command(goTool, "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	for _, heavy := range []string{"github.com/mozillazg/go-pinyin"} {
		for _, dep := range strings.Fields(string(out)) {
			if dep == heavy {
				t.Errorf("reportbot links %s, whose init runs in every process", heavy)
			}
		}
	}
}
