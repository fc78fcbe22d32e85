package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/dict"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/lexical"
)

// The indicator runs file (indruns.bin) is a segment's per-indicator table: for each run of two
// to four characters of an indicator's Chinese wordings (IndicatorRuns: 地区生产, 生产总值, 总值,
// gdp …), the passages some span of which holds it outside the measure of a ratio — a span's
// normalised text with facts.RatioMeasure's matches taken out, as retrieval's topical test reads
// it (topicWord.heldIn: 单位地区生产总值能耗 and 占地区生产总值比重 do not speak of GDP). A
// span joins sentences of its passage, a heading of its section and the next passage's first
// statement. A question over every report whose topic words are made of such runs need not read
// a report none of whose passages is listed for them (retrieval/topicruns.go): at 10,000
// reports, the 1,110 reports that name GDP only in a ratio's measure, which a comparison of GDP
// targets read and scored for nothing.
//
// It is written with the segment (a SegmentFiles writer), so every writer of segments (ingest,
// add, remove, replace, compaction) writes it; a generation with a segment written before it
// existed has no table (Generation.IndicatorRuns returns nil), and the scan reads every report as
// before. The runs are stored in the file: a table answers only for the runs every segment looked
// for, whatever indicators.tsv holds today.
//
// The lists depend on the rule that read the spans as well (spanRuns, facts.RatioMeasure, the
// clause ends): the file names it (runsRule), and a table written under another rule, or by a
// build before the rule was named (RBRUN001), is no table until the store is rebuilt — a rule
// that strips more of a span, read from lists of a rule that stripped less, would rule out
// passages retrieval's topical test now keeps, and change answers without a word.
//
// Layout: "RBRUN002", uvarint length of the rule and its bytes, then uvarint runs, and per run: uvarint length, its bytes, uvarint
// passages, uvarint length in bytes of what follows, and the passages' segment chunk indices
// ascending, each as a uvarint gap from the one before (the first from 0). A reader finds each
// run's list without decoding the others (Passages decodes the lists a question asks for).
const (
	runsFile  = "indruns.bin"
	runsMagic = "RBRUN002"
	// oldRunsMagic is the layout before the rule was written: read as no table.
	oldRunsMagic = "RBRUN001"
	// spanRule names how spanRuns reads a passage's spans: change it with spanRuns.
	spanRule = "spans 1"
	// maxRun is the longest run of the table, in characters (retrieval's runLen).
	maxRun = 4
)

// runsRule is what a table's lists depend on besides its runs (see above).
var runsRule = sync.OnceValue(func() string {
	return fmt.Sprintf("%s; runs of %d; clause %s; ratio %s", spanRule, maxRun, facts.ClauseRun, facts.RatioMeasure)
})

func init() {
	SegmentFiles = append(SegmentFiles, SegmentFile{Name: runsFile, Write: func(w io.Writer, d *SegmentData) error {
		return writeRuns(w, PassageRuns(d.Chunks, IndicatorRuns()))
	}})
}

