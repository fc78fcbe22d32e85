package retrieval_test

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// TestSearchQuotesSpanBeforeBoundary: a how-long question whose span of time ends the passage
// before the one that matches (…遭遇了70年未遇的洪峰威胁。| 防汛指挥部科学研判雨情汛情险情…) quotes
// the span's sentence, not the matching one's count of people (2000余名).
func TestSearchQuotesSpanBeforeBoundary(t *testing.T) {
	ix := retrievaltest.Index(t)
	q := "The Panjin district flood last July - how long since they'd seen one like it?"
	res, err := ix.Search(context.Background(), retrieval.Analyze(q, ix), 10)
	if err != nil {
		t.Fatal(err)
	}
	if res.Best == nil || !strings.Contains(res.Best.Quote, "70年未遇") {
		t.Errorf("%s: quoted %+v, want the sentence with 70年未遇", q, res.Best)
	}
}

// TestSearchCountBeforeBoundaryNot: a count ending the passage before a matching sentence is
// not taken for the count asked (新增国家级科技型中小企业462家。| …获评国家级科技企业孵化器优秀): only
// a span of time crosses the boundary.
func TestSearchCountBeforeBoundaryNot(t *testing.T) {
	ix := retrievaltest.Index(t)
	q := "盛泽镇去年有多少家企业落户科技企业孵化基地?"
	res, err := ix.Search(context.Background(), retrieval.Analyze(q, ix), 10)
	if err != nil {
		t.Fatal(err)
	}
	if res.Best != nil && strings.Contains(res.Best.Quote, "462家") {
		t.Errorf("%s: quoted %q, the count of other firms", q, res.Best.Quote)
	}
}
