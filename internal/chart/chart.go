// Package chart draws one comparison — an indicator's values across reports — as a horizontal
// bar chart: a Unicode chart for terminals and Slack code blocks (Text) and a PNG image (PNG).
//
// A Comparison holds either targets or actuals, never both; FromFacts builds one from rows of
// the facts table. Both renderers are deterministic: the same input gives the same bytes.
package chart

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
)

// Comparison is one indicator compared across reports: one row (bar) per report.
type Comparison struct {
	// Title is the chart title in Chinese, e.g. 一般公共预算收入增长目标. TitleLatin is the title
	// drawn when no font with Chinese glyphs is installed, e.g. "General public budget revenue
	// growth targets"; when empty, the PNG renderer transliterates Title.
	Title      string `json:"title"`
	TitleLatin string `json:"title_latin,omitempty"`
	// Indicator is the canonical indicator name (一般公共预算收入); IndicatorLatin its English
	// name, used in the pinyin fallback.
	Indicator      string `json:"indicator"`
	IndicatorLatin string `json:"indicator_latin,omitempty"`
	// Wordings are the indicator as the reports word it (地方一般公共预算收入, …), for the
	// source line; empty means Indicator.
	Wordings []string `json:"wordings,omitempty"`
	// Kind is corpus.KindTarget or corpus.KindActual: one chart never mixes the two.
	Kind string `json:"kind"`
	// Unit is the unit every row's Value is in: "%" for growth, "亿元", … ("" when unitless).
	Unit string `json:"unit"`
	// Threshold, when set, is the value the question asked about (10 for "10%"), drawn as a
	// line; ThresholdText is its label ("10%"; empty means the number and Unit).
	Threshold     *float64 `json:"threshold,omitempty"`
	ThresholdText string   `json:"threshold_text,omitempty"`
	// Rows are the bars, top to bottom, in the order given.
	Rows []Row `json:"rows"`
	// Lang is "zh" or "en": the language of legends and the source line (titles and labels
	// are drawn as given). Empty means "en".
	Lang string `json:"lang,omitempty"`
	// Notes say what a builder chose (FromFacts: which kind, which value of a report); the
	// renderers do not draw them.
	Notes []string `json:"notes,omitempty"`
}

// Row is one bar: one report's value.
type Row struct {
	// Label is the place name in Chinese (盛泽镇); LabelLatin its pinyin (Shengze Town), drawn
	// when no font has the label's glyphs (empty: derived from Label with internal/places).
	Label      string `json:"label"`
	LabelLatin string `json:"label_latin,omitempty"`
	// Year is the report's year (0 when unknown); it is shown when the rows span several years.
	Year int `json:"year,omitempty"`
	// Value is the number in the comparison's Unit, negative for declines.
	Value float64 `json:"value"`
	// ValueText is the value as the bar's label, with unit and qualifier: 10%左右, 力争10%,
	// -16.5%. Empty means the number and Unit.
	ValueText string `json:"value_text,omitempty"`
	// NearMiss marks a report that states the indicator but misses the value asked for; the
	// others match. With no near misses in a comparison, no legend is drawn.
	NearMiss bool `json:"near_miss,omitempty"`
	// Report is the report the value comes from, for the source line.
	Report corpus.ReportKey `json:"report"`
}

// ErrTooFew is returned for comparisons of fewer than two rows: a chart of one value says
// nothing a sentence does not.
var ErrTooFew = errors.New("chart: a comparison needs at least two values")

// Validate reports what makes c unfit to draw: fewer than two rows, a kind other than target
// or actual, or a value that is not a finite number.
func (c Comparison) Validate() error {
	if len(c.Rows) < 2 {
		return fmt.Errorf("%w (got %d)", ErrTooFew, len(c.Rows))
	}
	if c.Kind != corpus.KindTarget && c.Kind != corpus.KindActual {
		return fmt.Errorf("chart: kind %q: a comparison holds targets or actuals (%q or %q), never both", c.Kind, corpus.KindTarget, corpus.KindActual)
	}
	for _, r := range c.Rows {
		if math.IsNaN(r.Value) || math.IsInf(r.Value, 0) {
			return fmt.Errorf("chart: row %s: value %v is not a number", r.Label, r.Value)
		}
		if strings.TrimSpace(r.Label) == "" {
			return errors.New("chart: a row has no label")
		}
	}
	if c.Threshold != nil && (math.IsNaN(*c.Threshold) || math.IsInf(*c.Threshold, 0)) {
		return fmt.Errorf("chart: threshold %v is not a number", *c.Threshold)
	}
	return nil
}

