package retrieval

import (
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestZhLoneWishIsNoTerm: 想 before a verb (想涨, 想引进, 想建) asks a plan; it neither stands as a
// term nor joins the verb after it, while 想 inside a word (思想, 理想, 想法) stays with it.
func TestZhLoneWishIsNoTerm(t *testing.T) {
	for q, bad := range map[string]string{
		"盘锦那个区今年固投想涨多少?":    "想",
		"岱西镇今年想新建多少个文化礼堂?":  "想",
		"我想知道沙埕镇今年渔业产值增长多少": "知道",
		"我想看看盛泽镇的财政收入":      "看",
		"我想看一下黎里镇的固定资产投资":   "看",
	} {
		for _, term := range termFroms(q) {
			if strings.Contains(term, bad) {
				t.Errorf("terms of %q = %q; want none holding %q", q, termFroms(q), bad)
			}
		}
	}
	for q, want := range map[string]string{"岱西镇思想政治教育做了什么?": "思想政治教育", "盛泽镇有什么新的理想信念教育?": "理想信念教育"} {
		if got := termFroms(q); !slices.ContainsFunc(got, func(term string) bool { return strings.Contains(term, want) }) {
			t.Errorf("terms of %q = %q; want %q whole in one", q, got, want)
		}
	}
}

// TestZhNameAskIsNoTerm: 叫啥, 叫什么名字, 是啥 ask a name; they name nothing a report writes.
func TestZhNameAskIsNoTerm(t *testing.T) {
	for _, q := range []string{"北京那个区新投入使用的校区叫啥?", "黎里新成立的初中联盟叫什么名字?", "岱西镇新建的服务站是啥?"} {
		for _, term := range termFroms(q) {
			if strings.ContainsAny(term, "叫啥") || strings.Contains(term, "名字") {
				t.Errorf("terms of %q = %q; want no asking word", q, termFroms(q))
			}
		}
	}
}

// TestZhSpanTerms: a span of the year asked by quarter or half, or by a count of months, is
// searched as the months the reports write (1至9月份, 1-11月), and leaves no term of its own words.
func TestZhSpanTerms(t *testing.T) {
	for q, want := range map[string]string{
		"浍沟镇前三季度财政收入多少钱?":     "1至9月",
		"盛泽镇上半年外贸进出口多少?":      "1-6月",
		"那个区一季度工业产值多少?":       "1-3月",
		"北京那个区前十一个月实际利用外资多少?": "1-11月",
		"北京那个区前11个月实际利用外资多少?": "1-11月",
		"北京那个区1-11月实际利用外资多少?": "1至11月",
		"浍沟镇1至9月份财政收入多少?":     "1-9月",
	} {
		p := Analyze(q, nil)
		if !slices.ContainsFunc(p.Terms, func(t Term) bool { return slices.Contains(t.Variants, want) }) {
			t.Errorf("Analyze(%q) has no term worded %q: %v", q, want, p.Terms)
		}
		for _, term := range termFroms(q) {
			if strings.Contains(term, "季度") || strings.Contains(term, "半年") || strings.Contains(term, "个月") {
				if !slices.ContainsFunc(p.Terms, func(t Term) bool { return t.From == term && slices.Contains(t.Variants, want) }) {
					t.Errorf("Analyze(%q): %q left as a term of its own words", q, term)
				}
			}
		}
	}
}

// TestUnstatedSpans: a span the chosen passage states in months is met; one it does not is
// named as missing, so that a year's figure is not given for the half year.
func TestUnstatedSpans(t *testing.T) {
	ev := func(text string) *Evidence { return &Evidence{Hit: Hit{Chunk: corpus.Chunk{Text: text}}} }
	p := Analyze("浍沟镇前三季度财政收入多少钱?", nil)
	if got := unstatedSpans(p, ev("1至9月份,全镇财政收入333万元"), ""); len(got) != 0 {
		t.Errorf("span stated as 1至9月份 read as missing: %q", got)
	}
	p = Analyze("盛泽镇上半年外贸进出口多少?", nil)
	if got := unstatedSpans(p, ev("外贸进出口总额26.5亿美元,增长18.78%"), ""); !slices.Equal(got, []string{"上半年"}) {
		t.Errorf("unstatedSpans = %q; want [上半年]", got)
	}
}

// TestZhMergeTerm: a spoken merging (合并后) is searched as the reports write it (撤并, 整合)
// and 后 is no term.
func TestZhMergeTerm(t *testing.T) {
	p := Analyze("齐都中心小学和桓公小学合并后叫啥?", nil)
	if !slices.ContainsFunc(p.Terms, func(t Term) bool { return slices.Contains(t.Variants, "撤并") }) {
		t.Errorf("no merging term worded 撤并: %v", p.Terms)
	}
	for _, term := range p.Terms {
		if strings.Contains(term.From, "后") {
			t.Errorf("term %q keeps 后", term.From)
		}
	}
}

func TestZhNumeralValue(t *testing.T) {
	for s, want := range map[string]int{"三": 3, "十": 10, "十一": 11, "二十": 20, "二十一": 21, "11": 11, "两": 0} {
		if got := monthCount(s); got != want {
			t.Errorf("monthCount(%q) = %d; want %d", s, got, want)
		}
	}
}

// TestZhPersonNameAsk: a person's name asked by title (镇长叫什么名字) is a subject of its own
// (姓名), which the reports never state; a thing's name (校区叫啥) adds none.
func TestZhPersonNameAsk(t *testing.T) {
	for _, q := range []string{"岱西镇现在的镇长叫什么名字?", "盛泽镇的镇党委书记叫啥?", "那个区的区长叫什么?"} {
		if got := termFroms(q); !slices.Contains(got, "姓名") {
			t.Errorf("terms of %q = %q; want 姓名", q, got)
		}
	}
	for _, q := range []string{"北京那个区新投入使用的校区叫啥?", "齐都中心小学和桓公小学合并后叫啥?"} {
		if got := termFroms(q); slices.Contains(got, "姓名") {
			t.Errorf("terms of %q = %q; want no 姓名", q, got)
		}
	}
}
