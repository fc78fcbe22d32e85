package zh

import "strings"

// sentenceEnd holds the marks that end a sentence in report text. The semicolon counts: report
// sentences chain clauses with ; and each clause usually states one measure.
const sentenceEnd = "。!?;!?;"

// closers may follow a sentence end and belong to the sentence (closing quotes and brackets).
const closers = "”’」』)】》\"'"

// Sentences splits s into sentences after 。!?; (full- or half-width), keeping every mark
// with its sentence; closing quotes after the mark stay with it. Concatenating the result gives
// back s exactly.
func Sentences(s string) []string {
	var out []string
	start := 0
	rs := []rune(s)
	pos := 0 // byte offset of rs[i]
	for i := 0; i < len(rs); i++ {
		pos += len(string(rs[i]))
		if !strings.ContainsRune(sentenceEnd, rs[i]) {
			continue
		}
		for i+1 < len(rs) && (strings.ContainsRune(closers, rs[i+1]) || strings.ContainsRune(sentenceEnd, rs[i+1])) {
			i++
			pos += len(string(rs[i]))
		}
		out = append(out, s[start:pos])
		start = pos
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// clauseBreaks are where an over-long sentence may be cut.
const clauseBreaks = ",、:,:"

// Clauses splits s after , 、 and :, keeping the marks; concatenating gives back s.
func Clauses(s string) []string {
	var out []string
	start := 0
	for i, r := range s {
		if strings.ContainsRune(clauseBreaks, r) {
			end := i + len(string(r))
			out = append(out, s[start:end])
			start = end
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}
