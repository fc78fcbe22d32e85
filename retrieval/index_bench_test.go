package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/data"
	"github.com/reportbot/reportbot/ingest"
	"github.com/reportbot/reportbot/internal/zh"
)

// rawCorpusDocs returns the bundled corpus's chunks as NewIndex normalises them.
func rawCorpusDocs(tb testing.TB) []string {
	tb.Helper()
	doc, err := ingest.ReadBytes(data.CorpusName, data.Corpus)
	if err != nil {
		tb.Fatal(err)
	}
	p, err := ingest.Parse(doc, data.CorpusName, ingest.DefaultChunkChars)
	if err != nil {
		tb.Fatal(err)
	}
	docs := make([]string, len(p.Chunks))
	for i, c := range p.Chunks {
		docs[i] = c.SectionPath() + "\n" + c.Text
	}
	return docs
}

func TestNormalizeMatchesZh(t *testing.T) {
	docs := append(rawCorpusDocs(t), "", "GDP增长8.5%", "１０％", "Ａ", "…", "e\u0301", "x\u0308", "\u1100\u1161", "\u0b47\u0b3e", "盛泽\xff镇", "\ufffd", "𠀀", "ǅ", "İ", "K")
	shortcut := 0
	for _, s := range docs {
		if got, want := normalize(s), zh.Normalize(s); got != want {
			t.Fatalf("normalize(%q) = %q, zh.Normalize gives %q", s, got, want)
		}
		if normalize(s) == s {
			shortcut++
		}
	}
	if shortcut < len(docs)/2 {
		t.Errorf("only %d of %d texts passed unchanged: the shortcut does not apply to report text", shortcut, len(docs))
	}
	// Every character of the Basic Multilingual Plane, alone and after ones it may combine with.
	for r := rune(0); r < 0x10000; r++ {
		for _, s := range []string{string(r) + "盛" + string(r), "x" + string(r), "e" + string(r), "\u1100" + string(r), "\u0b47" + string(r)} {
			if normalize(s) != zh.Normalize(s) {
				t.Fatalf("normalize(%q) = %q, zh.Normalize gives %q", s, normalize(s), zh.Normalize(s))
			}
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"盛泽镇2023年GDP增长8.5%", "１０％", "e\u0301", "x\u0308", "\u1100\u1161", "A\u030a", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normalize(s), zh.Normalize(s); got != want {
			t.Fatalf("normalize(%q) = %q, zh.Normalize gives %q", s, got, want)
		}
	})
}

func BenchmarkNormalize(b *testing.B) {
	docs := rawCorpusDocs(b)
	b.Run("zh.Normalize", func(b *testing.B) {
		for b.Loop() {
			for _, d := range docs {
				zh.Normalize(d)
			}
		}
	})
	b.Run("normalize", func(b *testing.B) {
		for b.Loop() {
			for _, d := range docs {
				normalize(d)
			}
		}
	})
}
