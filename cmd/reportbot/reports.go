package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/store"
)

func runReports(ctx context.Context, e env, args []string) error {
	cfg, err := loadConfig(e)
	if err != nil {
		return err
	}
	fs := flag.NewFlagSet("reports", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.StringVar(&cfg.DB, "db", cfg.DB, "store directory (env REPORTBOT_DB)")
	asJSON := fs.Bool("json", false, "print a JSON array")
	rest, err := parseArgs(fs, args)
	if err != nil {
		return flagError(err)
	}
	if err := noArgs("reports", rest); err != nil {
		return err
	}
	snap, err := store.OpenCatalog(cfg.DB)
	if err != nil {
		return fmt.Errorf("%w: run `reportbot ingest` first", err)
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(snap.Reports)
	}
	return table(e.stdout, reportRows(snap.Reports))
}

// reportRows is the reports table, header first; an unknown year shows as "—", never 0.
func reportRows(reports []corpus.Report) [][]string {
	rows := [][]string{{"REPORT", "SOURCE", "ENTITY", "LEVEL", "YEAR", "CITY", "CHUNKS", "EVIDENCE"}}
	for _, r := range reports {
		year := "—"
		if r.Year > 0 {
			year = strconv.Itoa(r.Year)
		}
		rows = append(rows, []string{strconv.Itoa(r.Report), r.Source, r.Entity, r.Level, year, r.City, strconv.Itoa(r.Chunks), strings.Join(r.Evidence, "; ")})
	}
	return rows
}