// valueText is the bar label of r.
func (c Comparison) valueText(r Row) string {
	if r.ValueText != "" {
		return r.ValueText
	}
	return formatNumber(r.Value) + c.Unit
}

// thresholdText is the threshold's label.
func (c Comparison) thresholdText() string {
	if c.Threshold == nil {
		return ""
	}
	if c.ThresholdText != "" {
		return c.ThresholdText
	}
	return formatNumber(*c.Threshold) + c.Unit
}

// spansYears reports whether the rows' known years differ, so labels must carry them.
func (c Comparison) spansYears() bool {
	year := 0
	for _, r := range c.Rows {
		if r.Year == 0 {
			continue
		}
		if year != 0 && r.Year != year {
			return true
		}
		year = r.Year
	}
	return false
}

// label is a row's label as drawn, with the year when the rows span years.
func (c Comparison) label(r Row, latin bool) string {
	s := r.Label
	if latin {
		s = r.LabelLatin
		if s == "" {
			s = PlaceLatin(r.Label)
		}
	}
	if r.Year != 0 && c.spansYears() {
		s += " " + fmt.Sprint(r.Year)
	}
	return s
}

// hasNearMiss reports whether any row is a near miss (then matches and near misses are told
// apart in a legend).
func (c Comparison) hasNearMiss() bool {
	return slices.ContainsFunc(c.Rows, func(r Row) bool { return r.NearMiss })
}

// en reports whether legends and the source line are in English.
func (c Comparison) en() bool { return c.Lang != "zh" }

// sourceLine says where the values come from: the reports by source file and the indicator
// as the reports word it.
func (c Comparison) sourceLine() string {
	var files []string
	numbers := map[string][]int{}
	for _, r := range c.Rows {
		if r.Report.Source == "" {
			continue
		}
		if _, ok := numbers[r.Report.Source]; !ok {
			files = append(files, r.Report.Source)
		}
		if !slices.Contains(numbers[r.Report.Source], r.Report.Report) {
			numbers[r.Report.Source] = append(numbers[r.Report.Source], r.Report.Report)
		}
	}
	slices.Sort(files)
	reports := map[string][]string{}
	for f, ns := range numbers {
		slices.Sort(ns)
		for _, n := range ns {
			reports[f] = append(reports[f], fmt.Sprint(n))
		}
	}
	wordings := c.Wordings
	if len(wordings) == 0 && c.Indicator != "" {
		wordings = []string{c.Indicator}
	}
	var parts []string
	for _, f := range files {
		if c.en() {
			parts = append(parts, f+" (report "+strings.Join(reports[f], ", ")+")")
		} else {
			parts = append(parts, f+"(报告 "+strings.Join(reports[f], "、")+")")
		}
	}
	var b strings.Builder
	if c.en() {
		b.WriteString("Source: ")
		b.WriteString(strings.Join(parts, "; "))
		if len(wordings) > 0 {
			if len(parts) > 0 {
				b.WriteString(" · ")
			}
			b.WriteString("wording: " + strings.Join(wordings, ", "))
		}
	} else {
		b.WriteString("来源:")
		b.WriteString(strings.Join(parts, ";"))
		if len(wordings) > 0 {
			if len(parts) > 0 {
				b.WriteString(" · ")
			}
			b.WriteString("指标原文:" + strings.Join(wordings, "、"))
		}
	}
	return b.String()
}

// formatNumber writes v without trailing zeros: 10, 6.5, -16.5.
func formatNumber(v float64) string {
	s := fmt.Sprintf("%.4f", v)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		s = "0"
	}
	return s
}
