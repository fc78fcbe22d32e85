package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/internal/facts"
)

// TestMayStateHoldsEveryStatingReport: the reports mayState narrows to include every report that
// states an indicator (statement, any time frame), for every indicator the table knows.
func TestMayStateHoldsEveryStatingReport(t *testing.T) {
	ix := bundledIndex(t)
	narrowed := 0
	for _, ind := range facts.Indicators() {
		inds := []string{ind.Name}
		wordings := indicatorWordings(ind.Name)
		may := ix.mayState(inds, wordings)
		if may == nil {
			continue
		}
		if len(may) < len(ix.Reports) {
			narrowed++
		}
		for _, r := range ix.Reports {
			if ix.reportStates(r.Key(), inds, wordings, statedWant{}) && !may[r.Key()] {
				t.Errorf("%s: report %v states it but mayState leaves it out", ind.Name, r.Key())
			}
		}
	}
	if narrowed == 0 {
		t.Error("mayState narrowed no indicator to fewer reports")
	}
}
