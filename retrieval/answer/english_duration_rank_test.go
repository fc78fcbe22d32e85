package answer

import (
	"strings"
	"testing"
)

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

// TestRunOfTimesOfARank: "how many times in a row" asks the run (连续3次: 3 consecutive times),
// not the rank it restates (第1名); asked where it ranks, or how many times without a run word,
// the rank answers as before.
func TestRunOfTimesOfARank(t *testing.T) {
	quote := "全省文明城区测评连续3次位列其他城区类第1名。"
	for q, want := range map[string]string{
		"How many times in a row has the district ranked first in the civilized district assessment?": "3 consecutive times (连续3次)",
		"Where did the district rank in the civilized district assessment?":                           "first place (第1名)",
	} {
		got := enFiguresLine("L", "", quoteFigures(enPlan(q, term("ranked", "位列"), term("first", "第一")), quote), quote)
		if !strings.Contains(got, want) {
			t.Errorf("%q: %s, want %s", q, got, want)
		}
	}
}
