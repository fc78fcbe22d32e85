package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// lockFile is the file in the store directory that writers lock (flock, exclusive). It is
// never removed: removing a lock file lets two writers lock two different files.
const lockFile = "LOCK"

// lockPoll is how often a waiting writer tries the lock again.
const lockPoll = 100 * time.Millisecond

// ErrLocked means another writer held the store's lock for longer than the caller would wait.
var ErrLocked = errors.New("the store is locked by another ingest")

// Lock is the exclusive write lock on a store directory. Only writers take it: readers (Open,
// Current, ReadManifest) never do, and never need to, because a generation becomes visible
// only when it is complete. The lock is an advisory flock on dir/LOCK, so the kernel releases
// it when its holder exits, however it exits: a killed ingest never leaves a stale lock.
type Lock struct {
	dir string
	f   *os.File
	// pending are the segments written under this lock that no generation names yet.
	pending []string
}

// Acquire takes the write lock on the store in dir (creating the directory when needed). When
// another process holds it, onWait (when not nil) is called once with a description of the
// holder, and Acquire tries again until it gets the lock, wait has passed (ErrLocked; wait 0
// tries once) or ctx is done.
func Acquire(ctx context.Context, dir string, wait time.Duration, onWait func(holder string)) (*Lock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create store directory: %w", err)
	}
	path := filepath.Join(dir, lockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open the store's lock file: %w", err)
	}
	deadline := time.Now().Add(wait)
	var tick *time.Ticker
	for {
		err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB)
		if err == nil {
			break
		}
		if !errors.Is(err, unix.EWOULDBLOCK) && !errors.Is(err, unix.EINTR) {
			f.Close()
			return nil, fmt.Errorf("lock the store %s: %w", dir, err)
		}
		if tick == nil {
			if onWait != nil {
				onWait(holder(path))
			}
			tick = time.NewTicker(lockPoll)
			defer tick.Stop()
		}
		if !time.Now().Before(deadline) {
			f.Close()
			return nil, fmt.Errorf("%w (%s) for more than %s: nothing was written and the store is unchanged; try again when it has finished, or wait longer with --wait", ErrLocked, holder(path), wait)
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, fmt.Errorf("waiting for the store lock: %w (nothing was written and the store is unchanged)", ctx.Err())
		case <-tick.C:
		}
	}
	// Say who holds the lock, for the next waiter's message.
	host, _ := os.Hostname()
	info := fmt.Sprintf("pid %d on %s since %s\n", os.Getpid(), host, time.Now().UTC().Format(time.RFC3339))
	if err := f.Truncate(0); err == nil {
		_, _ = f.WriteAt([]byte(info), 0)
	}
	return &Lock{dir: dir, f: f}, nil
}

// holder describes the process named in the lock file ("pid 123 on host since …").
func holder(path string) string {
	b, err := os.ReadFile(path)
	if s := strings.TrimSpace(string(b)); err == nil && s != "" {
		return s
	}
	return "holder unknown"
}

// Dir returns the store directory the lock is held on.
func (l *Lock) Dir() string { return l.dir }

// Release gives the lock up. Releasing twice is harmless.
func (l *Lock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	f := l.f
	l.f = nil
	_ = f.Truncate(0)
	return f.Close() // closing the last descriptor releases the flock
}

// held reports whether the lock is still held (Write refuses a released one).
func (l *Lock) held() bool { return l != nil && l.f != nil }
