package chart

import (
	"bytes"
	"errors"
	"flag"
	"image"
	"image/color"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var samplesDir = flag.String("samples", "", "write the sample charts as PNG files into this directory")

// renderBoth draws c with the system's fonts and with the pinyin fallback (an empty font
// directory), checks both decode, and returns their layouts and images.
func renderBoth(t *testing.T, name string, c Comparison) map[string]struct {
	lay Layout
	img image.Image
	raw []byte
} {
	out := map[string]struct {
		lay Layout
		img image.Image
		raw []byte
	}{}
	for mode, opt := range map[string]Options{"system": {}, "pinyin": {FontDirs: []string{t.TempDir()}}} {
		var buf bytes.Buffer
		lay, err := PNG(&buf, c, opt)
		if err != nil {
			t.Fatalf("%s/%s: %v", name, mode, err)
		}
		img, err := png.Decode(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("%s/%s: the PNG does not decode: %v", name, mode, err)
		}
		if *samplesDir != "" {
			os.WriteFile(filepath.Join(*samplesDir, name+"-"+mode+".png"), buf.Bytes(), 0o644)
		}
		out[mode] = struct {
			lay Layout
			img image.Image
			raw []byte
		}{lay, img, buf.Bytes()}
	}
	return out
}

// sameColor reports whether a is b, give or take what antialiasing blends in at an edge.
func sameColor(a color.Color, b color.RGBA) bool {
	r, g, bl, _ := a.RGBA()
	near := func(x uint32, y uint8) bool { return abs(int(x>>8)-int(y)) <= 24 }
	return near(r, b.R) && near(g, b.G) && near(bl, b.B)
}

func TestPNGStructure(t *testing.T) {
	for name, c := range samples() {
		for mode, r := range renderBoth(t, name, c) {
			lay, img := r.lay, r.img
			if mode == "pinyin" && !lay.Pinyin {
				t.Errorf("%s/%s: an empty font directory did not fall back to pinyin (font %s)", name, mode, lay.Font)
			}
			b := img.Bounds()
			if b.Dx() != DefaultWidth || b.Dx() != lay.Width || b.Dy() != lay.Height {
				t.Errorf("%s/%s: image is %v, layout says %dx%d", name, mode, b, lay.Width, lay.Height)
			}
			if len(lay.Bars) != len(c.Rows) {
				t.Fatalf("%s/%s: %d bars for %d rows", name, mode, len(lay.Bars), len(c.Rows))
			}
			near := c.hasNearMiss()
			for i, bar := range lay.Bars {
				if !bar.In(b) || bar.Min.Y < lay.PlotTop || bar.Max.Y > lay.PlotBottom {
					t.Errorf("%s/%s: bar %d at %v outside the plot", name, mode, i, bar)
				}
				if c.Rows[i].Value == 0 {
					continue
				}
				want := MatchColor
				if near && c.Rows[i].NearMiss {
					want = NearMissColor
				}
				mid := image.Point{X: (bar.Min.X + bar.Max.X) / 2, Y: (bar.Min.Y + bar.Max.Y) / 2}
				if got := img.At(mid.X, mid.Y); !sameColor(got, want) && !(c.Threshold != nil && abs(mid.X-lay.ThresholdX) < 3) {
					t.Errorf("%s/%s: bar %d centre %v is %v, want %v", name, mode, i, mid, got, want)
				}
				// Declines lie left of the zero axis, growth right of it.
				if c.Rows[i].Value < 0 && bar.Max.X > lay.ZeroX+1 || c.Rows[i].Value > 0 && bar.Min.X < lay.ZeroX-1 {
					t.Errorf("%s/%s: bar %d (%v) on the wrong side of zero x=%d: %v", name, mode, i, c.Rows[i].Value, lay.ZeroX, bar)
				}
			}
			// Bars are in row order, top to bottom, and do not overlap.
			for i := 1; i < len(lay.Bars); i++ {
				if lay.Bars[i].Min.Y < lay.Bars[i-1].Max.Y {
					t.Errorf("%s/%s: bar %d overlaps bar %d", name, mode, i, i-1)
				}
			}
			if got := countBarRuns(img, lay); got != countNonZero(c) {
				t.Errorf("%s/%s: %d bar-coloured runs along the scan lines, want %d", name, mode, got, countNonZero(c))
			}
			if c.Threshold != nil {
				n := 0
				for y := lay.PlotTop; y < lay.PlotBottom; y++ {
					if sameColor(img.At(lay.ThresholdX, y), ThresholdColor) {
						n++
					}
				}
				if n < (lay.PlotBottom-lay.PlotTop)/4 {
					t.Errorf("%s/%s: threshold line at x=%d: %d threshold-coloured pixels of %d", name, mode, lay.ThresholdX, n, lay.PlotBottom-lay.PlotTop)
				}
			} else if lay.ThresholdX != -1 {
				t.Errorf("%s/%s: ThresholdX = %d without a threshold", name, mode, lay.ThresholdX)
			}
		}
	}
}

// countBarRuns counts runs of bar-coloured pixels along two vertical scan lines, one just right
// of the zero axis (growth) and one just left of it (declines).
func countBarRuns(img image.Image, lay Layout) int {
	runs := 0
	for _, x := range []int{lay.ZeroX + 3, lay.ZeroX - 3} {
		in := false
		for y := lay.PlotTop; y < lay.PlotBottom; y++ {
			c := img.At(x, y)
			bar := sameColor(c, MatchColor) || sameColor(c, NearMissColor)
			if bar && !in {
				runs++
			}
			in = bar
		}
	}
	return runs
}

func countNonZero(c Comparison) int {
	n := 0
	for _, r := range c.Rows {
		if r.Value != 0 {
			n++
		}
	}
	return n
}

func abs(n int) int { return max(n, -n) }

func TestPNGDeterministic(t *testing.T) {
	c := samples()["threshold"]
	for _, opt := range []Options{{}, {FontDirs: []string{t.TempDir()}}} {
		var a, b bytes.Buffer
		if _, err := PNG(&a, c, opt); err != nil {
			t.Fatal(err)
		}
		if _, err := PNG(&b, c, opt); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("two renders of the same comparison differ (options %+v)", opt)
		}
	}
}

