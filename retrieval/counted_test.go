package retrieval_test

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// TestCountedFigures: the figure that answers a threshold question is the one a sentence
// states of the counted thing — the count written before its word, else the first figure of
// the number's measure after it — not a figure after another word of the question.
func TestCountedFigures(t *testing.T) {
	ix := retrievaltest.Index(t)
	for _, tt := range []struct {
		q, quote string
		want     []string // the figures' texts; nil: the quote holds no word of the thing
	}{
		{"哪些报告说去年办理的政协提案超过10件?", "办理人大代表建议65件、政协委员提案8件;", []string{"8件"}},
		{"Which reports plan to renovate more than 10 old residential compounds?",
			"完成绿杨新村等3个老旧小区改造,建成14个生活污水处理提质增效达标区", []string{"3个"}},
		{"Which reports plan to renovate more than 10 old residential compounds?",
			"改造提升老旧小区108个,惠及居民7178户。", []string{"108个"}},
		{"哪些报告去年调解的矛盾纠纷超过1000件?", "第二批国治件全部办结,成功调解纠纷2921起。", nil},
		{"哪些报告去年调解的矛盾纠纷超过1000件?", "排查化解矛盾纠纷245件,在党的二十大期间实现零进京", []string{"245件"}},
	} {
		p := retrieval.Analyze(tt.q, ix)
		figs, found := p.CountedFigures(tt.quote)
		var got []string
		for _, v := range figs {
			got = append(got, v.Text)
		}
		if found != (tt.want != nil) || !slices.Equal(got, tt.want) {
			t.Errorf("%s\n%s: figures %v (found %v), want %v", tt.q, tt.quote, got, found, tt.want)
		}
	}
}
