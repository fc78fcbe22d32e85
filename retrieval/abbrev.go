package retrieval

// Abbreviations: a question often names a report's compound by the first characters of its
// parts (社零 for 社会消费品零售总额, 固投 for 固定资产投资, 文保单位 for 文物保护单位, 污水厂 for
// 污水处理厂). Such a word is in no report and often in no dictionary, but the evidence writes
// the compound it shortens.

// maxAbbrevSkip is the most characters of the compound an abbreviation may leave out between
// two parts it keeps (消费品 of 社会消费品零售, 与试验 of 研究与试验发展).
const maxAbbrevSkip = 3

// shortens reports whether the run, a question word no report writes, shortens a compound the
// sentence holds: the run is, in order, a leading piece (one character or more) of each of two
// or more of the sentence's dictionary words, each after the last with at most maxAbbrevSkip
// characters left out between them; after a kept piece of two characters the run's last may
// also be a one-character word ending the compound (厂 of 污水处理厂). Every part kept starts a dictionary word of the
// sentence, so two characters the sentence holds apart by chance do not count.
func shortens(keysOf senseKeysFunc, run, sentence string) bool {
	if keysOf == nil {
		return false
	}
	rs, ss := []rune(run), []rune(sentence)
	if len(rs) < 2 {
		return false
	}
	for k := range ss {
		if ss[k] == rs[0] && abbrevFrom(keysOf, rs, ss, k, 0) {
			return true
		}
	}
	return false
}

// abbrevFrom reports whether rs is an abbreviation of the sentence's words from position k on,
// parts kept so far.
func abbrevFrom(keysOf senseKeysFunc, rs, ss []rune, k, parts int) bool {
	for n := min(maxPivotWord, len(ss)-k); n >= 2; n-- {
		if _, ok := keysOf(string(ss[k : k+n])); !ok {
			continue
		}
		for p := 1; p <= n && p <= len(rs) && rs[p-1] == ss[k+p-1]; p++ {
			if p == len(rs) {
				if parts >= 1 {
					return true
				}
				continue
			}
			for q := k + n; q <= k+n+maxAbbrevSkip && q < len(ss); q++ {
				if ss[q] != rs[p] {
					continue
				}
				if p+1 == len(rs) && p >= 2 {
					// After a whole word kept (污水), the last character as a word of its own
					// ending the compound (厂).
					if _, ok := keysOf(string(ss[q])); ok && !startsDictWord(keysOf, ss, q) {
						return true
					}
				}
				if abbrevFrom(keysOf, rs[p:], ss, q, parts+1) {
					return true
				}
			}
		}
	}
	return false
}

// startsDictWord reports whether a dictionary word of two or more characters starts at position q.
func startsDictWord(keysOf senseKeysFunc, ss []rune, q int) bool {
	for n := 2; n <= maxPivotWord && q+n <= len(ss); n++ {
		if _, ok := keysOf(string(ss[q : q+n])); ok {
			return true
		}
	}
	return false
}
