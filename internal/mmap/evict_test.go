package mmap

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestEvict: a mapped file reads the same after its pages are dropped from the resident set.
func TestEvict(t *testing.T) {
	want := bytes.Repeat([]byte("0123456789abcdef"), 4096)
	path := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(path, want, 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := OpenShared(path)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if !bytes.Equal(m.Bytes(), want) {
		t.Fatal("the mapping differs from the file")
	}
	m.Evict()
	if !bytes.Equal(m.Bytes(), want) {
		t.Fatal("the mapping differs from the file after Evict")
	}
	var empty *File
	empty.Evict() // no-op
}
