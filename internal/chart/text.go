package chart

import (
	"math"
	"strings"

	"github.com/rivo/uniseg"
)

// DefaultTextWidth is the width, in terminal columns, of the bars of the longest value.
const DefaultTextWidth = 30

// eighths are the left-aligned partial blocks, 0 to 7 eighths of a column.
var eighths = []string{"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"}

// TextOptions tunes Text.
type TextOptions struct {
	// Width is the number of columns the bars span, declines and growth together
	// (DefaultTextWidth when 0; at least 8).
	Width int
}

// Text draws c as a Unicode bar chart for a terminal or a Slack code block: a title, one line
// per row — label (aligned by display width: Chinese characters take two columns), bar, value
// text — and a source line:
//
//	一般公共预算收入增长目标 (%)
//	齐都镇  ██████████████████████████████ 10%左右
//	盛泽镇  ████████████████████████ 确保8% · 接近
//
// Growth is drawn to eighths of a column; declines are drawn to half a column, on the left of
// a zero axis (│). A threshold is marked with ┊ in its column and named above the bars. Near
// misses carry "· near miss" (接近). Lines end without trailing spaces.
func Text(c Comparison, opt TextOptions) (string, error) {
	if err := c.Validate(); err != nil {
		return "", err
	}
	width := opt.Width
	if width == 0 {
		width = DefaultTextWidth
	}
	width = max(width, 8)

	maxPos, maxNeg := c.extent()
	scale := 0.0 // columns per unit
	if maxPos+maxNeg > 0 {
		scale = float64(width) / (maxPos + maxNeg)
	}
	negCells := int(math.Ceil(maxNeg*scale - 1e-9))
	axis := ""
	if negCells > 0 {
		axis = "│"
	}
	posStart := negCells + uniseg.StringWidth(axis)

	labels := make([]string, len(c.Rows))
	labelWidth := 0
	for i, r := range c.Rows {
		labels[i] = c.label(r, false)
		labelWidth = max(labelWidth, displayWidth(labels[i]))
	}
	indent := labelWidth + 2

	// The threshold's column within the bar area, or -1.
	tcol := -1
	if c.Threshold != nil {
		t := *c.Threshold
		if t >= 0 {
			tcol = posStart + int(math.Round(t*scale))
		} else {
			tcol = max(negCells-int(math.Round(-t*scale))-1, 0)
		}
	}

	var b strings.Builder
	b.WriteString(c.title(false))
	if c.Unit != "" {
		b.WriteString(" (" + c.Unit + ")")
	}
	b.WriteString("\n")
	if tcol >= 0 {
		b.WriteString(strings.Repeat(" ", indent+tcol) + "┊" + c.thresholdText() + "\n")
	}
	for i, r := range c.Rows {
		var bar strings.Builder
		if r.Value < 0 {
			halves := max(int(math.Round(-r.Value*scale*2)), 1)
			full, half := halves/2, halves%2
			bar.WriteString(strings.Repeat(" ", max(negCells-full-half, 0)))
			if half == 1 {
				bar.WriteString("▐")
			}
			bar.WriteString(strings.Repeat("█", full))
			bar.WriteString(axis)
		} else {
			bar.WriteString(strings.Repeat(" ", negCells) + axis)
			n := int(math.Round(r.Value * scale * 8))
			if r.Value > 0 {
				n = max(n, 1)
			}
			bar.WriteString(strings.Repeat("█", n/8) + eighths[n%8])
		}
		text := c.valueText(r)
		if r.NearMiss {
			if c.en() {
				text += " · near miss"
			} else {
				text += " · 接近"
			}
		}
		b.WriteString(padRight(labels[i], labelWidth) + "  " + markColumn(bar.String(), text, tcol) + "\n")
	}
	b.WriteString(c.sourceLine() + "\n")
	return b.String(), nil
}

// markColumn joins a bar (one column per rune) and its value text, drawing ┊ in column col
// where the bar leaves it blank or after the text; a column the text covers stays unmarked.
func markColumn(bar, text string, col int) string {
	runes := []rune(bar)
	switch {
	case col < 0:
	case col < len(runes):
		if runes[col] == ' ' {
			runes[col] = '┊'
		}
	case col == len(runes):
		// The space before the text.
	default:
		end := len(runes) + 1 + uniseg.StringWidth(text)
		if col > end {
			return string(runes) + " " + text + strings.Repeat(" ", col-end) + "┊"
		}
	}
	return string(runes) + " " + text
}

// extent returns the largest growth and the largest decline (as a positive number) the bars
// and the threshold reach, each at least 0.
func (c Comparison) extent() (maxPos, maxNeg float64) {
	for _, r := range c.Rows {
		maxPos = max(maxPos, r.Value)
		maxNeg = max(maxNeg, -r.Value)
	}
	if c.Threshold != nil {
		maxPos = max(maxPos, *c.Threshold)
		maxNeg = max(maxNeg, -*c.Threshold)
	}
	return maxPos, maxNeg
}

// title is the chart's title: Title (or TitleLatin), else one made of the indicator and kind.
func (c Comparison) title(latin bool) string {
	if !latin && c.Title != "" {
		return c.Title
	}
	if latin && c.TitleLatin != "" {
		return c.TitleLatin
	}
	if latin {
		name := c.IndicatorLatin
		if name == "" {
			name = Latin(c.Indicator)
		}
		if c.Kind == "target" {
			return capitalize(name) + " targets"
		}
		return capitalize(name) + " actuals"
	}
	if c.Kind == "target" {
		return c.Indicator + "目标"
	}
	return c.Indicator + "实际"
}

// padRight pads s with spaces to w display columns.
func padRight(s string, w int) string {
	return s + strings.Repeat(" ", max(w-uniseg.StringWidth(s), 0))
}

// displayWidth is the number of terminal columns s takes.
func displayWidth(s string) int { return uniseg.StringWidth(s) }
