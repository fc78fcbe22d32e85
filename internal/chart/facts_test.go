package chart

import (
	"errors"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

func fact(report int, entity, kind, measure string, value float64, text, unit, qual string) corpus.Fact {
	cmp := "="
	if qual == "左右" {
		cmp = "~"
	}
	return corpus.Fact{Source: "r.txt", Report: report, Entity: entity, Indicator: "一般公共预算收入",
		Wording: "一般公共预算收入", Kind: kind, Measure: measure, Value: value, Unit: unit,
		ValueText: text, Qualifier: qual, Comparator: cmp}
}

var testReports = []corpus.Report{
	{Source: "r.txt", Report: 1, Entity: "xx区", City: "盘锦市", Year: 2023},
	{Source: "r.txt", Report: 2, Entity: "盛泽镇", Year: 2023},
	{Source: "r.txt", Report: 3, Entity: "xx区", City: "北京市", Year: 2023},
}

func TestFromFacts(t *testing.T) {
	fs := []corpus.Fact{
		fact(1, "xx区", corpus.KindActual, "growth", -16.5, "16.5%", "%", ""),
		fact(1, "xx区", corpus.KindTarget, "growth", 6, "6%", "%", "以上"),
		fact(2, "盛泽镇", corpus.KindTarget, "growth", 8, "8%", "%", "确保"),
		fact(2, "盛泽镇", corpus.KindTarget, "growth", 10, "10%", "%", "力争"),
		fact(3, "xx区", corpus.KindTarget, "growth", 6, "6%", "%", "左右"),
		fact(3, "xx区", corpus.KindTarget, "amount", 540, "540亿元", "亿元", ""),
	}
	c, err := FromFacts(FactSet{Facts: fs, Reports: testReports})
	if err != nil {
		t.Fatal(err)
	}
	if c.Kind != corpus.KindTarget || c.Unit != "%" || c.Title != "一般公共预算收入增长目标" {
		t.Errorf("kind %q unit %q title %q", c.Kind, c.Unit, c.Title)
	}
	var got []string
	for _, r := range c.Rows {
		got = append(got, r.Label+" "+r.ValueText)
	}
	want := "盛泽镇 确保8%，力争10% | xx区(北京市) 6%左右 | xx区(盘锦市) 6%以上"
	if strings.Join(got, " | ") != want {
		t.Errorf("rows = %q, want %q", strings.Join(got, " | "), want)
	}
	if c.Rows[0].LabelLatin != "Shengze Town" || c.Rows[1].LabelLatin != "xx District (Beijing City)" {
		t.Errorf("latin labels %q, %q", c.Rows[0].LabelLatin, c.Rows[1].LabelLatin)
	}
	notes := strings.Join(c.Notes, "\n")
	for _, w := range []string{"charting targets; 1 actual", "amount, stated by 1 report(s), left out", "1 report(s) state several values"} {
		if !strings.Contains(notes, w) {
			t.Errorf("notes lack %q:\n%s", w, notes)
		}
	}

	// A condition: the matching value is the bar; a report without one is a near miss.
	ten := 10.0
	c, err = FromFacts(FactSet{Facts: fs, Reports: testReports, Kind: corpus.KindTarget, Measure: "growth",
		Matches: func(f corpus.Fact) bool { return f.Value == ten }, Threshold: &ten})
	if err != nil {
		t.Fatal(err)
	}
	if r := c.Rows[0]; r.Label != "盛泽镇" || r.Value != 10 || r.ValueText != "力争10%" || r.NearMiss {
		t.Errorf("first row %+v", r)
	}
	if !c.Rows[1].NearMiss || !c.Rows[2].NearMiss {
		t.Errorf("reports without 10%% are not near misses: %+v", c.Rows)
	}

	// Actual growth keeps its sign.
	c, err = FromFacts(FactSet{Facts: append(fs, fact(2, "盛泽镇", corpus.KindActual, "growth", 4.4, "4.4%", "%", "")), Reports: testReports, Kind: corpus.KindActual})
	if err != nil {
		t.Fatal(err)
	}
	if r := c.Rows[1]; r.Value != -16.5 || r.ValueText != "-16.5%" {
		t.Errorf("decline row %+v", r)
	}
}

func TestFromFactsUnitsAndErrors(t *testing.T) {
	fs := []corpus.Fact{
		fact(1, "xx区", corpus.KindActual, "amount", 8.5, "8.5亿元", "亿元", ""),
		fact(2, "盛泽镇", corpus.KindActual, "amount", 5000, "5000万元", "万元", ""),
	}
	c, err := FromFacts(FactSet{Facts: fs, Reports: testReports})
	if err != nil {
		t.Fatal(err)
	}
	if c.Unit != "亿元" || c.Rows[1].Value != 0.5 || c.Rows[1].ValueText != "5000万元" {
		t.Errorf("unit %q rows %+v", c.Unit, c.Rows)
	}
	fs[1].Unit = "个"
	if _, err := FromFacts(FactSet{Facts: fs}); err == nil {
		t.Error("values in 亿元 and 个 were charted together")
	}
	if _, err := FromFacts(FactSet{Facts: fs[:1]}); !errors.Is(err, ErrTooFew) {
		t.Errorf("one report: err = %v, want ErrTooFew", err)
	}
	fs[1].Indicator = "地区生产总值"
	if _, err := FromFacts(FactSet{Facts: fs}); err == nil {
		t.Error("two indicators were charted together")
	}
}

func TestByIndicator(t *testing.T) {
	a := fact(1, "xx区", corpus.KindTarget, "growth", 6, "6%", "%", "")
	b := a
	b.Indicator = "地区生产总值"
	got := ByIndicator([]corpus.Fact{a, b, a})
	if len(got) != 2 || len(got[0]) != 2 || got[1][0].Indicator != "地区生产总值" {
		t.Errorf("ByIndicator = %+v", got)
	}
}
