package num

import "strings"

var enSmall = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var enScales = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

// englishNumeral reads number words at s[i:] ("seven", "twenty-one", "one hundred and five",
// "two million", "three hundred thousand"). A trailing scale word after a part below a
// thousand is returned as the multiplier ("two million" → 2 and million), like "2 million".
func englishNumeral(s string, i int) (n float64, end int, mult string, ok bool) {
	var total, cur float64
	lastEnd := i
	seen := false
	lastTens := false // the last word was a tens word (twenty-one)
	lastWord := ""
	var beforeLast float64 // total+cur before a final scale word
	j := i
	for {
		w, wEnd := wordAt(s, j)
		if w == "" {
			break
		}
		lw := strings.ToLower(w)
		switch {
		case enSmall[lw] != 0 || lw == "zero":
			v := enSmall[lw]
			if seen && !(lastTens && v < 10) && !(lastWord == "hundred" || enScales[lastWord] != 0 || lastWord == "and") {
				return finish(total+cur, lastEnd, lastWord, beforeLast, seen)
			}
			cur += v
			lastTens = v >= 20 && v < 100 && int(v)%10 == 0
		case lw == "hundred":
			if !seen || cur == 0 || cur >= 100 {
				return finish(total+cur, lastEnd, lastWord, beforeLast, seen)
			}
			cur *= 100
			lastTens = false
		case enScales[lw] != 0:
			if !seen || cur == 0 {
				return finish(total+cur, lastEnd, lastWord, beforeLast, seen)
			}
			beforeLast = total
			total += cur * enScales[lw]
			cur = 0
			lastTens = false
		case lw == "and" && seen && (lastWord == "hundred" || enScales[lastWord] != 0):
			// "one hundred and five": only when a number word follows.
			next, _ := wordAt(s, wEnd)
			if enSmall[strings.ToLower(next)] == 0 {
				return finish(total+cur, lastEnd, lastWord, beforeLast, seen)
			}
			lastWord = "and"
			j = wEnd
			continue
		default:
			return finish(total+cur, lastEnd, lastWord, beforeLast, seen)
		}
		seen = true
		lastWord = lw
		lastEnd = wEnd
		j = wEnd
	}
	return finish(total+cur, lastEnd, lastWord, beforeLast, seen)
}

func finish(n float64, end int, last string, beforeLast float64, seen bool) (float64, int, string, bool) {
	if !seen {
		return 0, 0, "", false
	}
	if sc := enScales[last]; sc != 0 && beforeLast == 0 {
		return n / sc, end, last, true
	}
	return n, end, "", true
}

// wordAt returns the word at s[j:] (after one space or hyphen when j is not at a letter) and
// its end; "" when none.
func wordAt(s string, j int) (string, int) {
	k := j
	if k < len(s) && !isASCIILetter(s[k]) {
		if s[k] != ' ' && s[k] != '-' || k == 0 || !isASCIILetter(s[k-1]) {
			return "", j
		}
		k++
	}
	start := k
	for k < len(s) && isASCIILetter(s[k]) {
		k++
	}
	if k == start {
		return "", j
	}
	return s[start:k], k
}
