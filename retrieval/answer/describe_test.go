package answer

import (
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestFactValueEnglishMoreThan: a fact line renders 以上 as "more than" before the value, as the
// figure lines do, not "8% or more"; 左右 stays "about".
func TestFactValueEnglishMoreThan(t *testing.T) {
	for _, tc := range []struct {
		f    corpus.Fact
		want string
	}{
		{corpus.Fact{Measure: "growth", Value: 8, ValueText: "8%", Qualifier: "力争,以上"}, "strives for growth of more than 8%"},
		{corpus.Fact{Measure: "growth", Value: 10, ValueText: "10%", Qualifier: "左右"}, "growth of about 10%"},
	} {
		if got := factValue(tc.f, "en"); got != tc.want {
			t.Errorf("factValue(%+v) = %q, want %q", tc.f, got, tc.want)
		}
	}
}
