package main

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFactsChart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gdp.png")
	_, stderr, err := cli(t, nil, "facts", "--db", bundledDB(t), "--indicator", "GDP", "--chart", path)
	if err != nil {
		t.Fatalf("facts --chart: %v\n%s", err, stderr)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("the chart is not a PNG: %v", err)
	}
	if img.Bounds().Dx() < 320 {
		t.Errorf("chart is %v", img.Bounds())
	}
	for _, want := range []string{"charting targets", "wrote " + path} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}

	// Targets and actuals are never mixed; a single report is no comparison.
	if _, _, err := cli(t, nil, "facts", "--db", bundledDB(t), "--chart", path); err == nil {
		t.Error("facts --chart without --indicator succeeded")
	}
	if _, _, err := cli(t, nil, "facts", "--db", bundledDB(t), "--indicator", "GDP", "--entity", "盛泽镇", "--kind", "target", "--chart", path); err == nil {
		t.Error("a chart of one report was drawn")
	}
	if _, _, err := cli(t, nil, "facts", "--db", bundledDB(t), "--indicator", "GDP", "--measure", "speed"); err == nil {
		t.Error("--measure speed accepted")
	}
}
