package answer

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/num"
)

// TestReaderWord: a count says the counted thing in the question's own word when that word is
// the same thing as the measure word's English ("looms" for the generic "units" of 台,
// "companies" for the "enterprises" of 家), and keeps the report's word otherwise.
func TestReaderWord(t *testing.T) {
	for _, c := range []struct{ text, head, want string }{
		{"1.2万台", "looms", "12,000 looms (1.2万台)"},
		{"250家左右", "companies", "about 250 companies (250家左右)"},
		{"1家", "companies", "1 company (1家)"},
		{"1家", "businesses", "1 business (1家)"},
		{"1.6万套", "flats", "16,000 flats (1.6万套)"},
		{"250家", "enterprises", "250 enterprises (250家)"}, // the same word already
		{"12台", "people", "12 units (12台)"},               // people are no 台
		{"30户", "companies", "30 households (30户)"},       // another class
		{"12个", "projects", "12 (12个)"},                   // a bare count: countGloss names it
		{"5000万元", "companies", "50 million yuan (5000万元)"},
	} {
		v, err := num.Parse(c.text)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := readerWord(v.Gloss(), v, c.head); got != c.want {
			t.Errorf("readerWord(%s, %q) = %q, want %q", c.text, c.head, got, c.want)
		}
	}
}

// TestReaderWordLine: a figure line counts the thing asked in the question's words when the
// measure word's English is generic: "12,000 looms", not "water-jet looms 12,000 units".
func TestReaderWordLine(t *testing.T) {
	q := "How many water-jet looms does Lili plan to phase out?"
	quote := "加快黎里工业区综合治理,力争淘汰喷水织机1.2万台、印染企业逐步取缔清零。"
	a := enPlan(q, term("water-jet looms", "喷水织机"), term("phase out", "淘汰"))
	figs := quoteFigures(a, quote)
	got := enFiguresLine("Lili town (黎里镇)", "", figs, quote)
	if want := "Lili town (黎里镇): strive for 12,000 looms (1.2万台)"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestReaderFactWords: a fact row's count is said in the question's word too.
func TestReaderFactWords(t *testing.T) {
	a := enPlan("How many high-tech companies does Lili want to have by year end?", term("high-tech", "高新技术"))
	stated := []corpus.Fact{{Indicator: "高新技术企业拥有量", Wording: "高新技术企业拥有量", ValueText: "250家左右", Value: 250, Unit: "家", Kind: corpus.KindTarget}}
	clause := enFactClause(stated, func(corpus.Fact) int { return 2023 })
	got := readerFactWords(a, clause, stated)
	if !strings.Contains(got, "about 250 companies (250家左右)") || strings.Contains(got, "250 enterprises") {
		t.Errorf("got %q from %q", got, clause)
	}
}
