package retrieval

import (
	"slices"

	"github.com/reportbot/reportbot/internal/store"
	"github.com/reportbot/reportbot/internal/zh"
)

// The per-passage figures table (store.FigureTable, written at ingest) holds, for each sentence
// and heading of a passage, every figure it states as the threshold test reads a span's figures
// (Plan.meetsThreshold: num.FindWith on normalised text), and the figures a lead makes with a
// statement after it. A span meets a threshold list's number only when one of its figures does
// (Plan.meetsValue), and a span is a lead (a sentence or heading of its passage) and a statement
// (a sentence of its passage or the next passage's first): so a span whose lead's and statement's
// lists, and its passage's joins, hold no figure that meets the number does not meet it, and a
// report none of whose passages has such a span keeps its best span without the second reading
// meetingBest gives it. At 10,000 reports a filter's near misses are most of the reports it reads
// (增长8%左右 for "at least 10%"); their passages state other indicators' figures that meet the
// number, but in sentences that are not about the asked one.

// figureTable is a Source that holds the per-passage figures table.
type figureTable interface {
	Figures() *store.FigureTable
}

// Figures returns the generation's per-passage figures table; nil when it has none or it cannot
// be read (threshold lists then read every passage, as without one).
func (s localSource) Figures() *store.FigureTable {
	t, err := s.g.Figures()
	if err != nil {
		return nil
	}
	return t
}

// meetingSpans is what the figures table says of a report's passages for a threshold list's
// number: whether each hit may hold a span that meets it, and, by text, whether each sentence and
// heading states a figure that meets it.
type meetingSpans struct {
	hit   []bool          // per hit: a span of it may meet the number
	joins []bool          // per hit: its passage's joins hold a figure that meets it
	texts map[string]bool // a sentence or heading of the report's passages read → it does
}

// span reports whether a span of hit i may state a figure that meets the number: false only
// when the table lists its lead and its statement and neither, nor a join of its passage, holds
// one.
func (m *meetingSpans) span(i int, sp span) bool {
	return m.hit[i] && (m.joins[i] || m.may(sp.lead) || m.may(sp.text))
}

func (m *meetingSpans) may(text string) bool {
	if text == "" {
		return false
	}
	v, known := m.texts[text]
	return v || !known
}

// meetingGate reads the figures table for a report's hits (docs: the generation's chunk
// indices; chunk their passages, read); ok is false when the table cannot say (no table, or no
// test of one figure).
func (ix *Index) meetingGate(sc *scorer, rep int32, docs []int, chunk func(d int) (text string, section []string)) (m *meetingSpans, ok bool) {
	src, isTable := ix.src.(figureTable)
	if !isTable || sc.meetsValue == nil {
		return nil, false
	}
	t := src.Figures()
	if t == nil {
		return nil, false
	}
	m = &meetingSpans{hit: make([]bool, len(docs)), joins: make([]bool, len(docs)), texts: map[string]bool{}}
	type read struct{ any, joins, known bool }
	memo := map[int]read{}
	// A text listed as meeting in one place and not in another (it cannot: the lists are of the
	// same text) would be read as meeting.
	note := func(text string, v bool) { m.texts[text] = m.texts[text] || v }
	passage := func(d int) read {
		if r, seen := memo[d]; seen {
			return r
		}
		lists, known := t.Lists(d, sc.meetsValue)
		r := read{any: lists.Any() || !known, joins: lists.Joins || !known, known: known}
		if text, section := chunk(d); known && len(lists.Sentences) == len(zh.Sentences(text)) && len(lists.Heads) == len(section) {
			for k, s := range zh.Sentences(text) {
				note(s, lists.Sentences[k])
			}
			for k, h := range section {
				note(h, lists.Heads[k])
			}
		} else {
			r.joins = true // the table is not of this passage's text: every span may meet
		}
		memo[d] = r
		return r
	}
	for i, d := range docs {
		r := passage(d)
		m.hit[i], m.joins[i] = r.any, r.joins
		if d+1 < ix.NumChunks() && ix.chunkReport[d+1] == rep {
			n := passage(d + 1)
			m.hit[i] = m.hit[i] || n.any
			m.joins[i] = m.joins[i] || !n.known
		}
	}
	return m, true
}

// tableMeetingBest is sc.meetingBest for a report's hits (docs their chunk indices), reading only
// the spans the figures table leaves a chance of meeting the number: none, and the report keeps
// b (its best span, which meets no number) without a second reading. The spans ruled out are
// spans meetingBest would not keep, so the evidence is meetingBest's.
func (ix *Index) tableMeetingBest(sc *scorer, rr *reportReader, rep int32, docs []int, b Evidence, hits []Hit, bound func(i int) float64) Evidence {
	if sc.meets == nil || sc.meets(b.Lead+b.Sentence) {
		return b
	}
	m, ok := ix.meetingGate(sc, rep, docs, func(d int) (string, []string) {
		c := rr.chunk(d)
		return c.Text, c.Section
	})
	if !ok {
		return sc.meetingBest(b, hits, bound)
	}
	if !slices.Contains(m.hit, true) {
		return b
	}
	msc := *sc
	gate := sc.gate
	msc.gate = func(i int) bool { return m.hit[i] && (gate == nil || gate(i)) }
	msc.mayMeet = m.span
	return msc.meetingBest(b, hits, bound)
}
