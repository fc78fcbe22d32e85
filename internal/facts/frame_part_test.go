package facts

import (
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestSentenceKindInPart: where neither the sentence's strong cues nor its headings tell its
// frame, the part of the report it stands in does, before its weak cues: "②完成…改造120户" in a
// plan whose headings name no year is planned. Strong cues and headings still come first, and
// no part leaves the weak cues to decide.
func TestSentenceKindInPart(t *testing.T) {
	plan := func() string { return corpus.KindTarget }
	yearless := []string{"二、守正创新、实干笃行,着力推动高质量发展", "(五)聚焦百姓期盼,狠抓民生事业"}
	for _, c := range []struct {
		sentence string
		section  []string
		part     func() string
		want     string
	}{
		{"②完成贫困残疾人家庭无障碍改造120户;", yearless, plan, corpus.KindTarget},
		{"②完成贫困残疾人家庭无障碍改造120户;", yearless, nil, corpus.KindActual},
		{"②完成贫困残疾人家庭无障碍改造120户;", yearless, func() string { return "" }, corpus.KindActual},
		{"一般公共预算收入同比增长5%。", yearless, plan, corpus.KindActual},
		{"完成改造120户。", []string{"一、2022年工作回顾"}, plan, corpus.KindActual},
	} {
		if got := SentenceKindInPart(c.sentence, c.section, 2023, c.part); got != c.want {
			t.Errorf("SentenceKindInPart(%q, %q) = %q, want %q", c.sentence, c.section, got, c.want)
		}
	}
}
