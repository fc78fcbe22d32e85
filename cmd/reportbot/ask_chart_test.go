package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"image"
	"image/color"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/chart"
)

var updateGolden = flag.Bool("update-charts", false, "rewrite the ask chart golden files in testdata")

// asTerminal makes ask treat stdout as a terminal (or not) for one test.
func asTerminal(t *testing.T, tty bool) {
	t.Helper()
	saved := isTerminal
	isTerminal = func(io.Writer) bool { return tty }
	t.Cleanup(func() { isTerminal = saved })
}

// goldenFile compares got with testdata/name, rewriting it with -update.
func goldenFile(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *updateGolden {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run `go test ./cmd/reportbot -run %s -update-charts` to create it)", err, t.Name())
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file (run with -update-charts if the change is intended)\n--- got:\n%s\n--- want:\n%s", name, got, want)
	}
}

// answerPart is ask's output up to the list of sources (which other tests check).
func answerPart(out string) string {
	if i := strings.Index(out, "\nSources:\n"); i >= 0 {
		return out[:i+1]
	}
	return out
}

// TestAskChartInTerminal: a comparison answer shows its Unicode chart under the answer in a
// terminal, and the same text without it in a pipe; a lookup shows none.
func TestAskChartInTerminal(t *testing.T) {
	const q = "哪些镇一般公共预算收入增长目标是10%"
	asTerminal(t, true)
	tty, _, err := cli(t, nil, "ask", "--db", bundledDB(t), q)
	if err != nil {
		t.Fatal(err)
	}
	goldenFile(t, "ask_chart_terminal.golden", answerPart(tty))

	asTerminal(t, false)
	pipe, _, err := cli(t, nil, "ask", "--db", bundledDB(t), q)
	if err != nil {
		t.Fatal(err)
	}
	goldenFile(t, "ask_chart_pipe.golden", answerPart(pipe))
	if strings.ContainsAny(pipe, "█┊") {
		t.Errorf("a pipe got the chart:\n%s", pipe)
	}
	if !strings.HasPrefix(tty, answerPart(pipe)) {
		t.Errorf("the terminal output does not begin with the piped answer")
	}

	asTerminal(t, true)
	lookup, _, err := cli(t, nil, "ask", "--db", bundledDB(t), "盛泽镇工业投资目标是多少?")
	if err != nil || strings.ContainsAny(lookup, "█┊") {
		t.Errorf("a lookup drew a chart (err %v):\n%s", err, lookup)
	}
}

// barRows counts the bars of a chart image: runs of pixel rows holding a long stretch of a bar
// colour (legend swatches are short).
func barRows(img image.Image) int {
	b := img.Bounds()
	runs, in := 0, false
	for y := b.Min.Y; y < b.Max.Y; y++ {
		n := 0
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			for _, c := range []color.RGBA{chart.MatchColor, chart.NearMissColor} {
				if uint8(r>>8) == c.R && uint8(g>>8) == c.G && uint8(bl>>8) == c.B {
					n++
				}
			}
		}
		bar := n >= 40
		if bar && !in {
			runs++
		}
		in = bar
	}
	return runs
}

func TestAskChartPNG(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.png")
	out, stderr, err := cli(t, nil, "ask", "--db", bundledDB(t), "--json", "--chart", path, "Compare GDP growth targets across all reports")
	if err != nil {
		t.Fatalf("ask --chart: %v\n%s", err, stderr)
	}
	var ans struct {
		Chart *chart.Comparison `json:"chart"`
	}
	if err := json.Unmarshal([]byte(out), &ans); err != nil || ans.Chart == nil {
		t.Fatalf("ask --json has no chart (%v):\n%s", err, out)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("the chart is not a PNG: %v", err)
	}
	if n := len(ans.Chart.Rows); n < 2 || barRows(img) != n {
		t.Errorf("%d bars drawn for %d values", barRows(img), n)
	}
	if !strings.Contains(stderr, "chart: wrote "+path) {
		t.Errorf("stderr: %s", stderr)
	}

	// An answer without a chart: an error that says why, after the answer.
	lookup := filepath.Join(t.TempDir(), "none.png")
	out, _, err = cli(t, nil, "ask", "--db", bundledDB(t), "--chart", lookup, "盛泽镇工业投资目标是多少?")
	if err == nil || !strings.Contains(err.Error(), "has no chart") || !strings.Contains(err.Error(), "a lookup in one place") {
		t.Errorf("ask --chart of a lookup: err %v", err)
	}
	if !strings.Contains(out, "盛泽镇") {
		t.Errorf("the answer was not printed:\n%s", out)
	}
	if _, err := os.Stat(lookup); !os.IsNotExist(err) {
		t.Errorf("a file was written for an answer without a chart: %v", err)
	}
}
