package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/lexical"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
)

// The figures file (figures.bin) is a segment's per-passage table of stated figures: for each
// passage, by sentence and heading, every figure (num.FindWith with Ungrouped, on normalised text, as retrieval's
// threshold test reads a span: Plan.meetsThreshold) that a span of it may state — its
// sentences, its section's headings, and the figures a lead that does not end a clause makes
// with a sentence after it (a heading's or unfinished sentence's last characters and the next
// one's first: 12个 | 项目 is a count of projects). A span that joins a lead to the next
// passage's first statement states that passage's figures as well, so a reader takes a
// passage's figures with its next passage's (FigureTable.Values of both).
//
// A threshold list ("Which towns target revenue growth of at least 8%?",
// 一般公共预算收入增长超过8%的有哪些) looks, in each report whose best span meets no number, for
// the best span that does (retrieval's meetingBest): a passage none of whose figures meets the
// number has no such span, and a report none of whose passages has one is a near miss without
// a second reading (retrieval/figuretable.go).
//
// It is written with the segment (a SegmentFiles writer), so ingest, add, replace, remove and
// compaction write it; a generation with a segment written before it has no table
// (Generation.Figures returns nil), and the lists read every passage as before. The figures
// depend on how num reads them: the file names its rule (figuresRule, with a fingerprint of
// num's reading of sample figures), and a table of another rule is no table.
//
// Layout: "RBFIG002", uvarint length of the rule and its bytes; uvarint shapes and each shape
// (uvarint length and bytes of its multiplier, scale, unit, noun and qualifier, then a byte:
// 1 when approximate); uvarint passages, then passages+1 little-endian uint32 offsets into the
// data that follows; per passage: uvarint sentences, uvarint headings, then a list per sentence,
// one per heading and one of its joins (Figures), each a uvarint count of figures and per figure
// its shape (uvarint) and its number (uvarint length and its shortest decimal text, strconv 'g'
// -1). A reader reads one passage's lists without the others (FigureTable.Lists).
const (
	figuresFile  = "figures.bin"
	figuresMagic = "RBFIG002"
	// figureSpans names how passageFigures reads a passage's spans: change it with
	// passageFigures.
	figureSpans = "figures 1"
	// joinRunes is how many characters of each side of a join are read for the figures the
	// join makes: more than any figure, its unit and its noun.
	joinRunes = 24
)

// figureSamples are figures whose reading by num makes part of the rule (figuresRule): a
// change to how num reads figures changes it, and stores written before are no table.
const figureSamples = "增长8%左右;14.2亿元;12个项目;1.6万套;百分之十;3个百分点以上;10余家;2万余人;47亿元以内;US$4.7 billion;第一名;超千万元;50-60亿元;1,234;5.5万平方米;三万元;两个"

// figuresRule is what a figures table depends on besides its layout (see above).
var figuresRule = sync.OnceValue(func() string {
	var b strings.Builder
	b.WriteString(figureSpans)
	for _, v := range findFigures(figureSamples) {
		fmt.Fprintf(&b, "|%s", figureKey(v))
	}
	return b.String()
})

func init() {
	SegmentFiles = append(SegmentFiles, SegmentFile{Name: figuresFile, Write: func(w io.Writer, d *SegmentData) error {
		return writeFigures(w, PassageFigures(d.Chunks))
	}})
}

// findFigures is the reading of a text's figures the table holds: retrieval's threshold test's.
func findFigures(text string) []num.Value {
	return num.FindWith(lexical.Normalize(text), num.Options{Ungrouped: true})
}

// figureShape is what a figure's test against a threshold reads besides its number.
type figureShape struct {
	Multiplier, Scale, Unit, Noun, Qualifier string
	Approx                                   bool
}

func shapeOf(v num.Value) figureShape {
	return figureShape{v.Multiplier, strconv.FormatFloat(v.Scale, 'g', -1, 64), v.Unit, v.Noun, v.Qualifier, v.Approx}
}

// figureKey is a figure as the table keeps it (its shape and number).
func figureKey(v num.Value) string {
	s := shapeOf(v)
	return fmt.Sprintf("%s/%s/%s/%s/%s/%v/%s", s.Multiplier, s.Scale, s.Unit, s.Noun, s.Qualifier, s.Approx, strconv.FormatFloat(v.Number, 'g', -1, 64))
}

// Figures is one passage's figures as a span reads them (num.FindWith on normalised text, each
// once per list, in order of appearance).
type Figures struct {
	// Sentences are the figures of each sentence of the passage (zh.Sentences of its text).
	Sentences [][]num.Value
	// Heads are the figures of each of its headings (its Section).
	Heads [][]num.Value
	// Joins are the figures a lead makes with a statement after it that neither states alone.
	Joins []num.Value
}

// PassageFigures returns the figures a span of each of chunks (in store order: each report's
// contiguous and in reading order) may state (see the file's comment); a reader adds the next
// passage's.
func PassageFigures(chunks []corpus.Chunk) []Figures {
	out := make([]Figures, len(chunks))
	for i, c := range chunks {
		var next string
		if i+1 < len(chunks) && chunks[i+1].Key() == c.Key() {
			next = chunks[i+1].Text
		}
		out[i] = passageFigures(c.Text, c.Section, next)
	}
	return out
}

