package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
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
	fs.StringVar(&cfg.DB, "db", cfg.DB, "store directory (env REPORTBOT_DB; an explicit one must have been made by reportbot ingest)")
	set := fs.String("set", "", "question set (JSON lines); default: the bundled dev set plus the team's set")
	asJSON := fs.Bool("json", false, "print results as JSON")
	verbose := fs.Bool("v", false, "print every question's result")
	serving := fs.Bool("serving", false, "open the store as serve does: dense search through the chromem-go collections of the segments' lists, not the mapped columns")
	strict := fs.Bool("strict", false, "also read the answers strictly: the right figure stated (in English outside the quote for English questions), lists naming exactly the expected reports, declines")
	var gates []gate
	for _, g := range []struct{ flag, group, what string }{
		{"min-all", "all", "all questions"},
		{"min-lookup", "type=" + eval.TypeLookup, "lookups"},
		{"min-aggregate", "type=" + eval.TypeAggregate, "comparisons"},
		{"min-none", "type=" + eval.TypeNone, "unanswerable questions"},
	} {
		gates = append(gates, gate{flag: g.flag, group: g.group, min: fs.Float64(g.flag, -1,
			"fail (exit 1) when the share of "+g.what+" passed is below this (0 to 1; default: no gate)")})
	}
	var strictGates []strictGate
	for _, g := range []struct {
		flag, what string
		ratio      func(eval.StrictSummary) eval.Ratio
	}{
		{"min-figure", "lookups stating the right figure", func(s eval.StrictSummary) eval.Ratio { return s.Figure }},
		{"min-english", "English lookups stating the figure in English", func(s eval.StrictSummary) eval.Ratio { return s.English }},
		{"min-exact", "lists naming exactly the expected reports", func(s eval.StrictSummary) eval.Ratio { return s.Lists }},
	} {
		strictGates = append(strictGates, strictGate{flag: g.flag, what: g.what, ratio: g.ratio, min: fs.Float64(g.flag, -1,
			"fail (exit 1) when the strict share of "+g.what+" is below this (0 to 1; default: no gate)")})
	}
	maxRefused := fs.Int("max-refused", -1, "fail (exit 1) when more answerable questions than this are refused (default: no gate)")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: eval takes no arguments (got %q); name the question set with --set", errUsage, fs.Args())
	}
	for _, g := range gates {
		if *g.min > 1 {
			return fmt.Errorf("%w: --%s %v: want a share between 0 and 1", errUsage, g.flag, *g.min)
		}
	}
	for _, g := range strictGates {
		if *g.min > 1 {
			return fmt.Errorf("%w: --%s %v: want a share between 0 and 1", errUsage, g.flag, *g.min)
		}
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
	svc, _, err := openService(ctx, e, cfg, logger, *serving)
	if err != nil {
		return err
	}
	var results []eval.Result
	var stricts []eval.Strict
	for _, q := range qs {
		ans, err := svc.Ask(ctx, answer.Request{Question: q.Q, K: 10})
		results = append(results, eval.Score(q, ans, err))
		stricts = append(stricts, eval.ScoreStrict(q, ans, err))
	}
	groups := eval.Summarize(results)
	strictSum := eval.SummarizeStrict(stricts)
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(map[string]any{"results": results, "groups": groups, "checks": eval.Checks(results), "strict": stricts, "strict_summary": strictSum}); err != nil {
			return err
		}
		return errors.Join(checkGates(groups, gates, *maxRefused), checkStrictGates(strictSum, strictGates))
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
	if err := tw.Flush(); err != nil {
		return err
	}
	st := eval.Checks(results)
	fmt.Fprintf(e.stdout, "\nlists exact: %d of %d; lookup quotes holding a gold string: %d of %d\n", st.ListsExact, st.Lists, st.Quoted, st.Lookups)
	if *strict {
		writeStrict(e.stdout, stricts, strictSum, *verbose)
	}
	return errors.Join(checkGates(groups, gates, *maxRefused), checkStrictGates(strictSum, strictGates))
}

