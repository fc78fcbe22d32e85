// Command gen writes a scaled benchmark corpus (see package scale) into a directory: copies of
// the bundled page, or with -places a decade corpus (the same places over several years, some
// sharing a name), optionally with a question set whose answers it knows:
//
//	go run ./ingest/scale/gen -copies 100 -seed 1 -keep-original DIR
//	go run ./ingest/scale/gen -places 90 -years 10 -same-name 0.1 -eval DIR.jsonl DIR
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/reportbot/reportbot/ingest/scale"
)

func main() {
	copies := flag.Int("copies", 100, "number of pages (100 for 100× the bundled corpus)")
	seed := flag.Uint64("seed", 1, "seed for names and figures")
	keep := flag.Bool("keep-original", true, "write the bundled page unchanged as the first copy")
	nPlaces := flag.Int("places", 0, "write a decade corpus of this many places (towns and districts) instead of copies")
	years := flag.Int("years", scale.DefaultYears, "decade corpus: years of reports per place")
	last := flag.Int("last-year", scale.DefaultLastYear, "decade corpus: the latest year")
	same := flag.Float64("same-name", 0.1, "decade corpus: share of places named like a place in another city (0 to 1)")
	evalPath := flag.String("eval", "", "decade corpus: also write a question set with known answers to this file (keep it outside DIR)")
	manifest := flag.String("manifest", "", "decade corpus: also write the manifest (places, reports, years) as JSON to this file")
	lookups := flag.Int("lookups", 120, "questions naming a place and a year")
	latest := flag.Int("latest", 40, "questions naming a place alone (answered from its latest report)")
	ambiguous := flag.Int("ambiguous", 30, "questions naming a place whose name several places share")
	compare := flag.Int("compare", 40, "comparisons across reports of one year")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: gen [-copies N] [-seed S] [-keep-original=false] DIR\n"+
			"       gen -places N [-years Y] [-last-year YYYY] [-same-name F] [-eval FILE] [-manifest FILE] [-seed S] DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	dir := flag.Arg(0)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fail(err)
	}
	start := time.Now()
	if *nPlaces <= 0 {
		paths, err := scale.Generate(dir, scale.Options{Copies: *copies, Seed: *seed, KeepOriginal: *keep})
		if err != nil {
			fail(err)
		}
		fmt.Printf("wrote %d files to %s in %.1fs\n", len(paths), dir, time.Since(start).Seconds())
		return
	}
	opts := scale.Options{Seed: *seed, Places: *nPlaces, Years: *years, LastYear: *last, SameName: *same}
	m, err := scale.GenerateDecade(dir, opts)
	if err != nil {
		fail(err)
	}
	shared := 0
	for _, p := range m.Places {
		if p.SharesName {
			shared++
		}
	}
	fmt.Printf("wrote %d files (%d reports, %d places, %d sharing a name) to %s in %.1fs\n",
		len(m.Paths), len(m.Reports), len(m.Places), shared, dir, time.Since(start).Seconds())
	if *manifest != "" {
		b, err := json.MarshalIndent(m, "", " ")
		if err != nil {
			fail(err)
		}
		if err := os.WriteFile(*manifest, b, 0o644); err != nil {
			fail(err)
		}
	}
	if *evalPath == "" {
		return
	}
	start = time.Now()
	qs, err := scale.EvalSet(m, scale.EvalOptions{Seed: *seed, Lookups: *lookups, Latest: *latest, Ambiguous: *ambiguous, Compare: *compare})
	if err != nil {
		fail(err)
	}
	f, err := os.Create(*evalPath)
	if err != nil {
		fail(err)
	}
	if err := scale.WriteEval(f, qs); err != nil {
		fail(err)
	}
	if err := f.Close(); err != nil {
		fail(err)
	}
	counts := map[string]int{}
	for _, q := range qs {
		counts[q.Form+"/"+q.Lang]++
	}
	fmt.Printf("wrote %d questions to %s in %.1fs: %v\n", len(qs), *evalPath, time.Since(start).Seconds(), counts)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gen:", err)
	os.Exit(1)
}
