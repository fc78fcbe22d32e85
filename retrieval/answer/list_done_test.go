package answer

import (
	"testing"

	"github.com/reportbot/reportbot/retrieval"
)

// TestListDoneDropsStarted: for "which places finished … last year", a report whose sentence only
// starts the thing (启动…旅游公厕) is not listed; one whose sentence completes it is; a list that
// asks only for mentions keeps both.
func TestListDoneDropsStarted(t *testing.T) {
	started := retrieval.Evidence{Quote: "启动城乡垃圾一体化、旅游公厕、村庄规划等一系列项目,进一步改善农村人居环境,不断完善基础设施建设。"}
	done := retrieval.Evidence{Quote: "深化厕所、污水、垃圾“三大革命”,新建茶前山金家岙厕所,完成后岸文化礼堂厕所改造。"}
	a := retrieval.Analyze("Which places finished building or renovating toilets last year?", nil)
	if listedByPassage(a, started) {
		t.Error("启动…旅游公厕 listed as finished")
	}
	if !listedByPassage(a, done) {
		t.Error("新建…厕所,完成…厕所改造 not listed as finished")
	}
	m := retrieval.Analyze("Which reports mention public toilets?", nil)
	if !listedByPassage(m, started) || !listedByPassage(m, done) {
		t.Error("a mention list drops a report")
	}
}

// TestListDoneQuotesCompletion: a report's evidence for a "completed" list is its sentence of
// completion where it has one (背街小巷…三年行动全面收官 over 实施城乡融合发展三年行动计划…谋划),
// and the reports that only keep such a programme going (深入开展, 走深走实) are not listed.
func TestListDoneQuotesCompletion(t *testing.T) {
	checkListed(t, []listCase{
		{"哪些报告说去年已经完成了某项三年行动?", []int{4}},
		{"Which places finished building or renovating toilets last year?", []int{6}},
	})
}
