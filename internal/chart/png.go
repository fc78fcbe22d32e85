package chart

import (
	"fmt"
	"image"
	"image/color"
	"io"
	"math"
	"slices"
	"strings"

	"golang.org/x/image/font/sfnt"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/font/liberation"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// Colours of the PNG chart.
var (
	// MatchColor fills the bars of reports that match (and every bar when none is a near miss).
	MatchColor = color.RGBA{R: 0x2b, G: 0x6c, B: 0xb0, A: 0xff}
	// NearMissColor fills the bars of near misses.
	NearMissColor = color.RGBA{R: 0xe8, G: 0x8b, B: 0x2e, A: 0xff}
	// ThresholdColor draws the threshold line and its label.
	ThresholdColor = color.RGBA{R: 0xc0, G: 0x1c, B: 0x28, A: 0xff}
	axisColor      = color.RGBA{R: 0x33, G: 0x33, B: 0x33, A: 0xff}
	noteColor      = color.RGBA{R: 0x55, G: 0x55, B: 0x55, A: 0xff}
)

// Defaults of Options.
const (
	DefaultWidth = 960 // pixels
	DefaultDPI   = 96
	rowPixels    = 34
)

// Options tunes PNG.
type Options struct {
	// Width is the image width in pixels (DefaultWidth when 0); the height follows from the
	// number of rows and of source lines.
	Width int
	// DPI is the resolution text sizes are given at (DefaultDPI when 0).
	DPI int
	// FontFile is a font file (.ttf, .otf, .ttc) to try before any other.
	FontFile string
	// FontDirs are the directories searched for a font with Chinese glyphs. Nil means
	// DefaultFontDirs and fontconfig's fc-match; a non-nil list is searched alone (an empty
	// directory forces the pinyin fallback).
	FontDirs []string
}

// Layout is where PNG drew things, in pixels from the image's top-left corner.
type Layout struct {
	// Width and Height are the image size.
	Width, Height int
	// Bars are the bars, one per row in row order (a zero value gives a zero-width bar).
	Bars []image.Rectangle
	// ZeroX is the column of the zero axis; ThresholdX the threshold line's (-1 without one).
	ZeroX, ThresholdX int
	// PlotTop and PlotBottom bound the bars' area vertically.
	PlotTop, PlotBottom int
	// Font is the path of the font used, empty for the bundled Liberation Sans; Pinyin says
	// labels and titles fell back to pinyin and English because no font had their glyphs.
	Font   string
	Pinyin bool
	// Labels are the row labels as drawn.
	Labels []string
}

// strings of one chart, in the script the chosen font can draw.
type chartText struct {
	title, axis, threshold, match, near, source string
	labels, values                              []string
}

// texts returns the chart's strings in Chinese (as given) or, with latin, in pinyin and English.
func (c Comparison) texts(latin bool) chartText {
	t := chartText{title: c.title(latin), threshold: c.thresholdText(), source: c.sourceLine()}
	en := c.en() || latin
	t.axis = c.Unit
	if en {
		t.match, t.near = "match", "near miss"
		if c.Threshold != nil {
			t.threshold = "threshold " + t.threshold
		}
	} else {
		t.match, t.near = "符合", "接近"
		if c.Threshold != nil {
			t.threshold = "阈值 " + t.threshold
		}
	}
	for _, r := range c.Rows {
		t.labels = append(t.labels, c.label(r, latin))
		t.values = append(t.values, c.valueText(r))
	}
	if latin {
		t.axis, t.threshold, t.source = Latin(t.axis), Latin(t.threshold), latinSource(c)
		for i, v := range t.values {
			t.values[i] = ValueEnglish(v) // 力争8%以上: "strive for more than 8%", not "aim 8% or more"
		}
	}
	return t
}

// all lists every string of t, for the glyph check.
func (t chartText) all() []string {
	return append(append([]string{t.title, t.axis, t.threshold, t.match, t.near, t.source}, t.labels...), t.values...)
}

// latinSource is the source line for the pinyin fallback: English words, and the indicator's
// English name with, in brackets, the reports' wordings transliterated when they differ from
// it ("general public budget revenue (difangcaizhengshouru)").
func latinSource(c Comparison) string {
	c.Lang = "en"
	name := c.IndicatorLatin
	var ws []string
	for _, w := range c.Wordings {
		if l := Latin(w); !strings.EqualFold(l, name) && !slices.Contains(ws, l) {
			ws = append(ws, l)
		}
	}
	switch {
	case name == "":
		c.Wordings = ws
	case len(ws) == 0:
		c.Wordings = []string{name}
	default:
		c.Wordings = []string{name + " (" + strings.Join(ws, ", ") + ")"}
	}
	return Latin(c.sourceLine())
}

// PNG draws c as a horizontal bar chart and writes it to w as a PNG: one bar per row with its
// value text, the threshold as a dashed line with its label, matches and near misses in two
// colours with a legend, declines left of the zero axis, the source line under the chart.
// Text is drawn with the first system font that has glyphs for all of it (see Options); when
// none has, labels are drawn in pinyin and the rest in English with the bundled Liberation
// Sans, so no character is ever drawn as a box. The same input gives the same bytes.
func PNG(w io.Writer, c Comparison, opt Options) (Layout, error) {
	if err := c.Validate(); err != nil {
		return Layout{}, err
	}
	width, dpi := opt.Width, opt.DPI
	if width == 0 {
		width = DefaultWidth
	}
	if dpi == 0 {
		dpi = DefaultDPI
	}
	width = max(width, 320)

	t := c.texts(false)
	var face *sfnt.Font
	lay := Layout{ThresholdX: -1}
	if f, ok := findFont(opt, t.all()); ok {
		face, lay.Font = f.font, f.path
	} else {
		t, lay.Pinyin = c.texts(true), true
		face = liberationSans()
		if m := missing(face, t.all()); len(m) > 0 {
			return Layout{}, fmt.Errorf("chart: the bundled font lacks %q", string(m))
		}
	}
	lay.Labels = t.labels

	fonts := font.NewCache(font.Collection{{Font: font.Font{Typeface: "chart"}, Face: face}})
	hdlr := text.Plain{Fonts: fonts}
	style := func(size vg.Length, col color.Color) text.Style {
		return text.Style{Color: col, Font: font.Font{Typeface: "chart", Size: size}, Handler: hdlr}
	}
	px := func(n float64) vg.Length { return vg.Length(n * 72 / float64(dpi)) }

	wPt := px(float64(width))
	footer := newFooter(c, t, style, wPt-px(24))
	n := len(c.Rows)
	height := 64 + n*rowPixels + 56 + int(math.Ceil(float64(footer.height())*float64(dpi)/72))
	hPt := px(float64(height))
	canvas := vgimg.NewWith(vgimg.UseWH(wPt, hPt), vgimg.UseDPI(dpi), vgimg.UseBackgroundColor(color.White))
	dc := draw.New(canvas)

	p := plot.New()
	p.TextHandler = hdlr
	p.Title.Text = t.title
	p.Title.TextStyle = style(13, color.Black)
	p.Title.TextStyle.XAlign, p.Title.TextStyle.YAlign = draw.XCenter, draw.YTop
	p.Title.Padding = px(10)
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		for _, ts := range []*text.Style{&ax.Label.TextStyle, &ax.Tick.Label} {
			ts.Font, ts.Handler, ts.Color = font.Font{Typeface: "chart", Size: 10}, hdlr, axisColor
		}
		ax.Color, ax.Tick.Color = axisColor, axisColor
	}
	p.Legend.TextStyle.Font, p.Legend.TextStyle.Handler = font.Font{Typeface: "chart", Size: 10}, hdlr
	p.X.Label.Text = t.axis
	p.X.Label.TextStyle.XAlign = draw.XRight
	p.X.Label.Position = draw.PosRight

	pad := px(12)
	bars := newBars(c, t, style)
	p.X.Min, p.X.Max = bars.xRange(float64(wPt - 2*pad - bars.rowLabelWidth - 12))
	p.X.Tick.Marker = plainTicks{}
	p.Y.Min, p.Y.Max = -0.5, float64(n)-0.5+0.15
	if c.Threshold != nil {
		p.Y.Max = float64(n) - 0.5 + headroom
	}
	var ticks plot.ConstantTicks
	for i, l := range t.labels {
		ticks = append(ticks, plot.Tick{Value: float64(n - 1 - i), Label: l})
	}
	p.Y.Tick.Marker = ticks
	p.Y.Tick.Length = 0
	p.Y.LineStyle.Width = 0
	p.Y.Padding = 0
	grid := plotter.NewGrid()
	grid.Horizontal.Color = nil
	grid.Vertical.Color = color.Gray{Y: 0xe4}
	p.Add(grid, bars)

	plotArea := draw.Crop(dc, pad, -pad, footer.height()+pad, -pad)
	p.Draw(plotArea)
	footer.draw(draw.Crop(dc, pad, -pad, pad, -(hPt - footer.height() - pad)))

	toPx := func(x, y vg.Length) image.Point {
		return image.Point{X: int(math.Floor(float64(x) * float64(dpi) / 72)), Y: height - int(math.Round(float64(y)*float64(dpi)/72))}
	}
	for _, r := range bars.rects {
		a, b := toPx(r.Min.X, r.Max.Y), toPx(r.Max.X, r.Min.Y)
		lay.Bars = append(lay.Bars, image.Rectangle{Min: a, Max: b})
	}
	lay.ZeroX = toPx(bars.zeroX, 0).X
	if c.Threshold != nil {
		lay.ThresholdX = toPx(bars.thresholdX, 0).X
	}
	lay.PlotTop, lay.PlotBottom = toPx(0, bars.area.Max.Y).Y, toPx(0, bars.area.Min.Y).Y
	img := canvas.Image()
	lay.Width, lay.Height = img.Bounds().Dx(), img.Bounds().Dy()
	if _, err := (vgimg.PngCanvas{Canvas: canvas}).WriteTo(w); err != nil {
		return lay, fmt.Errorf("chart: writing the PNG: %w", err)
	}
	return lay, nil
}

