package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/retrieval/answer"
)

// TestAskJSONOfACutList: `ask --json` of a list cut to its best reports says so with the
// counts and names every report, with cite 0 for those the answer does not show; a whole list
// prints neither field.
func TestAskJSONOfACutList(t *testing.T) {
	ans := &answer.Answer{Question: "q", Text: "t [1]", Mode: answer.ModeExtractive, Grounded: true,
		Citations: []answer.Citation{{N: 1, Source: "s", Report: 1, Text: "x"}},
		Listed:    []answer.Listed{{Source: "s", Report: 1, Cite: 1}, {Source: "s", Report: 2}, {Source: "s", Report: 3, Near: true}},
		List:      &answer.ListSummary{Matched: 2, Near: 1, Checked: 5, Shown: 1, Cut: true, Order: "value"}}
	var b bytes.Buffer
	if err := writeAnswerJSON(&b, ans); err != nil {
		t.Fatal(err)
	}
	var got struct {
		List   *answer.ListSummary `json:"list"`
		Listed []answer.Listed     `json:"listed"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.List == nil || !got.List.Cut || got.List.Matched != 2 || got.List.Near != 1 || got.List.Checked != 5 || got.List.Shown != 1 {
		t.Errorf("list = %+v", got.List)
	}
	if len(got.Listed) != 3 || got.Listed[0].Cite != 1 || got.Listed[1].Cite != 0 || !got.Listed[2].Near {
		t.Errorf("listed = %+v", got.Listed)
	}
	ans.List = nil
	b.Reset()
	if err := writeAnswerJSON(&b, ans); err != nil {
		t.Fatal(err)
	}
	if s := b.String(); strings.Contains(s, `"list"`) || strings.Contains(s, `"listed"`) {
		t.Errorf("a whole list prints list or listed:\n%s", s)
	}
}
