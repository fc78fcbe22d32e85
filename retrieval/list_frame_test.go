package retrieval

import "testing"

// TestFrameNamed: a target noun pins a list question to targets as a time word does; a plan verb
// alone, or a question naming no frame, leaves it open.
func TestFrameNamed(t *testing.T) {
	for q, want := range map[string]bool{
		"哪些报告给出了新增学位的目标?":                                                     true,
		"Which reports set a target for how many projects to sign this year?": true,
		"Which reports set a goal for R&D spending?":                          true,
		"哪些报告去年新增了学位?":                                                        true,
		"Which reports plan to renovate old residential compounds?":           false,
		"哪些报告提到了新增学位?":                                                        false,
	} {
		if got := Analyze(q, nil).FrameNamed(); got != want {
			t.Errorf("Analyze(%q).FrameNamed() = %v, want %v", q, got, want)
		}
	}
}
