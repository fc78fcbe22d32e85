package answer

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/places"
	"github.com/reportbot/reportbot/retrieval"
)

// PathDeclined is the compose path of an answer that names a constraint of the question the
// reports do not satisfy (a place they do not cover, a year, an indicator, a subject they never
// mention) and shows the closest passages as such.
const PathDeclined = "declined"

// applyConstraints holds a composed answer to the constraints of its question: when one the
// reports cannot satisfy is found (in the order place, subject, indicator, year), the answer
// says what is missing and what the reports have instead, and is not grounded; its citations
// stay as the closest passages. A lookup whose report states the asked thing in the other time
// frame only declines (frameOnlyText); a quoted sentence in another time frame is noted.
// It returns the compose path.
func applyConstraints(a retrieval.Plan, res retrieval.Result, ans *Answer, path string) string {
	unmet := res.Unmet()
	if len(ofKind(unmet, retrieval.ConstraintPlace)) == 0 && len(res.Unresolved) > 0 && ans.Note == notePlaces(a.Lang, res.Unresolved) {
		ans.Note = "" // the places no report is from are ones the reports in scope speak of
	}
	var text string
	for _, kind := range []string{retrieval.ConstraintPlace, retrieval.ConstraintArea, retrieval.ConstraintAreaLevel, retrieval.ConstraintIndicator, retrieval.ConstraintSubject, retrieval.ConstraintYear} {
		if cs := ofKind(unmet, kind); len(cs) > 0 && text == "" {
			text = declineText(a, res, ans, cs)
		}
	}
	if text == "" {
		for _, c := range ofKind(unmet, retrieval.ConstraintFrame) {
			if path != PathLookup {
				continue
			}
			if noun, ok := offFrameCount(a, res); ok {
				text = offFrameText(a, res, noun, c)
				break
			}
			if c.Value == corpus.KindActual && a.When == retrieval.WhenLast && res.Best != nil &&
				retrieval.TargetStatement(*res.Best) && targetOfAsked(a, res.Best.Quote) {
				text = targetOnlyText(a, res) // last year's result asked; the quote is a target
				break
			}
			if c.Value == corpus.KindTarget && (a.When == retrieval.WhenThis || a.When == retrieval.WhenNext) &&
				res.Best != nil && retrieval.ResultStatement(*res.Best) && targetOfAsked(a, res.Best.Quote) &&
				!retrieval.TargetStated(a, res) {
				text = resultOnlyText(a, res) // this year's target asked; the quote is last year's result
				break
			}
			ans.Note = joinNotes(ans.Note, frameNote(a.Lang, c))
		}
		if text == "" && path == PathLookup {
			text = frameOnlyText(a, res, ans) // the asked thing stated in the other frame only
		}
		if text == "" {
			return path
		}
	}
	return decline(a, ans, text)
}

func ofKind(cs []retrieval.Constraint, kind string) []retrieval.Constraint {
	var out []retrieval.Constraint
	for _, c := range cs {
		if c.Kind == kind {
			out = append(out, c)
		}
	}
	return out
}

// declineText says what the reports lack for unmet constraints of one kind.
func declineText(a retrieval.Plan, res retrieval.Result, ans *Answer, cs []retrieval.Constraint) string {
	zhLang := a.Lang == "zh"
	values := make([]string, 0, len(cs))
	for _, c := range cs {
		values = append(values, c.Value)
	}
	switch cs[0].Kind {
	case retrieval.ConstraintPlace:
		var names, others []string
		for _, v := range values {
			if isPlaceName(a, v) {
				names = append(names, v)
			} else {
				others = append(others, v)
			}
		}
		if len(names) == 0 {
			if zhLang {
				return "报告没有提到" + strings.Join(others, "、") + "。"
			}
			return "The reports do not mention " + strings.Join(others, ", ") + "."
		}
		cover := coverage(a.Lang, res, cs[0].Reports)
		if zhLang {
			return "报告不涉及" + strings.Join(names, "、") + "。现有报告:" + cover + "。"
		}
		return "The reports do not cover " + strings.Join(names, ", ") + ". They cover: " + cover + "."
	case retrieval.ConstraintArea:
		return areaText(a.Lang, res, cs[0])
	case retrieval.ConstraintAreaLevel:
		return areaLevelText(a.Lang, res, cs[0])
	case retrieval.ConstraintSubject:
		where := scopeName(a, res)
		if zhLang {
			return where + "没有提到" + strings.Join(values, "、") + "。"
		}
		mentioned := strings.Join(values, ", ")
		return scopeSays(a, res, "does not mention "+mentioned, "do not mention "+mentioned) + "."
	case retrieval.ConstraintIndicator:
		return indicatorText(a, res, cs[0]) + saidNote(a.Lang, res, ans, cs[0])
	case retrieval.ConstraintYear:
		return yearText(a, res, ans, values, cs[0])
	}
	return ""
}

