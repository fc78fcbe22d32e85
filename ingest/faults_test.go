package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/store"
)

// smallReport is a one-report file that ingests in milliseconds.
const smallReport = `政府工作报告
各位代表:
现在,我代表青柳镇人民政府向大会报告工作,请予审议。
一、2023年工作回顾
过去一年,全镇地区生产总值增长6.5%,一般公共预算收入完成3.2亿元。
二、2024年工作安排
2024年经济社会发展的主要预期目标是:地区生产总值增长6%左右,全年计划完成海洋牧场投资88亿元。
`

func localEmbedderForTest() Embedder {
	return EmbedderFunc(embed.LocalName, embed.LocalDim, embed.Local(embed.LocalDim))
}

// seededStore ingests smallReport into a new store and returns the store, the report's path
// and the live generation.
func seededStore(t *testing.T) (db, report, gen string) {
	t.Helper()
	dir := t.TempDir()
	db = filepath.Join(dir, "db")
	report = writeFileForTest(t, dir, "qingliu.txt", []byte(smallReport))
	if _, err := Run(context.Background(), db, []string{report}, Options{Embedder: localEmbedderForTest()}); err != nil {
		t.Fatal(err)
	}
	gen, err := store.Current(db)
	if err != nil {
		t.Fatal(err)
	}
	return db, report, gen
}

// checkUnchanged checks that db still serves gen and holds no temporaries.
func checkUnchanged(t *testing.T, db, gen string) {
	t.Helper()
	if cur, err := store.Current(db); err != nil || cur != gen {
		t.Errorf("the store serves %q (%v), want the previous %s", cur, err, gen)
	}
	if _, err := store.Open(db); err != nil {
		t.Errorf("the previous store does not open: %v", err)
	}
	named := map[string]bool{} // the segments the generations kept name
	es, _ := os.ReadDir(db)
	for _, e := range es {
		var m store.Manifest
		if b, err := os.ReadFile(filepath.Join(db, e.Name(), "manifest.json")); err == nil && json.Unmarshal(b, &m) == nil {
			for _, s := range m.Segments {
				named[s.Name] = true
			}
		}
	}
	for _, e := range es {
		if strings.HasPrefix(e.Name(), ".tmp") || strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary %s left behind", e.Name())
		}
		if strings.HasPrefix(e.Name(), "seg-") && !named[e.Name()] {
			t.Errorf("segment %s of the failed run left behind", e.Name())
		}
	}
}

// TestRunRejectsFIFO: a named pipe given on the command line is refused before anything is
// read (with --keep-going too); one inside a directory is skipped with a note.
func TestRunRejectsFIFO(t *testing.T) {
	db, report, gen := seededStore(t)
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	for _, keepGoing := range []bool{false, true} {
		_, err := Run(context.Background(), db, []string{report, fifo}, Options{Embedder: localEmbedderForTest(), KeepGoing: keepGoing})
		if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), "named pipe") || !strings.Contains(err.Error(), fifo) {
			t.Errorf("keep-going=%v: err = %v, want one naming %s as a named pipe", keepGoing, err, fifo)
		}
		checkUnchanged(t, db, gen)
	}
	if _, err := ReadFile(fifo); !errors.Is(err, ErrNotRegular) {
		t.Errorf("ReadFile(fifo): err = %v, want ErrNotRegular", err)
	}

	writeFileForTest(t, dir, "good.txt", []byte(smallReport))
	sum, err := Run(context.Background(), db, []string{dir}, Options{Embedder: localEmbedderForTest()})
	if err != nil {
		t.Fatalf("a directory holding a FIFO: %v", err)
	}
	if sum.Files != 1 || len(sum.Skipped) != 1 || sum.Skipped[0].Path != fifo || !strings.Contains(sum.Skipped[0].Reason, "named pipe") {
		t.Errorf("files %d, skipped %+v; want 1 file and the FIFO skipped with a note", sum.Files, sum.Skipped)
	}
}

// TestRunCancelled: a run cancelled while embedding or while writing its generation returns
// promptly, says nothing was written, and leaves the previous store live with no temporaries.
func TestRunCancelled(t *testing.T) {
	t.Run("embedding", func(t *testing.T) {
		db, report, gen := seededStore(t)
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		started := make(chan struct{})
		emb := Embedder{Name: embed.LocalName, Dim: embed.LocalDim,
			Batch: func(ctx context.Context, texts []string, _ func(int)) ([][]float32, error) {
				close(started)
				<-ctx.Done() // a model embedder waiting on the network
				return nil, ctx.Err()
			}}
		go func() { <-started; cancel() }()
		_, err := Run(ctx, db, []string{report}, Options{Embedder: emb})
		if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "interrupted") || !strings.Contains(err.Error(), "unchanged") {
			t.Errorf("err = %v, want an interruption saying the store is unchanged", err)
		}
		checkUnchanged(t, db, gen)
	})
	t.Run("writing", func(t *testing.T) {
		db, report, gen := seededStore(t)
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		p := &cancelAt{stage: "writing", cancel: cancel}
		_, err := Run(ctx, db, []string{report}, Options{Embedder: localEmbedderForTest(), Progress: p})
		if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "unchanged and still serves "+gen) {
			t.Errorf("err = %v, want a cancellation saying the store still serves %s", err, gen)
		}
		checkUnchanged(t, db, gen)
	})
}

// cancelAt cancels a run when it reaches a stage.
type cancelAt struct {
	stage  string
	cancel context.CancelFunc
}

func (c *cancelAt) Stage(name string, _ int) {
	if name == c.stage {
		c.cancel()
	}
}
func (c *cancelAt) Set(int) {}

// TestRunConcurrent: ingests racing on one store take turns; every one succeeds, and the
// store opens after every round on a generation one of them reported.
func TestRunConcurrent(t *testing.T) {
	const runs, rounds = 6, 3
	db, report, _ := seededStore(t)
	for round := range rounds {
		var wg sync.WaitGroup
		errs := make([]error, runs)
		waited := make([]bool, runs)
		for i := range runs {
			wg.Go(func() {
				_, errs[i] = Run(context.Background(), db, []string{report}, Options{Embedder: localEmbedderForTest(),
					OnWait: func(string) { waited[i] = true }})
			})
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("round %d run %d: %v", round, i, err)
			}
		}
		snap, err := store.Open(db)
		if err != nil {
			t.Fatalf("round %d: the store does not open: %v", round, err)
		}
		if len(snap.Reports) != 1 {
			t.Errorf("round %d: %d reports", round, len(snap.Reports))
		}
		n := 0
		for _, w := range waited {
			if w {
				n++
			}
		}
		t.Logf("round %d: %d of %d runs waited for the lock", round, n, runs)
	}
}
