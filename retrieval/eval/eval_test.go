package eval

import (
	"bytes"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/data"
	"github.com/reportbot/reportbot/retrieval/answer"
)

func TestLoad(t *testing.T) {
	in := `# dev questions
{"id":"d01","lang":"en","type":"aggregate","q":"Which towns target 10% revenue growth?","reports":[5,7],"gold":["力争增长10%","一般公共预算收入增长10%左右"],"entities":["盛泽镇","齐都镇"]}

   {"id":"d02","lang":"zh","type":"lookup","q":"黎里镇2023年地区生产总值增长目标是多少?","reports":[2],"gold":["地区生产总值增长5%左右"]}
	# indented comment
{"id":"n01","lang":"en","type":"none","q":"What is the population of Mars?","reports":[],"gold":[]}
`
	got, err := Load(strings.NewReader(in))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	want := []Question{
		{ID: "d01", Lang: "en", Type: TypeAggregate, Q: "Which towns target 10% revenue growth?", Reports: []int{5, 7},
			Gold: []string{"力争增长10%", "一般公共预算收入增长10%左右"}, Entities: []string{"盛泽镇", "齐都镇"}},
		{ID: "d02", Lang: "zh", Type: TypeLookup, Q: "黎里镇2023年地区生产总值增长目标是多少?", Reports: []int{2},
			Gold: []string{"地区生产总值增长5%左右"}},
		{ID: "n01", Lang: "en", Type: TypeNone, Q: "What is the population of Mars?", Reports: []int{}, Gold: []string{}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Load =\n %+v\nwant\n %+v", got, want)
	}
}

func TestLoadErrors(t *testing.T) {
	const ok = `{"id":"d02","lang":"zh","type":"lookup","q":"黎里镇2023年地区生产总值增长目标是多少?","gold":["地区生产总值增长5%左右"]}`
	for _, tc := range []struct {
		name string
		in   string
		want string // substrings of the error
	}{
		{"bad JSON", ok + "\n# c\n{\"id\":\"x\",\"type\":\"lookup\",\"q\":\"?\"\n", "line 3:"},
		{"not an object", ok + "\n[1,2]\n", "line 2:"},
		{"missing id", "\n" + `{"lang":"zh","type":"lookup","q":"工业投资目标是多少?"}`, `line 2: a question needs "id" and "q"`},
		{"missing q", `{"id":"x","type":"lookup"}`, `line 1: a question needs "id" and "q"`},
		{"unknown type", ok + "\n" + `{"id":"x","type":"lookups","q":"工业投资目标是多少?"}`, `line 2: type must be lookup, aggregate or none, not "lookups"`},
		{"missing type", `{"id":"x","q":"工业投资目标是多少?"}`, `line 1: type must be`},
		{"empty input", "", "empty"},
		{"only comments and blank lines", "# nothing yet\n\n   \n", "empty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			qs, err := Load(strings.NewReader(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Load: %v, err = %v; want an error containing %q", qs, err, tc.want)
			}
			if qs != nil {
				t.Errorf("Load returned questions with an error: %+v", qs)
			}
		})
	}
}

// TestLoadBundledSets loads the question sets shipped in data/eval.
func TestLoadBundledSets(t *testing.T) {
	for name, set := range map[string][]byte{"dev": data.DevSet, "team": data.TeamSet} {
		qs, err := Load(bytes.NewReader(set))
		if err != nil {
			t.Errorf("%s set: %v", name, err)
			continue
		}
		ids := map[string]bool{}
		for _, q := range qs {
			if ids[q.ID] {
				t.Errorf("%s set: duplicate id %s", name, q.ID)
			}
			ids[q.ID] = true
			if q.Lang != "zh" && q.Lang != "en" {
				t.Errorf("%s set: %s has lang %q", name, q.ID, q.Lang)
			}
			if q.Type != TypeNone && len(q.Gold) == 0 {
				t.Errorf("%s set: %s (%s) has no gold", name, q.ID, q.Type)
			}
		}
	}
}

// cited builds an answer citing texts as [1], [2], ….
func cited(text string, grounded bool, texts ...string) *answer.Answer {
	a := &answer.Answer{Text: text, Grounded: grounded, Mode: answer.ModeExtractive}
	for i, t := range texts {
		a.Citations = append(a.Citations, answer.Citation{N: i + 1, Source: data.CorpusName, Report: 1, Text: t})
	}
	return a
}

// filler returns n citation texts that hold no gold.
func filler(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = "围绕上述总体要求和工作目标,重点做好五方面工作:"
	}
	return out
}