// isPlaceName reports whether an unresolved name is a place (in the gazetteer, with a level
// word) rather than some other name ("Mars").
func isPlaceName(a retrieval.Plan, v string) bool {
	if _, ok := places.Lookup(v); ok {
		return true
	}
	if !contains(a.Names, v) {
		return true // a place the matcher found
	}
	for _, l := range []string{"镇", "乡", "街道", "区", "县", "市", "村", " town", " township", " district", " county", " city", " village", " subdistrict", " province"} {
		if strings.HasSuffix(v, l) {
			return true
		}
	}
	return false
}

// scopeName names the reports a question is about: "盛泽镇's report", "the reports".
func scopeName(a retrieval.Plan, res retrieval.Result) string {
	if len(res.Scope) == 1 {
		if r, ok := res.Report(res.Scope[0]); ok {
			if a.Lang == "zh" {
				return reportLabel(r, a.Lang) + "的报告"
			}
			return "the report of " + reportLabel(r, a.Lang)
		}
	}
	if a.Lang == "zh" {
		return "报告"
	}
	return "the reports"
}

// scopeSays opens an English sentence with scopeName as its subject and the predicate that
// agrees with it: one for a single report ("The report of X states …"), many for the reports.
func scopeSays(a retrieval.Plan, res retrieval.Result, one, many string) string {
	where := capitalize(scopeName(a, res))
	if len(res.Scope) == 1 && where != "The reports" {
		return where + " " + one
	}
	return where + " " + many
}

func indicatorText(a retrieval.Plan, res retrieval.Result, c retrieval.Constraint) string {
	if len(c.Reports) == 0 {
		name := c.Value
		if a.Lang != "zh" {
			name = indicatorEnglish(c.Value)
		}
		if a.Lang == "zh" {
			return "报告没有提到" + name + "。"
		}
		return "The reports state no " + name + " figure or target."
	}
	label := "the report"
	if len(c.Reports) > 0 {
		label = c.Reports[0].Source
		if r, ok := res.Report(c.Reports[0]); ok {
			label = reportLabel(r, a.Lang)
		}
	}
	name := c.Value
	if a.Lang != "zh" {
		name = indicatorEnglish(c.Value)
	}
	if a.Growth {
		// A growth asked where the report states the level only (社会消费品零售总额 172.59亿元).
		if a.Lang == "zh" {
			name += "增速"
		} else {
			name += " growth"
		}
	}
	if len(c.Years) > 0 {
		// Several years asked, some stated: the years that are not.
		ys := make([]string, len(c.Years))
		for i, y := range c.Years {
			ys[i] = strconv.Itoa(y)
		}
		if a.Lang == "zh" {
			name = strings.Join(ys, "年、") + "年" + name
		} else {
			name = strings.Join(ys, ", ") + " " + name
		}
	}
	if a.Lang == "zh" {
		s := label + "的报告没有提到" + name + "。"
		stated := "它提出的目标有"
		switch a.Intent {
		case corpus.KindTarget:
			s = label + "的报告没有提出" + name + "目标。"
		case corpus.KindActual:
			s, stated = label+"的报告没有给出"+name+"数据。", "它报告的指标有"
		}
		switch c.OtherFrame {
		case corpus.KindActual:
			s += "它给出的" + name + "是完成情况,不是目标。"
		case corpus.KindTarget:
			s += "它给出的" + name + "是目标,不是完成情况。"
		}
		if len(c.Have) > 0 {
			s += stated + ":" + strings.Join(c.Have, "、") + "。"
		}
		return s
	}
	s := "The report of " + label + " states no " + name + " figure or target."
	stated := "its stated targets are"
	switch a.Intent {
	case corpus.KindTarget:
		s = "The report of " + label + " sets no " + name + " target."
	case corpus.KindActual:
		s, stated = "The report of "+label+" gives no "+name+" figure.", "the figures it reports are"
	}
	switch c.OtherFrame {
	case corpus.KindActual:
		s += " It states " + name + " as a result, not a target."
	case corpus.KindTarget:
		s += " It states " + name + " as a target, not a result."
	}
	if len(c.Have) > 0 {
		names := make([]string, 0, len(c.Have))
		for _, h := range c.Have {
			if ind, ok := facts.Lookup(h); ok && len(ind.English) > 0 {
				h = ind.English[0] + " (" + h + ")"
			}
			names = append(names, h)
		}
		s += " " + strings.ToUpper(stated[:1]) + stated[1:] + ": " + strings.Join(names, ", ") + "."
	}
	return s
}

