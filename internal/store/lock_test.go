package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
)

// failStep makes the install step name fail for the rest of the test.
func failStep(t *testing.T, name string) {
	t.Helper()
	testHook = func(step string) error {
		if step == name {
			return fmt.Errorf("injected failure at %s", step)
		}
		return nil
	}
	t.Cleanup(func() { testHook = nil })
}

// TestConcurrentWriters: writers racing on one store are serialised by the lock; after every
// round the store opens on a generation one of them wrote, each writer's success is true (its
// generation was live when it returned), and nothing else is left behind. A reader polling
// all the while never fails.
func TestConcurrentWriters(t *testing.T) {
	const writers, rounds = 6, 5
	dir := t.TempDir()
	mustWrite(t, dir, newSnapshot(t, "seed"))

	stop := make(chan struct{})
	readerErr := make(chan error, 1)
	go func() {
		defer close(readerErr)
		for n := 0; ; n++ {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := Open(dir); err != nil {
				readerErr <- fmt.Errorf("Open during writes (read %d): %w", n, err)
				return
			}
		}
	}()

	for round := range rounds {
		snaps := make([]*Snapshot, writers)
		errs := make([]error, writers)
		var wg sync.WaitGroup
		for i := range writers {
			snaps[i] = newSnapshot(t, fmt.Sprintf("r%dw%d", round, i))
			wg.Go(func() { errs[i] = Write(context.Background(), dir, snaps[i]) })
		}
		wg.Wait()
		gens := map[string]*Snapshot{}
		for i, err := range errs {
			if err != nil {
				t.Fatalf("round %d writer %d: %v", round, i, err)
			}
			if _, dup := gens[snaps[i].Generation]; dup {
				t.Fatalf("round %d: generation %s written twice", round, snaps[i].Generation)
			}
			gens[snaps[i].Generation] = snaps[i]
		}
		cur, err := Current(dir)
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		want, ok := gens[cur]
		if !ok {
			t.Fatalf("round %d: CURRENT names %s, which no writer of the round reported", round, cur)
		}
		checkOpens(t, dir, cur, want)
		var left []string
		for _, e := range entries(t, dir) {
			if !strings.HasPrefix(e, genPrefix) {
				t.Errorf("round %d: %s left behind", round, e)
			}
			left = append(left, e)
		}
		if len(left) != 2 {
			t.Errorf("round %d: the store holds %q, want the current generation and the one before", round, left)
		}
		checkSegments(t, dir)
	}
	close(stop)
	if err := <-readerErr; err != nil {
		t.Error(err)
	}
}

// TestAcquireWaits: a second writer waits for the first, is told who holds the lock, and
// gets it once the first releases; with no time to wait it fails at once, saying so.
func TestAcquireWaits(t *testing.T) {
	dir := t.TempDir()
	first, err := Acquire(context.Background(), dir, 0, nil)
	if err != nil {
		t.Fatal(err)
	}

	_, err = Acquire(context.Background(), dir, 0, nil)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("Acquire with no wait while locked: err = %v, want ErrLocked", err)
	}
	for _, want := range []string{fmt.Sprintf("pid %d", os.Getpid()), "nothing was written and the store is unchanged", "--wait"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	waiting := make(chan string, 1)
	got := make(chan error, 1)
	go func() {
		_, err := Acquire(ctx, dir, waitLong, func(h string) { waiting <- h })
		got <- err
	}()
	if h := <-waiting; !strings.Contains(h, fmt.Sprintf("pid %d", os.Getpid())) {
		t.Errorf("the waiter was told the holder is %q", h)
	}
	cancel()
	if err := <-got; !errors.Is(err, context.Canceled) {
		t.Errorf("Acquire after cancel: err = %v, want context.Canceled", err)
	}

	waiting = make(chan string, 1)
	go func() {
		l, err := Acquire(context.Background(), dir, waitLong, func(h string) { waiting <- h })
		if err == nil {
			err = l.Release()
		}
		got <- err
	}()
	<-waiting
	if err := first.Release(); err != nil {
		t.Fatal(err)
	}
	if err := <-got; err != nil {
		t.Errorf("Acquire after release: %v", err)
	}
	if err := first.Write(context.Background(), newSnapshot(t, "a")); err == nil {
		t.Error("Write through a released lock succeeded")
	}
}

// TestGenerationReadable: a generation is readable by other users (a server may run as one).
func TestGenerationReadable(t *testing.T) {
	umask := os.FileMode(syscall.Umask(0))
	syscall.Umask(int(umask))
	dir := t.TempDir()
	gen := mustWrite(t, dir, newSnapshot(t, "a"))
	for _, c := range []struct {
		path string
		want os.FileMode
	}{{filepath.Join(dir, gen), 0o755}, {filepath.Join(dir, currentFile), 0o644}} {
		info, err := os.Stat(c.path)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != c.want {
			t.Errorf("%s has mode %v, want %v", filepath.Base(c.path), got, c.want)
		}
	}
	var m Manifest
	if err := readJSON(filepath.Join(dir, gen, manifestFile), &m); err != nil {
		t.Fatal(err)
	}
	seg := m.Segments[0].Name
	if info, err := os.Stat(filepath.Join(dir, seg)); err != nil || info.Mode().Perm() != 0o755 {
		t.Errorf("segment %s: %v, %v; want mode 0755", seg, info, err)
	}
	for _, f := range []string{gen + "/" + manifestFile, seg + "/" + chunksFile, seg + "/" + mappedFile} {
		info, err := os.Stat(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		if want := os.FileMode(0o666) &^ umask; info.Mode().Perm() != want {
			t.Errorf("%s has mode %v, want %v (0666 less the umask)", f, info.Mode().Perm(), want)
		}
	}
}

// TestOpenFollowsCurrent: a reader whose generation is pruned while it reads (two writes
// finished meanwhile) reads the new live generation instead of failing.
func TestOpenFollowsCurrent(t *testing.T) {
	dir := t.TempDir()
	mustWrite(t, dir, newSnapshot(t, "a"))
	first := true
	var last *Snapshot
	got, err := followCurrent(dir, func(gen string) (*Snapshot, error) {
		if first {
			first = false
			mustWrite(t, dir, newSnapshot(t, "b"))
			last = newSnapshot(t, "c")
			mustWrite(t, dir, last) // prunes gen
		}
		return openGeneration(dir, gen)
	})
	if err != nil {
		t.Fatalf("Open while the generation was pruned: %v", err)
	}
	if got.Generation != last.Generation {
		t.Errorf("read %s, want the live %s", got.Generation, last.Generation)
	}
}
