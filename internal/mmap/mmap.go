// Package mmap maps store files read-only into memory, so that a one-shot process reads only the
// pages it touches. On systems without mmap it reads the file instead.
package mmap

import (
	"fmt"
	"os"
)

// File is a read-only mapping of a whole file. Its bytes stay valid until Close; a file that is
// removed while mapped stays readable (the store prunes old generations under a running server).
type File struct {
	data   []byte
	mapped bool
	shared *shared // OpenShared's mapping, released on Close
}

// Open maps the file at path.
func Open(path string) (*File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	size := st.Size()
	if size == 0 {
		return &File{}, nil
	}
	if int64(int(size)) != size {
		return nil, fmt.Errorf("map %s: file too large (%d bytes)", path, size)
	}
	data, mapped, err := mapFile(f, int(size))
	if err != nil {
		return nil, fmt.Errorf("map %s: %w", path, err)
	}
	return &File{data: data, mapped: mapped}, nil
}

// Bytes returns the file's contents. They must not be written to.
func (m *File) Bytes() []byte { return m.data }

// Random tells the system that the file is read at random places (madvise MADV_RANDOM): a page
// fault then maps only the page touched, not the pages around it, so a process that reads a few
// thousand scattered records of a large file keeps only those pages resident.
func (m *File) Random() {
	if m != nil && m.mapped && len(m.data) > 0 {
		adviseRandom(m.data)
	}
}

// Evict drops the file's pages from this process's resident set (madvise MADV_DONTNEED on the
// read-only mapping): the next read of a page maps it again from the page cache, unchanged. For a
// file read whole once (to build something on it) and then only in parts.
func (m *File) Evict() {
	if m != nil && m.mapped && len(m.data) > 0 {
		adviseDontNeed(m.data)
	}
}

// Close unmaps the file. The bytes (and anything pointing into them) must not be used afterwards.
func (m *File) Close() error {
	if m != nil && m.shared != nil {
		s := m.shared
		m.shared, m.data = nil, nil
		return s.release()
	}
	if m == nil || !m.mapped || m.data == nil {
		return nil
	}
	err := unmap(m.data)
	m.data = nil
	return err
}
