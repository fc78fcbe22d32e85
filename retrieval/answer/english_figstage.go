package answer

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
	"github.com/reportbot/reportbot/retrieval"
)

// What ties a figure of a quote to what is asked beyond the question's words next to it: the
// stage of construction, counts listed side by side in one measure word, the noun a figure is
// an attribute of, the modifiers of the asked noun after a generic count.

// The stage of construction a question asks about, and the one a figure of the quote is
// counted at: reports list counts by stage side by side (开工50部、完工150部; 21条…开工, 10条道路
// 竣工), and a count of another stage answers another question.
var (
	reStartQ  = lazyre.New(`\b(?:start(?:s|ed|ing)?|began|begin(?:s|ning)?|commenc(?:e|es|ed|ing)|break(?:s|ing)? ground|broke ground)\b`)
	reFinishQ = lazyre.New(`\b(?:finish(?:es|ed|ing)?|complet(?:e|es|ed|ing|ion))\b`)
	// stageWords are the words a report counts each stage with.
	stageWords = map[string][]string{"start": {"新开工", "开工", "动工", "开建"}, "finish": {"完工", "竣工"}}
)

// askedStage is the stage a question asks a count at ("start building", 开工了多少部: "start";
// "finish installing", 要完工多少部: "finish"), "" for none or both. A Chinese question names
// the stage in a report's own words, or asks a completion in others (建好, 投用).
func askedStage(a retrieval.Plan) string {
	if a.Lang == "zh" {
		if s := stageIn(a.Question); s != "" || !retrieval.AsksDone(a) {
			return s
		}
		return "finish" // 建好, 建成, 投用 of a question: what a report counts 完工 or 竣工
	}
	q := strings.ToLower(a.Question)
	s, f := reStartQ.MatchString(q), reFinishQ.MatchString(q)
	switch {
	case s && !f:
		return "start"
	case f && !s:
		return "finish"
	}
	return ""
}

// figureStage is the stage a figure of the quote counts at: the stage word of its list item
// (开工50部), else the first after it in its clause, which a list shares (21条主次干路、支路开工);
// "" when none or both.
func figureStage(quote string, v num.Value) string {
	ts, te := tightBounds(quote, v.Start, v.End)
	if s := stageIn(quote[ts:te]); s != "" {
		return s
	}
	_, ce := clauseBounds(quote, v.Start, v.End)
	rest := quote[te:ce]
	first, stage := len(rest), ""
	for st, ws := range stageWords {
		for _, w := range ws {
			if i := strings.Index(rest, w); i >= 0 && i < first {
				first, stage = i, st
			}
		}
	}
	return stage
}

// stageIn is the one stage the words of text name, "" for none or both.
func stageIn(text string) string {
	found := ""
	for st, ws := range stageWords {
		for _, w := range ws {
			if strings.Contains(text, w) {
				if found != "" && found != st {
					return ""
				}
				found = st
			}
		}
	}
	return found
}

// offStage reports whether a figure counts at another stage than the one asked (stage, from
// askedStage): 10条道路竣工 for "how many roads did the district start building".
func offStage(stage, quote string, v num.Value) bool {
	if stage == "" {
		return false
	}
	s := figureStage(quote, v)
	return s != "" && s != stage
}

// parallelNamed reports whether another count of the quote in the same specific measure word
// stands by the asked head noun: counts listed side by side in one measure word count one kind
// of thing (王化路等21条主次干路、支路开工,通久路等10条道路竣工: 21条 are roads too). The generic
// 个 and 项 count anything and say nothing.
func parallelNamed(a retrieval.Plan, quote string, v num.Value, head string) bool {
	if head == "" || v.Unit == "" || v.Unit == "个" || v.Unit == "项" || v.Dim() != num.DimCount {
		return false
	}
	for _, w := range quoteValues(quote) {
		if w.Start != v.Start && w.Unit == v.Unit && headNear(a, quote, w, head) {
			return true
		}
	}
	return false
}

// attributiveLabel is the question term a figure is an attribute of: the figure stands right
// before the noun it measures (南部工业区75吨/日污泥减量化处置中心: 75吨/日 is the sludge centre's,
// not the industrial zone's), so a term in the run of Han characters right after the figure's
// original (at most attrReach of them) names it before one that precedes it; "" for none.
func attributiveLabel(a retrieval.Plan, quote string, f quoteFigure) string {
	end := f.from + len(f.original(quote))
	var run []rune
	for _, r := range quote[end:] {
		if !zh.IsHan(r) || len(run) == attrReach {
			break
		}
		run = append(run, r)
	}
	s := string(run)
	if len(run) < 2 || run[0] == '的' || slices.ContainsFunc(clauseVerbs, func(v string) bool { return strings.HasPrefix(s, v) }) {
		return "" // 5470万元实施…改造: the figure is what was spent, not a part of what follows
	}
	best, at := "", -1
	for _, t := range a.Terms {
		if t.Weight < 0.3 || t.From == "" || frameLabels[strings.ToLower(t.From)] || genericMeasure[strings.ToLower(t.From)] {
			continue
		}
		for _, v := range t.Variants {
			if i := strings.LastIndex(s, v); len([]rune(v)) >= 2 && i > at {
				best, at = t.From, i // the last: a Chinese noun phrase ends on its head (…紫菜养殖)
			}
		}
	}
	return best
}

// clauseVerbs are verbs a clause goes on with after a figure (投资5470万元实施…, 8.2亿元用于…,
// 时隔18年重新启动…): the words after it then say what was done, not what the figure measures.
var clauseVerbs = []string{"实施", "用于", "用在", "重新", "启动", "完成", "推进", "建设", "建成", "开展", "打造", "实现",
	"新建", "改造", "带动", "惠及", "覆盖", "投入", "支持", "用来", "解决", "帮助", "提升", "提高", "达到", "位居", "排名",
	"居", "占", "为", "对", "在", "于", "达", "共", "计", "以", "和", "及", "与"}

