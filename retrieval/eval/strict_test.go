package eval

import (
	"errors"
	"testing"

	"github.com/reportbot/reportbot/retrieval/answer"
)

func TestScoreStrict(t *testing.T) {
	lookup := Question{ID: "l", Lang: "en", Type: TypeLookup, Figure: []string{"47亿元"}, FigureEN: []string{"4.7 billion yuan"}}
	list := Question{ID: "a", Lang: "zh", Type: TypeAggregate, Reports: []int{7, 5}}
	none := Question{ID: "n", Lang: "en", Type: TypeNone}
	tests := []struct {
		name                            string
		q                               Question
		ans                             *answer.Answer
		figure, english, exact, decline bool
	}{
		{"English figure outside the quote", lookup, &answer.Answer{Grounded: true,
			Text: "Shengze targets industrial investment of 4.7 Billion yuan (47亿元) [1].\nEvidence: “工业投资47亿元” [1]"}, true, true, false, false},
		{"figure only inside the quote", lookup, &answer.Answer{Grounded: true,
			Text: "According to the report of Shengze: “工业投资 47 亿元,增长10%” [1]"}, true, false, false, false},
		{"English rendering quoted is not stated", lookup, &answer.Answer{Grounded: true,
			Text: `The report says "4.7 billion yuan"`}, true, false, false, false},
		{"a decline states no figure", lookup, &answer.Answer{Grounded: false,
			Text: "The reports do not seem to answer this; closest: 47亿元 [1]"}, false, false, false, true},
		{"exact list, near misses aside", list, &answer.Answer{Grounded: true, Listed: []answer.Listed{
			{Report: 5}, {Report: 7}, {Report: 2, Near: true}}}, false, false, true, false},
		{"list with a wrong report", list, &answer.Answer{Grounded: true, Listed: []answer.Listed{
			{Report: 5}, {Report: 7}, {Report: 2}}}, false, false, false, false},
		{"list missing a report", list, &answer.Answer{Grounded: true, Listed: []answer.Listed{{Report: 5}}}, false, false, false, false},
		{"declined", none, &answer.Answer{Grounded: false}, false, false, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := ScoreStrict(tt.q, tt.ans, nil)
			if s.Figure != tt.figure || s.English != tt.english || s.Exact != tt.exact || s.Declined != tt.decline {
				t.Errorf("got figure=%v english=%v exact=%v declined=%v, want %v %v %v %v",
					s.Figure, s.English, s.Exact, s.Declined, tt.figure, tt.english, tt.exact, tt.decline)
			}
		})
	}
	if s := ScoreStrict(lookup, nil, errors.New("boom")); s.Error == "" || s.Figure {
		t.Errorf("an error must fail the question: %+v", s)
	}
}

func TestSummarizeStrict(t *testing.T) {
	ss := []Strict{
		{Type: TypeLookup, Lang: "en", Judged: []string{"figure", "english"}, Figure: true},
		{Type: TypeLookup, Judged: []string{"figure"}, Declined: true},
		{Type: TypeAggregate, Judged: []string{"list"}, Exact: true},
		{Type: TypeNone, Judged: []string{"decline"}, Declined: true},
	}
	sum := SummarizeStrict(ss)
	if sum.Figure != (Ratio{1, 2}) || sum.English != (Ratio{0, 1}) || sum.Lists != (Ratio{1, 1}) ||
		sum.Declined != (Ratio{1, 1}) || sum.FalseDeclines != (Ratio{1, 3}) {
		t.Errorf("summary %+v", sum)
	}
	if got := (Ratio{3, 4}).String(); got != "3/4 (0.75)" {
		t.Errorf("Ratio.String = %q", got)
	}
}
