package answer

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
)

// TestPartFigure: a question that names the part a sentence states after 其中 gets the part's
// figure, though the total's clause holds its verb of spending (支出); a question that names the
// total, or one whose words the part holds no more of, keeps the total.
func TestPartFigure(t *testing.T) {
	quote := "医疗救助支出362万元,其中资助困难特殊人员参保1580人,资助金额48万元。"
	part := enPlan("How much did the Liuzhou district spend subsidising insurance for people in special hardship?",
		retrieval.Term{From: "spending", Variants: []string{"支出"}, Weight: 1},
		retrieval.Term{From: "subsidising", Variants: []string{"补助", "补贴", "资助"}, Weight: 0.31},
		retrieval.Term{From: "insurance", Variants: []string{"保险", "社保", "医保"}, Weight: 0.28},
		retrieval.Term{From: "special", Variants: []string{"专项", "特殊", "特别"}, Weight: 0.38},
		retrieval.Term{From: "hardship", Variants: []string{"艰辛"}, Weight: 0.4})
	if got := enFiguresLine("L", "", quoteFigures(part, quote), quote); !strings.Contains(got, "480,000 yuan (48万元)") {
		t.Errorf("part asked: %s", got)
	}
	total := enPlan("How much did the Liuzhou district spend on medical assistance?",
		retrieval.Term{From: "spending", Variants: []string{"支出"}, Weight: 1},
		retrieval.Term{From: "medical assistance", Variants: []string{"医疗救助"}, Weight: 1})
	if got := enFiguresLine("L", "", quoteFigures(total, quote), quote); !strings.Contains(got, "3.62 million yuan (362万元)") {
		t.Errorf("total asked: %s", got)
	}
	if partScore(part, "资助金额48万元。", quoteValues("资助金额48万元。")[0]) != 0 {
		t.Errorf("a figure with no 其中 before it scored as a part")
	}
}
