package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/internal/chart"
	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/store"
)

func runFacts(ctx context.Context, e env, args []string) error {
	cfg, err := loadConfig(e)
	if err != nil {
		return err
	}
	fs := flag.NewFlagSet("facts", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.StringVar(&cfg.DB, "db", cfg.DB, "store directory (env REPORTBOT_DB)")
	asJSON := fs.Bool("json", false, "print a JSON array")
	asCSV := fs.Bool("csv", false, "print CSV")
	entity := fs.String("entity", "", "only facts of this entity (e.g. 盛泽镇)")
	indicator := fs.String("indicator", "", "only this indicator (Chinese or English, e.g. 一般公共预算收入 or \"fiscal revenue\")")
	kind := fs.String("kind", "", "only target or actual")
	measure := fs.String("measure", "", "only growth (rates of change) or amount")
	chartFile := fs.String("chart", "", "also draw the indicator across reports as a PNG bar chart into this file (needs --indicator)")
	rest, err := parseArgs(fs, args)
	if err != nil {
		return flagError(err)
	}
	if err := noArgs("facts", rest); err != nil {
		return err
	}
	if *asJSON && *asCSV {
		return fmt.Errorf("%w: choose one of --json and --csv", errUsage)
	}
	if *kind != "" && *kind != corpus.KindTarget && *kind != corpus.KindActual {
		return fmt.Errorf("%w: --kind must be target or actual", errUsage)
	}
	if *measure != "" && *measure != facts.MeasureGrowth && *measure != facts.MeasureAmount {
		return fmt.Errorf("%w: --measure must be growth or amount", errUsage)
	}
	if *chartFile != "" && *indicator == "" {
		return fmt.Errorf("%w: --chart draws one indicator: add --indicator (e.g. --indicator GDP)", errUsage)
	}
	q := facts.Query{Kind: *kind, Measure: *measure}
	if *entity != "" {
		q.Entities = []string{*entity}
	}
	if *indicator != "" {
		ind, ok := facts.Lookup(*indicator)
		if !ok {
			return fmt.Errorf("%w: unknown indicator %q (try a Chinese name such as 地区生产总值 or an English one such as GDP)", errUsage, *indicator)
		}
		q.Indicator = ind.Name
	}
	snap, err := store.OpenCatalog(cfg.DB)
	if err != nil {
		return fmt.Errorf("%w: run `reportbot ingest` first", err)
	}
	rows := facts.Filter(snap.Facts, q)
	if *chartFile != "" {
		if err := writeFactsChart(e, *chartFile, rows, snap.Reports, *kind, *measure); err != nil {
			return err
		}
	}
	switch {
	case *asJSON:
		if rows == nil {
			rows = []corpus.Fact{}
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(rows)
	case *asCSV:
		w := csv.NewWriter(e.stdout)
		w.Write([]string{"source", "report", "entity", "level", "indicator", "wording", "kind", "measure", "value", "unit", "value_text", "qualifier", "comparator", "sentence", "chunk_id"})
		for _, f := range rows {
			w.Write([]string{f.Source, strconv.Itoa(f.Report), f.Entity, f.Level, f.Indicator, f.Wording, f.Kind, f.Measure,
				strconv.FormatFloat(f.Value, 'f', -1, 64), f.Unit, f.ValueText, f.Qualifier, f.Comparator, f.Sentence, f.ChunkID})
		}
		w.Flush()
		return w.Error()
	}
	out := [][]string{{"REPORT", "ENTITY", "INDICATOR", "KIND", "MEASURE", "VALUE", "QUALIFIER", "SENTENCE"}}
	for _, f := range rows {
		sent := []rune(strings.TrimSpace(f.Sentence))
		if len(sent) > 40 {
			sent = append(sent[:40], '…')
		}
		out = append(out, []string{strconv.Itoa(f.Report), f.Entity, f.Wording, f.Kind, f.Measure,
			signedValue(f.ValueText, f.Value, f.Measure), f.Qualifier, string(sent)})
	}
	if err := table(e.stdout, out); err != nil {
		return err
	}
	_, err = fmt.Fprintf(e.stdout, "(%d facts)\n", len(rows))
	return err
}

// writeFactsChart draws an indicator's facts across reports into a PNG file, one bar per report
// (see chart.FromFacts for which value a report with several gets), and says on stderr what it
// drew and what it left out.
func writeFactsChart(e env, path string, rows []corpus.Fact, reports []corpus.Report, kind, measure string) error {
	c, err := chart.FromFacts(chart.FactSet{Facts: rows, Reports: reports, Kind: kind, Measure: measure, Lang: "en"})
	for _, n := range c.Notes {
		fmt.Fprintln(e.stderr, "chart: "+n)
	}
	if err != nil {
		return fmt.Errorf("%w (widen the selection: drop --entity, or choose another --kind or --measure)", err)
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("chart: %w", err)
	}
	lay, err := chart.PNG(f, c, chart.Options{})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("chart: writing %s: %w", path, err)
	}
	font := lay.Font
	if lay.Pinyin {
		font = "no font with Chinese glyphs found, labels in pinyin (install fonts-wqy-microhei or fonts-noto-cjk)"
	}
	fmt.Fprintf(e.stderr, "chart: wrote %s (%d bars, %dx%d; font: %s)\n", path, len(lay.Bars), lay.Width, lay.Height, font)
	return nil
}
