package answer

import (
	"strings"
	"testing"
)

// TestHowManyNoFigure: a how-many question whose asked thing no passage counts declines with
// the closest passages, instead of quoting a sentence on the topic with counts of other things.
func TestHowManyNoFigure(t *testing.T) {
	tests := []struct{ q, want string }{
		{"How many beds does the health centre in Huigou have?", "gives no number of beds."},
		{"How many doctors work at the Huigou town health centre?", "gives no number of doctors."},
		{"How many tourists did Shacheng receive last year?", "gives no number of tourists."},
		{"How many teachers does the Huigou kindergarten have?", "gives no number of teachers."},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			ans := ask(t, tt.q)
			checkCitations(t, ans)
			if ans.Grounded || ans.Trace.Path != PathDeclined {
				t.Errorf("grounded %v, path %q; want a decline\n%s", ans.Grounded, ans.Trace.Path, ans.Text)
			}
			if !strings.Contains(ans.Text, tt.want) || !strings.Contains(ans.Text, "The closest passages (not an answer)") {
				t.Errorf("answer lacks %q and the closest passages:\n%s", tt.want, ans.Text)
			}
		})
	}
}

// TestHowManyCounted: how-many questions whose count stands next to a word of the question (its
// noun after a qualifier, the verb or object before it, a measure word) are answered.
func TestHowManyCounted(t *testing.T) {
	tests := []struct{ q, want string }{
		{"How many old wooden fish rafts did Shacheng clear?", "66口"},
		{"How many elderly people got free check-ups in Qidu?", "1万余名"},
		{"How many homes of affordable housing will the Beijing district finish?", "8000套"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			ans := ask(t, tt.q)
			if !ans.Grounded || ans.Trace.Path == PathDeclined || !strings.Contains(ans.Text, tt.want) {
				t.Errorf("grounded %v, path %q; want an answer with %q:\n%s", ans.Grounded, ans.Trace.Path, tt.want, ans.Text)
			}
		})
	}
}
