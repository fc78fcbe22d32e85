package scale

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/zh"
)

// TestEvalSet checks a scaled question set over a small decade corpus: every form and both
// languages occur; every gold passage is verbatim in the generated file of its report and in no
// other report of the same place; questions say a year exactly when they should; and the set
// loads as the team's format.
func TestEvalSet(t *testing.T) {
	dir := t.TempDir()
	m, err := GenerateDecade(dir, Options{Places: 18, Years: 3, Seed: 4, SameName: 0.4})
	if err != nil {
		t.Fatal(err)
	}
	qs, err := EvalSet(m, EvalOptions{Seed: 4, Lookups: 30, Latest: 10, Ambiguous: 6, Compare: 10})
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, p := range m.Paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Base(p)] = zh.StripSpace(string(b))
	}
	// A place's other reports: by entity and city, the files of its other years.
	counts := map[string]int{}
	reYear := regexp.MustCompile(`20[0-9]{2}`)
	ids := map[string]bool{}
	for _, q := range qs {
		counts[q.Form]++
		counts[q.Lang]++
		if ids[q.ID] {
			t.Errorf("id %s twice", q.ID)
		}
		ids[q.ID] = true
		if len(q.Gold) == 0 || len(q.Sources) != len(q.Reports) || len(q.Places) != len(q.Reports) {
			t.Errorf("%s: %d gold, %d sources, %d reports, %d places", q.ID, len(q.Gold), len(q.Sources), len(q.Reports), len(q.Places))
			continue
		}
		for _, g := range q.Gold {
			found := false
			for _, s := range q.Sources {
				found = found || strings.Contains(files[s], zh.StripSpace(g))
			}
			if !found {
				t.Errorf("%s: gold %q is not in %v", q.ID, g, q.Sources)
			}
		}
		years := reYear.FindAllString(q.Q, -1)
		switch q.Form {
		case FormYear, FormAmbiguous, FormCompare:
			if len(years) != 1 || years[0] != strconv.Itoa(q.Year) {
				t.Errorf("%s: %q should name the year %d", q.ID, q.Q, q.Year)
			}
		case FormLatest:
			if len(years) != 0 || q.Year != 2023 {
				t.Errorf("%s: %q (year %d) should name no year and be answered from 2023", q.ID, q.Q, q.Year)
			}
		}
		if q.Type == "lookup" {
			// The gold passage is in no other year's report of the place.
			for _, r := range m.Reports {
				p := m.Places[r.Place]
				if p.Entity() == q.Places[0] && p.City == q.Cities[0] && r.Year != q.Year {
					if strings.Contains(files[r.Source], zh.StripSpace(q.Gold[0])) {
						t.Errorf("%s: gold %q is also in %s (%d)", q.ID, q.Gold[0], r.Source, r.Year)
					}
				}
			}
		}
		if q.Form == FormAmbiguous {
			for i := range q.Cities {
				if !contains(q.Entities, q.Cities[i]) || !contains(q.Entities, q.Provinces[i]) {
					t.Errorf("%s: entities %v lack %s %s", q.ID, q.Entities, q.Cities[i], q.Provinces[i])
				}
			}
			if len(q.Reports) < 2 {
				t.Errorf("%s: an ambiguous name with %d candidates", q.ID, len(q.Reports))
			}
		}
		if q.Form == FormCompare && len(q.Gold) < 2 {
			t.Errorf("%s: a comparison of %d reports", q.ID, len(q.Gold))
		}
	}
	for _, k := range []string{FormYear, FormLatest, FormAmbiguous, FormCompare, "en", "zh"} {
		if counts[k] == 0 {
			t.Errorf("no %s questions (%v)", k, counts)
		}
	}
	if counts[FormYear] < 25 {
		t.Errorf("%d year lookups, want about 30", counts[FormYear])
	}
	var buf bytes.Buffer
	if err := WriteEval(&buf, qs); err != nil {
		t.Fatal(err)
	}
	// The team's format (ingest may not import retrieval/eval): the fields it reads, typed.
	for i, line := range bytes.Split(bytes.TrimSpace(buf.Bytes()), []byte("\n")) {
		var q struct {
			ID, Lang, Type, Q string
			Reports           []int
			Gold, Entities    []string
		}
		if err := json.Unmarshal(line, &q); err != nil || q.ID == "" || q.Q == "" || (q.Type != "lookup" && q.Type != "aggregate") {
			t.Fatalf("line %d is not a question of the team's format: %v %s", i+1, err, line)
		}
	}
	// Deterministic for a seed.
	again, err := EvalSet(m, EvalOptions{Seed: 4, Lookups: 30, Latest: 10, Ambiguous: 6, Compare: 10})
	if err != nil {
		t.Fatal(err)
	}
	var buf2 bytes.Buffer
	buf.Reset()
	_ = WriteEval(&buf, qs)
	_ = WriteEval(&buf2, again)
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Error("two runs with one seed wrote different sets")
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
