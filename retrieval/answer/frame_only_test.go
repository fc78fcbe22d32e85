package answer

import (
	"strings"
	"testing"
)

// TestFrameOnlyDeclines: a figure asked of last year where the report states the thing only in its
// plan (Panjin's 新建高标准农田2万亩 is for 2024; Lili's 新增高标准农田5200亩 for 2023), or a goal
// asked where it states only last year's result (Shacheng's 680亩), declines, naming the report
// with both years and quoting the other frame's sentence as such.
func TestFrameOnlyDeclines(t *testing.T) {
	for _, c := range []struct{ q, says, quote string }{
		{"盘锦那个区去年建成了多少亩高标准农田?", "只给出2024年的目标,没有2023年的完成情况", "2万亩"},
		{"How many mu of high-standard farmland did Lili add last year?", "only as a target for 2023, not as a result:", "5200亩"},
		{"What is Shacheng's goal for building high-standard farmland this year?", "only as a result for 2023, not as a target:", "680亩"},
		// The share is a target (占比提高到35%); last year's gross industrial output, a figure
		// that shares one term of three, is no statement of it.
		{"What share of Shengze's industrial output did strategic emerging industries account for last year?", "only as a target for 2023", "35%"},
	} {
		ans := ask(t, c.q)
		if ans.Grounded || !strings.Contains(ans.Text, c.says) || !strings.Contains(ans.Text, c.quote) {
			t.Errorf("%s: not declined as stated in the other frame only:\n%s", c.q, ans.Text)
		}
		checkCitations(t, ans)
	}
}

// TestFrameOnlyAnswers: look-alikes the reports do answer are not declined — a plan that states
// the asked thing in other words (推广锦稻109等优质品种5万亩 for 优质水稻品种), a review sentence
// worded like a plan (谋划…对上争取资金21.9亿元), a question whose words ask both frames (去年…倍增
// 计划…实现了多少), and a goal the report states beside last year's count.
func TestFrameOnlyAnswers(t *testing.T) {
	for _, c := range []struct{ q, figure string }{
		{"盘锦那个区今年打算推广多少亩优质水稻品种?", "5万亩"},
		{"盘锦这个区去年对上争取到多少资金?", "21.9亿元"},
		{"盛泽村级集体经济倍增计划去年实现了多少稳定性总收入?", "3亿元"},
		{"How many additional deep-water cages does Shacheng plan to put outside the bay this year?", "6口"},
	} {
		ans := ask(t, c.q)
		if !ans.Grounded || !strings.Contains(ans.Text, c.figure) {
			t.Errorf("%s: not answered with %s:\n%s", c.q, c.figure, ans.Text)
		}
	}
}
