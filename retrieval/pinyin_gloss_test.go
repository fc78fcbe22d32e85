package retrieval

import (
	"slices"
	"testing"
)

// TestPinyinWords: the runs of Han characters that read as a pinyin word, syllables run
// together; a reading that stops inside a character or runs past four is none.
func TestPinyinWords(t *testing.T) {
	texts := slices.Values([]string{"逐步恢复老字号品牌。", "老字号", "老字"})
	if got := pinyinWords(texts, "laozihao"); !slices.Equal(got, []string{"老字号"}) {
		t.Errorf("pinyinWords(laozihao) = %q, want [老字号]", got)
	}
	if got := pinyinWords(texts, "laozih"); len(got) != 0 {
		t.Errorf("pinyinWords(laozih) = %q, want none", got)
	}
}

// TestPinyinGlossTerm: an English question's bracketed pinyin gloss is searched as the
// characters the reports write; bracketed English is not read as pinyin.
func TestPinyinGlossTerm(t *testing.T) {
	ix := bundledIndex(t)
	p := Analyze("Which reports talk about reviving time-honoured (laozihao) brands?", ix)
	if !slices.ContainsFunc(p.Terms, func(t Term) bool { return slices.Contains(t.Variants, "老字号") }) {
		t.Errorf("terms %+v, want one searched as 老字号", p.Terms)
	}
	for _, q := range []string{"which reports mention care for older people (elderly care)?", "which reports mention jobs (employment)?"} {
		p := Plan{Lang: "en", Norm: q}
		if p.pinyinGlossTerms(ix); len(p.Terms) > 0 {
			t.Errorf("%q: terms %+v, bracketed English read as pinyin", q, p.Terms)
		}
	}
}
