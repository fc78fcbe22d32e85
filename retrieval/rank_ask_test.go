package retrieval

import (
	"slices"
	"strings"
	"testing"
)

// TestRankAsk: rankings asked in everyday words are read as rankings — their placing words are
// no terms, "top N" names the list (no figure to compare with, 1,000 read whole), and the list
// they are on does not make them list questions; locations and list questions are not.
func TestRankAsk(t *testing.T) {
	for _, q := range []string{
		"Where did Lili end up on the list of China's top 100 towns?",
		"What position did Shengze reach on the national list of the top 1,000 towns?",
		"How high did the Panjin district place in the province's civilized urban district assessment?",
		"Where does the Liuzhou district stand among the four urban districts for funds?",
	} {
		p := Analyze(q, nil)
		if !RankAsk(p.Norm) {
			t.Errorf("RankAsk(%q) = false", q)
		}
		if p.Aggregate || len(p.Numbers) > 0 {
			t.Errorf("Analyze(%q): aggregate %v, numbers %v; want a lookup with no figure", q, p.Aggregate, p.Numbers)
		}
		if slices.ContainsFunc(p.Terms, func(t Term) bool { return rankCueWords[t.From] }) {
			t.Errorf("Analyze(%q) keeps a placing word: %v", q, p.Terms)
		}
	}
	if p := Analyze("What position did Shengze reach on the national list of the top 1,000 towns?", nil); !slices.ContainsFunc(p.Terms, func(t Term) bool {
		return slices.Contains(t.Variants, "1000强")
	}) {
		t.Errorf("top 1,000 not searched as 1000强: %v", p.Terms)
	}
	for _, q := range []string{
		"Where did Shengze build its new elderly care centre?",
		"Where does the Lili report place its new industrial park?",
		"List the towns that rank first in their city.",
	} {
		if RankAsk(Analyze(q, nil).Norm) {
			t.Errorf("RankAsk(%q) = true", q)
		}
	}
	if !Analyze("Which towns are on the list of China's top 100 towns?", nil).Aggregate {
		t.Errorf("a which-towns question stays a list")
	}
}

// TestZhRankAsk: a Chinese ranking question's asking words (排到了第几位) are no subject.
func TestZhRankAsk(t *testing.T) {
	p := Analyze("黎里镇在中国百强镇榜单上排到了第几位?", nil)
	for _, term := range p.Terms {
		if term.Weight == rankWeight && slices.Equal(term.Variants, rankWordings) {
			continue // the ranking term the asking words leave (TestZhRankTerm)
		}
		for _, w := range []string{"排", "第", "几"} {
			if strings.Contains(term.From, w) {
				t.Errorf("term %q keeps the asking word %s", term.From, w)
			}
		}
	}
}

// TestZhRankTerm: cutting a Chinese question's asking words (排名第几, 排第几) leaves a ranking
// term, so that 盛泽镇排第几 still asks a place in a ranking and not anything of 盛泽镇; 第几
// alone (第几次) asks no ranking.
func TestZhRankTerm(t *testing.T) {
	isRank := func(t Term) bool { return t.From == "排名" && slices.Contains(t.Variants, "位列") }
	for _, q := range []string{"盛泽镇排第几?", "盛泽镇2023年百强镇排名第几?", "黎里镇在中国百强镇榜单上排到了第几位?"} {
		if p := Analyze(q, nil); !slices.ContainsFunc(p.Terms, isRank) {
			t.Errorf("Analyze(%q) has no ranking term: %v", q, p.Terms)
		}
	}
	if p := Analyze("盛泽镇召开了第几次党代会?", nil); slices.ContainsFunc(p.Terms, isRank) {
		t.Errorf("第几次 read as a ranking: %v", p.Terms)
	}
}

// TestZhSpokenRankAsk: spoken rank questions (排老几, 排名多少, 排多少名) ask a place in a
// ranking as 排第几 does: the asking words go and the ranking term stays.
func TestZhSpokenRankAsk(t *testing.T) {
	isRank := func(t Term) bool { return t.From == "排名" && slices.Contains(t.Variants, "位列") }
	for _, q := range []string{"盛泽在全国千强镇里排老几?", "柳州那个区科技成果转化在全市排名多少?", "岱西镇除险保安在全市排多少名?"} {
		p := Analyze(q, nil)
		if !slices.ContainsFunc(p.Terms, isRank) {
			t.Errorf("Analyze(%q) has no ranking term: %v", q, p.Terms)
		}
		for _, term := range p.Terms {
			if !isRank(term) && strings.ContainsAny(term.From, "排老几") {
				t.Errorf("Analyze(%q): term %q keeps an asking word", q, term.From)
			}
		}
	}
}
