package retrieval_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

func TestAnalyze(t *testing.T) {
	ix := retrievaltest.Index(t)
	tests := []struct {
		q         string
		lang      string
		reports   []int
		level     string
		intent    string
		aggregate bool
		indicator string
		number    float64
		cmp       string
	}{
		{q: "盛泽镇2023年工业投资目标是多少?", lang: "zh", reports: []int{5}, intent: "target", indicator: "工业投资"},
		{q: "What is Shengze's fiscal revenue target?", lang: "en", reports: []int{5}, intent: "target", indicator: "一般公共预算收入"},
		{q: "How much did the Panjin district spend on social assistance?", lang: "en", reports: []int{1}, level: "区", intent: "actual"},
		{q: "Which towns target 10% revenue growth?", lang: "en", level: "镇", intent: "target", aggregate: true, indicator: "一般公共预算收入", number: 10},
		{q: "哪些镇的地区生产总值增长目标在7%以上?", lang: "zh", level: "镇", intent: "target", aggregate: true, indicator: "地区生产总值", number: 7, cmp: ">="},
		{q: "规模以上工业增加值增长了多少?", lang: "zh", intent: "actual", indicator: "规模以上工业增加值"},
		{q: "What did the Liuzhou district achieve in retail sales last year?", lang: "en", reports: []int{9}, level: "区", intent: "actual", indicator: "社会消费品零售总额"},
		{q: "百分之十的增长目标", lang: "zh", intent: "target", number: 10},
		{q: "ten percent growth", lang: "en", number: 10},
		{q: "Какой план?", lang: ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a := retrieval.Analyze(tt.q, ix)
			if a.Lang != tt.lang {
				t.Errorf("lang %q, want %q", a.Lang, tt.lang)
			}
			var reports []int
			for _, k := range a.Reports {
				reports = append(reports, k.Report)
			}
			if !slices.Equal(reports, tt.reports) {
				t.Errorf("reports %v (places %v), want %v", reports, a.Places, tt.reports)
			}
			if a.Level != tt.level || a.Intent != tt.intent || a.Aggregate != tt.aggregate || a.Comparator != tt.cmp {
				t.Errorf("level %q intent %q aggregate %v comparator %q; want %q %q %v %q", a.Level, a.Intent, a.Aggregate, a.Comparator, tt.level, tt.intent, tt.aggregate, tt.cmp)
			}
			if tt.indicator != "" && !slices.Contains(a.Indicators, tt.indicator) {
				t.Errorf("indicators %v, want %s", a.Indicators, tt.indicator)
			}
			if tt.number != 0 && (len(a.Numbers) == 0 || a.Numbers[0].Value != tt.number) {
				t.Errorf("numbers %+v, want %v", a.Numbers, tt.number)
			}
		})
	}
}

func TestAnalyzeEnglishTranslatesTerms(t *testing.T) {
	a := retrieval.Analyze("How many migrant workers got their unpaid wages back?", retrievaltest.Index(t))
	q := retrieval.LexicalQuery(a)
	for _, tok := range []string{"农民", "民工"} {
		if q[tok] == 0 {
			t.Errorf("lexical query lacks %s: %v", tok, q)
		}
	}
}

func TestSearchHonoursPlaceAndLevel(t *testing.T) {
	ix := retrievaltest.Index(t)
	ctx := context.Background()
	res, err := ix.Search(ctx, retrieval.Analyze("岱西镇引进了多少个项目?", ix), 5)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range res.Hits {
		if h.Chunk.Entity != "岱西镇" {
			t.Errorf("hit from %s, want only 岱西镇", h.Chunk.Entity)
		}
	}
	res, _ = ix.Search(ctx, retrieval.Analyze("Which districts report fixed-asset investment?", ix), 10)
	hits := res.Hits
	for _, h := range hits {
		if h.Chunk.Level != "区" {
			t.Errorf("hit from %s (%s), want districts only", h.Chunk.Entity, h.Chunk.Level)
		}
	}
	if len(hits) == 0 || hits[0].Lexical == 0 && hits[0].Dense == 0 && hits[0].Fact == 0 {
		t.Errorf("hits carry no ranks: %+v", hits)
	}
}

