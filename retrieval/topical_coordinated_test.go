package retrieval

import "testing"

// TestCoordinatedHalves: a topic word made of two ordinary words (民族宗教) is held by a report
// that lists the two apart (民族、宗教, 工会和共青团); a word that is not two words, or halves
// apart in another clause, is not.
func TestCoordinatedHalves(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"老龄、计生、民族、宗教、统计等工作取得新进展", "民族宗教", true},
		{"高水平做好人民武装、民族宗教、意识形态", "民族宗教", true},
		{"加强工会和共青团建设", "工会共青团", true},
		{"实现中华民族伟大复兴。尊重宗教", "民族宗教", false},
		{"民族团结进步", "民族宗教", false},
	}
	for _, tt := range tests {
		if got := holdsTopic(tt.text, tt.word); got != tt.want {
			t.Errorf("holdsTopic(%q, %q) = %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
}