// gate is a least score for one group of an eval (--min-lookup …); a negative min is no gate.
type gate struct {
	flag, group string
	min         *float64
}

// checkGates fails when a group scores below its gate or too many questions were refused, so
// that CI stops a change that makes answers worse.
func checkGates(groups []eval.Group, gates []gate, maxRefused int) error {
	byName := map[string]eval.Group{}
	for _, g := range groups {
		byName[g.Name] = g
	}
	var fails []string
	for _, gt := range gates {
		if *gt.min < 0 {
			continue
		}
		g, ok := byName[gt.group]
		switch {
		case !ok:
			fails = append(fails, fmt.Sprintf("--%s %v: the set has no %s questions", gt.flag, *gt.min, gt.group))
		case g.Score < *gt.min-1e-9:
			fails = append(fails, fmt.Sprintf("%s scored %.3f (%d of %d), below --%s %v", gt.group, g.Score, g.Passed, g.N, gt.flag, *gt.min))
		}
	}
	if all, ok := byName["all"]; ok && maxRefused >= 0 && all.Refused > maxRefused {
		fails = append(fails, fmt.Sprintf("%d answerable questions were refused, more than --max-refused %d", all.Refused, maxRefused))
	}
	if len(fails) > 0 {
		return fmt.Errorf("eval below its gates: %s", strings.Join(fails, "; "))
	}
	return nil
}

// strictGate is a least strict share (--min-figure …); a negative min is no gate.
type strictGate struct {
	flag, what string
	ratio      func(eval.StrictSummary) eval.Ratio
	min        *float64
}

// checkStrictGates fails when a strict share is below its gate, or when a gate is set on a set
// that judges nothing of its kind.
func checkStrictGates(sum eval.StrictSummary, gates []strictGate) error {
	var fails []string
	for _, g := range gates {
		if *g.min < 0 {
			continue
		}
		r := g.ratio(sum)
		switch {
		case r.Total == 0:
			fails = append(fails, fmt.Sprintf("--%s %v: the set judges no %s", g.flag, *g.min, g.what))
		case float64(r.N)/float64(r.Total) < *g.min-1e-9:
			fails = append(fails, fmt.Sprintf("%s: %s, below --%s %v", g.what, r, g.flag, *g.min))
		}
	}
	if len(fails) > 0 {
		return fmt.Errorf("eval below its strict gates: %s", strings.Join(fails, "; "))
	}
	return nil
}

// writeStrict prints the strict reading of a run (and, verbose, each question that failed it).
func writeStrict(w io.Writer, ss []eval.Strict, sum eval.StrictSummary, verbose bool) {
	fmt.Fprintln(w, "\nSTRICT")
	fmt.Fprintf(w, "lookups stating the right figure        %s\n", sum.Figure)
	fmt.Fprintf(w, "English figures stated in English       %s\n", sum.English)
	fmt.Fprintf(w, "lists complete with no wrong report     %s\n", sum.Lists)
	fmt.Fprintf(w, "unanswerable questions declined         %s\n", sum.Declined)
	fmt.Fprintf(w, "answerable questions declined           %s\n", sum.FalseDeclines)
	if !verbose {
		return
	}
	for _, s := range ss {
		var fails []string
		for _, j := range s.Judged {
			ok := map[string]bool{"figure": s.Figure, "english": s.English, "list": s.Exact, "decline": s.Declined}[j]
			if !ok {
				fails = append(fails, j)
			}
		}
		if s.Type != eval.TypeNone && s.Declined {
			fails = append(fails, "declined")
		}
		if len(fails) > 0 || s.Error != "" {
			fmt.Fprintf(w, "strict FAIL %-6s %-2s %-9s %v listed=%v %s\n", s.ID, s.Lang, s.Type, fails, s.Listed, s.Error)
		}
	}
}
