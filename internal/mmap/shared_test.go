package mmap

import (
	"os"
	"path/filepath"
	"testing"
)

// TestOpenShared: a file is mapped once while any handle on it is open, stays readable until
// the last handle is closed, and a replaced file is mapped anew.
func TestOpenShared(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(path, []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := OpenShared(path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := OpenShared(path)
	if err != nil {
		t.Fatal(err)
	}
	if &a.Bytes()[0] != &b.Bytes()[0] {
		t.Fatal("the same file was mapped twice")
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if a.Close() != nil || string(b.Bytes()) != "hello" {
		t.Fatal("closing one handle (twice) dropped the other's mapping")
	}
	// Replaced under the same path: a new mapping, while b still reads the old file.
	tmp := path + ".new"
	if err := os.WriteFile(tmp, []byte("world!"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
	c, err := OpenShared(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(c.Bytes()) != "world!" || string(b.Bytes()) != "hello" {
		t.Fatalf("after replacing the file: %q and %q", c.Bytes(), b.Bytes())
	}
	if b.Close() != nil || c.Close() != nil {
		t.Fatal("close failed")
	}
	registry.Lock()
	n := len(registry.files)
	registry.Unlock()
	if n != 0 {
		t.Fatalf("%d mappings left after every handle was closed", n)
	}
}
