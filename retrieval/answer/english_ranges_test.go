package answer

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
)

// TestEnglishFigureKinds pins the English of figure kinds a reader must not have to decode: a
// range states both ends (never the low end alone), growth as a multiple answers a growth
// question, a duration asked in its own unit is not named twice, a share in tenths is a
// percentage.
func TestEnglishFigureKinds(t *testing.T) {
	tests := []struct {
		name, q, quote string
		terms          []retrieval.Term
		want           string
	}{
		{"a range in percent", "What GDP growth is the district aiming for?", "地区生产总值增长6%-7%。",
			[]retrieval.Term{term("GDP", "地区生产总值")}, "GDP up 6% to 7% (增长6%-7%)"},
		{"a range with 至", "What GDP growth is the district aiming for?", "地区生产总值增长6%至7%。",
			[]retrieval.Term{term("GDP", "地区生产总值")}, "GDP up 6% to 7% (增长6%至7%)"},
		{"a range whose low end is bare", "How much investment is planned?", "计划投资50-60亿元。",
			[]retrieval.Term{term("investment", "投资")}, "investment 5 billion yuan to 6 billion yuan (50-60亿元)"},
		{"growth as a multiple", "How much did industrial output grow?", "工业产值增长1.5倍。",
			[]retrieval.Term{term("industrial output", "工业产值")}, "industrial output up 1.5 times (增长1.5倍)"},
		{"a measure word after a scaled number", "How many trees were planted?", "植树1.2万株。",
			[]retrieval.Term{term("trees", "植树")}, "12,000 trees (1.2万株)"},
		{"working days asked as days", "How many days does approval take now?", "审批时限压缩至15个工作日。",
			[]retrieval.Term{term("approval", "审批")}, "15 working days (15个工作日)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := enPlan(tt.q, tt.terms...)
			var got []string
			for _, f := range quoteFigures(a, tt.quote) {
				got = append(got, f.english(tt.quote))
			}
			if g := strings.Join(got, ", "); g != tt.want {
				t.Errorf("figures %q, want %q", g, tt.want)
			}
		})
	}
	// A change from one figure to another is no range; nor are months (1至9月).
	vs := quoteValues("由22.8%提升至32.4%,1至9月增长5%。")
	for k := range vs {
		if i, j, ok := rangeOf("由22.8%提升至32.4%,1至9月增长5%。", vs, k); ok {
			t.Errorf("range %v–%v read in a change or months", vs[i].Text, vs[j].Text)
		}
	}
}

// TestTenths: a share written in tenths (八成以上) answers a share question as a percentage;
// 成 starting a word (统一成立) is none.
func TestTenths(t *testing.T) {
	a := enPlan("What share of villages have broadband?", term("villages", "村庄"))
	if line, _, ok := shareFraction(a, "全镇八成以上村庄通宽带。"); !ok || line != "villages more than 80% (八成以上)" {
		t.Errorf("shareFraction = %q, %v", line, ok)
	}
	if line, _, ok := shareFraction(a, "统一成立村庄合作社。"); ok {
		t.Errorf("统一成立 read as a share: %q", line)
	}
}

// TestPairedLists: figures listed after a list of nouns and its verb (解决率、满意率达到94.6%、
// 94.2%) are each the item's in the same place: each is labelled by its own item, and the
// items the question names are all stated.
func TestPairedLists(t *testing.T) {
	quote := "12345市民服务热线诉求解决率、满意率达到94.6%、94.2%,较年初分别提升6.9个、3.6个百分点。"
	a := enPlan("What were the hotline's resolution and satisfaction rates?", term("hotline", "热线"),
		term("resolution rate", "解决率"), term("satisfaction rate", "满意率"))
	var got []string
	for _, f := range quoteFigures(a, quote) {
		got = append(got, f.english(quote))
	}
	if g := strings.Join(got, ", "); g != "resolution rate 94.6%, satisfaction rates 94.2%" {
		t.Errorf("figures %q", g)
	}
	b := enPlan("What was the hotline's satisfaction rate?", term("hotline", "热线"), term("satisfaction rate", "满意率"))
	got = nil
	for _, f := range quoteFigures(b, quote) {
		got = append(got, f.english(quote))
	}
	if g := strings.Join(got, ", "); g != "satisfaction rate 94.2%" {
		t.Errorf("figures %q, want the satisfaction rate alone", g)
	}
}

// TestVerifyConvertedRoundAndRange: the verifier accepts an English figure converted from a
// round number without digits (近万名: nearly 10,000) or from the low end of a range
// (50-60亿元: 5 billion yuan).
func TestVerifyConvertedRoundAndRange(t *testing.T) {
	for _, c := range []struct{ text, passage string }{
		{"Qidu: nearly 10,000 volunteers (近万名) [1].", "志愿者近万名。"},
		{"Qidu: investment 5 billion yuan to 6 billion yuan (50-60亿元) [1].", "计划投资50-60亿元。"},
	} {
		if probs := Verify(c.text, []Citation{{N: 1, Text: c.passage}}); len(probs) > 0 {
			t.Errorf("%s: %v", c.text, probs)
		}
	}
}
