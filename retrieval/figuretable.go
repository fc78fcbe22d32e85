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

// meetingSpans is what the figures table says of a report's hits for a threshold list's number:
// whether each may hold a span that meets it, and what its passage and the next say by sentence.
type meetingSpans struct {
	hit        []bool // per hit: a span of it may meet the number
	own, after []*passageMeeting
}

// passageMeeting is what the table says of one passage: whether it could say (known), whether
// a join of a lead and a statement makes a figure that meets the number, and which of the
// passage's sentences and headings state one (read only when some list does).
type passageMeeting struct {
	known, any, joins bool
	texts             map[string]bool
}

// span reports whether a span of hit i may state a figure that meets the number. A span's lead
// is a sentence or heading of the hit's passage, its statement a sentence of it or of the next
// passage (span.next); a lead from the passage before (which lists do not read) may meet.
func (m *meetingSpans) span(i int, sp span) bool {
	o := m.own[i]
	switch {
	case !m.hit[i]:
		return false
	case !o.known || o.joins || sp.prior || sp.prevLead:
		return true
	case sp.lead != "" && o.texts[sp.lead]:
		return true
	case !sp.next:
		return o.texts[sp.text]
	}
	n := m.after[i]
	return n == nil || !n.known || n.texts[sp.text]
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
	m = &meetingSpans{hit: make([]bool, len(docs)), own: make([]*passageMeeting, len(docs)), after: make([]*passageMeeting, len(docs))}
	memo := map[int]*passageMeeting{}
	passage := func(d int) *passageMeeting {
		if p, seen := memo[d]; seen {
			return p
		}
		lists, known := t.Lists(d, sc.meetsValue)
		p := &passageMeeting{known: known, any: lists.Any() || !known, joins: lists.Joins}
		memo[d] = p
		if !known || !p.any || p.joins {
			return p // nothing to read: no span of it meets, or any may
		}
		text, section := chunk(d)
		sents := zh.Sentences(text)
		if len(lists.Sentences) != len(sents) || len(lists.Heads) != len(section) {
			p.known = false // the table is not of this passage's text
			return p
		}
		p.texts = map[string]bool{}
		for k, s := range sents {
			p.texts[s] = p.texts[s] || lists.Sentences[k]
		}
		for k, h := range section {
			p.texts[h] = p.texts[h] || lists.Heads[k]
		}
		return p
	}
	for i, d := range docs {
		m.own[i] = passage(d)
		m.hit[i] = m.own[i].any
		if d+1 < ix.NumChunks() && ix.chunkReport[d+1] == rep {
			m.after[i] = passage(d + 1)
			m.hit[i] = m.hit[i] || m.after[i].any
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
