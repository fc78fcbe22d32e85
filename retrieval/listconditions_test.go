package retrieval

import "testing"

// TestThreshold: a compared number is a threshold unless it names an age group.
func TestThreshold(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"Which reports handled more than 100 suggestions from deputies?", true},
		{"哪些报告办理人大代表建议超过100件?", true},
		{"哪些报告给出了60岁以上老人新冠疫苗接种率?", false},
		{"Which reports give a COVID vaccination rate for people aged 60 and over?", false},
		{"哪些报告提到了养老服务?", false},
	}
	for _, tt := range tests {
		if got := Analyze(tt.q, nil).Threshold(); got != tt.want {
			t.Errorf("Threshold(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
