package eval

import (
	"fmt"
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/zh"
	"github.com/reportbot/reportbot/retrieval/answer"
)

// Strict is the strict reading of one answer, for sets whose questions say what a reader must be
// told (the fields Figure, FigureEN and, for lists, the exact Reports): a lookup counts only when
// the answer states the right figure, an English figure only when it is stated in English outside
// the quoted Chinese, a list only when it names exactly the expected reports, and a question the
// reports cannot answer only when the answer declines.
type Strict struct {
	ID   string `json:"id"`
	Lang string `json:"lang"`
	Type string `json:"type"`
	// Figure is true when a lookup's answer states one of its figures (any language, quotes
	// included); only lookups with a figure are judged (Judged).
	Figure bool `json:"figure"`
	// English is true when an English lookup's answer states one of its English renderings
	// outside the quoted Chinese; judged only for English lookups with FigureEN.
	English bool `json:"english"`
	// Exact is true when a list answer's matches (Answer.Listed, near misses excluded) are
	// exactly the expected reports.
	Exact bool `json:"exact"`
	// Declined is true when the answer is not grounded (it says the reports do not answer).
	Declined bool `json:"declined"`
	// Listed are the report ordinals the answer listed as matches (lists only).
	Listed []int `json:"listed,omitempty"`
	// Judged names what this question was judged on: "figure", "english", "list", "decline"
	// (several for an English lookup with figures); empty when the question carries nothing
	// to judge strictly.
	Judged []string `json:"judged,omitempty"`
	Error  string   `json:"error,omitempty"`
}

// reQuoted matches quoted spans: Chinese quotation marks, and the straight ones a model may use.
var reQuoted = lazyre.New(`“[^”]*”|"[^"]*"|「[^」]*」`)

// ScoreStrict reads one answer strictly (see Strict).
func ScoreStrict(q Question, ans *answer.Answer, err error) Strict {
	s := Strict{ID: q.ID, Lang: q.Lang, Type: q.Type}
	if err != nil {
		s.Error = err.Error()
		return s
	}
	s.Declined = !ans.Grounded
	text := zh.StripSpace(ans.Text)
	switch q.Type {
	case TypeLookup:
		if len(q.Figure) > 0 {
			s.Judged = append(s.Judged, "figure")
			for _, f := range q.Figure {
				s.Figure = s.Figure || (!s.Declined && strings.Contains(text, zh.StripSpace(f)))
			}
			for _, f := range q.FigureEN {
				s.Figure = s.Figure || (!s.Declined && containsEnglish(ans.Text, f))
			}
		}
		if q.Lang == "en" && len(q.FigureEN) > 0 {
			s.Judged = append(s.Judged, "english")
			outside := reQuoted.ReplaceAllString(ans.Text, " ")
			for _, f := range q.FigureEN {
				s.English = s.English || (!s.Declined && containsEnglish(outside, f))
			}
		}
	case TypeAggregate:
		s.Judged = append(s.Judged, "list")
		for _, l := range ans.Listed {
			if !l.Near && !slices.Contains(s.Listed, l.Report) {
				s.Listed = append(s.Listed, l.Report)
			}
		}
		slices.Sort(s.Listed)
		want := slices.Clone(q.Reports)
		slices.Sort(want)
		s.Exact = !s.Declined && slices.Equal(s.Listed, want)
	case TypeNone:
		s.Judged = append(s.Judged, "decline")
	}
	return s
}

// containsEnglish reports whether text states figure, compared case-insensitively with runs of
// white space collapsed ("4.7 billion yuan" in "… 4.7 Billion  yuan …").
func containsEnglish(text, figure string) bool {
	norm := func(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }
	f := norm(figure)
	return f != "" && strings.Contains(norm(text), f)
}

// StrictSummary counts a strict run: each share is over the questions judged on it.
type StrictSummary struct {
	// Figure: lookups with the right figure; English: English lookups with the figure stated in
	// English outside the quote; Lists: list answers naming exactly the expected reports;
	// Declined: unanswerable questions declined; FalseDeclines: answerable questions declined.
	Figure, English, Lists, Declined, FalseDeclines Ratio
}

// Ratio is a count out of a total.
type Ratio struct {
	N     int `json:"n"`
	Total int `json:"total"`
}

// String renders a ratio as "n/total (share)".
func (r Ratio) String() string {
	if r.Total == 0 {
		return "–"
	}
	return fmt.Sprintf("%d/%d (%.2f)", r.N, r.Total, float64(r.N)/float64(r.Total))
}

func (r *Ratio) add(ok bool) {
	r.Total++
	if ok {
		r.N++
	}
}

// SummarizeStrict totals strict results.
func SummarizeStrict(ss []Strict) StrictSummary {
	var out StrictSummary
	for _, s := range ss {
		for _, j := range s.Judged {
			switch j {
			case "figure":
				out.Figure.add(s.Figure)
			case "english":
				out.English.add(s.English)
			case "list":
				out.Lists.add(s.Exact)
			case "decline":
				out.Declined.add(s.Declined)
			}
		}
		if s.Type != TypeNone {
			out.FalseDeclines.add(s.Declined && s.Error == "")
		}
	}
	return out
}
