package facts

import "testing"

// BenchmarkExtractCorpus runs the extractor over the whole bundled corpus.
func BenchmarkExtractCorpus(b *testing.B) {
	for b.Loop() {
		corpusFacts(b)
	}
}
