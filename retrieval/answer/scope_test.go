package answer

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/retrieval"
)

func TestComposeCandidatesAndLatestNote(t *testing.T) {
	a, b := corpus.ReportKey{Source: "p1.txt", Report: 5}, corpus.ReportKey{Source: "p2.txt", Report: 2}
	chunk := func(k corpus.ReportKey, id, text string) corpus.Chunk {
		return corpus.Chunk{ID: id, Source: k.Source, Report: k.Report, Entity: "昌君镇", Text: text}
	}
	res := retrieval.Result{
		Selection: retrieval.Selection{Candidates: []corpus.ReportKey{a, b}},
		Topic: []retrieval.Evidence{
			{Hit: retrieval.Hit{Chunk: chunk(a, "c1", "其中工业投资36亿元。")}, Quote: "其中工业投资36亿元。"},
		},
		Reports: map[corpus.ReportKey]corpus.Report{
			a: {Source: a.Source, Report: a.Report, Entity: "昌君镇", Level: "镇", City: "资阳市", Province: "四川省", Year: 2023},
			b: {Source: b.Source, Report: b.Report, Entity: "昌君镇", Level: "镇", City: "镇江市", Province: "江苏省", Year: 2023},
		},
	}
	ans, path := compose(retrieval.Plan{Lang: "en"}, res, 5)
	if path != PathCandidates || !ans.Grounded {
		t.Fatalf("path %s grounded %v", path, ans.Grounded)
	}
	for _, want := range []string{"2 places in the reports are called Changjun", "资阳市", "四川省", "镇江市", "江苏省", "“其中工业投资36亿元。” [1]"} {
		if !strings.Contains(ans.Text, want) {
			t.Errorf("answer lacks %q:\n%s", want, ans.Text)
		}
	}
	if len(ans.Listed) != 2 || ans.Listed[0].Cite != 1 || ans.Listed[1].Cite != 0 {
		t.Errorf("listed %+v", ans.Listed)
	}

	res = retrieval.Result{Selection: retrieval.Selection{Year: 2023, OtherYears: []int{2021, 2022}}}
	ans, _ = compose(retrieval.Plan{Lang: "en"}, res, 5)
	if want := "From the 2023 report; the reports of 2021 and 2022 also exist"; !strings.HasPrefix(ans.Note, want) {
		t.Errorf("note %q, want it to start %q", ans.Note, want)
	}
	ans, _ = compose(retrieval.Plan{Lang: "zh"}, res, 5)
	if want := "以下依据2023年的报告;另有2021、2022年的报告"; !strings.HasPrefix(ans.Note, want) {
		t.Errorf("note %q, want it to start %q", ans.Note, want)
	}
}
