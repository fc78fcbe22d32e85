package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"

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
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	snap, err := store.Open(cfg.DB)
	if err != nil {
		return fmt.Errorf("%w: run `reportbot ingest` first", err)
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(snap.Reports)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "REPORT\tSOURCE\tENTITY\tLEVEL\tYEAR\tCITY\tCHUNKS\tEVIDENCE")
	for _, r := range snap.Reports {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%s\t%d\t%s\n", r.Report, r.Source, r.Entity, r.Level, r.Year, r.City, r.Chunks, strings.Join(r.Evidence, "; "))
	}
	return tw.Flush()
}
