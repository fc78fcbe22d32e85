package store

import (
	"errors"
	"fmt"
	"os"
	"unsafe"

	"github.com/reportbot/reportbot/internal/mmap"
)

// mapFigures maps each segment's figures file (nil for a segment without one) with the
// generation: a generation whose segments a later writer pruned from disk (serve still
// answering from it) reads its table as before, and mapping costs a one-shot process no read.
func (g *Generation) mapFigures() error {
	g.figsFiles = make([]*mmap.File, len(g.Segments))
	for k := range g.Segments {
		m, err := mmap.OpenShared(g.Segments[k].File(figuresFile))
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("read store: %w", err)
		}
		g.figsFiles[k] = m
	}
	return nil
}

// closeFigures unmaps the figures files (with the generation).
func (g *Generation) closeFigures() {
	g.runDataMu.Lock()
	defer g.runDataMu.Unlock()
	for _, m := range g.figsFiles {
		if m != nil {
			m.Close()
		}
	}
	g.figsFiles = nil
}

// Figures returns the generation's per-passage figures table, parsed once; nil (and no error)
// when a segment has no figures file, or one written under another rule. The table reads the
// mapped files in place: it must not be used after Close.
func (g *Generation) Figures() (*FigureTable, error) {
	g.figsOnce.Do(func() { g.figs, g.figsErr = g.readFigures() })
	return g.figs, g.figsErr
}

func (g *Generation) readFigures() (*FigureTable, error) {
	g.runDataMu.Lock()
	defer g.runDataMu.Unlock()
	if len(g.figsFiles) != len(g.Segments) {
		return nil, nil // closed
	}
	t := &FigureTable{}
	for k, s := range g.Segments {
		m := g.figsFiles[k]
		if m == nil {
			return nil, nil // a segment written before the table
		}
		b := m.Bytes()
		var text string
		if len(b) > 0 {
			text = unsafe.String(&b[0], len(b))
		}
		sf, ok, err := parseFigures(text, s.Chunks)
		if err != nil {
			return nil, fmt.Errorf("read store %s: %w (re-run `reportbot ingest --replace`)", s.File(figuresFile), err)
		}
		if !ok {
			return nil, nil
		}
		sf.first = s.FirstChunk
		t.segs = append(t.segs, sf)
	}
	return t, nil
}
