package retrieval

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
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

// TestThresholdListsAsBefore: a threshold list over every report of the bundled corpus finds
// the same evidence for each report (the same passage, span, figure and coverage) through the
// fast path — meetsThreshold's early exit, each report's spans judged against the number once
// (Index.reportTopic) — as through the full reading of every span (meetsThresholdBefore, asked
// afresh each time).
func TestThresholdListsAsBefore(t *testing.T) {
	ix := bundledIndex(t)
	for _, q := range []string{
		"Which reports say more than 30 projects started construction last year?",
		"Which towns target revenue growth of at least 8%?",
		"Which reports set a GDP growth target of more than 6%?",
		"哪些报告的固定资产投资超过100亿元?",
		"哪些报告的地区生产总值增长目标在6%以上?",
	} {
		p := Analyze(q, ix)
		run := func(full bool) []Evidence {
			sc := ix.newScorer(p)
			if sc.meets == nil {
				t.Fatalf("%s: not a threshold question", q)
			}
			if full {
				sc.meets = func(text string) bool { return meetsThresholdBefore(p, text) }
			}
			sc.fits = ix.timeFrame(p)
			sc.frameNamed = p.FrameNamed()
			sc.want.asks = sc.want.asks || p.AsksFigure()
			ev, _ := ix.topic(sc, LexicalQuery(p), ix.scopeReports(p), nil)
			return ev
		}
		fast, full := run(false), run(true)
		if len(full) == 0 {
			t.Errorf("%s: no evidence: the test compares nothing", q)
		}
		if !reflect.DeepEqual(fast, full) {
			t.Errorf("%s: the fast path's evidence differs from the full reading's:\n%v\n%v", q, fast, full)
		}
	}
}

// BenchmarkMeetsThreshold is meetsThreshold over every sentence of the bundled corpus, for a
// threshold question of a rate: the fast path (the text's figures found once, the counted
// thing's words looked for only when one meets the number) against the full reading.
func BenchmarkMeetsThreshold(b *testing.B) {
	ix := bundledIndex(b)
	p := Analyze("Which towns target revenue growth of at least 8%?", ix)
	var texts []string
	for i := range ix.NumChunks() {
		for s := range strings.SplitAfterSeq(ix.Chunk(i).Text, "。") {
			texts = append(texts, s)
		}
	}
	for _, bc := range []struct {
		name  string
		meets func(string) bool
	}{
		{"fast", p.meetsThreshold},
		{"full", func(s string) bool { return meetsThresholdBefore(p, s) }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				for _, s := range texts {
					bc.meets(s)
				}
			}
		})
	}
}

// TestOnlyMeetingRulesOutFirst: when meetingBest looks for a span that meets the number, a
// span whose figures do not meet it is ruled out before its figure and time frame are read
// (scorer.rate), and one that meets it is still judged on them.
func TestOnlyMeetingRulesOutFirst(t *testing.T) {
	ix := bundledIndex(t)
	p := Analyze("Which towns target revenue growth of at least 8%?", ix)
	sc := ix.newScorer(p)
	sc.want.asks = true
	sc.onlyMeeting = true
	read := 0
	sc.fits = func(corpus.Chunk, string) bool { read++; return true }
	if _, _, _, _, ok := sc.rate(span{text: "一般公共预算收入增长5%。"}, 1, 1, nil); ok || read != 0 {
		t.Errorf("a span at 5%% for at least 8%%: kept %v, its time frame read %d times; want ruled out unread", ok, read)
	}
	if _, _, _, _, ok := sc.rate(span{text: "一般公共预算收入增长9%。"}, 1, 1, nil); !ok || read != 1 {
		t.Errorf("a span at 9%% for at least 8%%: kept %v, its time frame read %d times; want kept, read once", ok, read)
	}
}
