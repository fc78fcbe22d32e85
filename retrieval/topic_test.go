package retrieval

import (
	"math"
	"os"
	"regexp"
	"slices"
	"testing"

	"github.com/reportbot/reportbot/ingest/scale"
	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/store"
	"github.com/reportbot/reportbot/internal/zh"
)

// TestTopicMatchesPerReportSearch holds the one-search, pruned topic evidence to a search
// within each report and the best sentence of each.
func TestTopicMatchesPerReportSearch(t *testing.T) {
	checkTopic(t, bundledIndex(t))
}

// TestTopicMatchesPerReportSearchAtScale runs the same check on the 100× benchmark store (900
// reports); it runs only when $REPORTBOT_SCALE_DIR keeps that store.
func TestTopicMatchesPerReportSearchAtScale(t *testing.T) {
	if os.Getenv(scale.CacheEnv) == "" {
		t.Skip("set " + scale.CacheEnv + " to run on the 100× store")
	}
	snap, err := store.Open(scale.Store(t, 100))
	if err != nil {
		t.Fatal(err)
	}
	ix, err := NewIndex(snap, embed.LocalName, embed.LocalDim, embed.Local(embed.LocalDim))
	if err != nil {
		t.Fatal(err)
	}
	checkTopic(t, ix)
}

func checkTopic(t *testing.T, ix *Index) {
	t.Helper()
	for _, q := range []string{"哪些报告提到了老旧小区改造?", "哪些报告提到了长者食堂?", "Which reports mention elevators in old buildings?", "哪些镇提到了农村生活污水治理?"} {
		p := Analyze(q, ix)
		sc := ix.newScorer(p)
		lexQ := LexicalQuery(p)
		scope := ix.scopeReports(p)
		got, _ := ix.topic(sc, lexQ, scope, nil)
		tsc := *sc
		tsc.requireTopic = true
		var want []Evidence
		for _, r := range ix.Reports {
			key := r.Key()
			if scope != nil && !scope[key] {
				continue
			}
			found := ix.bm25.Search(lexQ, topicDepth, func(i int) bool { return ix.chunks[i].Key() == key })
			hits := make([]Hit, len(found))
			for i, s := range found {
				hits[i] = Hit{Chunk: ix.chunks[s.Doc], Score: s.Score, Lexical: i + 1}
			}
			hits = withSectionStarts(ix, hits)
			if b, ok := tsc.best(hits, len(hits), nil); ok && b.Coverage >= TopicCoverage {
				want = append(want, b)
			}
		}
		t.Logf("%s: %d reports", q, len(got))
		if len(got) != len(want) {
			t.Fatalf("%s: %d reports, want %d", q, len(got), len(want))
		}
		for i := range got {
			g, w := got[i], want[i]
			if g.Hit.Chunk.ID != w.Hit.Chunk.ID || g.Rank != w.Rank || g.Quote != w.Quote || math.Abs(g.Coverage-w.Coverage) > 1e-9 ||
				g.Hit.Lexical != w.Hit.Lexical || math.Abs(g.Hit.Score-w.Hit.Score) > 1e-9 {
				t.Errorf("%s: report %d: got %s rank %d %q, want %s rank %d %q", q, i, g.Hit.Chunk.ID, g.Rank, g.Quote, w.Hit.Chunk.ID, w.Rank, w.Quote)
			}
		}
	}
}

// TestScoreShortcut holds the scorer's substring test for Han bigrams to scoring the sentence's
// token set.
func TestScoreShortcut(t *testing.T) {
	ix := bundledIndex(t)
	for _, q := range []string{"哪些报告提到了老旧小区改造?", "盛泽镇2023年工业投资目标是多少?", "黎里镇去年财政收入完成了多少?",
		"Which towns target 10% revenue growth?", "What is Qidu town's GDP growth target?"} {
		fast := ix.newScorer(Analyze(q, ix))
		slow := *fast
		slow.terms = nil
		for _, st := range fast.terms {
			c := st
			c.variants = nil
			for _, toks := range st.variants {
				var plain []weightedToken
				for _, x := range toks {
					plain = append(plain, weightedToken{tok: x.tok, w: x.w})
				}
				c.variants = append(c.variants, plain)
			}
			slow.terms = append(slow.terms, c)
		}
		for _, c := range ix.chunks {
			for _, sent := range zh.Sentences(c.Text) {
				fs, fc := fast.score(sent)
				ss, sc := slow.score(sent)
				if fs != ss || fc != sc {
					t.Fatalf("%s: %q scores %v %v by substring, %v %v by tokens", q, sent, fs, fc, ss, sc)
				}
			}
		}
	}
}

// TestSectionWords holds the section tests to the patterns they replace.
func TestSectionWords(t *testing.T) {
	reTarget := regexp.MustCompile(`安排|计划|目标|任务|展望|思路|打算|重点工作|20\d\d年工作$`)
	reActual := regexp.MustCompile(`回顾|过去|成绩|成效|这一年|一年来`)
	secs := []string{"2024年工作", "二、2024年工作", "x2099年工作", "20a4年工作", "0年工作", "年工作", "2024年工作 › 一", "一、过去一年工作回顾"}
	for _, c := range bundledIndex(t).chunks {
		secs = append(secs, c.SectionPath())
	}
	for _, s := range secs {
		if targetSection(s) != reTarget.MatchString(s) || actualSection(s) != reActual.MatchString(s) {
			t.Errorf("%q: target %v actual %v, want %v %v", s, targetSection(s), actualSection(s), reTarget.MatchString(s), reActual.MatchString(s))
		}
	}
}

// withSectionStarts is the reference for reportReader.sectionStartDocs: a report's ranked
// passages followed by the first passages of their sections that are not among them.
func withSectionStarts(ix *Index, hits []Hit) []Hit {
	out := slices.Clone(hits)
	seen := map[string]bool{}
	for _, h := range hits {
		seen[h.Chunk.ID] = true
	}
	for _, h := range hits {
		i, _ := ix.chunkIndex(h.Chunk.ID)
		for i > 0 && !ix.sectionStart(ix.Chunk(i)) {
			i--
		}
		if c := ix.Chunk(i); !seen[c.ID] && c.Key() == h.Chunk.Key() {
			seen[c.ID] = true
			out = append(out, Hit{Chunk: c, Score: h.Score})
		}
	}
	return out
}