func TestScore(t *testing.T) {
	lookup := Question{ID: "d02", Lang: "zh", Type: TypeLookup, Q: "黎里镇2023年地区生产总值增长目标是多少?",
		Gold: []string{"地区生产总值增长5%左右"}}
	lookupSpaced := lookup
	lookupSpaced.Gold = []string{"地区生产总值 增长 5% 左右", "no such text"}
	aggregate := Question{ID: "d01", Lang: "en", Type: TypeAggregate, Q: "Which towns target 10% revenue growth?",
		Gold: []string{"力争增长10%", "一般公共预算收入增长10%左右"}, Entities: []string{"盛泽镇", "齐都镇"}}
	none := Question{ID: "n01", Lang: "en", Type: TypeNone, Q: "What is the population of Mars?"}

	const (
		hit       = "2023年主要预期目标是:地区生产总值增长5%左右;一般公共预算收入增长6%。"
		hitSpaced = "2023年主要预期目标是:地区生产总值\n增长5%\u3000左右;"
		gold1     = "确保一般公共预算收入增长8%,力争增长10%;"
		gold2     = "一般公共预算收入增长10%左右,规上工业总产值增长8%。"
		both      = "盛泽镇[1]确保增长8%,力争增长10%;齐都镇[2]增长10%左右。"
	)
	at := func(rank int, text string) []string { return append(filler(rank-1), text) }

	for _, tc := range []struct {
		name string
		q    Question
		ans  *answer.Answer
		err  error
		want Result
	}{
		{"lookup rank 1", lookup, cited("", true, hit), nil,
			Result{ID: "d02", Lang: "zh", Type: TypeLookup, Pass: true, Rank: 1}},
		{"lookup ignores white space in citations", lookup, cited("", true, append(filler(2), hitSpaced)...), nil,
			Result{ID: "d02", Lang: "zh", Type: TypeLookup, Pass: true, Rank: 3}},
		{"lookup ignores white space in gold, any gold counts", lookupSpaced, cited("", true, at(2, hit)...), nil,
			Result{ID: "d02", Lang: "zh", Type: TypeLookup, Pass: true, Rank: 2}},
		{"lookup reports the first hit", lookup, cited("", true, append(at(4, hit), hit)...), nil,
			Result{ID: "d02", Lang: "zh", Type: TypeLookup, Pass: true, Rank: 4}},
		{"lookup rank 5 passes", lookup, cited("", true, at(5, hit)...), nil,
			Result{ID: "d02", Lang: "zh", Type: TypeLookup, Pass: true, Rank: 5}},
		{"lookup rank 6 fails", lookup, cited("", true, at(6, hit)...), nil,
			Result{ID: "d02", Lang: "zh", Type: TypeLookup, Pass: false, Rank: 6}},
		{"lookup miss", lookup, cited("", true, filler(5)...), nil,
			Result{ID: "d02", Lang: "zh", Type: TypeLookup, Pass: false, Rank: 0}},
		{"lookup without citations", lookup, cited("", false), nil,
			Result{ID: "d02", Lang: "zh", Type: TypeLookup, Pass: false, Rank: 0}},

		{"aggregate complete", aggregate, cited(both, true, gold1, gold2), nil,
			Result{ID: "d01", Lang: "en", Type: TypeAggregate, Pass: true}},
		{"aggregate gold at citation 10 counts", aggregate, cited(both, true, append(at(9, gold1), gold2)...), nil,
			Result{ID: "d01", Lang: "en", Type: TypeAggregate, Pass: true}},
		{"aggregate ignores white space", aggregate, cited(both, true, "确保一般公共预算收入增长8%,力争 增长 10%;", "一般公共预算收入\n增长10%左右。"), nil,
			Result{ID: "d01", Lang: "en", Type: TypeAggregate, Pass: true}},
		{"aggregate gold at citation 11 is missing", aggregate, cited(both, true, append(at(10, gold1), gold2)...), nil,
			Result{ID: "d01", Lang: "en", Type: TypeAggregate, Pass: false, Missing: []string{"一般公共预算收入增长10%左右"}}},
		{"aggregate entity missing from the answer", aggregate, cited("盛泽镇[1]力争增长10%。", true, gold1, gold2), nil,
			Result{ID: "d01", Lang: "en", Type: TypeAggregate, Pass: false, Missing: []string{"entity 齐都镇"}}},
		{"aggregate entity only in a citation is missing", aggregate, cited("盛泽镇[1]。", true, gold1, gold2+"齐都镇"), nil,
			Result{ID: "d01", Lang: "en", Type: TypeAggregate, Pass: false, Missing: []string{"entity 齐都镇"}}},
		{"aggregate nothing found", aggregate, cited("", false), nil,
			Result{ID: "d01", Lang: "en", Type: TypeAggregate, Pass: false,
				Missing: []string{"力争增长10%", "一般公共预算收入增长10%左右", "entity 盛泽镇", "entity 齐都镇"}}},

		{"none not grounded passes", none, cited("The reports do not say.", false, gold1), nil,
			Result{ID: "n01", Lang: "en", Type: TypeNone, Pass: true}},
		{"none grounded fails", none, cited("盛泽镇[1]", true, gold1), nil,
			Result{ID: "n01", Lang: "en", Type: TypeNone, Pass: false}},

		{"error", lookup, nil, errors.New("retrieve: context deadline exceeded"),
			Result{ID: "d02", Lang: "zh", Type: TypeLookup, Error: "retrieve: context deadline exceeded"}},
		{"error with an answer", lookup, cited("", true, hit), errors.New("generate: boom"),
			Result{ID: "d02", Lang: "zh", Type: TypeLookup, Error: "generate: boom"}},
		{"error on a none question fails", none, nil, answer.ErrNoContent,
			Result{ID: "n01", Lang: "en", Type: TypeNone, Error: answer.ErrNoContent.Error()}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := scored(Score(tc.q, tc.ans, tc.err)); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Score =\n %+v\nwant\n %+v", got, tc.want)
			}
		})
	}
}

