package answer

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
)

// TestDesignationLine: a "which …" question is answered by the number that names the thing
// (a Latin code, numbers before # or 号), with the question's noun and the original; counts,
// dates and questions asking a figure are not.
func TestDesignationLine(t *testing.T) {
	tests := []struct {
		name, q, quote string
		terms          []retrieval.Term
		want           string // the parts joined; "" for none
	}{
		{"a Latin code", "Which national highway is Shacheng starting land clearance for?", "沙埕下片,启动G228国道项目安征迁工作,全面推动环敏灶湾旅游产业带纵深发展;",
			[]retrieval.Term{term("national highway", "国道")}, "national highway G228 (G228国道)"},
		{"a road asked", "Which national highway had its route confirmed?", "环敏灶湾228国道完成路线确认,明确红线范围。",
			[]retrieval.Term{term("route", "路线")}, "national highway 228 (228国道)"},
		{"numbers before #", "Which berths started feasibility work?", "17#18#泊位启动可研、勘探等前期工作。",
			[]retrieval.Term{term("berths", "泊位")}, "berths Nos. 17 and 18 (17#18#泊位)"},
		{"a number before 号楼", "What building is being torn down and rebuilt?", "完成劲松114号楼拆除重建项目。",
			[]retrieval.Term{term("torn down", "拆除")}, "building No. 114 (114号楼)"},
		{"a clause without the question's terms", "Which metro line opened?", "完成劲松114号楼拆除重建项目,地铁开通。",
			[]retrieval.Term{term("metro", "地铁")}, ""},
		{"a date is no designation", "Which day was the meeting held?", "6月30号召开会议。",
			[]retrieval.Term{term("meeting", "会议")}, ""},
		{"a star rating", "What star rating did the senior high school move up to?", "汾湖高级中学成功晋级为省四星级普通高中,长三角未来实验学校二期竣工。",
			[]retrieval.Term{term("star rating", "星级")}, "four-star (四星级)"},
		{"a letter grade", "Which grade of scenic area was created?", "成功创建国家4A级旅游景区。",
			[]retrieval.Term{term("scenic area", "景区")}, "4A-grade (4A级)"},
		{"a code inside a Latin word", "What happened to the P2P lending platforms?", "挂账P2P网贷平台全面清退。",
			[]retrieval.Term{term("lending", "网贷")}, ""},
		{"no thing asked for", "What did the district say about Metro Line 14?", "打造地铁14号线商业带。",
			[]retrieval.Term{term("metro", "地铁")}, ""},
		{"a figure asked", "How many berths were built?", "17#18#泊位启动可研。",
			[]retrieval.Term{term("berths", "泊位")}, ""},
		{"an ordinary word in English text", "Which route is planned?", "规划route2线路。",
			[]retrieval.Term{term("route", "线路")}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts, at, ok := designationLine(enPlan(tt.q, tt.terms...), tt.quote)
			if got := strings.Join(parts, ", "); got != tt.want || ok != (tt.want != "") || len(at) != len(parts) {
				t.Errorf("designationLine = %q (ok %v), want %q", got, ok, tt.want)
			}
		})
	}
}

// TestRoadNumberNoFigure: a number naming a road (228国道) is no figure of a quote.
func TestRoadNumberNoFigure(t *testing.T) {
	if vs := quoteValues("环敏灶湾228国道完成路线确认。"); len(vs) != 0 {
		t.Errorf("values %+v, want none", vs)
	}
}

// TestDesignationOnCorpus: the English line of a "which …" lookup names the designation.
func TestDesignationOnCorpus(t *testing.T) {
	ans := askWith(t, "which berths in Shacheng started feasibility and survey work last year?", corpusLexicon(t))
	first, _, _ := strings.Cut(ans.Text, "\n")
	if !strings.Contains(first, "Nos. 17 and 18 (17#18#泊位)") {
		t.Errorf("first line %q lacks the berths", first)
	}
	if probs := Verify(ans.Text, ans.Citations); len(probs) > 0 {
		t.Errorf("the answer fails its own verification: %v", probs)
	}
}
