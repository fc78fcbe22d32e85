package retrieval_test

import (
	"context"
	"slices"
	"strconv"
	"sync"
	"testing"

	"github.com/reportbot/reportbot/ingest"
	"github.com/reportbot/reportbot/ingest/scale"
	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/retrieval"
)

var decade struct {
	once sync.Once
	ix   *retrieval.Index
	m    *scale.Manifest
	err  error
}

// decadeIndex is the index of a small decade corpus: 12 places over 3 years, some of them
// sharing a name with a place in another city.
func decadeIndex(tb testing.TB) (*retrieval.Index, *scale.Manifest) {
	tb.Helper()
	decade.once.Do(func() {
		dir := tb.TempDir()
		decade.m, decade.err = scale.GenerateDecade(dir, scale.Options{Places: 12, Years: 3, SameName: 0.4, Seed: 7})
		if decade.err != nil {
			return
		}
		emb := ingest.EmbedderFunc(embed.LocalName, embed.LocalDim, embed.Local(embed.LocalDim))
		snap, _, err := ingest.Build(context.Background(), decade.m.Paths, ingest.Options{Embedder: emb})
		if err != nil {
			decade.err = err
			return
		}
		decade.ix, decade.err = retrieval.NewIndex(snap, embed.LocalName, embed.LocalDim, embed.Local(embed.LocalDim))
	})
	if decade.err != nil {
		tb.Fatal(decade.err)
	}
	return decade.ix, decade.m
}

func TestSearchSelectsYearLatestAndCandidates(t *testing.T) {
	ix, m := decadeIndex(t)
	var unique, shared scale.Place
	for _, p := range m.Places {
		switch {
		case p.SharesName && shared.Name == "":
			shared = p
		case !p.SharesName && unique.Name == "" && !slices.ContainsFunc(m.Places, func(q scale.Place) bool { return q.Name == p.Name && q.City != p.City }):
			unique = p
		}
	}
	if unique.Name == "" || shared.Name == "" {
		t.Fatalf("the corpus lacks a unique and a shared name: %+v", m.Places)
	}
	search := func(q string) retrieval.Result {
		t.Helper()
		res, err := ix.Search(context.Background(), retrieval.Analyze(q, ix), 10)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	years := func(res retrieval.Result) []int {
		var ys []int
		for _, k := range res.Scope {
			r, _ := ix.Report(k)
			if !slices.Contains(ys, r.Year) {
				ys = append(ys, r.Year)
			}
		}
		return ys
	}

	// A place and a year: that year's report only.
	res := search(unique.Entity() + "2021年一般公共预算收入是多少?")
	if got := years(res); !slices.Equal(got, []int{2021}) {
		t.Errorf("place and year 2021: scope years %v", got)
	}
	if res.Selection.Year != 0 || len(res.Selection.Candidates) > 0 {
		t.Errorf("place and year: selection %+v, want none", res.Selection)
	}
	// A place alone: its latest report, the others named.
	res = search(unique.Entity() + "一般公共预算收入是多少?")
	if got := years(res); !slices.Equal(got, []int{2023}) {
		t.Errorf("place alone: scope years %v, want the latest", got)
	}
	if res.Selection.Year != 2023 || !slices.Equal(res.Selection.OtherYears, []int{2021, 2022}) {
		t.Errorf("place alone: selection %+v", res.Selection)
	}
	// A shared name: one report per place, listed as candidates.
	res = search(shared.Entity() + "一般公共预算收入是多少?")
	if len(res.Selection.Candidates) < 2 {
		t.Fatalf("shared name %s: candidates %v", shared.Entity(), res.Selection.Candidates)
	}
	var cities []string
	for _, k := range res.Selection.Candidates {
		r, _ := ix.Report(k)
		if r.Entity != shared.Entity() || r.Year != 2023 {
			t.Errorf("candidate %+v: want %s's 2023 report", r, shared.Entity())
		}
		cities = append(cities, r.City)
	}
	if !slices.Contains(cities, shared.City) {
		t.Errorf("candidates' cities %v lack %s", cities, shared.City)
	}
	// The shared name with its city: that place only.
	res = search(shared.City + shared.Entity() + strconv.Itoa(2022) + "年一般公共预算收入是多少?")
	if len(res.Selection.Candidates) > 0 {
		t.Errorf("name with city: candidates %v", res.Selection.Candidates)
	}
	for _, k := range res.Scope {
		if r, _ := ix.Report(k); r.City != shared.City || r.Year != 2022 {
			t.Errorf("name with city and year: scope holds %s %s %d", r.Entity, r.City, r.Year)
		}
	}
}