// scored keeps the fields of r that TestScore checks (Result may grow other fields).
func scored(r Result) Result {
	return Result{ID: r.ID, Lang: r.Lang, Type: r.Type, Pass: r.Pass, Rank: r.Rank, Missing: r.Missing, Error: r.Error}
}

func TestSummarize(t *testing.T) {
	rs := []Result{
		{ID: "z1", Lang: "zh", Type: TypeLookup, Pass: true, Rank: 1},
		{ID: "z2", Lang: "zh", Type: TypeLookup, Rank: 6},
		{ID: "e1", Lang: "en", Type: TypeLookup, Pass: true, Rank: 2},
		{ID: "e2", Lang: "en", Type: TypeAggregate, Pass: true},
		{ID: "z3", Lang: "zh", Type: TypeNone},
		{ID: "e3", Lang: "en", Type: TypeLookup, Error: "boom"},
	}
	want := []Group{
		{Name: "all", N: 6, Passed: 3, Score: 0.5, MRR: (1 + 1.0/6 + 0.5 + 0) / 4, Lookups: 4},
		{Name: "lang=en", N: 3, Passed: 2, Score: 2.0 / 3, MRR: 0.25, Lookups: 2},
		{Name: "lang=en type=aggregate", N: 1, Passed: 1, Score: 1},
		{Name: "lang=en type=lookup", N: 2, Passed: 1, Score: 0.5, MRR: 0.25, Lookups: 2},
		{Name: "lang=zh", N: 3, Passed: 1, Score: 1.0 / 3, MRR: (1 + 1.0/6) / 2, Lookups: 2},
		{Name: "lang=zh type=lookup", N: 2, Passed: 1, Score: 0.5, MRR: (1 + 1.0/6) / 2, Lookups: 2},
		{Name: "lang=zh type=none", N: 1, Passed: 0, Score: 0},
		{Name: "type=aggregate", N: 1, Passed: 1, Score: 1},
		{Name: "type=lookup", N: 4, Passed: 2, Score: 0.5, MRR: (1 + 1.0/6 + 0.5 + 0) / 4, Lookups: 4},
		{Name: "type=none", N: 1, Passed: 0, Score: 0},
	}
	got := Summarize(rs)
	if len(got) != len(want) {
		t.Fatalf("Summarize gave %d groups, want %d:\n%+v", len(got), len(want), got)
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.Name != w.Name || g.N != w.N || g.Passed != w.Passed || g.Lookups != w.Lookups ||
			math.Abs(g.Score-w.Score) > 1e-9 || math.Abs(g.MRR-w.MRR) > 1e-9 {
			t.Errorf("group %d = %+v, want %+v", i, g, w)
		}
	}

	if got := Summarize(nil); len(got) != 0 {
		t.Errorf("Summarize(nil) = %+v, want no groups", got)
	}
}

// TestScoreSummarize runs Score into Summarize for a small set, as `reportbot eval` does.
func TestScoreSummarize(t *testing.T) {
	qs, err := Load(strings.NewReader(`{"id":"a","lang":"zh","type":"lookup","q":"工业投资目标?","gold":["工业投资47亿元"]}
{"id":"b","lang":"en","type":"lookup","q":"Industrial investment target?","gold":["工业投资47亿元"]}`))
	if err != nil {
		t.Fatal(err)
	}
	passage := "全社会固定资产投资97.5亿元,增长8%;工业投资47亿元,增长10%。"
	rs := []Result{
		Score(qs[0], cited("", true, passage), nil),
		Score(qs[1], cited("", true, append(filler(3), passage)...), nil),
	}
	all := Summarize(rs)[0]
	if all.Name != "all" || all.Passed != 2 || all.Score != 1 || math.Abs(all.MRR-(1+0.25)/2) > 1e-9 {
		t.Errorf("all = %+v, want 2 passed, MRR 0.625", all)
	}
}
