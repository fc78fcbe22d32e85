package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

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
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if *asJSON && *asCSV {
		return fmt.Errorf("%w: choose one of --json and --csv", errUsage)
	}
	if *kind != "" && *kind != corpus.KindTarget && *kind != corpus.KindActual {
		return fmt.Errorf("%w: --kind must be target or actual", errUsage)
	}
	q := facts.Query{Kind: *kind}
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
	snap, err := store.Open(cfg.DB)
	if err != nil {
		return fmt.Errorf("%w: run `reportbot ingest` first", err)
	}
	rows := facts.Filter(snap.Facts, q)
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
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "REPORT\tENTITY\tINDICATOR\tKIND\tMEASURE\tVALUE\tQUALIFIER\tSENTENCE")
	for _, f := range rows {
		sent := []rune(strings.TrimSpace(f.Sentence))
		if len(sent) > 40 {
			sent = append(sent[:40], '…')
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", f.Report, f.Entity, f.Wording, f.Kind, f.Measure, f.ValueText, f.Qualifier, string(sent))
	}
	fmt.Fprintf(tw, "(%d facts)\n", len(rows))
	return tw.Flush()
}
