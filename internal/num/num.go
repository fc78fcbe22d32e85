// Package num owns the reading and writing of numbers: figures as they appear in report text
// (47亿元, 增长10%左右, 1.6万套, 百分之十, 第一名), in questions ("4.7 billion yuan", "ten
// percent", "14,000") and in model answers. Find lists the figures of a text, Parse reads one,
// Value.English renders a report figure for an English reader, and Equivalent tells whether
// two figures state the same quantity (4.7 billion yuan and 47亿元).
package num

import (
	"fmt"
	"strings"
)

// Form is how a number's numeral is written.
type Form uint8

// Forms of numerals; Options.Only combines them.
const (
	FormArabic  Form = 1 << iota // 47, 1,234.5, ４７ (full-width digits too)
	FormChinese                  // 四十七, 两万, 百分之十, 第一
	FormEnglish                  // forty-seven, "two million"
	allForms    = FormArabic | FormChinese | FormEnglish
)

// Value is one figure found in a text: a number with what multiplies it and the unit after
// it. Offsets are byte offsets into the scanned text.
type Value struct {
	// Text is the figure verbatim: the number, 余/多, multiplier and unit ("47亿元",
	// "10余家", "US$4.7 billion", "百分之十"), without the qualifier after it.
	Text string
	// Start and End delimit Text; NumStart and NumEnd delimit the numeral alone ("47").
	Start, End, NumStart, NumEnd int
	// Number is the number as written: 47 for 47亿元, 4.7 for "4.7 billion", 10 for 百分之十,
	// 3 for 三万元 (a Chinese numeral's trailing 万/亿 is its multiplier, as in 3万元).
	Number float64
	// Multiplier is the scale word written after the number (万, 亿, 万亿, thousand, million,
	// billion, trillion, bn, mn) or "" and Scale its factor (1 when there is none).
	Multiplier string
	Scale      float64
	// Unit is the unit or measure word as written after the multiplier (元, 美元, %, 个百分点,
	// 套, yuan, percent, US$…), "" for a bare number. Full-width ％ reads as %.
	Unit string
	// Noun is a known noun right after a measure word (项目 in 12个项目), else "".
	Noun string
	// Approx is true when 余 or 多 follows the number or its multiplier ("10余家", "2万余人"):
	// the figure is a lower bound.
	Approx bool
	// Qualifier is 以上, 左右, 以内 or 以下 right after the figure, "" if none; QualEnd is the end
	// of the figure and its qualifier (End when there is none).
	Qualifier string
	QualEnd   int
	// Ordinal is true for 第一, 第3 (第一名 → first place).
	Ordinal bool
	// Form says how the numeral is written.
	Form Form
}

// Amount is the value in base units: 4.7e9 for 47亿元 (yuan), 16000 for 1.6万套, 10 for 10%.
func (v Value) Amount() float64 { return v.Number * v.Scale }

// Dim is the dimension of the value's unit (DimCNY, DimPct, DimCount …; DimNone when bare).
func (v Value) Dim() string { return v.unit().dim }

// Class narrows a count: "people", "households", "enterprises", "projects" … ("" when the
// measure word is generic or the value is no count).
func (v Value) Class() string {
	if n, ok := zhNouns[v.Noun]; ok && v.Noun != "" {
		return n.class
	}
	return v.unit().class
}

// ChineseUnit is the multiplier and the unit written together, as a facts row's unit ("亿元",
// "万人", "%"; the unit alone when there is no multiplier). It is "" after an English
// multiplier ("4.7 billion yuan"); Report gives such figures in report form.
func (v Value) ChineseUnit() string {
	for _, m := range zhMultipliers {
		if v.Multiplier == m.text {
			return v.Multiplier + v.Unit
		}
	}
	if v.Multiplier != "" {
		return ""
	}
	return v.Unit
}

// ChineseWritten reports whether the figure's unit is one Chinese text writes (元, 个, %, 亩 …),
// as opposed to an English unit ("tonnes", "yuan") or none.
func (v Value) ChineseWritten() bool {
	_, ok := zhUnits[v.Unit]
	return ok
}

// Year reports whether the value looks like a year: a whole Arabic number from 1900 to 2100
// with no multiplier and no unit.
func (v Value) Year() bool {
	n := v.Number
	return v.Form == FormArabic && v.Unit == "" && v.Multiplier == "" && !v.Ordinal && n == float64(int(n)) && n >= 1900 && n <= 2100
}

func (v Value) unit() unit {
	if u, ok := zhUnits[v.Unit]; ok {
		return u
	}
	if u, ok := enUnits[strings.ToLower(v.Unit)]; ok {
		return u
	}
	for _, p := range enPrefixUnits {
		if strings.EqualFold(strings.TrimSpace(v.Unit), strings.TrimSpace(p.text)) {
			return p.u
		}
	}
	return unit{}
}

// Options narrow what FindWith reports. The zero value finds everything Find does.
type Options struct {
	// Only, when not zero, keeps the numbers whose numeral has one of these forms.
	Only Form
	// Ungrouped reads "1,234" as two numbers: for text whose commas separate clauses (report
	// text normalised to ASCII punctuation). By default a comma followed by exactly three
	// digits groups thousands.
	Ungrouped bool
	// Round also reports round numbers and scales written without digits (round.go): 近万名 as
	// 1万名 starting at 万, 超千人 as 1000人, 千亿级 as 1000亿. Their Form is FormChinese; Only
	// does not filter them.
	Round bool
	// Ranges gives a bare low end of a range the multiplier and unit of its high end: 50 of
	// 50-60亿元 reads as 50亿元 (round.go).
	Ranges bool
}

// Find returns the figures in s in order of position. Arabic numbers are all reported
// (except digits glued to a Latin letter, as in PM2.5 or G20); Chinese and English numerals
// only when they carry a unit, a multiplier, a percent or an ordinal mark (两个, 三万元, 百分之十,
// 第一名, "two million", "ten percent"), since bare 一 and "one" are mostly not figures.
func Find(s string) []Value { return FindWith(s, Options{}) }

// FindWith is Find with options.
func FindWith(s string, o Options) []Value {
	if o.Only == 0 {
		o.Only = allForms
	}
	sc := scanner{s: s, opts: o}
	vs := sc.all()
	if o.Round {
		vs = withRound(s, vs)
	}
	if o.Ranges {
		rangeUnits(s, vs)
	}
	return vs
}

// Parse reads text that is one figure, optionally followed by a qualifier (以上, 左右…) and
// surrounded by white space, a measure word possibly followed by its noun: "47亿元", "12个项目", "4.7 billion yuan", "百分之十", "四十七", "ten".
func Parse(text string) (Value, error) {
	sc := scanner{s: text, opts: Options{Only: allForms}, loose: true}
	start := len(text) - len(strings.TrimLeft(text, " \t\n"))
	if start == len(text) {
		return Value{}, fmt.Errorf("parse %q: empty: want a figure such as 47亿元", text)
	}
	v, ok := sc.at(start)
	if !ok || v.Start != start {
		return Value{}, fmt.Errorf("parse %q: not a number: want a figure such as 47亿元, 4.7 billion yuan or 百分之十", text)
	}
	rest := text[v.QualEnd:]
	if v.Noun != "" && v.QualEnd == v.End {
		rest = strings.TrimPrefix(rest, v.Noun) // 12个项目
	}
	if rest = strings.TrimSpace(rest); rest != "" {
		return Value{}, fmt.Errorf("parse %q: %q follows the number: want the figure alone", text, rest)
	}
	return v, nil
}
