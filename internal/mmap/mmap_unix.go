//go:build unix

package mmap

import (
	"os"

	"golang.org/x/sys/unix"
)

func mapFile(f *os.File, size int) ([]byte, bool, error) {
	b, err := unix.Mmap(int(f.Fd()), 0, size, unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return nil, false, err
	}
	return b, true, nil
}

func unmap(b []byte) error { return unix.Munmap(b) }

func adviseRandom(b []byte) { _ = unix.Madvise(b, unix.MADV_RANDOM) }

func adviseDontNeed(b []byte) { _ = unix.Madvise(b, unix.MADV_DONTNEED) }
