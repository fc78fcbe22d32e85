package scale

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/reportbot/reportbot/ingest"
	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/zh"
)

// Question forms of a scaled question set.
const (
	// FormYear names a place and a year: the answer comes from that year's report.
	FormYear = "year"
	// FormLatest names a place alone: the answer comes from its latest report and says the year.
	FormLatest = "latest"
	// FormAmbiguous names a place whose name several places share: the answer lists them with
	// their city and province.
	FormAmbiguous = "ambiguous"
	// FormCompare compares one indicator across the reports of one year.
	FormCompare = "compare"
)

// Question is one question of a scaled set: the team's format (id, lang, type, q, reports,
// gold, entities; see the shared eval README) with fields saying what the generator knows.
type Question struct {
	ID       string   `json:"id"`
	Lang     string   `json:"lang"`
	Type     string   `json:"type"`
	Q        string   `json:"q"`
	Reports  []int    `json:"reports"`
	Gold     []string `json:"gold"`
	Entities []string `json:"entities,omitempty"`

	// Form is one of the Form constants.
	Form string `json:"form"`
	// Sources are the files of Reports, one for each.
	Sources []string `json:"sources"`
	// Year is the year the answer comes from (for FormLatest, the latest year).
	Year int `json:"year"`
	// Places are the places the answer is about ("桂川镇"), with their cities and provinces.
	Places    []string `json:"places"`
	Cities    []string `json:"cities"`
	Provinces []string `json:"provinces"`
	// Indicator, Kind and Measure say which fact the gold passages state.
	Indicator string `json:"indicator"`
	Kind      string `json:"kind"`
	Measure   string `json:"measure"`
}

// EvalOptions say how many questions of each form EvalSet writes (fewer when the corpus cannot
// give that many distinct ones).
type EvalOptions struct {
	Seed                                uint64
	Lookups, Latest, Ambiguous, Compare int
}

// WriteEval writes questions as JSON lines.
func WriteEval(w io.Writer, qs []Question) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, q := range qs {
		if err := enc.Encode(q); err != nil {
			return fmt.Errorf("scale: %w", err)
		}
	}
	return nil
}

// parsedReport is one report of a decade corpus as ingest parses it.
type parsedReport struct {
	Report
	text   string // the report's chunks, whitespace removed, joined by "\x00"
	chunks map[string]string
	facts  []corpus.Fact
}

// evalCorpus is a parsed decade corpus.
type evalCorpus struct {
	m       *Manifest
	reports []parsedReport
	byPlace map[int][]int // place → report indexes, oldest first
	byTpl   map[int][]int // template → report indexes
	byYear  map[int][]int
}

// parseCorpus reads the manifest's files back and parses them as ingest does.
func parseCorpus(m *Manifest) (*evalCorpus, error) {
	ec := &evalCorpus{m: m, byPlace: map[int][]int{}, byTpl: map[int][]int{}, byYear: map[int][]int{}}
	next := 0
	for _, path := range m.Paths {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("scale: %w", err)
		}
		name := filepath.Base(path)
		doc, err := ingest.ReadBytes(name, b)
		if err != nil {
			return nil, fmt.Errorf("scale: %s: %w", name, err)
		}
		p, err := ingest.Parse(doc, name, ingest.DefaultChunkChars)
		if err != nil {
			return nil, fmt.Errorf("scale: %s: %w", name, err)
		}
		for _, r := range p.Reports {
			if next >= len(m.Reports) || m.Reports[next].Source != name || m.Reports[next].Ordinal != r.Report {
				return nil, fmt.Errorf("scale: %s report %d is not the one the manifest lists: was the corpus generated with other options?", name, r.Report)
			}
			pr := parsedReport{Report: m.Reports[next], chunks: map[string]string{}}
			var all []string
			for _, c := range p.Chunks {
				if c.Report == r.Report {
					s := zh.StripSpace(c.Text)
					pr.chunks[c.ID] = s
					all = append(all, s)
				}
			}
			pr.text = strings.Join(all, "\x00")
			for _, f := range p.Facts {
				if f.Report == r.Report && (f.Measure == facts.MeasureGrowth || f.Measure == facts.MeasureAmount) && f.ValueText != "" {
					pr.facts = append(pr.facts, f)
				}
			}
			i := len(ec.reports)
			ec.reports = append(ec.reports, pr)
			ec.byPlace[pr.Place] = append(ec.byPlace[pr.Place], i)
			ec.byTpl[m.Places[pr.Place].Template] = append(ec.byTpl[m.Places[pr.Place].Template], i)
			ec.byYear[pr.Year] = append(ec.byYear[pr.Year], i)
			next++
		}
	}
	if next != len(m.Reports) {
		return nil, fmt.Errorf("scale: parsed %d reports, the manifest lists %d", next, len(m.Reports))
	}
	for _, is := range ec.byPlace {
		sort.Slice(is, func(a, b int) bool { return ec.reports[is[a]].Year < ec.reports[is[b]].Year })
	}
	return ec, nil
}

