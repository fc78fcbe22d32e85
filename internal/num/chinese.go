package num

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

var zhDigits = map[rune]int{'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

var zhSmallUnits = map[rune]float64{'十': 10, '百': 100, '千': 1000}

// maxZhRunes bounds a Chinese numeral's length.
const maxZhRunes = 24

// chineseNumeral reads a Chinese numeral at s[i:]: 七, 十二, 三百零五, 一千二百万, 两万, 三点五,
// 二〇二三. A trailing 万, 亿 or 万亿 after a part without either is returned as the multiplier
// (三万 → 3 and 万), like 3万. ok is false when no well-formed numeral starts at i; a numeral
// must start with a digit or 十, so 百姓, 千万 (by all means) and 万一 are not numbers — but for a
// round sum of money written without its 一 (roundMoney: 超千万元).
func chineseNumeral(s string, i int) (n float64, end int, mult string, ok bool) {
	first, _ := utf8.DecodeRuneInString(s[i:])
	if n, end, mult, ok := roundMoney(s, i); ok {
		return n, end, mult, true
	}
	if _, d := zhDigits[first]; !d && first != '十' || first == '零' {
		return 0, 0, "", false
	}
	// The run of numeral characters; 点 only when a digit follows it.
	var rs []rune
	j := i
	for j < len(s) && len(rs) < maxZhRunes {
		r, size := utf8.DecodeRuneInString(s[j:])
		_, isDigit := zhDigits[r]
		_, isSmall := zhSmallUnits[r]
		if !isDigit && !isSmall && r != '万' && r != '亿' && r != '点' {
			break
		}
		if r == '点' {
			next, _ := utf8.DecodeRuneInString(s[j+size:])
			if _, d := zhDigits[next]; !d || strings.ContainsRune(string(rs), '点') {
				break
			}
		}
		rs = append(rs, r)
		j += size
	}
	// Shorten the run until it parses: 十四五 reads as nothing, 三十一二 as nothing.
	for len(rs) > 0 {
		if v, m, good := parseZh(rs); good {
			return v, i + len(string(rs)), m, true
		}
		rs = rs[:len(rs)-1]
	}
	return 0, 0, "", false
}

// parseZh parses a whole run of numeral characters.
func parseZh(rs []rune) (float64, string, bool) {
	if len(rs) == 0 || rs[len(rs)-1] == '点' {
		return 0, "", false
	}
	// Split off the decimals: 三点五 (digits after 点 are read one by one).
	intPart, frac := rs, []rune(nil)
	for k, r := range rs {
		if r == '点' {
			intPart, frac = rs[:k], rs[k+1:]
			break
		}
	}
	// A trailing multiplier after decimals or after a part without 万/亿: 三点五万, 两万, 一千二百万.
	mult := ""
	body := intPart
	var tail []rune
	if len(frac) > 0 {
		frac, tail = splitMultiplier(frac)
	} else {
		body, tail = splitMultiplier(intPart)
	}
	if len(tail) > 0 {
		mult = string(tail)
		if strings.ContainsAny(string(body), "万亿") || len(body) == 0 {
			// 一亿二千万: the 万 is part of the numeral.
			body, mult = intPart, ""
			if len(frac) > 0 {
				return 0, "", false
			}
		}
	}
	n, ok := zhInteger(body)
	if !ok {
		return 0, "", false
	}
	if len(frac) > 0 {
		scale := 0.1
		for _, r := range frac {
			d, isDigit := zhDigits[r]
			if !isDigit {
				return 0, "", false
			}
			n += float64(d) * scale
			scale /= 10
		}
		n = roundSig(n)
	}
	return n, mult, true
}

// splitMultiplier splits a trailing 万, 亿 or 万亿 off rs.
func splitMultiplier(rs []rune) (body, mult []rune) {
	switch s := string(rs); {
	case strings.HasSuffix(s, "万亿"):
		return rs[:len(rs)-2], rs[len(rs)-2:]
	case strings.HasSuffix(s, "亿"), strings.HasSuffix(s, "万"):
		return rs[:len(rs)-1], rs[len(rs)-1:]
	}
	return rs, nil
}

// zhInteger parses a whole Chinese numeral: positional (二〇二三) or with units (三百零五,
// 一万五, 十二, 两千, 一亿二千万).
func zhInteger(rs []rune) (float64, bool) {
	if len(rs) == 0 {
		return 0, false
	}
	// Digits alone are positional from three on (二〇二三); 一一 and 三四 are not numbers.
	positional := len(rs) > 2
	for _, r := range rs {
		if _, d := zhDigits[r]; !d {
			positional = false
		}
	}
	if positional {
		n := 0.0
		for _, r := range rs {
			n = n*10 + float64(zhDigits[r])
		}
		return n, true
	}
	var yi, wan, small float64 // completed 亿 part, 万 part, part below 万
	digit := -1                // pending digit
	zero := false              // a 零 since the last unit
	lastUnit := 0.0            // the last unit read (for 一万五 = 15000 and order checks)
	smallUnit := 1e5           // the last of 十/百/千 in this section: they must descend
	for _, r := range rs {
		if d, ok := zhDigits[r]; ok {
			if digit > 0 {
				return 0, false // two digits in a row: 十四五
			}
			if d == 0 {
				zero = true
				digit = -1
				continue
			}
			digit = d
			continue
		}
		switch r {
		case '十', '百', '千':
			u := zhSmallUnits[r]
			if digit < 0 {
				if r != '十' || small != 0 && !zero {
					return 0, false
				}
				digit = 1
			}
			if u >= smallUnit {
				return 0, false
			}
			small += float64(digit) * u
			smallUnit, lastUnit, digit, zero = u, u, -1, false
		case '万':
			if digit > 0 {
				small += float64(digit)
			}
			if small == 0 || wan != 0 {
				return 0, false
			}
			wan, small = small*1e4, 0
			smallUnit, lastUnit, digit, zero = 1e5, 1e4, -1, false
		case '亿':
			if digit > 0 {
				small += float64(digit)
			}
			if small+wan == 0 || yi != 0 {
				return 0, false
			}
			yi, wan, small = (wan+small)*1e8, 0, 0
			smallUnit, lastUnit, digit, zero = 1e5, 1e8, -1, false
		default:
			return 0, false
		}
	}
	if digit > 0 {
		if !zero && lastUnit >= 100 {
			// 一万五 is 15000, 三百五 is 350: a digit right after a unit counts in the next lower.
			small += float64(digit) * lastUnit / 10
		} else {
			small += float64(digit)
		}
	}
	return yi + wan + small, true
}

// roundMoney reads a round sum of money written without its leading 一: 千万元, 百万元, 十万元,
// 千亿元 ("力争村均经营性收入超千万元": over ten million yuan). Only before 元 is such a
// word a number: 千万 alone means "by all means". Nor is it one after a digit or a word for
// "several": the 千万元 of 1.5千万元 is no ten million yuan of its own, and 数百万元 or 几千万元
// states no round sum.
func roundMoney(s string, i int) (n float64, end int, mult string, ok bool) {
	if prev, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsDigit(prev) || strings.ContainsRune("零〇一二两三四五六七八九点.数几", prev) {
		return 0, 0, "", false
	}
	small, size := utf8.DecodeRuneInString(s[i:])
	v, isSmall := zhSmallUnits[small]
	if !isSmall {
		return 0, 0, "", false
	}
	big, bsize := utf8.DecodeRuneInString(s[i+size:])
	if big != '万' && big != '亿' || !strings.HasPrefix(s[i+size+bsize:], "元") {
		return 0, 0, "", false
	}
	return v, i + size + bsize, string(big), true
}
