package lexicon

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// BenchmarkBuildCorpus builds the lexicon of the bundled corpus (dictionary already decoded).
func BenchmarkBuildCorpus(b *testing.B) {
	paras := corpusParagraphs(b)
	if _, err := defaultSource(); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Build(slices.Values(paras)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRead measures loading the bundled corpus's lexicon, as ask does at start-up.
func BenchmarkRead(b *testing.B) {
	var buf bytes.Buffer
	if _, err := corpusLexicon(b).WriteTo(&buf); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	for b.Loop() {
		if _, err := Read(bytes.NewReader(buf.Bytes())); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTranslate translates a typical English question.
func BenchmarkTranslate(b *testing.B) {
	l := corpusLexicon(b)
	for b.Loop() {
		l.Translate("How many new kindergartens and pocket parks did Shengze town build in 2023?")
	}
}

// BenchmarkGloss glosses a quoted sentence (the gloss scanner is built before the loop).
func BenchmarkGloss(b *testing.B) {
	l := corpusLexicon(b)
	s := "全力建设公园城市,6个口袋公园相继完工,新建幼儿园2所,城乡居民养老保险参保率稳定在99%以上"
	l.Gloss(s)
	for b.Loop() {
		l.Gloss(s)
	}
}

// BenchmarkParseIndex reads the embedded headword index and decodes its scanner, as the first
// Build does.
func BenchmarkParseIndex(b *testing.B) {
	b.SetBytes(int64(len(indexData)))
	for b.Loop() {
		if _, err := parseIndex(indexData); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFromCounts builds the bundled corpus's lexicon from its headword counts.
func BenchmarkFromCounts(b *testing.B) {
	src, err := defaultSource()
	if err != nil {
		b.Fatal(err)
	}
	c := src.count(slices.Values(corpusParagraphs(b)))
	df := c.dense(src.entries())
	for b.Loop() {
		src.fromCounts(df, int32(c.docs))
	}
}

// BenchmarkScanCorpus scans the bundled corpus for CC-CEDICT headwords, leftmost-longest
// (bytes/s of Chinese text).
func BenchmarkScanCorpus(b *testing.B) {
	src, err := defaultSource()
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Join(corpusParagraphs(b), "\n")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		for range src.heads.Scan(text) {
		}
	}
}

// BenchmarkScanAllCorpus finds every occurrence of every headword, as Build does.
func BenchmarkScanAllCorpus(b *testing.B) {
	src, err := defaultSource()
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Join(corpusParagraphs(b), "\n")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		for range src.heads.ScanAll(text) {
		}
	}
}