func TestSearchFindsFactsForTargets(t *testing.T) {
	ix := retrievaltest.Index(t)
	a := retrieval.Analyze("齐都镇的一般公共预算收入增长目标是多少?", ix)
	res, err := ix.Search(context.Background(), a, 3)
	if err != nil {
		t.Fatal(err)
	}
	fs := res.Facts
	if len(fs) == 0 || fs[0].Entity != "齐都镇" || fs[0].Kind != corpus.KindTarget {
		t.Fatalf("facts: %+v", fs)
	}
	if res.Hits[0].Chunk.ID != fs[0].ChunkID {
		t.Errorf("the fact's chunk should rank first: got %s, fact in %s", res.Hits[0].Chunk.ID, fs[0].ChunkID)
	}
	if _, ok := res.Passage(fs[0].ChunkID); !ok {
		t.Errorf("the result lacks the passage of fact %+v", fs[0])
	}
	if _, ok := res.Report(fs[0].Key()); !ok {
		t.Errorf("the result lacks the profile of report %v", fs[0].Key())
	}
}

func TestApplyRewrite(t *testing.T) {
	ix := retrievaltest.Index(t)
	a := retrieval.Analyze("and Shengze?", ix)
	b := retrieval.Apply(a, ix, retrieval.Rewrite{Question: "What is Shengze's GDP target?", Queries: []string{"盛泽镇 地区生产总值 目标"}, Kind: "target"})
	if len(b.Reports) != 1 || b.Reports[0].Report != 5 || b.Intent != "target" || b.Question != "and Shengze?" {
		t.Errorf("rewrite applied: %+v", b)
	}
	if !slices.Contains(b.Indicators, "地区生产总值") {
		t.Errorf("indicators %v", b.Indicators)
	}
}

func TestBM25(t *testing.T) {
	ix := retrieval.NewBM25([]string{"地区生产总值增长5%", "一般公共预算收入增长10%", "农民工清欠"})
	res := ix.Search(map[string]float64{"收入": 1, "增长": 1}, 0, nil)
	if len(res) != 2 || res[0].Doc != 1 {
		t.Errorf("search: %+v", res)
	}
	if ix.IDF("没有") != 0 || ix.IDF("收入") <= ix.IDF("增长") {
		t.Errorf("idf: %v %v %v", ix.IDF("没有"), ix.IDF("收入"), ix.IDF("增长"))
	}
	if res := ix.Search(map[string]float64{"增长": 1}, 1, func(d int) bool { return d == 0 }); len(res) != 1 || res[0].Doc != 0 {
		t.Errorf("filtered search: %+v", res)
	}
}

func BenchmarkSearch(b *testing.B) {
	ix := retrievaltest.Index(b)
	qs := []string{"盛泽镇2023年工业投资目标是多少?", "How many migrant workers did the Panjin district help recover unpaid wages for?", "Which towns target 10% revenue growth?"}
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := retrieval.Analyze(qs[i%len(qs)], ix)
		if _, err := ix.Search(ctx, a, 10); err != nil {
			b.Fatal(err)
		}
	}
}

// vocab is a Vocabulary without an index: one place that identifies report 5, one that
// identifies none.
type vocab struct{}

func (vocab) MatchPlaces(text string) ([]string, []corpus.ReportKey) {
	var names []string
	var keys []corpus.ReportKey
	if strings.Contains(text, "盛泽镇") {
		names, keys = append(names, "盛泽镇"), append(keys, corpus.ReportKey{Source: "s", Report: 5})
	}
	if strings.Contains(text, "上海市") {
		names = append(names, "上海市")
	}
	return names, keys
}
func (vocab) Identifies(name string) bool { return name == "盛泽镇" }
func (vocab) Known(string) bool           { return true }

