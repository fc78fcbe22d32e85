package answer

import (
	"testing"

	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// TestFigureOfOwnClause: in a sentence of several clauses the figure stated for a how-many
// question is the one whose own clause holds the asked noun, not a count of the next clause
// that the noun happens to stand a few characters before; a count of households is stated as
// households, though the noun phrase it stands in ends on the renovations asked about.
func TestFigureOfOwnClause(t *testing.T) {
	ix := retrievaltest.Index(t)
	const quote = "精心筹办世界杯攀岩赛等联动示范区三地的大型文体赛事,完成400户困难家庭适老化改造,新建1个普惠性托育机构,提升“12345”便民服务效能。"
	p := retrieval.Analyze("How many elderly-friendly home renovations will Lili complete for families in difficulty?", ix)
	fs := quoteFigures(p, quote)
	if len(fs) != 1 || fs[0].original(quote) != "400户" {
		var got []string
		for _, f := range fs {
			got = append(got, f.original(quote))
		}
		t.Errorf("figures %q, want only 400户", got)
	} else if fs[0].noun != "" {
		t.Errorf("400户 described as %q, want its own noun (households), not the renovations", fs[0].noun)
	}
}

// TestHeadEndsClause: a count is tied to the asked head noun by the noun phrase after it only
// when that phrase runs to the clause's end and ends on the head.
func TestHeadEndsClause(t *testing.T) {
	ix := retrievaltest.Index(t)
	p := retrieval.Analyze("How many elderly-friendly home renovations will Lili complete?", ix)
	for quote, want := range map[string]bool{
		"完成400户困难家庭适老化改造,新建1个普惠性托育机构": true,
		"完成400户困难家庭适老化改造任务,新建1个机构":    false, // the phrase ends on 任务
		"新建1个普惠性托育机构,完成适老化改造":         false, // 改造 is in another clause
	} {
		vs := quoteValues(quote)
		if len(vs) == 0 {
			t.Fatalf("%s: no figure", quote)
		}
		if got := headEndsClause(p, quote, vs[0], "renovations"); got != want {
			t.Errorf("%s: headEndsClause(%s) = %v, want %v", quote, quote[vs[0].Start:vs[0].End], got, want)
		}
	}
}

// TestOwnClause: the clause of a figure stops at commas and full stops, not at the 、 of a list.
func TestOwnClause(t *testing.T) {
	const quote = "改造老旧小区3个、农房10户,新建1个机构。"
	vs := quoteValues(quote)
	for i, want := range []string{"改造老旧小区3个、农房10户", "改造老旧小区3个、农房10户", "新建1个机构"} {
		clause, w := ownClause(quote, vs[i])
		if clause != want || clause[w.Start:w.End] != quote[vs[i].Start:vs[i].End] {
			t.Errorf("figure %d: clause %q (figure %q), want %q", i, clause, clause[w.Start:w.End], want)
		}
	}
}
