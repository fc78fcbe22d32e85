//go:build !unix

package mmap

import (
	"io"
	"os"
)

func mapFile(f *os.File, size int) ([]byte, bool, error) {
	b := make([]byte, size)
	_, err := io.ReadFull(f, b)
	return b, false, err
}

func unmap([]byte) error { return nil }

func adviseRandom([]byte) {}

func adviseDontNeed([]byte) {}
