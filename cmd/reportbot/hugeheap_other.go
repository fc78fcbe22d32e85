//go:build !linux

package main

// hugeHeap advises nothing outside Linux (transparent huge pages are a Linux feature); see
// hugeheap_linux.go for why a one-shot process asks for them.
func hugeHeap(int) int { return 0 }