// attrReach is how many characters after a figure the noun it is an attribute of may reach.
const attrReach = 8

// modifierAfter reports whether the noun phrase right after a generic count (nounPhraseAfter:
// 13个污水处理提质增效达标区) holds the wording of a word of the asked noun phrase other than its
// head ("sewage treatment" of "sewage treatment upgrade zones"): the count counts the asked
// noun though the glossary words its head otherwise.
func modifierAfter(a retrieval.Plan, quote string, v num.Value, noun string) bool {
	phrase := nounPhraseAfter(quote, v)
	if phrase == "" || !strings.Contains(noun, " ") {
		return false
	}
	for _, t := range a.Terms {
		if t.Weight < 0.5 || !nounWord(noun, t.From) || sameWord(lastWord(strings.ToLower(t.From)), lastWord(noun)) {
			continue
		}
		if slices.ContainsFunc(t.Variants, func(w string) bool { return len([]rune(w)) >= 2 && strings.Contains(phrase, w) }) {
			return true
		}
	}
	return false
}

// modifierBefore reports whether the wording of a word of the asked noun phrase other than its
// head ends right before a generic count, at most modReach characters before it (巡逻队伍49个
// asked as "patrol teams": 巡逻队 is patrol's): the count counts the asked noun though the
// glossary words its head otherwise (队伍, not 团队).
func modifierBefore(a retrieval.Plan, quote string, v num.Value, noun string) bool {
	if !strings.Contains(noun, " ") || v.Dim() != num.DimCount && v.Dim() != num.DimNone || v.Class() != "" || v.Ordinal {
		return false
	}
	if u, _ := measureUnit(quote, v); u != "" {
		return false // 核酸检测98轮 counts rounds, whatever the words before it
	}
	ts, _ := tightBounds(quote, v.Start, v.End)
	before := quote[ts:v.Start]
	for _, t := range a.Terms {
		if t.Weight < 0.2 || !nounWord(noun, t.From) || sameWord(lastWord(strings.ToLower(t.From)), lastWord(noun)) {
			continue
		}
		// Each word of the noun after the term's own may be worded in a character or two
		// that no term rendered: 农村生活污水治理点58个 for "rural sewage treatment points".
		reach := modReach + wordsAfter(noun, t.From)
		for _, w := range t.Variants {
			if i := strings.LastIndex(before, w); len([]rune(w)) >= 2 && i >= 0 && len([]rune(before[i+len(w):])) <= reach &&
				!strings.ContainsFunc(before[i+len(w):], unicode.IsDigit) {
				return true
			}
		}
	}
	return false
}

// wordsAfter is how many words of the noun phrase follow the last word of term in it, the head
// excluded (its wording is the modifier's reach, modReach): 1 for "rural sewage" in "rural
// sewage treatment points"; 0 when the term is not a word run of the phrase.
func wordsAfter(noun, term string) int {
	ws := strings.Fields(strings.ToLower(noun))
	ts := strings.Fields(strings.ToLower(term))
	if len(ts) == 0 {
		return 0
	}
	last := ts[len(ts)-1]
	for i := len(ws) - 2; i >= 0; i-- {
		if ws[i] == last || ws[i] == last+"s" || ws[i] == last+"es" {
			return len(ws) - 2 - i
		}
	}
	return 0
}

// modReach is how many characters may stand between the wording of a modifier of the asked
// noun and the count after it (队伍 of 巡逻队伍49个).
const modReach = 2

// otherNounCount is the count a quote states of another thing the question names, when it
// counts none of the asked noun of a known class: "how many old buildings … finish installing
// elevators" asked of 老楼加装电梯开工50部、完工150部 is answered "elevators 150 (完工150部)", the
// label saying what is counted. The count stands in a measure word of its own (部, not the
// generic 个 or 项) after the wording of a weighty term of the question, at the asked stage;
// occurrences and people asked for are never answered by a count of things.
func otherNounCount(a retrieval.Plan, quote string, vs []num.Value, ask figureAsk, stage string) (quoteFigure, bool) {
	switch ask.class {
	case "", "times", "people", "person-times", "households":
		return quoteFigure{}, false // occurrences and people: no count of a thing answers for them
	}
	if a.Lang != "en" || ask.head == "" || ask.rank {
		return quoteFigure{}, false
	}
	for _, v := range vs {
		m := retrieval.MeasureWord(quote[v.End:])
		if v.Dim() != num.DimNone || v.Ordinal || m == "" || m == "个" || m == "项" || offStage(stage, quote, v) {
			continue
		}
		ls := zh.AfterLast(quote[:v.Start], ",;:，；：。") // its clause, a list sharing the noun included
		label, at := "", -1
		for _, t := range a.Terms {
			if t.Weight < 0.5 || strings.Contains(strings.ToLower(t.From), ask.head) || nounWord(ask.noun, t.From) {
				continue // the asked noun's own words: its count is what is missing
			}
			for _, w := range t.Variants {
				if i := strings.LastIndex(quote[ls:v.Start], w); len([]rune(w)) >= 2 && i >= 0 && i+len(w) > at {
					label, at = t.From, i+len(w) // the nearest names the thing: 电梯 of 加装电梯, not 加装
				}
			}
		}
		if label != "" {
			f := describeFigure(a, quote, v, "")
			f.label = asWritten(a.Question, label)
			return f, true
		}
	}
	return quoteFigure{}, false
}
