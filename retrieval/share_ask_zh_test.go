package retrieval

import (
	"slices"
	"testing"
)

// TestCutShareAsk: a share asked with 占多少 or 占比 is a ratio term, of people where the people
// are named (的人占多少: 人口比例); 占 followed by what the share is of (占全市多少) stays.
func TestCutShareAsk(t *testing.T) {
	tests := []struct {
		in, wantQ, wantTerm string
	}{
		{"经常锻炼身体的人占多少", "经常锻炼身体", "人口比例"},
		{"开办企业半天内办完的占比是多少", "开办企业半天内办完", "比例"},
		{"绿化覆盖率的比重有多大", "绿化覆盖率", "比例"},
		{"快递订单占全市多少", "快递订单占全市多少", ""},
	}
	for _, tt := range tests {
		q, terms := cutShareAsk(tt.in)
		var froms []string
		for _, t := range terms {
			froms = append(froms, t.From)
		}
		if q != tt.wantQ || (tt.wantTerm == "") != (len(terms) == 0) || (tt.wantTerm != "" && !slices.Contains(froms, tt.wantTerm)) {
			t.Errorf("cutShareAsk(%q) = %q, %v; want %q, %q", tt.in, q, froms, tt.wantQ, tt.wantTerm)
		}
	}
}

// TestAnalyzeShareAsk: 占 of 占多少 joins no word before it into a term (人占).
func TestAnalyzeShareAsk(t *testing.T) {
	p := Analyze("柳州那个区经常锻炼身体的人占多少？", nil)
	if slices.ContainsFunc(p.Terms, func(t Term) bool { return t.From == "人占" }) {
		t.Errorf("terms = %+v: 人占 left as a term", p.Terms)
	}
}
