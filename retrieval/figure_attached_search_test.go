package retrieval_test

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// TestSearchQuotesCountOnNoun: "齐都镇现在有几个长者食堂?" is answered by the sentence that counts
// the canteens themselves (9处长者食堂), not by the first hit's plan for 3 centres whose name
// holds 长者食堂 (综合养老服务中心3处).
func TestSearchQuotesCountOnNoun(t *testing.T) {
	ix := retrievaltest.Index(t)
	q := "齐都镇现在有几个长者食堂?"
	res, err := ix.Search(context.Background(), retrieval.Analyze(q, ix), 10)
	if err != nil {
		t.Fatal(err)
	}
	if res.Best == nil || !strings.Contains(res.Best.Quote, "9处长者食堂") {
		t.Errorf("%s: quoted %+v, want the sentence with 9处长者食堂", q, res.Best)
	}
}