// liberationSans returns the bundled Liberation Sans Regular, which has Latin glyphs only.
func liberationSans() *sfnt.Font {
	for _, f := range liberation.Collection() {
		if f.Font.Variant == "Sans" && f.Font.Weight == 0 && f.Font.Style == 0 {
			return f.Face
		}
	}
	panic("chart: gonum's Liberation collection has no Sans Regular")
}

// plainTicks are round ticks that always include zero when the range does, labelled without
// trailing zeros (250, not 250.00), with an unlabelled tick halfway between labelled ones.
type plainTicks struct{}

// Ticks implements plot.Ticker.
func (plainTicks) Ticks(lo, hi float64) []plot.Tick {
	if !(hi > lo) {
		return []plot.Tick{{Value: lo, Label: formatNumber(lo)}}
	}
	step := niceStep((hi - lo) / 5)
	var ts []plot.Tick
	for k := math.Ceil(lo / step * 2); k*step/2 <= hi+1e-9*step; k++ {
		v := k * step / 2
		if math.Mod(k, 2) == 0 {
			ts = append(ts, plot.Tick{Value: v, Label: formatNumber(v)})
		} else {
			ts = append(ts, plot.Tick{Value: v})
		}
	}
	return ts
}

// niceStep rounds a tick spacing up to 1, 2, 2.5 or 5 times a power of ten.
func niceStep(raw float64) float64 {
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if raw <= m*p {
			return m * p
		}
	}
	return 10 * p
}
