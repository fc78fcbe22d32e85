package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"golang.org/x/term"

	"github.com/reportbot/reportbot/internal/chart"
	"github.com/reportbot/reportbot/retrieval/answer"
)

// isTerminal reports whether w is a terminal: `reportbot ask` draws the Unicode chart under a
// comparison answer only there (a pipe or file gets the text alone). Tests replace it.
var isTerminal = func(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// writeTerminalChart draws the answer's chart as Unicode bars under the answer when w is a
// terminal; it writes nothing for answers without a chart.
func writeTerminalChart(w io.Writer, ans *answer.Answer) {
	if ans.Chart == nil || !isTerminal(w) {
		return
	}
	text, err := chart.Text(*ans.Chart, chart.TextOptions{})
	if err != nil {
		return // a chart compose built is drawable; never fail an answer over its picture
	}
	fmt.Fprint(w, "\n"+text)
}

// errNoChart is returned by `reportbot ask --chart` when the answer has no chart.
var errNoChart = errors.New("this answer has no chart")

// writeAskChart writes the answer's chart as a PNG into path (nothing when path is empty) and
// says on stderr what it drew. An answer without a chart is an error that says why: charts are
// drawn for comparisons from the facts table only.
func writeAskChart(e env, path string, ans *answer.Answer) error {
	if path == "" {
		return nil
	}
	if ans.Chart == nil {
		return fmt.Errorf("--chart %s: %w: charts are drawn for comparison and filter answers from the facts table (one indicator across at least two reports, e.g. \"Compare GDP growth targets across all reports\"); this answer is %s", path, errNoChart, answerKindForChart(ans))
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("--chart: %w", err)
	}
	lay, err := chart.PNG(f, *ans.Chart, chart.Options{})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("--chart: writing %s: %w", path, err)
	}
	font := lay.Font
	if lay.Pinyin {
		font = "no font with Chinese glyphs found, labels in pinyin (install fonts-wqy-microhei or fonts-noto-cjk)"
	}
	fmt.Fprintf(e.stderr, "chart: wrote %s (%d bars, %dx%d; font: %s)\n", path, len(lay.Bars), lay.Width, lay.Height, font)
	return nil
}

// answerKindForChart says, for the --chart error, what kind of answer came back instead.
func answerKindForChart(ans *answer.Answer) string {
	switch {
	case !ans.Grounded:
		return "not grounded in the reports"
	case ans.Trace != nil && ans.Trace.Path == answer.PathAggregate:
		return "from the facts table but names fewer than two reports' values of one indicator (or several indicators)"
	case ans.Trace != nil && ans.Trace.Path == answer.PathTopic:
		return "a list of reports that speak of the topic, with no figures to compare"
	default:
		return "a lookup in one place"
	}
}
