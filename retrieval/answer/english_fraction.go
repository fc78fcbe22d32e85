package answer

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/retrieval"
)

// Figures written in words: fractions (占全市1/6, 三分之一) and tenths (八成) answer a question about a share as a
// percentage does, multiples (翻一番) one about growth; the English line states them in words
// with the original in brackets, "one sixth (占全市1/6)", "double (翻一番)".

// reFraction matches a fraction as reports write it: 1/6, 2/3, 三分之一.
var reFraction = lazyre.New(`(\d{1,2})/(\d{1,2})|([一二两三四五六七八九十])分之([一二三四五六七八九十])`)

// reTenths matches a share in tenths (八成, 九成以上): 成 after a single Chinese numeral, with the
// qualifier after it; not 成 starting a word (统一成立, 一成不变).
var reTenths = lazyre.New(`([一二两三四五六七八九])成(以上|左右|多)?`)

// tenthsWords are the characters after 成 that make it the start of a word, not a tenth.
const tenthsWords = "立为果功本员效就绩熟交型长品片都不"

var (
	fracNumerals    = []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
	fracOrdinals    = []string{"", "", "half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"}
	fracHanNumerals = map[string]int{"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
)

// quoteFraction is a fraction of a quote: its numerator and denominator and the bytes of the
// quote it spans.
type quoteFraction struct {
	n, d       int
	start, end int
	// qual is the qualifier after a share in tenths (以上 of 九成以上), "" for none.
	qual string
}

// english is the fraction in words: "one sixth", "two thirds", "a half"; a share in tenths as a
// percentage, "at least 90%" (九成以上).
func (f quoteFraction) english() string {
	if f.d == 10 {
		pct := strconv.Itoa(f.n*10) + "%"
		if q, ok := num.QualifierEnglish(f.qual); ok && f.qual != "" {
			return q + " " + pct
		}
		return pct
	}
	if f.d == 2 && f.n == 1 {
		return "one half"
	}
	w := fracOrdinals[f.d]
	if f.n > 1 {
		if w == "half" {
			w = "halve"
		}
		w += "s"
	}
	return fracNumerals[f.n] + " " + w
}

// quoteFractions are the fractions of a quote: a proper fraction of at most twelfths, not a
// date (1/6日).
func quoteFractions(quote string) []quoteFraction {
	var out []quoteFraction
	for _, m := range reFraction.FindAllStringSubmatchIndex(quote, -1) {
		f := quoteFraction{start: m[0], end: m[1]}
		if m[2] >= 0 {
			f.n, _ = strconv.Atoi(quote[m[2]:m[3]])
			f.d, _ = strconv.Atoi(quote[m[4]:m[5]])
		} else {
			f.d, f.n = fracHanNumerals[quote[m[6]:m[7]]], fracHanNumerals[quote[m[8]:m[9]]] // 三分之一: one third
		}
		if r, _ := utf8.DecodeRuneInString(quote[f.end:]); strings.ContainsRune("日号月", r) || f.n < 1 || f.n >= f.d || f.d > 12 {
			continue
		}
		out = append(out, f)
	}
	for _, m := range reTenths.FindAllStringSubmatchIndex(quote, -1) {
		r, _ := utf8.DecodeRuneInString(quote[m[1]:])
		p, _ := utf8.DecodeLastRuneInString(quote[:m[0]])
		if m[4] < 0 && strings.ContainsRune(tenthsWords, r) || fracHanNumerals[string(p)] > 0 || p == '百' || p == '千' || p == '万' {
			continue
		}
		f := quoteFraction{n: fracHanNumerals[quote[m[2]:m[3]]], d: 10, start: m[0], end: m[1]}
		if m[4] >= 0 {
			f.qual = quote[m[4]:m[5]]
		}
		out = append(out, f)
	}
	slices.SortFunc(out, func(x, y quoteFraction) int { return x.start - y.start })
	return out
}

// shareFraction is the figure part of an English line for a question about a share when the
// quote states it as a fraction: "park green space one sixth (占全市1/6)", with the asked term it
// is attached to; false when the question asks no share or the quote has no fraction.
func shareFraction(a retrieval.Plan, quote string) (line string, f quoteFraction, ok bool) {
	if questionFigure(a).dim != num.DimPct {
		return "", f, false
	}
	fs := quoteFractions(quote)
	if len(fs) == 0 {
		return "", f, false
	}
	f = fs[0]
	cs, ce := clauseBounds(quote, f.start, f.end)
	from := f.start
	if i := strings.LastIndex(quote[cs:f.start], "占"); i >= 0 && utf8.RuneCountInString(quote[cs+i:f.start]) <= 4 {
		from = cs + i // 占全市1/6: of what it is a share
	}
	line = f.english() + " (" + quote[from:f.end] + ")"
	if l := termLabel(a, quote[cs:ce], from-cs); l != "" {
		line = asWritten(a.Question, l) + " " + line
	}
	return line, f, true
}

// wordMultiples are multiples a report writes in words, with their English: 翻一番 (double).
var wordMultiples = []struct{ zh, en string }{{"翻一番", "double"}, {"翻两番", "quadruple"}, {"翻三番", "eightfold"}, {"翻番", "double"}}

// multipleWords is the figure part of an English line for a quote whose clause holding a term of
// the question states a multiple in words: "industrial output double (翻一番)"; false for none.
// Like a fraction, it answers when no figure of the quote does.
func multipleWords(a retrieval.Plan, quote string) (line string, start, end int, ok bool) {
	for _, m := range wordMultiples {
		i := strings.Index(quote, m.zh)
		if i < 0 {
			continue
		}
		cs, ce := clauseBounds(quote, i, i+len(m.zh))
		if !holdsTerm(a, quote[cs:ce]) {
			continue
		}
		line = m.en + " (" + m.zh + ")"
		if l := termLabel(a, quote[cs:ce], i-cs); l != "" {
			line = asWritten(a.Question, l) + " " + line
		}
		return line, i, i + len(m.zh), true
	}
	return "", 0, 0, false
}
