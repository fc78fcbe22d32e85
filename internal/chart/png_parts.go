package chart

import (
	"image/color"
	"strings"
	"unicode"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// headroom is the space above the top bar, in rows, where the threshold's label goes.
const headroom = 0.7

// barHalf is half a bar's thickness, in rows.
const barHalf = 0.3

// gap is the space between a bar's end and its value text.
const gap = vg.Length(4)

// bars is the plot.Plotter of the chart's bars, value texts, zero axis and threshold line. It
// records where it drew them.
type bars struct {
	c                       Comparison
	t                       chartText
	valueStyle, threshStyle text.Style
	rowLabelWidth           vg.Length
	rects                   []vg.Rectangle
	zeroX, thresholdX       vg.Length
	area                    vg.Rectangle
	valueTextW              []vg.Length
}

type styler func(size vg.Length, col color.Color) text.Style

func newBars(c Comparison, t chartText, style styler) *bars {
	b := &bars{c: c, t: t, valueStyle: style(10, color.Black), threshStyle: style(10, ThresholdColor)}
	b.valueStyle.XAlign, b.valueStyle.YAlign = draw.XLeft, draw.YCenter
	b.threshStyle.XAlign, b.threshStyle.YAlign = draw.XLeft, draw.YCenter
	tick := style(10, color.Black)
	for _, l := range t.labels {
		b.rowLabelWidth = max(b.rowLabelWidth, tick.Width(l))
	}
	for _, v := range t.values {
		b.valueTextW = append(b.valueTextW, b.valueStyle.Width(v))
	}
	return b
}

// xRange returns the x axis range: zero, every value and the threshold, widened on the right
// so that each value text fits beside its bar in a data area dataW points wide.
func (b *bars) xRange(dataW float64) (lo, hi float64) {
	maxPos, maxNeg := b.c.extent()
	lo, hi = -maxNeg, maxPos
	if hi-lo == 0 {
		hi = 1
	}
	if lo < 0 {
		lo -= 0.02 * (hi - lo)
	}
	fit := func(end float64, w vg.Length) {
		room := dataW - float64(w+2*gap)
		if room < dataW/4 {
			room = dataW / 4
		}
		hi = max(hi, lo+(end-lo)*dataW/room)
	}
	for i, r := range b.c.Rows {
		fit(max(r.Value, 0), b.valueTextW[i])
	}
	if b.c.Threshold != nil {
		fit(*b.c.Threshold, b.threshStyle.Width(b.t.threshold))
	}
	return lo, hi
}

// Plot draws the bars; it implements plot.Plotter.
func (b *bars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	b.area = c.Rectangle
	n := len(b.c.Rows)
	near := b.c.hasNearMiss()
	b.rects = b.rects[:0]
	for i, r := range b.c.Rows {
		y := trY(float64(n - 1 - i))
		h := trY(float64(n-1-i)+barHalf) - y
		rect := vg.Rectangle{
			Min: vg.Point{X: trX(min(r.Value, 0)), Y: y - h},
			Max: vg.Point{X: trX(max(r.Value, 0)), Y: y + h},
		}
		b.rects = append(b.rects, rect)
		col := MatchColor
		if near && r.NearMiss {
			col = NearMissColor
		}
		if rect.Max.X > rect.Min.X {
			c.SetColor(col)
			c.Fill(rect.Path())
		}
		c.FillText(b.valueStyle, vg.Point{X: trX(max(r.Value, 0)) + gap, Y: y}, b.t.values[i])
	}
	bottom, top := trY(-0.5), trY(float64(n)-0.5)
	b.zeroX = trX(0)
	c.StrokeLine2(draw.LineStyle{Color: axisColor, Width: 1}, b.zeroX, bottom, b.zeroX, top)
	if b.c.Threshold != nil {
		x := trX(*b.c.Threshold)
		b.thresholdX = x
		c.StrokeLine2(draw.LineStyle{Color: ThresholdColor, Width: 1.5, Dashes: []vg.Length{5, 3}}, x, bottom, x, top)
		sty := b.threshStyle
		pt := vg.Point{X: x + gap, Y: trY(float64(n) - 0.5 + headroom/2)}
		if pt.X+sty.Width(b.t.threshold) > c.Max.X {
			sty.XAlign = draw.XRight
			pt.X = x - gap
		}
		c.FillText(sty, pt, b.t.threshold)
	}
}

// footer is the legend and the source line under the chart.
type footer struct {
	legend      bool
	match, near string
	legendStyle text.Style
	noteStyle   text.Style
	lines       []string
}

const (
	legendHeight = vg.Length(18)
	lineHeight   = vg.Length(12)
)

func newFooter(c Comparison, t chartText, style styler, width vg.Length) *footer {
	f := &footer{legend: c.hasNearMiss(), match: t.match, near: t.near,
		legendStyle: style(10, color.Black), noteStyle: style(8.5, noteColor)}
	f.legendStyle.YAlign = draw.YCenter
	f.noteStyle.YAlign = draw.YTop
	f.lines = wrap(t.source, width, f.noteStyle)
	return f
}

// height is the footer's height.
func (f *footer) height() vg.Length {
	h := vg.Length(len(f.lines))*lineHeight + 4
	if f.legend {
		h += legendHeight
	}
	return h
}

// draw draws the footer into c, from its top.
func (f *footer) draw(c draw.Canvas) {
	y := c.Max.Y
	if f.legend {
		x := c.Min.X
		cy := y - legendHeight/2
		for _, item := range []struct {
			col  color.Color
			text string
		}{{MatchColor, f.match}, {NearMissColor, f.near}} {
			c.SetColor(item.col)
			c.Fill(vg.Rectangle{Min: vg.Point{X: x, Y: cy - 4.5}, Max: vg.Point{X: x + 14, Y: cy + 4.5}}.Path())
			c.FillText(f.legendStyle, vg.Point{X: x + 18, Y: cy}, item.text)
			x += 18 + f.legendStyle.Width(item.text) + 16
		}
		y -= legendHeight
	}
	for _, l := range f.lines {
		c.FillText(f.noteStyle, vg.Point{X: c.Min.X, Y: y}, l)
		y -= lineHeight
	}
}

// wrap breaks s into lines no wider than width: after a space, or between Chinese characters.
func wrap(s string, width vg.Length, sty text.Style) []string {
	var lines []string
	rs := []rune(s)
	for len(rs) > 0 && sty.Width(string(rs)) > width {
		cut, lastBreak := len(rs), 0
		for i := 1; i < len(rs); i++ {
			if sty.Width(string(rs[:i])) > width {
				cut = max(i-1, 1)
				break
			}
			if rs[i] == ' ' || unicode.Is(unicode.Han, rs[i]) || unicode.Is(unicode.Han, rs[i-1]) {
				lastBreak = i
			}
		}
		if lastBreak > 0 && cut < len(rs) {
			cut = lastBreak
		}
		lines = append(lines, strings.TrimRight(string(rs[:cut]), " "))
		rs = []rune(strings.TrimLeft(string(rs[cut:]), " "))
	}
	if len(rs) > 0 {
		lines = append(lines, string(rs))
	}
	return lines
}
