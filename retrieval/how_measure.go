package retrieval

// howMeasures are the adjectives a "how …" question asks its figure with: "how big is the
// investment", "how long does it take", "how far", "how high". They name the kind of figure
// asked (english_question.go reads "how long" from the question itself), not a thing a report
// holds: searched, "big" reached 大 of 门诊大楼 and "long" 长 of every 增长.
var howMeasures = map[string]bool{"big": true, "large": true, "long": true, "far": true, "high": true, "tall": true,
	"wide": true, "deep": true, "old": true, "often": true, "soon": true, "fast": true, "quickly": true, "heavy": true,
	"small": true, "low": true, "close": true}

// howMeasure reports whether word i of q (words: reEnWord's matches) is the adjective of a
// "how big"/"how long" question word.
func howMeasure(q string, words [][]int, i int) bool {
	if i == 0 || !howMeasures[q[words[i][0]:words[i][1]]] {
		return false
	}
	p := words[i-1]
	return q[p[0]:p[1]] == "how" && q[p[1]:words[i][0]] == " "
}
