package num

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// scanner finds figures in s. loose (Parse) also accepts bare Chinese and English numerals.
type scanner struct {
	s     string
	opts  Options
	loose bool
}

func (sc *scanner) all() []Value {
	var out []Value
	s := sc.s
	for i := 0; i < len(s); {
		if v, ok := sc.at(i); ok {
			out = append(out, v)
			i = max(v.End, i+1)
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return out
}

// at reads the figure that starts at byte i of s, if any.
func (sc *scanner) at(i int) (Value, bool) {
	s := sc.s
	c := s[i]
	v := Value{Start: i, Scale: 1}
	j := i
	// A currency mark before the number: US$4.7 billion, ¥500, RMB 3 million. A unit after the
	// number wins over it.
	prefix := ""
	if (c == '$' || c == 0xC2 || c == 0xEF || isASCIILetter(c)) && (i == 0 || !isASCIILetter(s[i-1])) {
		for _, p := range enPrefixUnits {
			if k := i + len(p.text); k < len(s) && strings.EqualFold(s[i:k], p.text) && digitAt(s, k) > 0 {
				prefix, j = strings.TrimSpace(s[i:k]), k
				break
			}
		}
	}
	switch {
	case strings.HasPrefix(s[j:], "第"):
		v.Ordinal = true
		j += len("第")
	case strings.HasPrefix(s[j:], "百分之"):
		j += len("百分之")
		v.Unit = "%"
	}
	if !sc.numeral(&v, j) {
		return Value{}, false
	}
	percent := v.Unit == "%"
	sc.suffix(&v, percent)
	switch {
	case prefix != "" && v.Unit == "":
		v.Unit = prefix
	case prefix != "":
		v.Start = v.NumStart
	}
	if !sc.loose && v.Form != FormArabic && !v.Ordinal && !percent && v.Unit == "" && v.Multiplier == "" && !v.Approx && !runCount(s, v) {
		return Value{}, false
	}
	if v.Form == FormChinese && !v.Ordinal && v.Number == 1 && v.Multiplier == "" && strings.HasSuffix(s[:v.Start], "每") {
		// 每一名工作人员, 每一份付出: "every single one", not a count of one.
		return Value{}, false
	}
	if v.Form&sc.opts.Only == 0 {
		return Value{}, false
	}
	v.Text = s[v.Start:v.End]
	v.QualEnd = v.End
	for _, q := range []string{"以上", "左右", "以内", "以下"} {
		if strings.HasPrefix(s[v.End:], q) {
			v.Qualifier, v.QualEnd = q, v.End+len(q)
			break
		}
	}
	return v, true
}

// numeral reads the numeral at j into v (Number, Form, NumStart, NumEnd and, for Chinese and
// English numerals that end in one, Multiplier).
func (sc *scanner) numeral(v *Value, j int) bool {
	s := sc.s
	v.NumStart = j
	if j >= len(s) {
		return false
	}
	if digitAt(s, j) > 0 {
		if j > 0 && j == v.Start && !v.Ordinal {
			// Digits glued to a Latin letter or following a decimal point are not a number
			// of their own: PM2.5, G20, 1.2.3.
			prev := s[j-1]
			if isDigitByte(prev) || prev == '.' || isASCIILetter(prev) {
				return false
			}
			if r, _ := utf8.DecodeLastRuneInString(s[:j]); isFullWidthDigit(r) {
				return false
			}
		}
		end, text := sc.arabic(j)
		n, err := strconv.ParseFloat(text, 64)
		if err != nil {
			return false
		}
		v.Number, v.NumEnd, v.Form = n, end, FormArabic
		return true
	}
	if n, end, mult, ok := chineseNumeral(s, j); ok && sc.opts.Only&FormChinese != 0 {
		v.Number, v.NumEnd, v.Form = n, end, FormChinese
		v.setMultiplier(mult)
		return true
	}
	if sc.opts.Only&FormEnglish == 0 || v.Ordinal || v.Unit != "" || !isASCIILetter(s[j]) || j > 0 && isASCIILetter(s[j-1]) {
		return false
	}
	if n, end, mult, ok := englishNumeral(s, j); ok {
		v.Number, v.NumEnd, v.Form = n, end, FormEnglish
		v.setMultiplier(mult)
		return true
	}
	return false
}

func (v *Value) setMultiplier(m string) {
	v.Multiplier, v.Scale = m, 1
	for _, z := range zhMultipliers {
		if z.text == m {
			v.Scale = z.scale
		}
	}
	for _, e := range enMultipliers {
		if e.text == m {
			v.Scale = e.scale
		}
	}
}

// arabic reads digits at j (ASCII or full-width, thousands groups unless Ungrouped, one
// decimal part) and returns their end and their ASCII text.
func (sc *scanner) arabic(j int) (int, string) {
	s := sc.s
	var b strings.Builder
	digits := func(k int) int {
		for {
			n := digitAt(s, k)
			if n == 0 {
				return k
			}
			b.WriteByte(digitValue(s, k))
			k += n
		}
	}
	start := j
	j = digits(j)
	if !sc.opts.Ungrouped && j-start <= 3 && digitAt(s, start) == 1 {
		for j+3 < len(s) && s[j] == ',' && isDigitByte(s[j+1]) && isDigitByte(s[j+2]) && isDigitByte(s[j+3]) && digitAt(s, j+4) == 0 {
			j = digits(j + 1)
		}
	}
	if j+1 < len(s) && (s[j] == '.' && digitAt(s, j+1) > 0) {
		b.WriteByte('.')
		j = digits(j + 1)
	} else if strings.HasPrefix(s[j:], "．") && digitAt(s, j+len("．")) > 0 {
		b.WriteByte('.')
		j = digits(j + len("．"))
	}
	return j, b.String()
}

// suffix reads what follows the numeral: 余/多, a multiplier, 余/多 again, a unit and a noun
// after a measure word. percent is true when 百分之 already gave the unit.
func (sc *scanner) suffix(v *Value, percent bool) {
	s := sc.s
	k := v.NumEnd
	v.End = k
	approx := func() {
		for _, a := range []string{"余", "多"} {
			if strings.HasPrefix(s[k:], a) && v.Form != FormEnglish {
				k += len(a)
				v.Approx, v.End = true, k
				return
			}
		}
	}
	if percent {
		return
	}
	approx()
	zhOK, enOK := v.Form != FormEnglish, v.Form != FormChinese
	sp := k + spaces(s[k:])
	if v.Multiplier == "" {
		if zhOK {
			for _, m := range zhMultipliers {
				if strings.HasPrefix(s[sp:], m.text) {
					v.setMultiplier(m.text)
					k = sp + len(m.text)
					v.End = k
					approx()
					sp = k + spaces(s[k:])
					break
				}
			}
		}
		if enOK && v.Multiplier == "" && !v.Approx {
			for _, m := range enMultipliers {
				if hasWordPrefixFold(s[sp:], m.text) {
					v.setMultiplier(m.text)
					k = sp + len(m.text)
					v.End = k
					sp = k + spaces(s[k:])
					break
				}
			}
		}
	}
	if zhOK {
		if u := longestUnit(s[sp:], &zhUnits); u != "" {
			v.Unit = u
			if u == "％" {
				v.Unit = "%"
			}
			v.End = sp + len(u)
			if zu := zhUnits[u]; zu.dim == DimCount && zu.class == "" {
				// A noun names what a generic measure word counts: 12个项目, 3个村.
				v.Noun = longestUnit(s[v.End:], &zhNouns)
			}
			return
		}
	}
	if enOK {
		if u, n := longestEnUnit(s[sp:]); u != "" {
			v.Unit = s[sp : sp+n]
			v.End = sp + n
		}
	}
}

// spaces returns the length of the blanks (spaces, tabs) s starts with, at most 2.
func spaces(s string) int {
	n := 0
	for n < len(s) && n < 2 && (s[n] == ' ' || s[n] == '\t') {
		n++
	}
	return n
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isFullWidthDigit(r rune) bool { return r >= '０' && r <= '９' }

// digitAt returns the byte length of the digit (ASCII or full-width) at s[i], 0 if none.
func digitAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if isDigitByte(s[i]) {
		return 1
	}
	if s[i] == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99 {
		return 3
	}
	return 0
}

// digitValue returns the ASCII digit for the digit at s[i].
func digitValue(s string, i int) byte {
	if isDigitByte(s[i]) {
		return s[i]
	}
	return '0' + s[i+2] - 0x90
}

// runUnits are the units a run of periods or times is counted in after 连续 (连续三年, 连续两届).
var runUnits = []string{"年", "次", "届", "天", "周", "期"}

// runCount reports whether a bare Chinese numeral counts a run: 连续 before it and a unit of
// time or turns after (连续三年, 连续两次) — a count as sure as 连续3年, where elsewhere 三年
// is as often a name (三年行动) as a figure.
func runCount(s string, v Value) bool {
	return v.Form == FormChinese && strings.HasSuffix(s[:v.Start], "连续") &&
		slices.ContainsFunc(runUnits, func(u string) bool { return strings.HasPrefix(s[v.End:], u) })
}
