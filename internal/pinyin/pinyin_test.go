package pinyin

import (
	"testing"

	gopinyin "github.com/mozillazg/go-pinyin"
)

// TestReadingMatchesGoPinyin checks every character of go-pinyin's dictionary, and some it does
// not hold, against go-pinyin's own first Normal-style reading.
func TestReadingMatchesGoPinyin(t *testing.T) {
	runes := make([]rune, 0, len(gopinyin.PinyinDict)+8)
	for r := range gopinyin.PinyinDict {
		runes = append(runes, rune(r))
	}
	runes = append(runes, 'a', '1', '。', '，', 0x10FFFF, -1, 0x3006, 0x4DFF)
	for _, r := range runes {
		want := ""
		if ps := gopinyin.SinglePinyin(r, gopinyin.NewArgs()); len(ps) > 0 {
			want = ps[0]
		}
		if got := Reading(r); got != want {
			t.Errorf("Reading(%U) = %q, go-pinyin %q", r, got, want)
		}
	}
}

func TestLazyMatchesGoPinyin(t *testing.T) {
	for _, s := range []string{"盛泽镇", "xx区(北京市)", "绿色 发展2023年", "", "吕梁", "嗯"} {
		got, want := Lazy(s), gopinyin.LazyPinyin(s, gopinyin.NewArgs())
		if len(got) != len(want) {
			t.Fatalf("Lazy(%q) = %q, go-pinyin %q", s, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("Lazy(%q) = %q, go-pinyin %q", s, got, want)
			}
		}
	}
}

// BenchmarkReading spells a place name with the generated table and with go-pinyin.
func BenchmarkReading(b *testing.B) {
	b.Run("table", func(b *testing.B) {
		for b.Loop() {
			Lazy("苏州市吴江区盛泽镇")
		}
	})
	b.Run("go-pinyin", func(b *testing.B) {
		for b.Loop() {
			gopinyin.LazyPinyin("苏州市吴江区盛泽镇", gopinyin.NewArgs())
		}
	})
}
