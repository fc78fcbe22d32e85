package answer

import "testing"

// TestDurationOfARank: a question asking how long a rank has held is answered with the duration
// (连续7年), not the rank it restates (第一); asked where it ranks, the rank answers.
func TestDurationOfARank(t *testing.T) {
	quote := "政务公开连续7年位列区镇第一。"
	for q, want := range map[string]string{
		"For how long has Shengze been ranked first among the district's towns?": "7",
		"How long has Shengze ranked first for open government?":                 "7",
		"Where did Shengze rank for open government?":                            "第一",
	} {
		fs := quoteFigures(enPlan(q, term("ranked", "位列"), term("first", "第一")), quote)
		if len(fs) == 0 || quote[fs[0].v.Start:fs[0].v.End] != want {
			t.Errorf("%q: figures %v, want %s first", q, fs, want)
		}
	}
}
