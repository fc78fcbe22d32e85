package retrieval

import "testing"

// TestSharedRunGathersOnAsk: statement makes a sharedRun for every report it reads, so making
// one costs nothing until a run is asked about (it normalised every indicator's wordings each
// time: 0.27 ms a report, 2.7 s for a year no report of 10,000 speaks of); what it answers is
// unchanged.
func TestSharedRunGathersOnAsk(t *testing.T) {
	names := func(n string) bool { return n == "规模以上工业增加值" }
	if allocs := testing.AllocsPerRun(20, func() { sharedRun(names) }); allocs > 4 {
		t.Errorf("making a sharedRun allocates %v times, want at most 4", allocs)
	}
	shared := sharedRun(names)
	for run, want := range map[string]bool{"规模以上": true, "工业增加": true, "上工业增": false, "规模": false} {
		if got := shared(run); got != want {
			t.Errorf("shared(%q) = %v, want %v", run, got, want)
		}
	}
}
