package answer

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/num"
)

// TestCountNounLines: a count is stated in the question's words when the quote says what it
// counts in ways the figure scorer did not read before — the count right after its class noun
// (…等项目12个), the noun phrase after a count in 家 (2家…设施项目), or the quote's only figure
// in a measure word of no class (10条, 200余场次) — and a count after a noun of the class does
// not outrank the one the question's verb asks for (12个项目开工建设, not 新项目52个).
func TestCountNounLines(t *testing.T) {
	lex := corpusLexicon(t)
	for _, c := range []struct{ q, want string }{
		{"How many new projects did Qidu build in its smart manufacturing and warehousing logistics cluster last year?", "12 new projects (12个)"},
		{"How many farm-produce cold-storage projects is Qidu pushing forward?", "2 farm-produce cold-storage projects (2家)"},
		{"how many model streets with fine-grained management did Lili build last year?", "10 model streets (10条)"},
		{"How many cultural events did Qidu hold, such as the village opera performances?", "more than 200 cultural events"},
		{"how many new projects did the Guangxi district break ground on last year?", "12 projects (12个项目)"},
		{"How many poor disabled families' homes will the Panjin district make barrier-free?", "120 poor disabled families' homes (120户)"},
		{"How many primary and secondary schools will the Beijing district build or expand?", "2 primary and secondary schools (2所)"}, // not 3所学校
	} {
		ans := askWith(t, c.q, lex)
		first, _, _ := strings.Cut(ans.Text, "\n")
		if !strings.Contains(reQuotedText.ReplaceAllString(first, ""), c.want) {
			t.Errorf("%s\n first line %q\n lacks %q", c.q, first, c.want)
		}
	}
}

// TestSoleCount: only the quote's one figure, a count in a measure word of no class, is named by
// the question's noun; not one of several, nor a count of a class (户), nor a bare 个.
func TestSoleCount(t *testing.T) {
	parse := func(s string) num.Value {
		v, err := num.Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, c := range []struct {
		figs []string
		want bool
	}{
		{[]string{"10条"}, true},
		{[]string{"200余场"}, true},
		{[]string{"10条", "5个"}, false},
		{[]string{"120户"}, false},
		{[]string{"12个"}, false},
		{[]string{"4900亩"}, false},
	} {
		var vs []num.Value
		for _, f := range c.figs {
			vs = append(vs, parse(f))
		}
		if got := soleCount(vs, 0); got != c.want {
			t.Errorf("soleCount(%v) = %v, want %v", c.figs, got, c.want)
		}
	}
}

// TestFirstPlaceLine: a ranking question over a quote that writes first place in words (首位),
// with no ordinal figure, is answered "first place", not with another figure of the quote.
func TestFirstPlaceLine(t *testing.T) {
	a := enPlan("Where does the Liuzhou district stand among the four urban districts for funds arrived in its key project pool?",
		term("funds", "资金"), term("key projects", "重点项目"))
	quote := "2023年区外境内到位资金83.33亿元,重点项目库到位资金总量排四城区首位。"
	parts, _, ok := firstPlaceLine(a, quote)
	if !ok || len(parts) != 1 || parts[0] != "first place (排四城区首位)" {
		t.Errorf("firstPlaceLine = %q, %v", parts, ok)
	}
	if _, _, ok := firstPlaceLine(a, "盛泽位列2023年全国千强镇第六名。"); ok {
		t.Error("an ordinal figure answers by itself")
	}
	if _, _, ok := firstPlaceLine(enPlan("How much money arrived?", term("funds", "资金")), quote); ok {
		t.Error("no ranking asked")
	}
}

// TestUnitCountsNoun: a count in 户 of something other than households (违章建筑7户, 10户企业)
// is stated in the question's noun, never as households; a count of households stays one.
func TestUnitCountsNoun(t *testing.T) {
	lex := corpusLexicon(t)
	for _, c := range []struct{ q, want, not string }{
		{"How many illegal buildings did Huigou tear down?", "7 illegal buildings (7户)", "households"},
		{"How many dilapidated houses did Huigou demolish?", "18 dilapidated houses (18户)", "households"},
		{"How many resident households benefited from the Liuzhou district's old-neighbourhood renovation?", "2,104 households (2104户)", ""},
	} {
		ans := askWith(t, c.q, lex)
		first, _, _ := strings.Cut(ans.Text, "\n")
		outside := reQuotedText.ReplaceAllString(first, "")
		if !strings.Contains(outside, c.want) || c.not != "" && strings.Contains(outside, c.not) {
			t.Errorf("%s\n first line %q\n want %q, not %q", c.q, first, c.want, c.not)
		}
	}
}
