package facts

import "testing"

// TestHanBlockNormalisesToItself: newNormText copies the main block of CJK ideographs as it
// is, which holds only because normRune returns each of them unchanged.
func TestHanBlockNormalisesToItself(t *testing.T) {
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		if !hanBlock(r) {
			t.Fatalf("hanBlock(%U) = false", r)
		}
		if n := normRune(r); n != string(r) {
			t.Fatalf("normRune(%U) = %q, want it unchanged", r, n)
		}
	}
	if hanBlock(0x4DFF) || hanBlock(0xA000) || hanBlock(0xF900) {
		t.Error("hanBlock admits a character outside U+4E00–U+9FFF")
	}
	s := "全年ＧＤＰ增长６．５％，达到１２３亿元。"
	nt := newNormText(s)
	if nt.s != "全年gdp增长6.5%,达到123亿元。" || len(nt.start) != len(nt.s) || len(nt.end) != len(nt.s) {
		t.Errorf("newNormText(%q) = %q (%d starts, %d ends)", s, nt.s, len(nt.start), len(nt.end))
	}
	for i := range nt.s {
		if nt.start[i] > nt.end[i] || nt.end[i] > len(s) {
			t.Fatalf("byte %d maps to %d..%d", i, nt.start[i], nt.end[i])
		}
	}
}
