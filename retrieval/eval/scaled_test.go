package eval_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/ingest"
	"github.com/reportbot/reportbot/ingest/scale"
	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/places"
	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/answer"
	"github.com/reportbot/reportbot/retrieval/eval"
)

// TestScaledComparisons runs the comparisons of a scaled question set at 1× (three places over
// three years, as `gen -places 3 -years 3` writes them) through the extractive answer: each one
// must name every place asked about (in English also in pinyin), cite every place's gold
// passage among its first ten citations, list every place's report and pass the team's
// scoring.
func TestScaledComparisons(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a corpus")
	}
	dir := t.TempDir()
	m, err := scale.GenerateDecade(dir, scale.Options{Places: 3, Years: 3, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	qs, err := scale.EvalSet(m, scale.EvalOptions{Seed: 1, Compare: 12})
	if err != nil {
		t.Fatal(err)
	}
	emb := ingest.EmbedderFunc(embed.LocalName, embed.LocalDim, embed.Local(embed.LocalDim))
	snap, _, err := ingest.Build(context.Background(), m.Paths, ingest.Options{Embedder: emb})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := retrieval.NewIndex(snap, embed.LocalName, embed.LocalDim, embed.Local(embed.LocalDim))
	if err != nil {
		t.Fatal(err)
	}
	svc := answer.New(ix, answer.Options{})
	var buf bytes.Buffer
	if err := scale.WriteEval(&buf, qs); err != nil {
		t.Fatal(err)
	}
	set, err := eval.Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	compared := 0
	for i, q := range set {
		sq := qs[i]
		if sq.Form != scale.FormCompare {
			continue
		}
		compared++
		ans, err := svc.Ask(context.Background(), answer.Request{Question: q.Q})
		if err != nil {
			t.Fatalf("%s: %v", q.ID, err)
		}
		if r := eval.Score(q, ans, nil); !r.Pass {
			t.Errorf("%s %q: missing %v\n%s", q.ID, q.Q, r.Missing, ans.Text)
		}
		for _, p := range sq.Places {
			if !strings.Contains(ans.Text, p) {
				t.Errorf("%s %q: the answer does not name %s:\n%s", q.ID, q.Q, p, ans.Text)
			}
			if py := places.PinyinBase(p); q.Lang == "en" && !strings.Contains(strings.ToLower(ans.Text), py) {
				t.Errorf("%s %q: the answer does not name %s in pinyin (%s):\n%s", q.ID, q.Q, p, py, ans.Text)
			}
		}
		if !eval.ListsExact(q.Reports, ans.Listed) {
			t.Errorf("%s %q: listed %+v, want reports %v", q.ID, q.Q, ans.Listed, q.Reports)
		}
		if ans.Chart == nil {
			t.Errorf("%s %q: no chart", q.ID, q.Q)
		}
		if problems := answer.Verify(ans.Text, ans.Citations); len(problems) > 0 {
			t.Errorf("%s %q: the answer does not verify: %v\n%s", q.ID, q.Q, problems, ans.Text)
		}
	}
	if compared < 4 {
		t.Fatalf("%d comparisons in the set, want at least four", compared)
	}
}
