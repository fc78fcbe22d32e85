package retrieval

import "testing"

// TestEnLevelAsk: "how far has X got" asks X's rate; other how-far questions (a distance, a
// reach) are left as they are.
func TestEnLevelAsk(t *testing.T) {
	tests := []struct{ in, want string }{
		{"how far has rural sewage treatment got in liuzhou?", "what is the rural sewage treatment rate in liuzhou?"},
		{"how far does the boat project reach now?", "how far does the boat project reach now?"},
	}
	for _, tt := range tests {
		if got := cutEnLevelAsk(tt.in); got != tt.want {
			t.Errorf("cutEnLevelAsk(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	p := Analyze("How far has rural sewage collection and treatment got in Liuzhou?", nil)
	if p.Norm != "what is the rural sewage collection and treatment rate in liuzhou?" {
		t.Errorf("Norm %q: the rate is not asked", p.Norm)
	}
}
