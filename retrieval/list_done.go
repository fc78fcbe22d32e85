package retrieval

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
)

// A list question may ask which reports completed a thing ("Which places finished building or
// renovating toilets last year?", "哪些报告说去年已经完成了某项三年行动?"), not which speak of it. A
// report whose sentence only starts the thing or keeps it going (启动…旅游公厕, 扎实推进“厕所革命”,
// 安全生产专项整治三年行动走深走实) has not completed it, though the sentence is about the topic
// and stands in the year's review: it is not listed. A sentence with a word of completion
// (完成, 建成, 新建, 全面收官) is; one with neither says nothing either way and is kept. A question
// that also asks for what is planned or under way ("whether finished or only planned",
// "建了或打算建") asks no completion.

var (
	// reZhListAsksDone is a Chinese list question's word of completion (完成 with a mark of
	// the past: 完成了, 已经完成; 完成 alone may be a target's 完成).
	reZhListAsksDone = lazyre.New(zhDoneVerbs + `|完成了|已经完成|已完成|已经建|已经改造|收官`)
	// reEnListAsksAlso and reZhListAsksAlso are a question's other time frame beside completion: plans, works under way.
	reEnListAsksAlso = lazyre.New(`\b(?:plan|plans|planned|planning|or not|under way|underway|ongoing|started|starting|will|to be)\b`)
	reZhListAsksAlso = lazyre.New(`计划|打算|准备|正在|在建|开工|还是|要建|将要`)
	// reListDoneWords are the words a sentence of review states a thing completed with.
	reListDoneWords = lazyre.New(zhDoneVerbs + `|完成|投产|交付|通车|验收|新建|收官|已建|建设提升`)
	// reListGoingWords are the words of work kept going, not finished: 深入开展, 走深走实, 加快.
	reListGoingWords = lazyre.New(`开展|深化|走深走实|持续|加快|正在|实施`)
)

// AsksListDone reports whether a list question asks which reports completed a thing, with no
// plan or work under way asked beside it.
func AsksListDone(p Plan) bool {
	if !p.Aggregate {
		return false
	}
	switch p.Lang {
	case "zh":
		return reZhListAsksDone.MatchString(p.Question) && !reZhListAsksAlso.MatchString(p.Question)
	case "en":
		return reEnAsksDone.MatchString(p.Norm) && !reEnListAsksAlso.MatchString(p.Norm)
	}
	return false
}

// StatesOnlyStage reports whether text says of the asked thing only a stage before completion —
// started, under way, pushed on, planned (reStageWords), kept going (reListGoingWords) — and no
// word of completion. Only the comma clauses that name the thing (a term of p) are read: in
// "加快推进浦港路大桥建设…,精心打造4个口袋公园" the bridge is under way, the parks are built. A text
// with no clause naming the thing is read whole.
func StatesOnlyStage(p Plan, text string) bool {
	clauses := strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(",，。;；", r) })
	var named []string
	for _, c := range clauses {
		if slices.ContainsFunc(p.Terms, func(t Term) bool {
			return t.Weight >= 1 && slices.ContainsFunc(t.Variants, func(v string) bool { return v != "" && strings.Contains(c, v) })
		}) {
			named = append(named, c)
		}
	}
	if len(named) > 0 {
		text = strings.Join(named, ",")
	}
	return (reStageWords.MatchString(text) || reListGoingWords.MatchString(text)) && !reListDoneWords.MatchString(text)
}