// saidNote quotes, for an indicator asked with a figure that the named report states without
// one, what the report says of it, citing its passage: " 它说:“单位地区生产总值能耗下降…”[4]".
func saidNote(lang string, res retrieval.Result, ans *Answer, c retrieval.Constraint) string {
	if c.Quote == "" {
		return ""
	}
	chunk, ok := res.Passage(c.ChunkID)
	if !ok {
		return ""
	}
	n := citeQuote(ans, chunk, c.Quote)
	if lang == "zh" {
		return "它说(没有数字):“" + c.Quote + "”[" + fmt.Sprint(n) + "]"
	}
	return " What it says (no figure): “" + c.Quote + "” [" + fmt.Sprint(n) + "]"
}

// yearText says which years the reports cover instead and, when a sentence was quoted, what
// it says for the year they do cover.
func yearText(a retrieval.Plan, res retrieval.Result, ans *Answer, asked []string, c retrieval.Constraint) string {
	var s string
	if len(c.Reports) == 1 {
		r, _ := res.Report(c.Reports[0])
		review, plan := retrieval.FrameYears(r)
		label := reportLabel(r, a.Lang)
		if a.Lang == "zh" {
			s = fmt.Sprintf("%s的报告回顾%d年、安排%d年的工作,不涉及%s年。", label, review, plan, strings.Join(asked, "、"))
		} else {
			s = fmt.Sprintf("The report of %s reviews %d and sets targets for %d, not %s.", label, review, plan, strings.Join(asked, ", "))
		}
	} else if a.Lang == "zh" {
		s = "报告不涉及" + strings.Join(asked, "、") + "年。现有报告:" + coverage(a.Lang, res, c.Reports) + "。"
	} else {
		s = "The reports do not cover " + strings.Join(asked, ", ") + ". They cover: " + coverage(a.Lang, res, c.Reports) + "."
	}
	if len(c.Reports) == 1 && res.Best != nil && res.Best.Quote != "" && len(ans.Citations) > 0 && ans.Citations[0].Quote != "" {
		if a.Lang == "zh" {
			s += "它说:“" + ans.Citations[0].Quote + "”[1]"
		} else {
			s += " What it says: “" + ans.Citations[0].Quote + "” [1]"
		}
	}
	return s
}

// coverage lists reports with place and years: "盛泽镇 (Suzhou; reviews 2023, plans 2023)".
func coverage(lang string, res retrieval.Result, keys []corpus.ReportKey) string {
	var out []string
	for _, k := range keys {
		r, ok := res.Report(k)
		if !ok {
			continue
		}
		review, plan := retrieval.FrameYears(r)
		if lang == "zh" {
			out = append(out, fmt.Sprintf("%s(%d年回顾,%d年安排)", reportLabel(r, lang), review, plan))
		} else {
			out = append(out, fmt.Sprintf("%s (reviews %d, plans %d)", reportLabel(r, lang), review, plan))
		}
	}
	if lang == "zh" {
		return strings.Join(out, ";")
	}
	return strings.Join(out, "; ")
}

