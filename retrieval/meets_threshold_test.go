package retrieval

import (
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/num"
)

// meetsThresholdBefore is Plan.meetsThreshold as it was before it found a text's figures once
// and stopped when none meets the number: the reference its fast path must agree with.
func meetsThresholdBefore(p Plan, text string) bool {
	if len(p.Numbers) == 0 {
		return false
	}
	meets := func(v num.Value) bool {
		ok, want, got := p.Numbers[0].Measures(v)
		return ok && MeetsBound(p.Comparator, BoundOf(v), got, want)
	}
	if vs, found := p.CountedFigures(text); found {
		return slices.ContainsFunc(vs, meets)
	}
	return slices.ContainsFunc(num.FindWith(normalize(text), num.Options{Ungrouped: true}), meets)
}

// TestMeetsThresholdAsBefore: the figures of what a threshold question counts are some of the
// text's figures, so meetsThreshold, which rules a text out when none of its figures meets the
// number before it looks for the counted thing's words, judges every sentence (alone and after
// the one before it, as a span's lead) of the bundled corpus as the full reading did, for
// threshold questions of rates, amounts and counts in both languages; and it does rule out
// most of them early.
func TestMeetsThresholdAsBefore(t *testing.T) {
	ix := bundledIndex(t)
	questions := []string{
		"Which towns target revenue growth of at least 8%?",
		"哪些镇的一般公共预算收入增长目标是8%以上?",
		"Which reports set a GDP growth target of more than 6%?",
		"Which reports say more than 30 projects started construction last year?",
		"哪些报告的固定资产投资超过100亿元?",
		"哪些报告新增就业岗位不少于1000个?",
		"Which reports target less than 5% unemployment?",
	}
	var texts []string
	for i := range ix.NumChunks() {
		prev := ""
		for s := range strings.SplitAfterSeq(ix.Chunk(i).Text, "。") {
			if s == "" {
				continue
			}
			texts = append(texts, s, prev+s)
			prev = s
		}
	}
	for _, q := range questions {
		p := Analyze(q, ix)
		if len(p.Numbers) == 0 {
			t.Fatalf("%s: no number (want a threshold question)", q)
		}
		early, met := 0, 0
		for _, s := range texts {
			got, want := p.meetsThreshold(s), meetsThresholdBefore(p, s)
			if got != want {
				t.Errorf("%s: meetsThreshold(%q) = %v, the full reading says %v", q, s, got, want)
			}
			if got {
				met++
			}
			if !slices.ContainsFunc(num.FindWith(normalize(s), num.Options{Ungrouped: true}), func(v num.Value) bool {
				ok, w, g := p.Numbers[0].Measures(v)
				return ok && MeetsBound(p.Comparator, BoundOf(v), g, w)
			}) {
				early++
			}
		}
		if met == 0 || early < len(texts)/2 {
			t.Errorf("%s: %d of %d texts meet, %d ruled out by their figures alone; want some met and most ruled out early", q, met, len(texts), early)
		}
	}
}
