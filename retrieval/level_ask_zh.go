package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/lazyre"
)

// reZhLevelAsk asks a level, rate or degree without 多少: 覆盖到什么程度了, 到啥水平了, 做到什么
// 程度, 达到怎样的水平, 有多高. Group 1 is a verb that names a rate (覆盖 → 覆盖率, 普及 →
// 普及率) when the question puts one before the ask. The words are question words, like 多少:
// as terms (程度, 水平) they ask every passage for a word that no report states a rate with.
var reZhLevelAsk = lazyre.New(`(覆盖|普及)?(?:做|搞|推进|发展|提升|提高)?(?:到|达到|达)了?(?:什么|啥|何种|怎样的?|多高的?)(?:样的)?(?:程度|水平|地步)了?|(覆盖|普及)?(?:率|水平)?有多高`)

// cutLevelAsk removes a level ask from q. When the words before it name a rate the indicator
// table knows once 率 is added (农村生活污水处理覆盖到什么程度 → 农村生活污水处理率, a wording of
// 农村生活污水治理率), the ask becomes that 率, so the indicator and its wordings are found;
// otherwise it is removed. A rate verb (覆盖) is dropped first when the topic without it names
// the rate: a report writes 治理率, not 处理覆盖率.
func cutLevelAsk(q string) string {
	loc := reZhLevelAsk.Compiled().FindStringSubmatchIndex(q)
	if loc == nil {
		return q
	}
	head, tail := q[:loc[0]], q[loc[1]:]
	verb := ""
	for _, g := range []int{2, 4} {
		if loc[g] >= 0 {
			verb = q[loc[g]:loc[g+1]]
		}
	}
	known := len(facts.Find(head))
	for _, cand := range []string{head + "率", head + verb + "率"} {
		if len(facts.Find(cand)) > known {
			return cand + " " + tail
		}
	}
	return head + " " + strings.TrimSpace(tail)
}