// frameNote says that the quoted sentence is in another time frame than the one asked about.
func frameNote(lang string, c retrieval.Constraint) string {
	if lang == "zh" {
		if c.Value == corpus.KindActual {
			return "注意:引用的句子是目标或计划,不是完成情况。"
		}
		return "注意:引用的句子是完成情况,不是目标。"
	}
	if c.Value == corpus.KindActual {
		return "Note: the quoted sentence states a target or plan, not what was achieved."
	}
	return "Note: the quoted sentence states what was achieved, not a target."
}

// closestNote names the closest passages of a declined answer.
func closestNote(lang string, cs []Citation) string {
	if lang == "zh" {
		return "最接近的段落(不是答案):" + closestRefs(lang, cs) + "。"
	}
	return "The closest passages (not an answer) are from " + closestRefs(lang, cs) + "."
}

// offFrameCount reports whether a lookup asks for a figure of a thing it names (FigureNamed)
// in the year it names ("How many villages will Shacheng draw up plans for this year?"), and
// its quote states that figure only for the other time frame, in a section whose heading says so
// (新增8个村村庄规划 under 2023年政府工作回顾, last year's result): the reports then give no
// figure for the year asked. noun is the thing asked about.
func offFrameCount(a retrieval.Plan, res retrieval.Result) (noun string, ok bool) {
	if a.When == "" || res.Best == nil {
		return "", false
	}
	noun, checked, named := retrieval.FigureNamed(a, res.Best.Quote)
	frame := retrieval.SectionFrame(res.Best.Hit.Chunk)
	return noun, checked && named && res.Best.OffFrame && frame != "" && frame != a.Intent
}

// offFrameText says that the reports in scope state the figure asked for only in the other time
// frame than the question's: "The report of Shacheng town (沙埕镇) gives no number of villages
// for this year, only what was achieved."
func offFrameText(a retrieval.Plan, res retrieval.Result, noun string, c retrieval.Constraint) string {
	where := scopeName(a, res)
	if a.Lang == "zh" {
		have := "完成情况"
		if c.Value == corpus.KindActual {
			have = "目标或计划"
		}
		return where + "没有给出所问时间的" + noun + "数字,只有" + have + "。"
	}
	lead := noFigureText(a, res, noun)
	lead = lead[:len(lead)-1] // without its full stop
	when := "the time asked about"
	switch a.When {
	case retrieval.WhenThis:
		when = "this year"
	case retrieval.WhenLast:
		when = "last year"
	case retrieval.WhenNext:
		when = "next year"
	}
	have := "what was achieved"
	if c.Value == corpus.KindActual {
		have = "a target or plan"
	}
	return lead + " for " + when + ", only " + have + "."
}

// targetOfAsked reports whether a target quote is a target of the thing asked, so that the
// answer may call it that: not for a how-many question whose noun the quote counts nowhere ("how
// many companies were promoted…" and a list of growth targets).
func targetOfAsked(a retrieval.Plan, quote string) bool {
	_, checked, named := retrieval.FigureNamed(a, quote)
	return !checked || named
}

// targetOnlyText says that what the quoted report states of the asked thing is a target, not
// last year's result, and quotes it: "The report of Lili town (黎里镇) states this as a target
// for 2023, not as a result for 2023: “…” [1]".
func targetOnlyText(a retrieval.Plan, res retrieval.Result) string {
	return otherFrameText(a, res, corpus.KindTarget)
}

// resultOnlyText says that what the quoted report states of the asked thing is last year's
// result, not a target, and quotes it: "黎里镇的报告给出的是2023年的完成情况,不是2023年的目标:
// “…”[1]".
func resultOnlyText(a retrieval.Plan, res retrieval.Result) string {
	return otherFrameText(a, res, corpus.KindActual)
}

// otherFrameText names the report of the best evidence — the one it quotes, with the years of
// both frames, whether or not the question named it — says in which frame it states the asked
// thing, and quotes the evidence.
func otherFrameText(a retrieval.Plan, res retrieval.Result, frame string) string {
	r, _ := res.Report(res.Best.Hit.Chunk.Key())
	label, stated, asked := frameWords(a.Lang, r, frame)
	quote := "“" + res.Best.Quote + "”"
	if a.Lang == "zh" {
		return label + "的报告给出的是" + stated + ",不是" + asked + ":" + quote + "[1]"
	}
	return "The report of " + label + " states this as " + stated + ", not as " + asked + ": " + quote + " [1]"
}
