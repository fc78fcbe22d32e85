package retrieval_test

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// TestSearchFillsGap: "岱西去年创城巡查整改了多少问题?" quotes the sentence two hits below the first
// three that holds its 创城, 巡查 and 整改 (累计巡查发现并整改突出问题2000余条), not the first hit's
// 整改完成率98% of another problem list; last year's 纺博会 figure is not replaced by this year's
// target that holds more of the question's words.
func TestSearchFillsGap(t *testing.T) {
	ix := retrievaltest.Index(t)
	for q, want := range map[string]string{
		"岱西去年创城巡查整改了多少问题?":  "整改突出问题2000余条",
		"盛泽纺博会去年的意向交易额是多少?": "意向交易额超12.98亿元",
	} {
		res, err := ix.Search(context.Background(), retrieval.Analyze(q, ix), 10)
		if err != nil {
			t.Fatal(err)
		}
		if res.Best == nil || !strings.Contains(res.Best.Quote, want) {
			t.Errorf("%s: quoted %v, want the sentence with %s", q, res.Best, want)
		}
	}
}
