package retrieval

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/zh"
)

// reportsWritingAll counts the reports with a passage that holds w as written, reading every
// passage holding its bigrams: what reportsWriting counts, without its limit.
func reportsWritingAll(ix *Index, w string) int {
	seen := map[int32]bool{}
	for d := range ix.passagesHoldingBigrams(w) {
		if strings.Contains(normalize(ix.Chunk(d).Text), w) {
			seen[ix.chunkReport[d]] = true
		}
	}
	return len(seen)
}

// wholeCommonModifierRest is commonModifierRest as first written: every count whole, the
// modifier's first.
func wholeCommonModifierRest(ix *Index, w string) string {
	rs := []rune(w)
	lex := ix.Lexicon()
	if len(rs) < 6 || !zh.AllHan(rs) || lex == nil {
		return ""
	}
	for k := 2; k <= 3 && len(rs)-k >= 4; k++ {
		mod, rest := string(rs[:k]), string(rs[k:])
		if !isLexiconWord(lex.Gloss(mod), mod) || 3*reportsWritingAll(ix, mod) <= 2*len(ix.Reports) {
			continue
		}
		if n := reportsWritingAll(ix, rest); 3*n <= len(ix.Reports) && n > reportsWritingAll(ix, w) {
			return rest
		}
	}
	return ""
}

var modifierWords = []string{"生活垃圾分类", "垃圾分类", "地区生产总值", "一般公共预算收入", "公共预算收入",
	"规模以上工业增加值", "社会消费品零售总额", "固定资产投资", "城镇居民人均可支配收入", "农村人居环境整治",
	"企业上市", "森林防火", "海洋牧场", "增值税留抵退税", "老旧小区改造", "乡村振兴", "养老服务", "生产总值", "地区"}

// TestReportsWritingLimit: a count stopped at its limit is the whole count or the limit,
// whichever is less, counted afresh or remembered from a count up to a lower or higher limit.
func TestReportsWritingLimit(t *testing.T) {
	ix := bundledIndex(t)
	for _, w := range modifierWords {
		all := reportsWritingAll(ix, w)
		for limit := 0; limit <= len(ix.Reports)+1; limit++ {
			if got := ix.countReportsWriting(w, limit); got != min(all, limit) {
				t.Errorf("countReportsWriting(%s, %d) = %d, want %d", w, limit, got, min(all, limit))
			}
		}
		for _, limits := range [][]int{{2, 5, 1, 20, 3}, {20, 1, 4}} {
			ix.written = writtenCounts{}
			for _, limit := range limits {
				if got := ix.reportsWriting(w, limit); got != min(all, limit) {
					t.Errorf("reportsWriting(%s, %d) after limits %v = %d, want %d", w, limit, limits, got, min(all, limit))
				}
			}
		}
	}
}

// TestCommonModifierRestCountsEnough: counting each word only as far as its test needs, the
// cheapest test first, finds what the whole counts find.
func TestCommonModifierRestCountsEnough(t *testing.T) {
	ix := bundledIndex(t)
	for _, w := range modifierWords {
		if got, want := ix.commonModifierRest(w), wholeCommonModifierRest(ix, w); got != want {
			t.Errorf("commonModifierRest(%s) = %q, whole counts find %q", w, got, want)
		}
	}
}

// TestWrittenCounts: a word counted up to a limit is not counted again for a limit as low, nor
// for any limit once its count fell short of its limit (exact); it is for a higher limit when
// its count reached the limit. Past writtenCountsSize words, new words are not remembered.
func TestWrittenCounts(t *testing.T) {
	var m writtenCounts
	calls := 0
	count := func(w string, limit int) int { calls++; return min(len([]rune(w)), limit) }
	for _, c := range []struct {
		w           string
		limit, want int
		counted     bool
	}{
		{"垃圾分类", 2, 2, true},  // reached its limit: at least 2
		{"垃圾分类", 1, 1, false}, // as low: remembered
		{"垃圾分类", 2, 2, false},
		{"垃圾分类", 10, 4, true},   // higher: counted again, 4 < 10 is exact
		{"垃圾分类", 100, 4, false}, // exact
		{"垃圾分类", 3, 3, false},
	} {
		calls = 0
		if got := m.get(c.w, c.limit, count); got != c.want || (calls > 0) != c.counted {
			t.Errorf("get(%s, %d) = %d counting %d times, want %d counted %v", c.w, c.limit, got, calls, c.want, c.counted)
		}
	}
	for i := range writtenCountsSize + 10 {
		m.get(strings.Repeat("字", i+2), 100, count)
	}
	if len(m.m) != writtenCountsSize {
		t.Errorf("memo holds %d words, want at most %d", len(m.m), writtenCountsSize)
	}
	calls = 0
	m.get(strings.Repeat("字", writtenCountsSize+5), 100, count)
	m.get(strings.Repeat("字", writtenCountsSize+5), 100, count)
	if calls != 2 {
		t.Errorf("a word past the bound counted %d times in two asks, want 2", calls)
	}
}

// BenchmarkCommonModifierRest times the modifier test of indicator and topic wordings over the
// bundled corpus, counting as far as each test needs (fresh counts each time) and as first
// written (whole counts).
func BenchmarkCommonModifierRest(b *testing.B) {
	ix := bundledIndex(b)
	b.Run("limited", func(b *testing.B) {
		for b.Loop() {
			ix.written = writtenCounts{}
			for _, w := range modifierWords {
				ix.commonModifierRest(w)
			}
		}
	})
	b.Run("whole", func(b *testing.B) {
		for b.Loop() {
			for _, w := range modifierWords {
				wholeCommonModifierRest(ix, w)
			}
		}
	})
}
