package num

import (
	"os"
	"testing"
)

// BenchmarkFindCorpus finds every figure in the bundled corpus (about 300 KB of report text).
func BenchmarkFindCorpus(b *testing.B) {
	data, err := os.ReadFile("../../data/2023-gov-work-reports.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(data)
	b.SetBytes(int64(len(s)))
	n := 0
	for b.Loop() {
		n = len(Find(s))
	}
	b.ReportMetric(float64(n), "figures")
}