func TestPNGFontChoice(t *testing.T) {
	c := samples()["threshold"]
	var buf bytes.Buffer
	lay, err := PNG(&buf, c, Options{FontDirs: []string{t.TempDir()}})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range lay.Labels {
		if !isLatinText(l) {
			t.Errorf("pinyin fallback drew label %q", l)
		}
	}
	if lay.Labels[1] != "Shengze Town" {
		t.Errorf("label = %q, want Shengze Town", lay.Labels[1])
	}
	// With the system's fonts: a CJK font when one is installed, else the same fallback.
	lay, err = PNG(&buf, c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !lay.Pinyin && lay.Labels[1] != "盛泽镇" {
		t.Errorf("font %s: label = %q, want 盛泽镇", lay.Font, lay.Labels[1])
	}
	t.Logf("system font: %q (pinyin fallback: %v)", lay.Font, lay.Pinyin)
}

func TestPNGConcurrent(t *testing.T) {
	c := samples()["targets"]
	var want bytes.Buffer
	if _, err := PNG(&want, c, Options{}); err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			var buf bytes.Buffer
			_, err := PNG(&buf, c, Options{})
			if err == nil && !bytes.Equal(buf.Bytes(), want.Bytes()) {
				err = errors.New("a concurrent render differs")
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func BenchmarkPNG(b *testing.B) {
	c := samples()["threshold"]
	for b.Loop() {
		if _, err := PNG(io.Discard, c, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestPlainTicks(t *testing.T) {
	var got []string
	for _, tk := range (plainTicks{}).Ticks(-17, 5.2) {
		if tk.Label != "" {
			got = append(got, tk.Label)
		}
	}
	if want := "-15 -10 -5 0 5"; strings.Join(got, " ") != want {
		t.Errorf("ticks = %q, want %q", strings.Join(got, " "), want)
	}
	if s := niceStep(47); s != 50 {
		t.Errorf("niceStep(47) = %v", s)
	}
}
