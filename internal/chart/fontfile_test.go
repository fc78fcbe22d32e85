package chart

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"codeberg.org/go-fonts/liberation/liberationsansregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
)

// misalignedCollection wraps a font in a one-font collection whose tables start two bytes past
// a four-byte boundary, as in Debian's wqy-microhei.ttc.
func misalignedCollection(ttf []byte) []byte {
	n := int(binary.BigEndian.Uint16(ttf[4:]))
	out := make([]byte, 16+12+16*n)
	copy(out, "ttcf")
	binary.BigEndian.PutUint32(out[4:], 0x00010000)
	binary.BigEndian.PutUint32(out[8:], 1)
	binary.BigEndian.PutUint32(out[12:], 16)
	copy(out[16:28], ttf[:12])
	for i := range n {
		rec := ttf[12+16*i:]
		o, l := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		for len(out)%4 != 2 {
			out = append(out, 0)
		}
		r := out[28+16*i:]
		copy(r[:8], rec[:8])
		binary.BigEndian.PutUint32(r[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(r[12:], l)
		out = append(out, ttf[o:o+l]...)
	}
	return out
}

func TestSplitFontsRealigns(t *testing.T) {
	bad := misalignedCollection(liberationsansregular.TTF)
	coll, err := opentype.ParseCollection(bad)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := coll.Font(0); err == nil {
		t.Log("the parser now accepts misaligned tables; splitFonts is still harmless")
	}
	fonts, err := splitFonts(bad)
	if err != nil || len(fonts) != 1 {
		t.Fatalf("splitFonts: %d fonts, %v", len(fonts), err)
	}
	f, err := opentype.Parse(fonts[0])
	if err != nil {
		t.Fatalf("the repacked font does not parse: %v", err)
	}
	var buf sfnt.Buffer
	if i, err := f.GlyphIndex(&buf, 'A'); err != nil || i == 0 {
		t.Errorf("glyph A: %d, %v", i, err)
	}
	// Through the loader, from a file; a file that is no font yields no font.
	dir := t.TempDir()
	path := filepath.Join(dir, "x.ttc")
	os.WriteFile(path, bad, 0o644)
	if got := loadFonts(path); len(got) != 1 || !covers(got[0], []string{"Shengze Town 10%"}) || covers(got[0], []string{"盛泽镇"}) {
		t.Errorf("loadFonts(%s) = %d fonts, or wrong coverage", path, len(got))
	}
	junk := filepath.Join(dir, "junk.ttf")
	os.WriteFile(junk, []byte("not a font at all"), 0o644)
	if got := loadFonts(junk); len(got) != 0 {
		t.Errorf("loadFonts(junk) = %d fonts", len(got))
	}
	if _, err := splitFonts([]byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x09")); !errors.Is(err, errNotFont) {
		t.Errorf("truncated collection: err = %v", err)
	}
}

func TestFindFontSkipsFontsWithoutTheGlyphs(t *testing.T) {
	// A font directory holding only a Latin font named like a CJK one: it is tried, found to
	// lack the labels' glyphs, and not used.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "NotoSansCJK-Regular.ttc"), misalignedCollection(liberationsansregular.TTF), 0o644)
	if f, ok := findFont(Options{FontDirs: []string{dir}}, []string{"盛泽镇"}); ok {
		t.Errorf("a font without Chinese glyphs was chosen: %s", f.path)
	}
	if f, ok := findFont(Options{FontDirs: []string{dir}}, []string{"Shengze"}); !ok || filepath.Base(f.path) != "NotoSansCJK-Regular.ttc" {
		t.Errorf("the font was not found for Latin text: %v %v", f.path, ok)
	}
}
