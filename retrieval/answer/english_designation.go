package answer

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/en"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/retrieval"
)

// Designations: numbers that name a thing rather than count it (G228国道, 17#18#泊位, 114号楼,
// 14号线), and the grades a thing is rated at (四星级, 4A级). quoteValues leaves them out of the figures; a "which …" question asks for them
// ("which national highway", "which berths", "which building"), and its English line states
// them: "Shacheng town (沙埕镇), 2023 target: national highway G228 (G228国道)".

var (
	// reWhichQ is an English question asking which thing: "which national highway …", "what
	// building …"; its group is the words after the question word.
	reWhichQ = lazyre.New(`(?i)\b(?:which|what)\s+([a-z][a-z -]*)`)
	// reDesignation is a designation of a quote: a Latin code (G228, S3), numbers before # (17#18#)
	// or before 号 (114号楼, 14号线) or a road class (228国道), with the one or two Han characters that
	// name the kind of thing.
	reDesignation = lazyre.New(`([A-Z]{1,2}[0-9]{1,4}|(?:[0-9]{1,4}#)+|[0-9]{1,4}号|[0-9]{1,4}(?:国道|省道|县道))(\p{Han}{0,2})`)
	// roadKinds are the road classes a number names a road before (228国道: national highway 228).
	roadKinds = []string{"国道", "省道", "县道"}
	// reGrade is a grade a thing is rated at: stars (四星级, 5星) or a letter grade (4A级, 5A).
	reGrade = lazyre.New(`([一二三四五六七1-7])星级?|([1-5]A)级?`)
	// starWords are the English numbers of a star rating.
	starWords = map[string]string{"一": "one", "二": "two", "三": "three", "四": "four", "五": "five", "六": "six", "七": "seven",
		"1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven"}
)

// designation is one designation of a quote: its bytes and its English ("G228", "Nos. 17 and 18",
// "four-star"); grade is true for a rating, which the question's noun does not lead.
type designation struct {
	start, end int
	english    string
	grade      bool
}

// quoteDesignations are the designations of a quote (reDesignation) in a clause that holds a
// weighty term of the question (holdsTerm), in order; a Latin code must stand in Chinese text
// (not inside an English word) and a number before 号 must not be a date (6月30号).
func quoteDesignations(a retrieval.Plan, quote string) []designation {
	var out []designation
	for _, m := range reDesignation.FindAllStringSubmatchIndex(quote, -1) {
		code := quote[m[2]:m[3]]
		if m[2] > 0 && isLatin(quote[m[2]-1]) || m[3] < len(quote) && isLatin(quote[m[3]]) || strings.HasSuffix(code, "号") && strings.HasPrefix(quote[m[3]:], "召") {
			continue
		}
		if before := quote[:m[2]]; strings.HasSuffix(before, "月") || strings.HasSuffix(before, "第") {
			continue
		}
		cs, ce := clauseBounds(quote, m[2], m[3])
		if !holdsTerm(a, quote[cs:ce]) {
			continue
		}
		end, kind := m[5], quote[m[4]:m[5]] // the noun belongs to the original: G228国道, 17#18#泊位
		if slices.ContainsFunc(roadKinds, func(k string) bool { return strings.HasSuffix(code, k) }) {
			end = m[3] // 228国道
		} else if strings.HasSuffix(code, "号") {
			if kind == "" {
				continue // a bare 号 names nothing
			}
			end = m[3] // 1号文件: the number
			if r := []rune(kind)[0]; strings.ContainsRune("楼线院", r) {
				end += len(string(r)) // 114号楼
			}
		}
		out = append(out, designation{start: m[2], end: end, english: designationEnglish(code)})
	}
	for _, m := range reGrade.FindAllStringSubmatchIndex(quote, -1) {
		cs, ce := clauseBounds(quote, m[0], m[1])
		if !holdsTerm(a, quote[cs:ce]) || m[0] > 0 && (isLatin(quote[m[0]-1]) || quote[m[0]-1] >= '0' && quote[m[0]-1] <= '9') {
			continue
		}
		d := designation{start: m[0], end: m[1], grade: true}
		if m[2] >= 0 {
			d.english = starWords[quote[m[2]:m[3]]] + "-star" // 四星级: four-star
		} else {
			d.english = quote[m[4]:m[5]] + "-grade" // 4A级: 4A-grade
		}
		out = append(out, d)
	}
	slices.SortFunc(out, func(x, y designation) int { return x.start - y.start })
	return out
}

// designationEnglish writes a designation's number in English: "G228", "No. 114", "Nos. 17 and 18".
func designationEnglish(code string) string {
	for _, k := range roadKinds {
		if n, ok := strings.CutSuffix(code, k); ok {
			return n // 228国道: the road's number
		}
	}
	if strings.HasSuffix(code, "号") {
		return "No. " + strings.TrimSuffix(code, "号")
	}
	if !strings.Contains(code, "#") {
		return code
	}
	nums := strings.FieldsFunc(code, func(r rune) bool { return r == '#' })
	if len(nums) == 1 {
		return "No. " + nums[0]
	}
	return "Nos. " + strings.Join(nums[:len(nums)-1], ", ") + " and " + nums[len(nums)-1]
}

func isLatin(b byte) bool { return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' }

// designationLine states the designations of the quote that answer a "which …" English question
// (no figure asked): "national highway G228 (G228国道)", the question's noun before each; ok is
// false for other questions ("what did … say about …" asks for no thing) or a quote without one.
func designationLine(a retrieval.Plan, quote string) (parts []string, at []quoteFigure, ok bool) {
	m := reWhichQ.FindStringSubmatch(a.Question)
	if a.Lang != "en" || m == nil || questionFigure(a).asks {
		return nil, nil, false
	}
	noun := whichNoun(m[1])
	if noun == "" {
		return nil, nil, false // "what did … say about Metro Line 14": no thing asked for
	}
	for _, d := range quoteDesignations(a, quote) {
		orig := quote[d.start:d.end]
		s := d.english + " (" + orig + ")"
		if noun != "" && !d.grade {
			s = noun + " " + s
		}
		parts = append(parts, s)
		at = append(at, quoteFigure{v: num.Value{Start: d.start, End: d.end, QualEnd: d.end}})
	}
	return parts, at, len(parts) > 0
}

// whichNoun is the noun a "which …" question asks for, up to its verb ("national highway" of
// "which national highway is Shacheng starting…"): the words before the first question or verb
// word ("what happened …" asks for none).
func whichNoun(words string) string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(words)) {
		if subjectStop[w] || en.EdForm(w) || len(out) > 0 && strings.HasSuffix(w, "ing") {
			break
		}
		out = append(out, w)
	}
	if len(out) > 3 {
		return ""
	}
	return strings.Join(out, " ")
}
