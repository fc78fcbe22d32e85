package retrieval

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// seamVocab is a Vocabulary that knows only the tokens it lists.
type seamVocab []string

func (seamVocab) MatchPlaces(string) ([]string, []corpus.ReportKey) { return nil, nil }
func (seamVocab) Identifies(string) bool                            { return false }
func (v seamVocab) Known(tok string) bool                           { return slices.Contains(v, tok) }

// TestMeasureNounWordings: a 量 noun asked object + verb + 量 is also searched verb first when the
// reports join the verb to the object (受理版权…) and never the object to the verb; a noun the
// reports write as asked, or a short one, is left alone.
func TestMeasureNounWordings(t *testing.T) {
	reports := seamVocab{"理版", "版权", "登记", "受理"}
	got := measureNounWordings("版权登记受理量", reports)
	if want := []string{"受理版权登记量", "版权登记量"}; !slices.Equal(got, want) {
		t.Errorf("measureNounWordings(版权登记受理量) = %q; want %q", got, want)
	}
	if got := measureNounWordings("版权登记受理量", seamVocab{"理版", "记受"}); got != nil {
		t.Errorf("written as asked somewhere (记受): got %q; want nil", got)
	}
	if got := measureNounWordings("粮食产量", reports); got != nil {
		t.Errorf("short noun: got %q; want nil", got)
	}
	if got := measureNounWordings("版权登记受理数", reports); got != nil {
		t.Errorf("no 量: got %q; want nil", got)
	}
}
