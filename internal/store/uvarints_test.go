package store

import (
	"encoding/binary"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestUvarints: what appendString and AppendUvarint write reads back in order, and a read past
// a cut says so rather than reading short.
func TestUvarints(t *testing.T) {
	b := appendString(nil, "项目")
	b = binary.AppendUvarint(b, 300)
	b = appendString(b, "")
	u := uvarints{string(b)}
	if s, ok := u.str(); !ok || s != "项目" {
		t.Fatalf("str = %q, %v", s, ok)
	}
	if v, ok := u.next(); !ok || v != 300 {
		t.Fatalf("next = %d, %v", v, ok)
	}
	if s, ok := u.str(); !ok || s != "" || u.rest != "" {
		t.Fatalf("empty str = %q, %v; rest %q", s, ok, u.rest)
	}
	if _, ok := u.next(); ok {
		t.Error("a uvarint read from nothing")
	}
	cut := uvarints{string(b[:3])} // the length and half of 项
	if _, ok := cut.str(); ok {
		t.Error("a string read past the end")
	}
}

// TestFiguresEveryCut: every cut of a figures file is damaged, and no cut reads as a table.
func TestFiguresEveryCut(t *testing.T) {
	var b strings.Builder
	figs := PassageFigures([]corpus.Chunk{{Text: "一般公共预算收入增长8%左右。新开工项目12个。", Section: []string{"新开工12个"}}})
	if err := writeFigures(&b, figs); err != nil {
		t.Fatal(err)
	}
	whole := b.String()
	for n := range len(whole) {
		if _, ok, err := parseFigures(whole[:n], len(figs)); ok || err == nil {
			t.Errorf("cut at %d of %d: ok %v, err %v", n, len(whole), ok, err)
		}
	}
}
