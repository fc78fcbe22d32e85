package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
)

// A question that asks how many of a thing were completed ("How many lifts … did the Beijing
// district finish installing last year?", "去年竣工了多少个项目?") is not answered by a count of
// things started, under way or brought in: 老楼加装电梯开工416部 counts lifts whose works began,
// 在建重大项目73个 projects under construction, 启动…3000亩农田建设 farmland whose building
// starts. A report that gives only such counts does not state the asked figure, and the
// question is declined with what the report does say (FigureUnstated). A figure owns the words
// of its clause between the figure before it and the one after it (开工50部、完工150部: 50 is
// started, 150 finished), so a sentence with both still answers.

// zhDoneVerbs are the verbs of completion a Chinese question asks with (完成 is left out:
// 完成投资 is investment made, not a thing built).
const zhDoneVerbs = `竣工|完工|建成|建好|投用|投入使用|落成`

var (
	// reEnAsksDone is an English question's verb of completion.
	reEnAsksDone = lazyre.New(`\b(?:complete|completed|completing|completion|finish|finished|finishing|put into (?:use|operation|service))\b`)
	// reZhAsksDone is a Chinese question's verb of completion.
	reZhAsksDone = lazyre.New(zhDoneVerbs)
	// reDoneWords are the words a report states a thing completed with: a question's, and
	// those a report writes of an indicator reached or a work handed over.
	reDoneWords = lazyre.New(zhDoneVerbs + `|完成|投产|交付|通车|验收`)
	// reZhDoneEnd is a verb of completion that ends a run of a Chinese question (新城区道路要建成,
	// 多少公里 cut after it): what is asked of the subject, not a part of its name.
	reZhDoneEnd = lazyre.New(`(` + zhDoneVerbs + `)(\P{Han}|$)`)
	// reStageWords are the words of a stage before completion: started, under way, resumed,
	// listed, planned, signed, brought in, applied for.
	reStageWords = lazyre.New(`开工|启动|开建|在建|续建|复工|列入|储备|谋划|签约|引进|招引|推进|申报`)
)

// asksDone reports whether a plan's question asks how many of a thing were (or will be)
// completed, in a dimension a thing is built in: a share or a sum of money "completed" is
// an indicator reached (完成投资66亿元), not a thing finished.
func asksDone(p Plan, dim string) bool {
	if dim == num.DimCNY || dim == num.DimUSD || dim == num.DimPct {
		return false
	}
	if p.Lang == "zh" {
		return reZhAsksDone.MatchString(p.Question)
	}
	return reEnAsksDone.MatchString(p.Norm)
}

// AsksDone reports whether a plan's question asks how many of a thing were (or will be)
// completed (asksDone, in the dimension it asks a figure in).
func AsksDone(p Plan) bool { return asksDone(p, wantFigure(p).dim) }

// onlyStarted reports whether, for a question that asks a completion (figureWant.done), every
// figure of text that may count the asked thing (of the asked kind, beside the asked noun when
// the question names one) owns a word of a stage before completion and none of completion.
// False when no figure may count it: the text then says nothing either way.
func (w figureWant) onlyStarted(text string) bool {
	if !w.done {
		return false
	}
	nouns := w.nouns
	if len(nouns) == 0 {
		nouns = w.thing
	}
	vs := figures(text)
	n := 0
	for i, v := range vs {
		if !w.fits(text, v) {
			continue
		}
		own := ownWords(text, vs, i)
		if len(nouns) > 0 && !nearNoun(text, v, nouns) && !countedIn(text, v, w.measures) && !countsOn(own) {
			continue // 10公里老城区道路改造 beside 5公里新城区道路开工, for 新城区道路要建成多少公里
		}
		if w.unit != "" && !countedIn(text, v, []string{w.unit}) {
			continue // 1.6万套 of housing beside 开工416部 of lifts, for 完工了多少部
		}
		if reDoneWords.MatchString(own) || !reStageWords.MatchString(own) {
			return false
		}
		n++
	}
	return n > 0
}

// countsOn reports whether a figure's own words (ownWords) name no thing of their own after the
// last enumeration mark before it, only a verb of a stage or of completion: 完工150部 of 老楼加装
// 电梯开工50部、完工150部 counts the lifts the figure before it counts.
func countsOn(own string) bool {
	before, _, _ := strings.Cut(own, "|")
	if i := strings.LastIndex(before, "、"); i >= 0 {
		before = before[i+len("、"):]
	}
	before = reStageWords.ReplaceAllString(reDoneWords.ReplaceAllString(before, ""), "")
	return !strings.ContainsFunc(before, zh.IsHan)
}

// ownWords are the words of text that figure vs[i] owns: those of its clause from the end of
// the figure before it, and after it up to the next figure or enumeration mark (、).
func ownWords(text string, vs []num.Value, i int) string {
	v := vs[i]
	lo, hi := clauseBounds(text, v)
	if i > 0 && vs[i-1].End > lo {
		lo = vs[i-1].End
	}
	if i+1 < len(vs) && vs[i+1].Start < hi {
		hi = vs[i+1].Start
	}
	if j := strings.Index(text[v.End:hi], "、"); j >= 0 {
		hi = v.End + j
	}
	return text[lo:v.Start] + "|" + text[v.End:hi]
}