func TestPlanReadsOnlyItsVocabulary(t *testing.T) {
	p := retrieval.Analyze("盛泽镇和上海市2023年、2024年工业投资目标是多少?", vocab{})
	if len(p.Reports) != 1 || p.Reports[0].Report != 5 {
		t.Errorf("reports %v", p.Reports)
	}
	if !slices.Equal(p.Places, []string{"盛泽镇", "上海市"}) || !slices.Equal(p.Unresolved, []string{"上海市"}) {
		t.Errorf("places %v, unresolved %v", p.Places, p.Unresolved)
	}
	if !slices.Equal(p.Years, []int{2023, 2024}) || p.Intent != retrieval.IntentTarget || !slices.Contains(p.Indicators, "工业投资") {
		t.Errorf("years %v, intent %q, indicators %v", p.Years, p.Intent, p.Indicators)
	}
	// A follow-up takes the new question's places, resolved or not.
	f := retrieval.FollowUp(p, retrieval.Analyze("那上海市呢?", vocab{}))
	if !slices.Equal(f.Places, []string{"上海市"}) || !slices.Equal(f.Unresolved, []string{"上海市"}) || len(f.Reports) != 0 {
		t.Errorf("follow-up: places %v, unresolved %v, reports %v", f.Places, f.Unresolved, f.Reports)
	}
	if !slices.Contains(f.Indicators, "工业投资") {
		t.Errorf("follow-up lost the indicator: %v", f.Indicators)
	}
	// Without a vocabulary there are no places.
	if p := retrieval.Analyze("盛泽镇工业投资", nil); len(p.Places) != 0 || len(p.Terms) == 0 {
		t.Errorf("nil vocabulary: places %v, terms %v", p.Places, p.Terms)
	}
}

func TestSearchResultIsComplete(t *testing.T) {
	ix := retrievaltest.Index(t)
	ctx := context.Background()
	res, err := ix.Search(ctx, retrieval.Analyze("盛泽镇2023年工业投资目标是多少?", ix), 10)
	if err != nil {
		t.Fatal(err)
	}
	if res.Best == nil || res.Best.Quote == "" || !strings.Contains(res.Best.Hit.Chunk.Text, res.Best.Quote) || res.Best.Coverage <= 0 {
		t.Fatalf("best evidence: %+v", res.Best)
	}
	if res.Hits[res.Best.Rank].Chunk.ID != res.Best.Hit.Chunk.ID || len(res.Hits[0].Sentences) == 0 {
		t.Errorf("best evidence is not from the ranked hits, or the first hit's sentences are not scored")
	}
	if len(res.Scope) != 1 || res.Scope[0].Report != 5 {
		t.Errorf("scope %v", res.Scope)
	}
	for _, h := range res.Hits {
		if _, ok := res.Report(h.Chunk.Key()); !ok {
			t.Errorf("no profile for hit %s", h.Chunk.ID)
		}
	}
	// A filter question no fact row answers carries each report's best evidence.
	res, err = ix.Search(ctx, retrieval.Analyze("哪些报告提到了长者食堂?", ix), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Topic) == 0 {
		t.Fatal("no topic evidence")
	}
	for _, e := range res.Topic {
		if !strings.Contains(e.Hit.Chunk.Text, e.Quote) {
			t.Errorf("topic quote %q is not in its passage", e.Quote)
		}
	}
	// An unknown place stays in the result.
	res, _ = ix.Search(ctx, retrieval.Analyze("What is Shanghai's GDP growth target for 2023?", ix), 10)
	if len(res.Unresolved) == 0 {
		t.Errorf("unresolved places lost: %+v", res.Unresolved)
	}
}

// TestAnalyzeWhichPlaceIsNoTerm: "哪些镇", "哪几个区", "哪个村" ask which places; none of them is a
// term of the question.
func TestAnalyzeWhichPlaceIsNoTerm(t *testing.T) {
	ix := retrievaltest.Index(t)
	for _, q := range []string{"哪些镇提到了乡村振兴?", "哪几个区提到了乡村振兴?", "哪个村提到了乡村振兴?"} {
		a := retrieval.Analyze(q, ix)
		for _, term := range a.Terms {
			if term.From != "乡村振兴" {
				t.Errorf("%q: term %q, want only 乡村振兴", q, term.From)
			}
		}
	}
}
