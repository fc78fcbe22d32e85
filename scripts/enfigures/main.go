// Command enfigures measures how often reportbot states figures in English for English
// questions (issue 10, item 5). For every English question of the sets it runs
// `reportbot ask --json` and counts, among the grounded answers, those whose answer lines
// (a lookup's first line; a list's lines) state a figure in English outside quotations: a
// number in Arabic digits with no Chinese unit or multiplier, not a year and not a citation
// marker ("4.7 billion yuan", "16,000 units", "10%"; not 47亿元, not “…增长10%…”). For
// questions whose gold text has a figure it also counts the answers whose English figure states
// that very quantity (num.Equivalent to a gold figure).
//
//	go build -o /tmp/rb ./cmd/reportbot && /tmp/rb ingest --db /tmp/rbdb
//	go run ./scripts/enfigures --bin /tmp/rb --db /tmp/rbdb data/eval/dev.jsonl data/eval/team.jsonl
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/retrieval/eval"
)

type askOut struct {
	Answer   string `json:"answer"`
	Grounded bool   `json:"grounded"`
}

var (
	quoteRE = regexp.MustCompile(`“[^”]*”|"[^"]*"|「[^」]*」`)
	citeRE  = regexp.MustCompile(`\[\d+\]`)
	// bracketRE matches a bracketed original such as (47亿元) or (盛泽镇).
	bracketRE = regexp.MustCompile(`\([^()]*\p{Han}[^()]*\)|（[^（）]*）`)
)

func main() {
	bin := flag.String("bin", "reportbot", "the reportbot binary")
	db := flag.String("db", "", "store directory (made by reportbot ingest)")
	verbose := flag.Bool("v", false, "print the answer lines that state no English figure")
	flag.Parse()
	if *db == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: enfigures --bin BIN --db DIR SET.jsonl...")
		os.Exit(2)
	}
	for _, path := range flag.Args() {
		if err := measure(*bin, *db, path, *verbose); err != nil {
			fmt.Fprintln(os.Stderr, "enfigures:", err)
			os.Exit(1)
		}
	}
}

func measure(bin, db, path string, verbose bool) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	qs, err := eval.Load(bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	var en, grounded, stated, withGold, goldStated int
	for _, q := range qs {
		if q.Lang != "en" {
			continue
		}
		en++
		out, err := exec.Command(bin, "ask", "--db", db, "--json", q.Q).Output()
		if err != nil {
			return fmt.Errorf("%s: ask %q: %w", q.ID, q.Q, err)
		}
		var a askOut
		if err := json.Unmarshal(out, &a); err != nil {
			return fmt.Errorf("%s: %w", q.ID, err)
		}
		if !a.Grounded {
			continue
		}
		grounded++
		lines := answerLines(a.Answer)
		figs := englishFigures(lines)
		if len(figs) > 0 {
			stated++
		}
		gold := goldFigures(q.Gold)
		if len(gold) == 0 {
			if verbose && len(figs) == 0 {
				fmt.Printf("  %s (no gold figure) %s\n", q.ID, firstLine(a.Answer))
			}
			continue
		}
		withGold++
		if anyEquivalent(figs, gold) {
			goldStated++
		} else if verbose {
			fmt.Printf("  %s %s\n", q.ID, firstLine(a.Answer))
		}
	}
	fmt.Printf("%s: %d English questions, %d grounded; English figure stated: %d of %d grounded (%s); the gold figure in English: %d of %d with a gold figure (%s)\n",
		path, en, grounded, stated, grounded, pct(stated, grounded), goldStated, withGold, pct(goldStated, withGold))
	return nil
}

// answerLines are the lines that answer: a lookup's first line, or a list's header and bullets
// (never an "Evidence:" line).
func answerLines(text string) []string {
	all := strings.Split(text, "\n")
	if len(all) > 1 && strings.HasPrefix(strings.TrimSpace(all[1]), "•") {
		var out []string
		for _, l := range all {
			if !strings.HasPrefix(l, "Evidence:") {
				out = append(out, l)
			}
		}
		return out
	}
	return all[:1]
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// englishFigures are the figures of lines outside quotations and bracketed originals that an
// English reader can read.
func englishFigures(lines []string) []num.Value {
	var out []num.Value
	for _, l := range lines {
		l = quoteRE.ReplaceAllString(l, " ")
		l = bracketRE.ReplaceAllString(l, " ")
		l = citeRE.ReplaceAllString(l, " ")
		for _, v := range num.Find(l) {
			if v.Year() || strings.ContainsFunc(v.Text, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
				continue
			}
			out = append(out, v)
		}
	}
	return out
}

func goldFigures(gold []string) []num.Value {
	var out []num.Value
	for _, g := range gold {
		for _, v := range num.FindWith(g, num.Options{Ungrouped: true}) {
			if !v.Year() {
				out = append(out, v)
			}
		}
	}
	return out
}

func anyEquivalent(a, b []num.Value) bool {
	for _, x := range a {
		for _, y := range b {
			if num.Equivalent(x, y) {
				return true
			}
		}
	}
	return false
}

func pct(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.0f%%", 100*float64(a)/float64(b))
}
