package retrieval

import "testing"

// TestWordOfSpelling: a British-spelt question word is the word of a term the glossary knows in
// American spelling ("centres" of "elderly care centers"), so the noun run reaches the head and
// the count written after it names it: "how many comprehensive elderly care centres" was
// declined while "… centers" was answered.
func TestWordOfSpelling(t *testing.T) {
	for _, tt := range []struct {
		w, f string
		want bool
	}{
		{"centres", "centers", true}, {"centres", "center", true}, {"centre", "center", true},
		{"theatres", "theater", true}, {"harbours", "harbor", true}, {"organised", "organized", true},
		{"centres", "centres", true}, {"centres", "cents", false}, {"homes", "hose", false},
	} {
		if got := wordOf(tt.w, tt.f); got != tt.want {
			t.Errorf("wordOf(%q, %q) = %v, want %v", tt.w, tt.f, got, tt.want)
		}
	}
	q := "how many comprehensive elderly care centres does qidu plan to build this year?"
	p := Plan{Lang: "en", Norm: q, Terms: []Term{{From: "elderly care centers", Variants: []string{"养老服务中心"}, Weight: 1}}}
	if run := headRun(p, reEnHowMany.FindStringSubmatch(q)); len(run) == 0 || run[len(run)-1] != "centres" {
		t.Errorf("headRun(%q) = %q, want a run ending at centres", q, run)
	}
}
