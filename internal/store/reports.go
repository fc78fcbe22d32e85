package store

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/reportbot/reportbot/internal/corpus"
)

// The reports file (reports.bin) holds the report profiles. Every process reads it whole (place
// and year matching need every profile), so, like the facts file, it is a pass over varints whose
// strings point into the one buffer read from disk, not JSON to parse. Layout: "RBREP001", count
// (uvarint), then per report Source, Title, Entity, Level, City, Province (uvarint length +
// bytes), Report, Year, ReviewYear, PlanYear, Chunks, Paragraphs (varints), then Places and
// Evidence, each as a count plus one (0: nil) followed by the strings.
const reportsMagic = "RBREP001"

var errReportsFormat = errors.New("reports file is not of this version")

func reportStrings(r *corpus.Report) [6]*string {
	return [6]*string{&r.Source, &r.Title, &r.Entity, &r.Level, &r.City, &r.Province}
}

func reportInts(r *corpus.Report) [6]*int {
	return [6]*int{&r.Report, &r.Year, &r.ReviewYear, &r.PlanYear, &r.Chunks, &r.Paragraphs}
}

// writeReports writes reports to w.
func writeReports(w io.Writer, reports []corpus.Report) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.WriteString(reportsMagic)
	b := binary.AppendUvarint(nil, uint64(len(reports)))
	str := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	for _, r := range reports {
		for _, s := range reportStrings(&r) {
			str(*s)
		}
		for _, v := range reportInts(&r) {
			b = binary.AppendVarint(b, int64(*v))
		}
		for _, list := range [][]string{r.Places, r.Evidence} {
			if list == nil {
				b = binary.AppendUvarint(b, 0)
				continue
			}
			b = binary.AppendUvarint(b, uint64(len(list))+1)
			for _, s := range list {
				str(s)
			}
		}
		if len(b) > 1<<20 {
			bw.Write(b)
			b = b[:0]
		}
	}
	bw.Write(b)
	return bw.Flush()
}

// readReports reads the reports file at path.
func readReports(path string) ([]corpus.Report, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read store: %w (re-run `reportbot ingest`)", err)
	}
	rs, err := parseReports(b)
	if err != nil {
		return nil, fmt.Errorf("read store %s: %w (re-run `reportbot ingest`)", path, err)
	}
	return rs, nil
}

// parseReports decodes reports whose strings share b's memory: b must never change afterwards.
func parseReports(b []byte) ([]corpus.Report, error) {
	if len(b) < len(reportsMagic) || string(b[:len(reportsMagic)]) != reportsMagic {
		return nil, errReportsFormat
	}
	r := recordReader{b: b[len(reportsMagic):]}
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		return nil, fmt.Errorf("%w: %d reports in %d bytes", errReportsFormat, n, len(r.b))
	}
	out := make([]corpus.Report, n)
	for i := range out {
		rep := &out[i]
		for _, s := range reportStrings(rep) {
			*s = r.shared()
		}
		for _, v := range reportInts(rep) {
			*v = int(r.varint())
		}
		for _, list := range []*[]string{&rep.Places, &rep.Evidence} {
			m := r.uvarint()
			if m == 0 {
				continue
			}
			if m-1 > uint64(len(r.b)) {
				return nil, fmt.Errorf("%w: report %d is damaged", errReportsFormat, i)
			}
			*list = make([]string, m-1)
			for j := range *list {
				(*list)[j] = r.shared()
			}
		}
		if r.err {
			return nil, fmt.Errorf("%w: report %d is damaged", errReportsFormat, i)
		}
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d bytes after the last report", errReportsFormat, len(r.b))
	}
	return out, nil
}

func (r *recordReader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.err = true
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return v
}
