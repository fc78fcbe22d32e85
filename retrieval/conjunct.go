package retrieval

import (
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/internal/zh"
)

// Conjunctive list questions ("Which reports talk about both X and Y?", 哪些报告同时提到了X和Y,
// 哪几篇既讲了X,又讲了Y, 哪些报告提到了X,也提到了Y) ask for the reports where every part
// holds. Read as one topic, the frame words (both, 同时, 既讲, 又讲) become subjects the
// reports never mention and the question is declined. Conjuncts splits such a question into
// one plain list question per part, so each part is decided per report as any list is and the
// answer lists the reports where all hold (answer/conjunct.go).

// zhMentionVerb is a verb of mentioning that frames a part of a Chinese list question.
const zhMentionVerb = `(?:提到|提及|讲到|讲|谈到|谈|说到|涉及|写到|部署|关注)`

var (
	// reZhBoth: 既(讲了)X,又(讲了)Y.
	reZhBoth = lazyre.New(`既` + zhMentionVerb + `?了?(.+?)[,，、]?\s*又` + zhMentionVerb + `?了?(.+)$`)
	// reZhTogether: 同时(提到了)X和Y.
	reZhTogether = lazyre.New(`同时` + zhMentionVerb + `了?(.+?)(?:和|与|以及|及|跟)(.+)$`)
	// reZhAlso: (提到了)X,也/并且/而且/同时(还)(提到了)Y; the second verb is required, so that
	// "而且报出了具体个数" (a condition on the same topic) is not read as a second topic.
	reZhAlso = lazyre.New(zhMentionVerb + `了?(.+?)[,，、]\s*(?:也|并且|而且|同时|又)还?` + zhMentionVerb + `了?(.+)$`)
	// reZhTail is what follows a part in a question that puts the list ask last
	// (…的是哪几篇?, …的报告有哪些?).
	reZhTail = lazyre.New(`(?:的(?:报告|地方)?)?(?:是|有)?(?:哪.*)?$`)
	// reEnBoth: "… both X and Y" in a which-question.
	reEnBoth = lazyre.New(`(?i)^(?:which|what)\b.*?\bboth\s+(.+?)\s+and\s+(.+?)\s*$`)
	// reWhichOfThe: "which of the (nine) reports/places" and "九篇报告里,哪几篇": a list over
	// every report, said with the number of reports or the kind of place.
	reWhichOfThe = lazyre.New(`(?i)\bwhich\s+of\s+the\s+(?:nine\s+|9\s+)?(reports?|places|towns|districts|governments)\b`)
	reZhOfNine   = lazyre.New(`^(?:这|在)?(?:九|9)(?:篇|份|个)(?:报告|地方|政府工作报告)(?:里|中|当中|之中|里面)?[,，]?\s*(哪)`)
)

// Conjuncts returns the parts of a conjunctive list question, each as a plain list question
// in the question's language ("哪些报告提到了X?", "Which reports mention X?"), or nil when
// the question is not one.
func Conjuncts(question string) []string {
	q := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(question), "?？。.!！"))
	if strings.ContainsFunc(q, zh.IsHan) {
		if !strings.Contains(q, "哪") {
			return nil
		}
		for _, re := range []*lazyre.Regexp{reZhBoth, reZhTogether, reZhAlso} {
			m := re.FindStringSubmatch(q)
			if m == nil {
				continue
			}
			x, y := cleanZhPart(m[1]), cleanZhPart(m[2])
			if x == "" || y == "" {
				return nil
			}
			return []string{"哪些报告提到了" + x + "?", "哪些报告提到了" + y + "?"}
		}
		return nil
	}
	m := reEnBoth.FindStringSubmatch(q)
	if m == nil || !isListAskEN(q) {
		return nil
	}
	x, y := strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
	if x == "" || y == "" || len(strings.Fields(x)) > 6 || len(strings.Fields(y)) > 6 {
		return nil
	}
	return []string{"Which reports mention " + x + "?", "Which reports mention " + y + "?"}
}

// ListForm rewrites "which of the (nine) reports …" as "which reports …" and "九篇报告里,哪几篇…"
// as "哪几篇…": naming the number of reports, or the kind of place, asks the same list.
func ListForm(question string) string {
	q := reWhichOfThe.ReplaceAllString(question, "which $1")
	return reZhOfNine.ReplaceAllString(q, "$1")
}

// cleanZhPart trims a part of a Chinese conjunctive question to its topic: no list ask after
// it, no punctuation or quotation marks left dangling around it; a part too long to be a topic
// (a clause) gives "".
func cleanZhPart(s string) string {
	s = reZhTail.ReplaceAllString(strings.TrimSpace(s), "")
	s = strings.Trim(s, " ,，、。:：")
	if n := utf8.RuneCountInString(s); n == 0 || n > 16 {
		return ""
	}
	return s
}

// isListAskEN reports whether an English question asks which reports or places.
func isListAskEN(q string) bool {
	l := strings.ToLower(q)
	return reEnListAsk.MatchString(l)
}

var reEnListAsk = lazyre.New(`^(?:which|what)\s+(?:of\s+the\s+(?:nine\s+|9\s+)?)?(?:reports?|places?|towns?|districts?|governments?|ones?)\b`)
