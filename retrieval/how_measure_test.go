package retrieval_test

import (
	"testing"

	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// TestHowMeasureNotSearched: the adjective of "how big"/"how long" names the kind of figure
// asked, not a thing the reports hold; searched, "big" reached 大 of 门诊大楼 and the English
// line took that project's investment. The same word elsewhere in a question stays a term.
func TestHowMeasureNotSearched(t *testing.T) {
	ix := retrievaltest.Index(t)
	for q, word := range map[string]string{
		"How big is the kindergarten investment Huigou is pushing this year?": "big",
		"How long does it now take to set up a new business in Shengze?":      "long",
		"How large is the total investment in Qidu's battery station?":        "large",
	} {
		p := retrieval.Analyze(q, ix)
		for _, term := range p.Terms {
			if term.From == word {
				t.Errorf("%q: %q is searched (%v)", q, word, term.Variants)
			}
		}
	}
	p := retrieval.Analyze("How many big projects did Shengze start?", ix)
	if _, ok := english(p)["big"]; !ok {
		t.Errorf("\"big projects\": big is no longer read (%+v)", p.English)
	}
}
