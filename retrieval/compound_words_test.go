package retrieval_test

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// TestOldCompounds: "old compounds", the short English for 老旧小区, is searched as 老旧小区, not
// as the lexicon's 旧/古 and 大院 ("How many old compounds will Shengze renovate this year?" was
// answered with 110 digitalisation projects).
func TestOldCompounds(t *testing.T) {
	ix := retrievaltest.Index(t)
	for q, want := range map[string]string{
		"How many old compounds will Shengze renovate this year?": "老旧小区",
		"How many compounds got property management?":             "小区",
	} {
		p := retrieval.Analyze(q, ix)
		if !slices.ContainsFunc(p.Terms, func(t retrieval.Term) bool { return slices.Contains(t.Variants, want) }) {
			t.Errorf("%s: terms %+v lack %s", q, p.Terms, want)
		}
	}
}
