package prompts

import (
	"strings"
	"testing"
)

const goodRewrite = `{"question":"What is Shengze's general public budget revenue target?","queries":["盛泽镇 一般公共预算收入 目标","盛泽镇 预期目标"],"entities":["盛泽镇"],"level":"镇","indicator":"一般公共预算收入","kind":"target","value":"","comparator":""}`

func TestParseRewrite(t *testing.T) {
	long := strings.Repeat("盛", 61)
	for _, tt := range []struct {
		name, in string
		ok       bool
	}{
		{"good", goodRewrite, true},
		{"fenced", "```json\n" + goodRewrite + "\n```", true},
		{"minimal", `{"queries":["盛泽镇 工业投资"]}`, true},
		{"mixed query", `{"queries":["盛泽镇 GDP 2024"]}`, true},
		{"actual and comparator", `{"queries":["一般公共预算收入"],"kind":"actual","value":"10%","comparator":">="}`, true},
		{"nulls", `{"queries":["盛泽镇"],"entities":null,"level":null}`, true},
		{"not JSON", "Sure! Here is the JSON.", false},
		{"two objects", goodRewrite + goodRewrite, false},
		{"no queries", `{"question":"q","queries":[]}`, false},
		{"blank queries", `{"queries":["  ",""]}`, false},
		{"too many queries", `{"queries":["一","二","三","四","五","六"]}`, false},
		{"long query", `{"queries":["` + long + `"]}`, false},
		{"latin entity", `{"queries":["盛泽"],"entities":["Shengze"]}`, false},
		{"bad kind", `{"queries":["盛泽"],"kind":"plan"}`, false},
		{"bad comparator", `{"queries":["盛泽"],"comparator":"at least"}`, false},
		{"wrong type", `{"queries":"盛泽"}`, false},
		{"latin indicator", `{"queries":["盛泽"],"indicator":"GDP"}`, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseRewrite(tt.in)
			if (err == nil) != tt.ok {
				t.Errorf("ParseRewrite: err = %v, want ok %v", err, tt.ok)
			}
		})
	}
	rw, _ := ParseRewrite(`{"queries":[" 盛泽镇 ","盛泽镇"],"kind":"Target"}`)
	if len(rw.Queries) != 1 || rw.Queries[0] != "盛泽镇" || rw.Kind != "target" {
		t.Errorf("cleaning: %+v", rw)
	}
	rw, _ = ParseRewrite(goodRewrite)
	if rw.Level != "镇" || rw.Kind != "target" || len(rw.Queries) != 2 || rw.Entities[0] != "盛泽镇" || !strings.Contains(rw.Question, "Shengze") {
		t.Errorf("rewrite = %+v", rw)
	}
}
