package answer

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
)

// TestListedByPassageFall: a list of falls takes a report only when its passage states a fall of
// the asked thing; growth, or a level with no change, is no fall.
func TestListedByPassageFall(t *testing.T) {
	a := retrieval.Analyze("Which reports say value added of above-scale industry fell last year?", nil)
	for quote, want := range map[string]bool{
		"规模以上工业增加值完成14.2亿元,同比下降26%;":       true,
		"规模以上工业产值完成76.63亿元,同比增长64.63%;":    false,
		"规模以上工业产值3007万元,限上消费品零售额1605.1万元。": false,
	} {
		if got := listedByPassage(a, retrieval.Evidence{Quote: quote, Sentence: quote}); got != want {
			t.Errorf("listedByPassage(fall, %q) = %v, want %v", quote, got, want)
		}
	}
}

// TestListedByPassageTargetNoun: a question that asks for targets by noun leaves out a report
// whose statement is last year's result; one asking with a plan verb alone does not.
func TestListedByPassageTargetNoun(t *testing.T) {
	off := retrieval.Evidence{Quote: "全年新增各类学位5700个", OffFrame: true}
	if listedByPassage(retrieval.Analyze("哪些报告给出了新增学位的目标?", nil), off) {
		t.Error("last year's result listed as a target")
	}
	if !listedByPassage(retrieval.Analyze("哪些报告提到了新增学位?", nil), off) {
		t.Error("a statement left out of a list that names no frame")
	}
}

// TestTargetListsKeepTargets: "…的目标" lists the reports that set the target and not those that
// report last year's result; a report whose best passage is a result but that also sets the
// target is listed with the target (力争村均经营性收入超千万元, a round sum of money read as a
// figure), not its result (稳定性总收入3亿元).
func TestTargetListsKeepTargets(t *testing.T) {
	ans := ask(t, "哪些报告给出了新增学位的目标?")
	if !strings.Contains(ans.Text, "7200") || !strings.Contains(ans.Text, "2000") || strings.Contains(ans.Text, "5700") || strings.Contains(ans.Text, "2940") {
		t.Errorf("targets of new school places:\n%s", ans.Text)
	}
	checkCitations(t, ans)
	ans = ask(t, "各镇给村集体经济定的收入目标分别是多少?")
	listed, _, _ := strings.Cut(ans.Text, "没有给出数字")
	if !strings.Contains(listed, "力争村均经营性收入超千万元") || strings.Contains(ans.Text, "稳定性总收入3亿元") {
		t.Errorf("Shengze's target of village income:\n%s", ans.Text)
	}
	checkCitations(t, ans)
}

// TestListedAtAskedPlace: a list asking one place in a ranking ("ranked 14th") lists a report
// in the ranking only when its passage states that place — not every report on the ranking.
func TestListedAtAskedPlace(t *testing.T) {
	a := retrieval.Analyze("Which reports say they ranked 14th in the top 100 towns list?", nil)
	for quote, want := range map[string]bool{
		"黎里镇在中国百强镇榜单中晋升至第14位。": true,
		"盛泽位列2023年全国千强镇第六名。":   false,
	} {
		if got := listedByPassage(a, retrieval.Evidence{Quote: quote, Sentence: quote}); got != want {
			t.Errorf("listedByPassage(14th, %q) = %v, want %v", quote, got, want)
		}
	}
}
