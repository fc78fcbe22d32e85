package retrieval

import (
	"regexp"
	"strings"
	"testing"
)

// formWords and formTexts exercise the topic word's tests made once with the word: words of
// every length holdsRun treats apart, words inside and beside the texts.
var (
	formWords = []string{"托育", "垃圾分类", "托育服务", "智慧农业", "集体经济", "镇给村集体经济", "一般公共预算收入",
		"各类救助资金", "非物质文化遗产", "单位地区生产总值能耗", "占比", "农业", "规上工业总产值", "撂荒地", "小微企业园"}
	formTexts = []string{"推进垃圾分类和危废集中收集。", "体育服务设施", "智慧农技推广", "发展壮大村集体经济",
		"一般公共预算收入增长10%左右", "发放各类救助金300万元", "非物质文化铁枝传承基地", "单位地区生产总值能耗下降3%",
		"占地区生产总值的比重", "撂荒土地复耕", "小微企业", "", "普惠托育托位"}
)

// TestTopicWordForms: the runs, attested forms and ratio flag made with a word answer as the
// tests that make them on each call (holdsRun, the forms as heldAttested first wrote them, the
// pattern 单位|占).
func TestTopicWordForms(t *testing.T) {
	ratioWord := regexp.MustCompile(`单位|占`)
	for _, w := range formWords {
		tw := newTopicWord(w)
		bare := topicWord{word: w}
		if tw.runs == nil {
			t.Fatalf("newTopicWord(%s) made no runs", w)
		}
		if got, want := tw.mayNameRatio(), ratioWord.MatchString(w); got != want || bare.mayNameRatio() != want {
			t.Errorf("%s: mayNameRatio = %v (bare %v), want %v", w, got, bare.mayNameRatio(), want)
		}
		for _, text := range formTexts {
			if got, want := tw.holdsRun(text), holdsRun(text, w); got != want || bare.holdsRun(text) != want {
				t.Errorf("%s in %s: holdsRun = %v (bare %v), want %v", w, text, got, bare.holdsRun(text), want)
			}
			if got, want := mayNameRatio(text), ratioWord.MatchString(text); got != want {
				t.Errorf("mayNameRatio(%s) = %v, want %v", text, got, want)
			}
			tw.attested, bare.attested = true, true
			if got, want := tw.heldAttested(text), heldAttestedAsWritten(tw, text); got != want {
				t.Errorf("%s in %s: heldAttested = %v, want %v", w, text, got, want)
			}
			if got, want := bare.heldAttested(text), heldAttestedAsWritten(bare, text); got != want {
				t.Errorf("%s in %s: heldAttested of the bare word = %v, want %v", w, text, got, want)
			}
		}
	}
}

// heldAttestedAsWritten is heldAttested as first written, forming each string on each call.
func heldAttestedAsWritten(t topicWord, text string) bool {
	if t.wholeIn(text) {
		return true
	}
	rs := []rune(t.word)
	for i := 1; i+1 < len(rs); i++ {
		if strings.Contains(text, string(rs[:i])+string(rs[i+1:])) {
			return true
		}
	}
	return len(rs) >= 7 && strings.Contains(text, string(rs[:len(rs)-2]))
}

// BenchmarkTopicWordHeldIn times a topic word's test over the bundled corpus's sentences.
func BenchmarkTopicWordHeldIn(b *testing.B) {
	ix := bundledIndex(b)
	var texts []string
	for i := range ix.NumChunks() {
		texts = append(texts, normalize(ix.Chunk(i).Text))
	}
	for _, w := range []string{"一般公共预算收入", "各类救助资金"} {
		tw := newTopicWord(w)
		tw.attested = w == "各类救助资金"
		unmade := tw
		unmade.runs = nil // the forms made on each call
		for name, t := range map[string]topicWord{"made": tw, "per-call": unmade} {
			b.Run(w+"/"+name, func(b *testing.B) {
				for b.Loop() {
					for _, s := range texts {
						t.heldIn(s)
					}
				}
			})
		}
	}
}
