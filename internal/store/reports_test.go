package store

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestReportsRoundTrip: the reports file gives back every profile as written, nil and empty
// lists told apart, and refuses a damaged file.
func TestReportsRoundTrip(t *testing.T) {
	in := []corpus.Report{
		{Source: "a.txt", Report: 1, Title: "2023年政府工作报告", Entity: "盛泽镇", Level: "镇", Year: 2023, ReviewYear: 2022, PlanYear: 2023,
			City: "苏州市", Province: "江苏省", Places: []string{"吴江区", "苏州市"}, Evidence: []string{"speaker: 我代表镇人民政府"}, Chunks: 40, Paragraphs: 38},
		{Source: "b.txt", Report: 2, Entity: "xx区", Year: -1, Places: nil, Evidence: []string{}},
		{},
	}
	var buf bytes.Buffer
	if err := writeReports(&buf, in); err != nil {
		t.Fatal(err)
	}
	out, err := parseReports(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(out, in) {
		t.Fatalf("round trip:\n got %#v\nwant %#v", out, in)
	}
	for _, cut := range []int{0, 5, 12, buf.Len() - 1} {
		if _, err := parseReports(buf.Bytes()[:cut]); err == nil {
			t.Errorf("cut to %d bytes: no error", cut)
		}
	}
}
