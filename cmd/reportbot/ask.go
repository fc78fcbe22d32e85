package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/internal/chart"
	"github.com/reportbot/reportbot/retrieval/answer"
)

// askJSON is the shape `reportbot ask --json` prints.
type askJSON struct {
	Question  string         `json:"question"`
	Answer    string         `json:"answer"`
	Mode      string         `json:"mode"`
	Grounded  bool           `json:"grounded"`
	Note      string         `json:"note,omitempty"`
	Citations []citationJSON `json:"citations"`
	// Chart is a comparison answer's chart (see answer.Answer.Chart).
	Chart *chart.Comparison `json:"chart,omitempty"`
	// List and Listed are set when a long list answer was cut to its best reports (without
	// --all): the counts, and every report it matched or named as a near miss, cite 0 for
	// those the answer does not show.
	List   *answer.ListSummary `json:"list,omitempty"`
	Listed []answer.Listed     `json:"listed,omitempty"`
}

type citationJSON struct {
	N       int     `json:"n"`
	Source  string  `json:"source"`
	Report  int     `json:"report"`
	Entity  string  `json:"entity"`
	Section string  `json:"section"`
	Text    string  `json:"text"`
	Score   float64 `json:"score"`
	Quote   string  `json:"quote,omitempty"`
}

func runAsk(ctx context.Context, e env, args []string) error {
	cfg, err := loadConfig(e)
	if err != nil {
		return err
	}
	fs := flag.NewFlagSet("ask", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.StringVar(&cfg.DB, "db", cfg.DB, "store directory (env REPORTBOT_DB)")
	k := fs.Int("k", answer.DefaultK, "number of passages to cite")
	asJSON := fs.Bool("json", false, "print one JSON object")
	full := fs.Bool("full", false, "print the cited passages whole (default: the quoted sentence with a little context)")
	chartFile := fs.String("chart", "", "write the answer's chart (comparison answers from the facts table) as a PNG into this file")
	all := fs.Bool("all", false, "list every report of a long list or comparison answer with its evidence (default: the best "+strconv.Itoa(answer.ListLimit)+" and a summary of the rest)")
	explain := fs.Bool("explain", false, "print how the answer was reached (plan, scope, hits, chosen sentence, compose path, model steps) to stderr as JSON")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, `usage: reportbot ask [--db DIR] [--k N] [--json] [--full] [--all] [--explain] [--chart FILE.png] QUESTION (flags may also follow the question)`)
		fs.PrintDefaults()
	}
	rest, err := parseArgs(fs, args)
	if err != nil {
		return flagError(err)
	}
	question := strings.Join(rest, " ")
	if *k < 1 || *k > 50 {
		return fmt.Errorf("%w: --k must be between 1 and 50", errUsage)
	}
	if err := answer.Validate(question); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	defer oneShotGC(e.getenv)()
	logger := newLogger(e.stderr, cfg.LogLevel)
	svc, _, err := openService(ctx, e, cfg, logger, false)
	if err != nil {
		return err
	}
	// The model's draft streams only to a terminal, marked as one (draft.go).
	d := newDraft(e, cfg.ChatEnabled(), *asJSON)
	req := answer.Request{Question: question, K: *k, OnDelta: d.onDelta(), ListAll: *all}
	ans, err := svc.Ask(ctx, req)
	if err != nil {
		return err
	}
	if *explain {
		// The trace of this very call: what was planned, searched and composed.
		b, err := json.MarshalIndent(ans.Trace, "", "  ")
		if err != nil {
			return fmt.Errorf("explain: %w", err)
		}
		fmt.Fprintf(e.stderr, "%s\n", b)
	}
	if *asJSON {
		if err := writeAnswerJSON(e.stdout, ans); err != nil {
			return err
		}
		return writeAskChart(e, *chartFile, ans)
	}
	d.end(ans)
	writeAnswerText(e.stdout, ans, false, *full)
	if l := ans.List; l != nil {
		fmt.Fprintf(e.stdout, "\n(%d of %d reports shown: --all lists every one with its evidence)\n", l.Shown, l.Matched+l.Near)
	}
	return writeAskChart(e, *chartFile, ans)
}

func writeAnswerJSON(w io.Writer, ans *answer.Answer) error {
	out := askJSON{Question: ans.Question, Answer: ans.Text, Mode: ans.Mode, Grounded: ans.Grounded, Note: ans.Note, Citations: []citationJSON{}, Chart: ans.Chart}
	if ans.List != nil {
		out.List, out.Listed = ans.List, ans.Listed
	}
	for _, c := range ans.Citations {
		out.Citations = append(out.Citations, citationJSON{c.N, c.Source, c.Report, c.Entity, c.Section, c.Text, c.Score, c.Quote})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// writeAnswerText prints the answer (unless it was streamed already), then the citations: each
// passage's quoted sentence with a little context, or the whole passage when full.
func writeAnswerText(w io.Writer, ans *answer.Answer, answerShown, full bool) {
	if ans.Note != "" {
		fmt.Fprintf(w, "(%s)\n", ans.Note)
	}
	if !answerShown {
		fmt.Fprintln(w, ans.Text)
	}
	writeTerminalChart(w, ans)
	if len(ans.Citations) == 0 {
		return
	}
	fmt.Fprintln(w, "\nSources:")
	for _, c := range ans.Citations {
		sec := c.Section
		if sec == "" {
			sec = "(no section)"
		}
		fmt.Fprintf(w, "[%d] %s · %s, report %d · %s\n", c.N, c.Entity, c.Source, c.Report, sec)
		if full {
			fmt.Fprintf(w, "    %s\n", strings.ReplaceAll(c.Text, "\n", "\n    "))
		} else {
			fmt.Fprintf(w, "    %s\n", sourceExcerpt(c.Text, c.Quote))
		}
	}
}
