package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/reportbot/reportbot/data"
	"github.com/reportbot/reportbot/retrieval/answer"
	"github.com/reportbot/reportbot/retrieval/eval"
)

func runEval(ctx context.Context, e env, args []string) error {
	cfg, err := loadConfig(e)
	if err != nil {
		return err
	}
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.StringVar(&cfg.DB, "db", cfg.DB, "store directory (env REPORTBOT_DB)")
	set := fs.String("set", "", "question set (JSON lines); default: the bundled dev set plus the team's set")
	asJSON := fs.Bool("json", false, "print results as JSON")
	verbose := fs.Bool("v", false, "print every question's result")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	var r io.Reader
	if *set == "" {
		r = io.MultiReader(bytes.NewReader(data.DevSet), bytes.NewReader([]byte("\n")), bytes.NewReader(data.TeamSet))
	} else {
		f, err := os.Open(*set)
		if err != nil {
			return fmt.Errorf("open question set: %w", err)
		}
		defer f.Close()
		r = f
	}
	qs, err := eval.Load(r)
	if err != nil {
		return fmt.Errorf("question set %s: %w", *set, err)
	}
	logger := newLogger(e.stderr, cfg.LogLevel)
	svc, _, err := openService(ctx, e, cfg, logger)
	if err != nil {
		return err
	}
	var results []eval.Result
	for _, q := range qs {
		ans, err := svc.Ask(ctx, answer.Request{Question: q.Q, K: 10})
		results = append(results, eval.Score(q, ans, err))
	}
	groups := eval.Summarize(results)
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(map[string]any{"results": results, "groups": groups})
	}
	if *verbose {
		for _, res := range results {
			status := "FAIL"
			if res.Pass {
				status = "ok  "
			}
			refused := ""
			if res.Refused {
				refused = "refused"
			}
			fmt.Fprintf(e.stdout, "%s %-5s %-2s %-9s rank=%d %s %v %s\n", status, res.ID, res.Lang, res.Type, res.Rank, refused, res.Missing, res.Error)
		}
		fmt.Fprintln(e.stdout)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "GROUP\tN\tPASSED\tSCORE\tMRR (lookups)\tREFUSED")
	for _, g := range groups {
		mrr := ""
		if g.Lookups > 0 {
			mrr = fmt.Sprintf("%.2f", g.MRR)
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.2f\t%s\t%d\n", g.Name, g.N, g.Passed, g.Score, mrr, g.Refused)
	}
	return tw.Flush()
}