// IndicatorRuns returns every run of two to four characters of the Chinese wordings of the
// indicators (facts.Indicators' variants, normalised as lexical.Normalize), and every two of a
// wording's characters in order (the shortenings a topic word may stand for: 地生 for
// 地区生产总值, 地财 for 地方财政收入), each once, sorted.
var IndicatorRuns = sync.OnceValue(func() []string {
	var out []string
	for _, in := range facts.Indicators() {
		for _, v := range in.Variants {
			rs := []rune(lexical.Normalize(v))
			for i := range rs {
				for n := 3; n <= maxRun && i+n <= len(rs); n++ {
					out = append(out, string(rs[i:i+n]))
				}
				for j := i + 1; j < len(rs); j++ {
					out = append(out, string([]rune{rs[i], rs[j]}))
				}
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
})

// RunPassages is one run and the chunk indices of the passages some span of which holds it
// outside a ratio's measure.
type RunPassages struct {
	Run      string
	Passages []uint32
}

// PassageRuns returns, for each of runs (none longer than four characters), the indices in
// chunks of the passages some span of which holds it once facts.RatioMeasure's matches are
// taken out (spanRuns); a run no passage holds has none (it was looked for). chunks are in store
// order: each report's contiguous and in reading order, a chunk's next passage the following
// chunk of its report.
func PassageRuns(chunks []corpus.Chunk, runs []string) []RunPassages {
	d := dict.New(runs)
	lists := make([][]uint32, len(runs))
	found := make([]bool, len(runs))
	next := ""
	for i := len(chunks) - 1; i >= 0; i-- {
		c := chunks[i]
		if i+1 >= len(chunks) || chunks[i+1].Key() != c.Key() {
			next = ""
		}
		text := lexical.Normalize(c.Text)
		clear(found)
		spanRuns(d, found, text, c.Section, next)
		for k, ok := range found {
			if ok {
				lists[k] = append(lists[k], uint32(i))
			}
		}
		next = text
	}
	out := make([]RunPassages, len(runs))
	for k, r := range runs {
		slices.Reverse(lists[k])
		out[k] = RunPassages{r, lists[k]}
	}
	return out
}

// spanRuns marks in found the runs of d that some span of a passage may hold outside a ratio's
// measure: text is the passage's normalised text, heads its headings (raw), next the next
// passage's normalised text ("" when none).
//
// A span's text is lead and text joined, normalised, and RatioMeasure's matches are taken out of
// it. No match crosses a clause's end (clauseEnd), so each clause of the span loses what it would
// lose alone, and a run (no run holds such punctuation) lies within one clause. A clause of the
// span is a clause of one of the passage's text, its headings or the next passage's text, unless
// it joins the last clause of a lead that does not end a clause (a heading, the passage's
// unfinished last sentence) with the first clause of what follows — the clauses of the passage
// (every sentence starts one) or the next passage's first. Those joins are stripped and read
// whole when either side may open a ratio; else only a run across the join is new.
func spanRuns(d *dict.Dict, found []bool, text string, heads []string, next string) {
	scan := func(s string) {
		if facts.MayNameRatio(s) {
			s = facts.RatioMeasure.ReplaceAllString(s, " ")
		}
		for m := range d.ScanAll(s) {
			found[m.ID] = true
		}
	}
	leads := []string{text}
	scan(text)
	for _, h := range heads {
		h = lexical.Normalize(h)
		scan(h)
		leads = append(leads, h)
	}
	if next != "" {
		scan(next)
	}
	var firsts []string // the clauses a lead's last clause may run into
	for s := text; s != ""; {
		c, rest, _ := cutClause(s)
		firsts = append(firsts, c)
		s = rest
	}
	if next != "" {
		c, _, _ := cutClause(next)
		firsts = append(firsts, c)
		if _, _, ended := cutClause(text); !ended {
			// The whole passage is one unfinished clause: a heading, it and the next statement.
			firsts = append(firsts, text+c)
		}
	}
	for _, l := range leads {
		last := lastClause(l)
		if last == "" {
			continue
		}
		for _, f := range firsts {
			if f == "" {
				continue
			}
			if facts.MayNameRatio(last) || facts.MayNameRatio(f) {
				scan(last + f)
				continue
			}
			// Nothing to take out: only a run across the join is new.
			scan(lastRunes(last, maxRun-1) + firstRunes(f, maxRun-1))
		}
	}
}

// clauseEnd reports whether s[i] (a rune r) ends a clause: punctuation RatioMeasure's clause
// runs exclude (facts.ClauseRun), but not the point of a decimal, which its percentage may hold.
func clauseEnd(s string, i int, r rune) bool {
	switch r {
	case '、', '，', '。', '；', '：', '！', '？', ',', ';', ':', '!', '?':
		return true
	case '.':
		return !(i > 0 && isDigit(s[i-1]) && i+1 < len(s) && isDigit(s[i+1]))
	}
	return false
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// cutClause returns s's first clause, what follows its end (the punctuation dropped), and
// whether it ended on punctuation.
func cutClause(s string) (clause, rest string, ended bool) {
	for i, r := range s {
		if clauseEnd(s, i, r) {
			return s[:i], s[i+utf8.RuneLen(r):], true
		}
	}
	return s, "", false
}

// lastClause returns the clause s ends in ("" when s ends on punctuation that ends one).
func lastClause(s string) string {
	start := 0
	for i, r := range s {
		if clauseEnd(s, i, r) {
			start = i + utf8.RuneLen(r)
		}
	}
	return s[start:]
}

// lastRunes and firstRunes return the last and first n runes of s.
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

func firstRunes(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// writeRuns writes an indicator runs file under this build's rule.
func writeRuns(w io.Writer, rs []RunPassages) error { return writeRunsRule(w, runsRule(), rs) }

// writeRunsRule writes an indicator runs file whose lists were made under rule.
func writeRunsRule(w io.Writer, rule string, rs []RunPassages) error {
	b := []byte(runsMagic)
	b = binary.AppendUvarint(b, uint64(len(rule)))
	b = append(b, rule...)
	b = binary.AppendUvarint(b, uint64(len(rs)))
	for _, x := range rs {
		b = binary.AppendUvarint(b, uint64(len(x.Run)))
		b = append(b, x.Run...)
		b = binary.AppendUvarint(b, uint64(len(x.Passages)))
		var gaps []byte
		prev := uint32(0)
		for _, p := range x.Passages {
			gaps = binary.AppendUvarint(gaps, uint64(p-prev))
			prev = p
		}
		b = binary.AppendUvarint(b, uint64(len(gaps)))
		b = append(b, gaps...)
	}
	_, err := w.Write(b)
	return err
}

// segmentRuns is one segment's indicator runs file, read: each run's list, still encoded.
type segmentRuns struct {
	first int                // the generation's index of the segment's first chunk
	n     int                // the segment's chunks
	lists map[string]runList // run → its encoded list
}

// runList is a run's list of passages, encoded (uvarint gaps), and how many it holds.
type runList struct {
	count int
	gaps  string
}

// readRuns reads the indicator runs file of a segment of n chunks, each run's list left encoded;
// ok is false when the segment has none (written before the table existed) or one written under
// another rule (runsRule).
func readRuns(path string, n int) (sr segmentRuns, ok bool, err error) {
	f, err := openRuns(path)
	if err != nil || f == nil {
		return segmentRuns{}, false, err
	}
	defer f.Close()
	return readRunsFrom(f, path, n)
}

// openRuns opens a segment's indicator runs file; nil (and no error) when it has none.
func openRuns(path string) (*os.File, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read store: %w", err)
	}
	return f, nil
}

// readRunsFrom is readRuns of the file f opened at path.
func readRunsFrom(f *os.File, path string, n int) (sr segmentRuns, ok bool, err error) {
	b, err := io.ReadAll(io.NewSectionReader(f, 0, 1<<62))
	if err != nil {
		return segmentRuns{}, false, fmt.Errorf("read store: %w", err)
	}
	if sr, ok, err = parseRuns(string(b), n); err != nil {
		return sr, ok, fmt.Errorf("read store %s: %w (re-run `reportbot ingest --replace`)", path, err)
	}
	return sr, ok, nil
}

// parseRuns parses the content of an indicator runs file of a segment of n chunks.
func parseRuns(b string, n int) (sr segmentRuns, ok bool, err error) {
	bad := func(what string) (segmentRuns, bool, error) {
		return segmentRuns{}, false, errors.New(what)
	}
	if strings.HasPrefix(b, oldRunsMagic) {
		return segmentRuns{}, false, nil // written before the rule was named
	}
	rest, isRuns := strings.CutPrefix(b, runsMagic)
	if !isRuns {
		return bad("not an indicator runs file of this version")
	}
	u := uvarints{rest}
	rule, ok := u.str()
	if !ok {
		return bad("damaged")
	}
	if rule != runsRule() {
		return segmentRuns{}, false, nil // lists made under another rule
	}
	count, ok := u.next()
	if !ok || count > uint64(len(u.rest)) {
		return bad("damaged")
	}
	sr = segmentRuns{n: n, lists: make(map[string]runList, count)}
	for range count {
		run, ok := u.str()
		if !ok {
			return bad("damaged")
		}
		m, ok1 := u.next()
		size, ok2 := u.next()
		if !ok1 || !ok2 || m > uint64(n) || size > uint64(len(u.rest)) || m > size {
			return bad("damaged")
		}
		sr.lists[run] = runList{int(m), u.rest[:size]}
		u.rest = u.rest[size:]
	}
	if len(u.rest) != 0 {
		return bad("trailing bytes")
	}
	return sr, true, nil
}

// passages decodes a run's list of the segment, appending the generation's chunk indices to ps.
func (sr segmentRuns) passages(l runList, ps []uint32) ([]uint32, error) {
	g := uvarints{l.gaps}
	p := uint64(0)
	for j := range l.count {
		gap, ok := g.next()
		// Compared before it is added: a gap near 2^64 would wrap p round to a passage before it.
		if !ok || gap >= uint64(sr.n)-p || j > 0 && gap == 0 {
			return ps, errors.New("damaged indicator runs list")
		}
		p += gap
		ps = append(ps, uint32(sr.first)+uint32(p))
	}
	return ps, nil
}

// IndicatorRunTable is a generation's per-indicator table (the indicator runs files of its
// segments, or one segment's runs: NewIndicatorRunTable).
type IndicatorRunTable struct {
	segs []segmentRuns
}

// Passages returns the generation's chunk indices of the passages some span of which holds run
// outside a ratio's measure, ascending; ok is false when run is not a run of every segment's
// table (then any passage may hold it), or its list is damaged.
func (t *IndicatorRunTable) Passages(run string) (ps []uint32, ok bool) {
	for _, sr := range t.segs {
		l, ok := sr.lists[run]
		if !ok {
			return nil, false
		}
		var err error
		if ps, err = sr.passages(l, ps); err != nil {
			return nil, false
		}
	}
	return ps, true
}

// NewIndicatorRunTable returns the table of one segment's runs (PassageRuns of its chunks).
func NewIndicatorRunTable(rs []RunPassages) *IndicatorRunTable {
	var b strings.Builder
	if err := writeRuns(&b, rs); err != nil {
		panic(err) // a strings.Builder does not fail
	}
	n := 0
	for _, x := range rs {
		if len(x.Passages) > 0 {
			n = max(n, int(x.Passages[len(x.Passages)-1])+1)
		}
	}
	sr, _, err := parseRuns(b.String(), n)
	if err != nil {
		panic(err)
	}
	return &IndicatorRunTable{segs: []segmentRuns{sr}}
}

// IndicatorRuns parses the generation's per-indicator table, once; nil (and no error) when a
// segment has no indicator runs file. The files' bytes were read with the generation
// (openSegments), so a generation whose segments a later writer has pruned from disk (`serve`
// still answering from it) reads its table as it would have before: the lists are parsed from
// those bytes, not looked up again by name (a file gone was "no table" for good, and every
// question over every report scanned every report), and the generation holds no open file
// per segment until a topic question comes.
func (g *Generation) IndicatorRuns() (*IndicatorRunTable, error) {
	g.runsOnce.Do(func() {
		g.runs, g.runsErr = g.readIndicatorRuns()
		g.dropRunData()
	})
	return g.runs, g.runsErr
}

func (g *Generation) readIndicatorRuns() (*IndicatorRunTable, error) {
	g.runDataMu.Lock()
	defer g.runDataMu.Unlock()
	if len(g.runData) != len(g.Segments) {
		return nil, nil // closed
	}
	t := &IndicatorRunTable{}
	for k, s := range g.Segments {
		b := g.runData[k]
		if b == nil {
			return nil, nil // a segment written before the table
		}
		sr, ok, err := parseRuns(*b, s.Chunks)
		if err != nil {
			return nil, fmt.Errorf("read store %s: %w (re-run `reportbot ingest --replace`)", s.File(runsFile), err)
		}
		if !ok {
			return nil, nil
		}
		sr.first = s.FirstChunk
		t.segs = append(t.segs, sr)
	}
	return t, nil
}

// readRunData reads each segment's indicator runs file (nil for a segment without one) and
// closes it: the bytes, not an open file, are what the generation keeps until the table is
// parsed.
func (g *Generation) readRunData() error {
	g.runData = make([]*string, len(g.Segments))
	for k := range g.Segments {
		b, err := os.ReadFile(g.Segments[k].File(runsFile))
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("read store: %w", err)
		}
		s := string(b)
		g.runData[k] = &s
	}
	return nil
}

// dropRunData lets go of the indicator runs files' bytes (once the table is parsed, or with the
// generation).
func (g *Generation) dropRunData() {
	g.runDataMu.Lock()
	defer g.runDataMu.Unlock()
	g.runData = nil
}
