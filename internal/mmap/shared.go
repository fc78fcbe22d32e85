package mmap

import (
	"os"
	"sync"
)

// shared is one mapping that OpenShared hands out to several users.
type shared struct {
	path   string
	fi     os.FileInfo
	data   []byte
	mapped bool
	refs   int
}

// registry holds the files OpenShared has mapped and not yet unmapped, by path.
var registry struct {
	sync.Mutex
	files map[string]*shared
}

// OpenShared maps the file at path once per process: while a mapping of the same file (same
// path, inode, size and modification time) is open, it returns another handle on it instead of
// mapping it again, and the mapping is unmapped when the last handle is closed. For immutable
// files read by several owners at once, such as the store segments an old and a new generation
// share during a reload: their pages are then resident once, not once per mapping.
func OpenShared(path string) (*File, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	registry.Lock()
	defer registry.Unlock()
	if s := registry.files[path]; s != nil && os.SameFile(s.fi, fi) && s.fi.Size() == fi.Size() && s.fi.ModTime().Equal(fi.ModTime()) {
		s.refs++
		return &File{data: s.data, mapped: s.mapped, shared: s}, nil
	}
	m, err := Open(path)
	if err != nil {
		return nil, err
	}
	s := &shared{path: path, fi: fi, data: m.data, mapped: m.mapped, refs: 1}
	if registry.files == nil {
		registry.files = map[string]*shared{}
	}
	// A stale entry (the file was replaced) is unmapped when its own handles are closed.
	registry.files[path] = s
	return &File{data: s.data, mapped: s.mapped, shared: s}, nil
}

// release drops one handle on s and unmaps it after the last.
func (s *shared) release() error {
	registry.Lock()
	defer registry.Unlock()
	s.refs--
	if s.refs > 0 {
		return nil
	}
	if registry.files[s.path] == s {
		delete(registry.files, s.path)
	}
	if !s.mapped || s.data == nil {
		return nil
	}
	err := unmap(s.data)
	s.data = nil
	return err
}
