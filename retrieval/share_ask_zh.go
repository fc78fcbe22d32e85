package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
)

// Share questions: 占多少, 占比是多少, 比例有多大 ask a share, which the reports state as a ratio
// (经常参加体育锻炼人口比例达51.7%, 占比提高到35%, 比重超4%). Left to the question words, 占 joins
// the word before it into a run no report writes (人占 of 锻炼身体的人占多少) and the question is
// declined as about a subject the reports never mention.

// zhShareWordings are the ratio words a report states a share with.
var zhShareWordings = []string{"比例", "比重", "占比"}

// reZhShareAsk asks a share: 占 (or 占比, 所占比例, 的比重) with how much, after the people it
// counts, if any (的人占多少: 人口 of 人口比例).
var reZhShareAsk = lazyre.New(`的?(人(?:口|数)?)?所?(?:占比|占的?比[例重]|占|的?比[例重])(?:是|有|为|达到|能达到)?(?:多少|几成|百分之几|百分之多少|多大|多高)`)

// cutShareAsk takes a share question out of q: the ratio it asks becomes a term with the
// wordings of zhShareWordings, 人口比例 where the share is of people.
func cutShareAsk(q string) (string, []Term) {
	var terms []Term
	q = reZhShareAsk.ReplaceAllStringFunc(q, func(m string) string {
		sub := reZhShareAsk.FindStringSubmatch(m)
		if sub[1] != "" {
			terms = append(terms, Term{From: "人口比例", Variants: []string{"人口比例", "人口比重", "人口占比"}, Weight: 1})
			return " "
		}
		terms = append(terms, Term{From: "比例", Variants: zhShareWordings, Weight: 1})
		return " "
	})
	return strings.TrimSpace(q), terms
}
