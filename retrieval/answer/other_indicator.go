package answer

import (
	"strings"

	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/retrieval"
)

// declineOtherIndicator declines a lookup whose quote states another indicator that holds the
// asked one's name without being it (进出口总额, imports and exports together, for a question
// about exports, 出口总额): its figure is not the one asked. The answer says what the report
// states instead and quotes it as the closest evidence.
func declineOtherIndicator(a retrieval.Plan, res retrieval.Result, ans *Answer, path string) string {
	if path != PathLookup || res.Best == nil {
		return path
	}
	if other, ok := retrieval.OtherIndicatorOnly(a, res.Best.Quote); ok {
		return decline(a, ans, otherIndicatorText(a, res, other))
	}
	return path
}

// decline turns a composed answer into a declined one that says text — which says what is
// missing, so no frame note stays — and names the closest passages unless text already quotes
// one ([1]); it returns the declined path. Every decline of the compose stage goes through it.
func decline(a retrieval.Plan, ans *Answer, text string) string {
	ans.Grounded = false
	ans.Listed, ans.List = nil, nil
	ans.Chart = nil
	ans.Note = "" // the answer itself says what is missing
	if len(ans.Citations) > 0 && !strings.Contains(text, "[1]") {
		text += " " + closestNote(a.Lang, ans.Citations)
	}
	ans.Text = text
	return PathDeclined
}

// otherIndicatorText says that the report states another indicator than the one asked, and
// quotes it: "The report of … states imports and exports (进出口总额), not exports (出口总额):
// “进出口总额完成4.7亿元,同比增长9.3%;” [1]".
func otherIndicatorText(a retrieval.Plan, res retrieval.Result, other string) string {
	where := scopeName(a, res)
	asked := a.Indicators[0]
	quote := "“" + res.Best.Quote + "”[1]"
	if a.Lang == "zh" {
		return where + "给出的是" + other + ",没有单独给出" + asked + ":" + quote
	}
	said := indicatorEnglish(other) + ", not " + indicatorEnglish(asked)
	return scopeSays(a, res, "states "+said, "state "+said) + ": " + quote
}

// indicatorEnglish names an indicator in English with its Chinese name: "exports (出口总额)".
func indicatorEnglish(name string) string {
	if ind, ok := facts.Lookup(name); ok && len(ind.English) > 0 {
		return ind.English[0] + " (" + name + ")"
	}
	return name
}
