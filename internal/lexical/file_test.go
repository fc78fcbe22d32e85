package lexical

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func writeIndex(t *testing.T, path string, docs []string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	postings, docLen := Build(len(docs), func(i int) string { return Normalize(docs[i]) })
	if err := Write(f, postings, docLen); err != nil {
		t.Fatal(err)
	}
}

// TestOpenParts: an index split into parts reads as the index of all the documents: postings
// renumbered, document frequencies, Has, lengths, average length and terms.
func TestOpenParts(t *testing.T) {
	docs := []string{"工业投资增长10%", "全镇地区生产总值增长6%", "工业总产值675亿元", "GDP grew", "公共预算收入增长8%"}
	dir := t.TempDir()
	writeIndex(t, filepath.Join(dir, "whole"), docs)
	writeIndex(t, filepath.Join(dir, "a"), docs[:2])
	writeIndex(t, filepath.Join(dir, "b"), docs[2:3])
	writeIndex(t, filepath.Join(dir, "c"), docs[3:])
	whole, err := Open(filepath.Join(dir, "whole"))
	if err != nil {
		t.Fatal(err)
	}
	defer whole.Close()
	parts, err := OpenParts([]string{filepath.Join(dir, "a"), filepath.Join(dir, "b"), filepath.Join(dir, "c")})
	if err != nil {
		t.Fatal(err)
	}
	defer parts.Close()
	if parts.Len() != whole.Len() || parts.AvgLen() != whole.AvgLen() || !slices.Equal(parts.DocLens(), whole.DocLens()) || parts.Terms() != whole.Terms() || parts.Parts() != 3 {
		t.Fatalf("statistics: %d docs, avg %v, %d terms; want %d, %v, %d", parts.Len(), parts.AvgLen(), parts.Terms(), whole.Len(), whole.AvgLen(), whole.Terms())
	}
	for i := range whole.Terms() {
		term := whole.Term(i)
		if parts.Term(i) != term {
			t.Fatalf("term %d = %q, want %q", i, parts.Term(i), term)
		}
		want := whole.Lookup(term)
		var each []Posting
		parts.EachList(term, func(start int, ps []Posting) {
			for _, p := range ps {
				each = append(each, Posting{Doc: p.Doc + int32(start), TF: p.TF})
			}
		})
		if !slices.Equal(each, want) {
			t.Errorf("EachList(%q) = %v, want %v", term, each, want)
		}
		if got := parts.Lookup(term); !slices.Equal(got, want) || parts.DF(term) != len(want) {
			t.Errorf("postings of %q = %v (df %d), want %v", term, got, parts.DF(term), want)
		}
		for d := range docs {
			has := slices.ContainsFunc(want, func(p Posting) bool { return int(p.Doc) == d })
			if parts.Has(term, d) != has || whole.Has(term, d) != has {
				t.Errorf("Has(%q, %d) = %v / %v, want %v", term, d, parts.Has(term, d), whole.Has(term, d), has)
			}
		}
	}
	if parts.Lookup("不在") != nil || parts.DF("不在") != 0 || parts.Has("不在", 0) {
		t.Error("an unknown term has postings")
	}
}