// passageFigures is PassageFigures of one passage: its text, its headings and the next
// passage's text ("" when none).
func passageFigures(text string, heads []string, next string) Figures {
	var f Figures
	sents := zh.Sentences(text)
	// A span's text is its lead and its statement joined (retrieval's spans): a lead may run
	// into the statement after it, a heading of the passage's section or one of its sentences
	// into one of its sentences or the next passage's first statement.
	var leads []string
	for _, s := range sents {
		vs := findFigures(s)
		f.Sentences = append(f.Sentences, distinct(vs))
		if mayJoin(s, vs) {
			leads = append(leads, s)
		}
	}
	for _, h := range heads {
		vs := findFigures(h)
		f.Heads = append(f.Heads, distinct(vs))
		if mayJoin(h, vs) {
			leads = append(leads, h)
		}
	}
	if len(leads) == 0 {
		return f
	}
	firsts := append(slices.Clone(sents), zh.Sentences(next)...)
	var joins []num.Value
	for _, l := range leads {
		// Only a figure that starts in the lead and is none of the lead's own is new: one that
		// starts in the statement is the statement's own (or, glued to the lead, none).
		tail := lastRunes(l, joinRunes)
		own := map[string]bool{}
		for _, v := range findFigures(tail) {
			own[figureKey(v)] = true
		}
		nt := lexical.Normalize(tail)
		for _, s := range firsts {
			if strings.TrimSpace(s) == "" {
				continue
			}
			joined := tail + firstRunes(s, joinRunes)
			whole := !strings.HasPrefix(lexical.Normalize(joined), nt) // normalised apart: keep all
			for _, v := range findFigures(joined) {
				if whole || v.Start < len(nt) && !own[figureKey(v)] {
					joins = append(joins, v)
				}
			}
		}
	}
	f.Joins = distinct(joins)
	return f
}

// distinct returns vs with each figure (figureKey) once.
func distinct(vs []num.Value) []num.Value {
	seen := map[string]bool{}
	var out []num.Value
	for _, v := range vs {
		if k := figureKey(v); !seen[k] {
			seen[k] = true
			out = append(out, v)
		}
	}
	return out
}

// mayJoin reports whether a lead (l, whose figures are vs) may make, with a statement after it,
// a figure neither states alone: when a figure ends the lead, whose unit, noun or qualifier the
// statement may go on with (12个 | 项目: twelve projects), or when the lead ends in what num reads
// before a number (a digit, a numeral, a Latin letter, a decimal point, 第, 之 …). Else the join
// is a character no figure reads across, and the statement's figures are its own.
func mayJoin(l string, vs []num.Value) bool {
	norm := strings.TrimRightFunc(lexical.Normalize(l), unicode.IsSpace)
	if norm == "" || endsClause(norm) {
		return false
	}
	for _, v := range vs {
		if max(v.End, v.QualEnd) >= len(norm) {
			return true
		}
	}
	r, _ := utf8.DecodeLastRuneInString(norm)
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(".$%-+/", r)) ||
		unicode.IsDigit(r) || strings.ContainsRune("零〇一二两三四五六七八九十百千万亿兆点数几第之分余多约近超逾¥￥", r)
}

// endsClause reports whether s ends on punctuation after which no figure continues: a
// sentence's end, a clause's, or a closing bracket or quote.
func endsClause(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r != utf8.RuneError && strings.ContainsRune("。！？；!?;，,、：:”’\"'）)」』】》", r)
}

// writeFigures writes a figures file under this build's rule.
func writeFigures(w io.Writer, figs []Figures) error {
	shapeID := map[figureShape]int{}
	var shapes []figureShape
	var data []byte
	list := func(vs []num.Value) {
		data = binary.AppendUvarint(data, uint64(len(vs)))
		for _, v := range vs {
			s := shapeOf(v)
			id, ok := shapeID[s]
			if !ok {
				id = len(shapes)
				shapeID[s] = id
				shapes = append(shapes, s)
			}
			data = binary.AppendUvarint(data, uint64(id))
			data = appendString(data, strconv.FormatFloat(v.Number, 'g', -1, 64))
		}
	}
	offs := make([]byte, 0, 4*(len(figs)+1))
	for _, f := range figs {
		offs = binary.LittleEndian.AppendUint32(offs, uint32(len(data)))
		data = binary.AppendUvarint(data, uint64(len(f.Sentences)))
		data = binary.AppendUvarint(data, uint64(len(f.Heads)))
		for _, vs := range f.Sentences {
			list(vs)
		}
		for _, vs := range f.Heads {
			list(vs)
		}
		list(f.Joins)
	}
	offs = binary.LittleEndian.AppendUint32(offs, uint32(len(data)))
	if uint64(len(data)) > 1<<32-1 {
		return errors.New("write figures: segment too large")
	}
	b := []byte(figuresMagic)
	b = appendString(b, figuresRule())
	b = binary.AppendUvarint(b, uint64(len(shapes)))
	for _, s := range shapes {
		for _, f := range []string{s.Multiplier, s.Scale, s.Unit, s.Noun, s.Qualifier} {
			b = appendString(b, f)
		}
		approx := byte(0)
		if s.Approx {
			approx = 1
		}
		b = append(b, approx)
	}
	b = binary.AppendUvarint(b, uint64(len(figs)))
	b = append(b, offs...)
	b = append(b, data...)
	_, err := w.Write(b)
	return err
}
