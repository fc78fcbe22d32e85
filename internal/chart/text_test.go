package chart

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

func ptr(v float64) *float64 { return &v }

func key(n int) corpus.ReportKey {
	return corpus.ReportKey{Source: "2023-gov-work-reports.txt", Report: n}
}

// samples are the comparisons the golden tests draw, by golden file name.
func samples() map[string]Comparison {
	return map[string]Comparison{
		"targets": {
			Title: "地区生产总值增长目标", Indicator: "地区生产总值", IndicatorLatin: "GDP",
			Kind: corpus.KindTarget, Unit: "%", Lang: "en",
			Rows: []Row{
				{Label: "齐都镇", Value: 9, ValueText: "9%左右", Report: key(7)},
				{Label: "xx区(盘锦市)", Value: 7, ValueText: "7%以上", Report: key(1)},
				{Label: "xx区(柳州市)", Value: 6.5, ValueText: "6.5%", Report: key(9)},
				{Label: "黎里镇", Value: 5, ValueText: "5%左右", Report: key(2)},
				{Label: "xx区(北京市)", Value: 4.5, ValueText: "4.5%以上", Report: key(4)},
			},
		},
		"threshold": {
			Title: "一般公共预算收入增长目标", Indicator: "一般公共预算收入",
			Wordings: []string{"一般公共预算收入", "地方财政收入"},
			Kind:     corpus.KindTarget, Unit: "%", Lang: "zh", Threshold: ptr(10),
			Rows: []Row{
				{Label: "齐都镇", Value: 10, ValueText: "10%左右", Report: key(7)},
				{Label: "盛泽镇", Value: 10, ValueText: "力争10%", Report: key(5)},
				{Label: "岱西镇", Value: 8, ValueText: "力争8%以上", NearMiss: true, Report: key(6)},
				{Label: "黎里镇", Value: 5.5, ValueText: "5.5%左右", NearMiss: true, Report: key(2)},
				{Label: "xx区(柳州市)", Value: 0, ValueText: "持平", NearMiss: true, Report: key(9)},
			},
		},
		"declines": {
			Indicator: "一般公共预算收入", IndicatorLatin: "general public budget revenue",
			Kind: corpus.KindActual, Unit: "%", Threshold: ptr(-10), ThresholdText: "-10%",
			Rows: []Row{
				{Label: "黎里镇", Year: 2023, Value: 4.4, Report: key(2)},
				{Label: "黎里镇", Year: 2022, Value: 12.25, Report: corpus.ReportKey{Source: "lili-2022.txt", Report: 1}},
				{Label: "xx区(北京市)", Year: 2023, Value: -7.4, Report: key(4)},
				{Label: "xx区(柳州市)", Year: 2023, Value: -11, Report: key(9)},
				{Label: "xx区(盘锦市)", Year: 2023, Value: -16.5, Report: key(1)},
			},
		},
	}
}

func TestTextGolden(t *testing.T) {
	for name, c := range samples() {
		t.Run(name, func(t *testing.T) {
			got, err := Text(c, TextOptions{})
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("Text output differs from %s (go test -update rewrites it):\n%s", path, got)
			}
			again, _ := Text(c, TextOptions{})
			if again != got {
				t.Error("Text is not deterministic")
			}
			for _, line := range strings.Split(got, "\n") {
				if strings.HasSuffix(line, " ") {
					t.Errorf("trailing space in %q", line)
				}
			}
		})
	}
}

func TestTextAlignsBars(t *testing.T) {
	got, err := Text(samples()["targets"], TextOptions{Width: 20})
	if err != nil {
		t.Fatal(err)
	}
	// Every bar starts in the same display column although labels mix CJK and ASCII.
	col := -1
	for _, line := range strings.Split(got, "\n") {
		i := strings.Index(line, "█")
		if i < 0 {
			continue
		}
		w := displayWidth(line[:i])
		if col >= 0 && w != col {
			t.Errorf("bar starts at column %d, want %d: %q", w, col, line)
		}
		col = w
	}
	if col < 0 {
		t.Fatalf("no bars in\n%s", got)
	}
	// The largest value spans the full width.
	if !strings.Contains(got, strings.Repeat("█", 20)+" 9%左右") {
		t.Errorf("largest bar is not 20 columns:\n%s", got)
	}
}

func TestTextRejects(t *testing.T) {
	c := samples()["targets"]
	one := c
	one.Rows = c.Rows[:1]
	if _, err := Text(one, TextOptions{}); !errors.Is(err, ErrTooFew) {
		t.Errorf("one row: err = %v, want ErrTooFew", err)
	}
	mixed := c
	mixed.Kind = "target,actual"
	if _, err := Text(mixed, TextOptions{}); err == nil {
		t.Error("a comparison of mixed kinds was drawn")
	}
}

func TestPlaceLatin(t *testing.T) {
	for in, want := range map[string]string{
		"盛泽镇":      "Shengze Town",
		"xx区":      "xx District",
		"xx区(北京市)": "xx District (Beijing City)",
		"齐都镇（淄博市）": "Qidu Town (Zibo City)",
		"某某街道":     "Moumou Subdistrict",
	} {
		if got := PlaceLatin(in); got != want {
			t.Errorf("PlaceLatin(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"10%左右":  "10% approx.",
		"力争8%以上": "aim 8% or more",
		"持平":     "flat",
		"503亿元":  "503 100M yuan",
	} {
		if got := Latin(in); got != want {
			t.Errorf("Latin(%q) = %q, want %q", in, got, want)
		}
	}
}
