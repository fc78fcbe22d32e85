package store

import "testing"

// BenchmarkPartition times partitioning one segment of 30,000 chunks of dimension 512 (a
// 10,000-report ingest writes 13 such segments).
func BenchmarkPartition(b *testing.B) {
	vecs := clustered(30000, 400, 512)
	b.ResetTimer()
	for range b.N {
		Partition(vecs, 512)
	}
}