// clauseBreak ends a clause: ASCII and full-width , ; : ! ? and 。.
const clauseBreak = ",;:!?\u3002\uff0c\uff1b\uff1a\uff01\uff1f"

// gold returns a verbatim passage of fact f of report ri that one chunk holds and no other
// report of the same template contains (so a citation holding it is from that report), or "".
func (ec *evalCorpus) gold(ri int, f corpus.Fact) string {
	r := ec.reports[ri]
	chunk := r.chunks[f.ChunkID]
	sent := zh.StripSpace(f.Sentence)
	for _, cand := range goldCandidates(sent, f) {
		if !strings.Contains(chunk, cand) {
			continue
		}
		unique := true
		for _, j := range ec.byTpl[ec.m.Places[r.Place].Template] {
			if j != ri && strings.Contains(ec.reports[j].text, cand) {
				unique = false
				break
			}
		}
		if unique {
			return cand
		}
	}
	return ""
}

// goldCandidates returns passages of sent stating f, shortest first: the clause holding the
// value (from the clause naming the indicator), then with the next clause, then the sentence.
func goldCandidates(sent string, f corpus.Fact) []string {
	rs := []rune(sent)
	var bounds []int // clause starts, in runes
	bounds = append(bounds, 0)
	for i, c := range rs {
		if strings.ContainsRune(clauseBreak, c) && i+1 < len(rs) {
			bounds = append(bounds, i+1)
		}
	}
	bounds = append(bounds, len(rs)+1)
	clause := func(k int) string { return string(rs[bounds[k] : bounds[k+1]-1]) }
	n := len(bounds) - 1
	at := -1
	for k := range n {
		if strings.Contains(clause(k), f.ValueText) {
			at = k
			break
		}
	}
	if at < 0 {
		return nil
	}
	from := at
	for from > 0 && !strings.Contains(string(rs[bounds[from]:bounds[at+1]-1]), f.Wording) && at-from < 2 {
		from--
	}
	span := func(a, b int) string { return strings.TrimRight(string(rs[bounds[a]:bounds[b+1]-1]), clauseBreak) }
	var out []string
	if s := span(from, at); len([]rune(s)) >= 8 {
		out = append(out, s)
	}
	if at+1 < n {
		out = append(out, span(from, at+1))
	}
	if from > 0 {
		out = append(out, span(from-1, at))
	}
	return append(out, strings.TrimRight(sent, clauseBreak))
}

// factKey names a fact's indicator, kind and measure.
func factKey(f corpus.Fact) string { return f.Indicator + "|" + f.Kind + "|" + f.Measure }

// goldFact is a fact of a report with its gold passage.
type goldFact struct {
	f    corpus.Fact
	gold string
}

// candidates returns the facts of report ri, one per indicator, kind and measure (the first
// stated), in order.
func (ec *evalCorpus) candidates(ri int) []corpus.Fact {
	var out []corpus.Fact
	seen := map[string]bool{}
	for _, f := range ec.reports[ri].facts {
		if k := factKey(f); !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	return out
}

// EvalSet writes a question set over the decade corpus m describes (its files must exist):
// opts.Lookups questions naming a place and a year, opts.Latest naming a place alone,
// opts.Ambiguous naming a place whose name several places share, and opts.Compare comparing
// places in one year; English and Chinese alternate at random. Gold passages are verbatim
// (whitespace removed) and unique to the report they come from among the reports made from the
// same bundled report.
func EvalSet(m *Manifest, opts EvalOptions) ([]Question, error) {
	if m == nil || len(m.Reports) == 0 {
		return nil, errors.New("scale: EvalSet needs a decade corpus")
	}
	ec, err := parseCorpus(m)
	if err != nil {
		return nil, err
	}
	g := &evalGen{ec: ec, rng: rand.New(rand.NewPCG(opts.Seed, 0xe7a1)), cands: map[int][]corpus.Fact{}, golds: map[string]string{}, used: map[string]bool{}}
	g.add(FormYear, opts.Lookups, g.yearQuestion)
	g.add(FormLatest, opts.Latest, g.latestQuestion)
	g.add(FormAmbiguous, opts.Ambiguous, g.ambiguousQuestion)
	g.add(FormCompare, opts.Compare, g.compareQuestion)
	return g.out, nil
}
