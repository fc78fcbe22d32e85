package scale

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/data"
	"github.com/reportbot/reportbot/ingest"
)

// parseFile parses one generated file as ingest does.
func parseFile(t *testing.T, path string) *ingest.Parsed {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ingest.ReadBytes(filepath.Base(path), b)
	if err != nil {
		t.Fatal(err)
	}
	p, err := ingest.Parse(doc, filepath.Base(path), ingest.DefaultChunkChars)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// reportText joins the chunks of report n of p.
func reportText(p *ingest.Parsed, n int) string {
	var b strings.Builder
	for _, c := range p.Chunks {
		if c.Report == n {
			b.WriteString(c.Text)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// yearsIn lists the years s names, in order.
func yearsIn(s string) []int {
	var out []int
	for i := 0; i+4 <= len(s); i++ {
		if s[i] == '2' && s[i+1] == '0' && isYearAt(s, i) {
			y, _ := strconv.Atoi(s[i : i+4])
			out = append(out, y)
		}
	}
	return out
}

func TestDecadeDeterministic(t *testing.T) {
	opts := Options{Places: 11, Years: 2, Seed: 5, SameName: 0.4}
	m1, err := GenerateDecade(t.TempDir(), opts)
	if err != nil {
		t.Fatal(err)
	}
	m2, err := GenerateDecade(t.TempDir(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(m1.Places, m2.Places) || !reflect.DeepEqual(m1.Reports, m2.Reports) {
		t.Fatal("two runs with one seed planned different corpora")
	}
	for i := range m1.Paths {
		a, _ := os.ReadFile(m1.Paths[i])
		b, _ := os.ReadFile(m2.Paths[i])
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Fatalf("%s differs between runs with one seed", filepath.Base(m1.Paths[i]))
		}
	}
	m3, err := Plan("", Options{Places: 11, Years: 2, Seed: 6, SameName: 0.4})
	if err != nil {
		t.Fatal(err)
	}
	if reflect.DeepEqual(m1.Places, m3.Places) {
		t.Error("another seed planned the same places")
	}
}

// TestDecadeShape checks that every report profiles as the place and year the manifest says,
// that each report shifts all the years its template names by one amount, and that a place's
// figures differ from year to year.
func TestDecadeShape(t *testing.T) {
	m, err := GenerateDecade(t.TempDir(), Options{Places: 12, Years: 3, LastYear: 2023, Seed: 2, SameName: 0.3})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Paths) != 6 || len(m.Reports) != 36 {
		t.Fatalf("got %d files and %d reports, want 6 and 36", len(m.Paths), len(m.Reports))
	}
	orig, err := ingest.Parse(mustRead(t), data.CorpusName, ingest.DefaultChunkChars)
	if err != nil {
		t.Fatal(err)
	}
	texts := map[[2]int]string{} // place, year → report text
	next := 0
	for _, path := range m.Paths {
		p := parseFile(t, path)
		for _, r := range p.Reports {
			want := m.Reports[next]
			next++
			pl := m.Places[want.Place]
			if r.Report != want.Ordinal || r.Entity != pl.Entity() || r.Year != want.Year || r.City != pl.City || r.Province != pl.Province {
				t.Errorf("%s report %d profiles as %s %d %s %s, want %s %d %s %s", r.Source, r.Report,
					r.Entity, r.Year, r.City, r.Province, pl.Entity(), want.Year, pl.City, pl.Province)
			}
			text := reportText(p, r.Report)
			texts[[2]int{want.Place, want.Year}] = text
			tplYears := yearsIn(reportText(orig, pl.Template))
			got := yearsIn(text)
			if len(got) != len(tplYears) || len(got) == 0 {
				t.Errorf("%s report %d names %d years, its template %d", r.Source, r.Report, len(got), len(tplYears))
				continue
			}
			for i := range got {
				if got[i]-tplYears[i] != want.Year-templateYear {
					t.Errorf("%s report %d: year %d where the template says %d (report year %d)", r.Source, r.Report, got[i], tplYears[i], want.Year)
					break
				}
			}
			if !strings.Contains(text, strconv.Itoa(want.Year)+"年") {
				t.Errorf("%s report %d never names %d年", r.Source, r.Report, want.Year)
			}
		}
	}
	for pi := range m.Places {
		a, b := texts[[2]int{pi, 2021}], texts[[2]int{pi, 2022}]
		if a == "" || b == "" {
			t.Fatalf("place %d lacks a report", pi)
		}
		if shiftYears(a, 1) == b {
			t.Errorf("place %d: the 2021 and 2022 reports state the same figures", pi)
		}
	}
}

func mustRead(t *testing.T) *ingest.Document {
	t.Helper()
	doc, err := ingest.ReadBytes(data.CorpusName, data.Corpus)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestDecadeSameName checks that places sharing a name are in different cities and that their
// reports name their own city and province, so that profiles tell them apart.
func TestDecadeSameName(t *testing.T) {
	m, err := GenerateDecade(t.TempDir(), Options{Places: 27, Years: 1, Seed: 3, SameName: 0.5})
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string][]int{}
	for i, p := range m.Places {
		byName[p.Entity()] = append(byName[p.Entity()], i)
	}
	shared := 0
	for name, ps := range byName {
		if len(ps) < 2 {
			if m.Places[ps[0]].SharesName {
				t.Errorf("%s is marked as sharing its name", name)
			}
			continue
		}
		shared++
		cities := map[string]bool{}
		for _, i := range ps {
			if !m.Places[i].SharesName {
				t.Errorf("%s (place %d) is not marked as sharing its name", name, i)
			}
			if cities[m.Places[i].City] {
				t.Errorf("two places named %s in %s", name, m.Places[i].City)
			}
			cities[m.Places[i].City] = true
		}
	}
	if shared == 0 {
		t.Fatal("no two places share a name")
	}
	profiled := map[string]map[string]bool{} // entity → cities the profiles give
	for _, path := range m.Paths {
		for _, r := range parseFile(t, path).Reports {
			if profiled[r.Entity] == nil {
				profiled[r.Entity] = map[string]bool{}
			}
			profiled[r.Entity][r.City+"/"+r.Province] = true
		}
	}
	for name, ps := range byName {
		if len(profiled[name]) != len(ps) {
			t.Errorf("%d places are named %s, their reports profile in %d cities: %v", len(ps), name, len(profiled[name]), profiled[name])
		}
	}
}

func TestShiftYears(t *testing.T) {
	for _, tc := range []struct {
		in   string
		d    int
		want string
	}{
		{"一、2023年工作回顾", -4, "一、2019年工作回顾"},
		{"预计2023年,2024年", -1, "预计2022年,2023年"},
		{"发布时间:2023-12-09 10:45", 2, "发布时间:2025-12-09 10:45"},
		{"投资2045万元,超2000个,12023年,3.2023年", -3, "投资2045万元,超2000个,12023年,3.2023年"},
		{"2045年远景", -1, "2045年远景"},
	} {
		if got := shiftYears(tc.in, tc.d); got != tc.want {
			t.Errorf("shiftYears(%q, %d) = %q, want %q", tc.in, tc.d, got, tc.want)
		}
	}
}

func TestDecadeOptions(t *testing.T) {
	for _, o := range []Options{{Places: 3, Years: -1}, {Places: 3, SameName: 1.5}} {
		if _, err := Plan("", o); err == nil {
			t.Errorf("Plan(%+v) accepted bad options", o)
		}
	}
	m, err := Plan("d", Options{Places: 10})
	if err != nil {
		t.Fatal(err)
	}
	// Ten places fill one cohort and a second of one report; ten years each.
	if len(m.Paths) != 20 || len(m.Reports) != 100 || m.Reports[0].Year != 2014 || m.Reports[len(m.Reports)-1].Year != 2023 {
		t.Errorf("got %d files, %d reports, years %d…%d", len(m.Paths), len(m.Reports), m.Reports[0].Year, m.Reports[len(m.Reports)-1].Year)
	}
}
