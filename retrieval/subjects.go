package retrieval

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/internal/lexicon"
	"github.com/reportbot/reportbot/internal/places"
	"github.com/reportbot/reportbot/internal/zh"
)

// Subjects: the decisive words of a question that the reports never use, and questions that
// name nothing but a report's place.

// subjectIgnore are words of Chinese questions that ask rather than name a subject.
var subjectIgnore = []string{"介绍", "一下", "具体", "主要", "告诉", "说说", "讲讲", "概括", "总结", "内容", "方面",
	"怎么", "为什么", "哪里", "多大", "多高", "多长", "多久", "变化", "成绩", "工作", "举措", "措施", "政策", "计划", "目标",
	"一共", "总共", "合计", "共计", "总计", "大概", "大约", "左右", "现在", "目前", "当前", "全部", "所有", "到底", "一些", "情况",
	"之类", "等等", "什么的", "诸如", "比如", "例如", "排第", "排名", "名次", "位列",
	// Vague pointers: a question that does not know the report's word says "some kind of" or
	// "this sort of" (某种服务圈, 这类场所) or asks what a report "writes" (明确写到).
	"某种", "某项", "某些", "某个", "某类", "这类", "那类", "这种", "那种", "写到", "写明", "提及"}

// zhLocative is a level's locative in a question: 区里各镇 (the district's towns), 市里的企业
// (the city's enterprises); the reports write 区镇, 市级.
const zhLocative = `([区镇市村县乡省])里`

var (
	// reLocative finds zhLocative in a question segment.
	reLocative = lazyre.New(zhLocative)
	// reLeadLocative is a locative that opens what a count question counts (几家市里的重点龙头企业).
	reLeadLocative = lazyre.New(`^` + zhLocative + `的?`)
)

// dropLocatives blanks the 里 of the question's locatives (keeping the level character, a seam
// edge), so that no run of them reads as a subject the reports lack ("里各镇排").
func dropLocatives(s string) string {
	return reLocative.ReplaceAllString(s, "$1 ")
}

// missingSubjects returns the decisive subject words of a plan that no passage of any report
// holds: the reports never speak of them. For an English question these are its glossary terms
// (Chinese wordings, compared whole) and the Chinese words it quotes (as a Chinese question's);
// for a Chinese question, runs of two or more characters of
// a term that no bigram of the reports covers (平均房价 → 房价). Question words, seams with
// function characters, numbers, intent words, places and the indicators (checked on their own)
// do not count. (Within one report's scope too many words differ from the question's for a
// missing word to mean a missing answer; grounding judges those.)
//
// A word that pivots to a word of the same sense in the quoted evidence (pivoted) is the asker's
// wording of what the evidence says, not a missing subject.
func (ix *Index) missingSubjects(p Plan, checked []Constraint, evidence string) []string {
	var scope map[corpus.ReportKey]bool
	var out []string
	indicatorChecked := slices.ContainsFunc(checked, func(c Constraint) bool { return c.Kind == ConstraintIndicator })
	for _, t := range p.Terms {
		if t.Weight < 1 || isNumberTerm(p, t) || len(t.Variants) == 0 || isSpanTerm(t) {
			continue // a span of the year is checked against the evidence (unstatedSpans)
		}
		if indicatorChecked && slices.ContainsFunc(facts.Find(t.From), func(ind facts.Indicator) bool { return slices.Contains(p.Indicators, ind.Name) }) {
			continue // checked as the indicator
		}
		if p.Lang == "en" && reHanRun.MatchString(t.From) {
			// A Chinese word the question quotes: compared as a Chinese question's ("三公经费" is
			// in a report that writes “三公”经费).
			out = append(out, ix.unpivoted(t.From, ix.uncoveredRuns(t.From, scope), evidence)...)
			continue
		}
		if p.Lang == "en" {
			if !zh.IsHan([]rune(t.Variants[0])[0]) || slices.ContainsFunc(t.Variants, func(v string) bool { return ix.textInScope(v, scope) }) {
				continue
			}
			out = append(out, t.From)
			continue
		}
		if len(t.Variants) > 1 || t.From != t.Variants[0] {
			continue // an indicator's wordings
		}
		runs := ix.uncoveredRuns(t.From, scope)
		if len(runs) == 0 {
			runs = ix.unwrittenWords(lexicon.SenseKeys, t.From, scope)
		}
		out = append(out, ix.unpivoted(t.From, runs, evidence)...)
	}
	return out
}

// unpivoted returns the runs of the question term that do not pivot to a word of the
// evidence, nor are the asker's word for one the evidence writes (rephrasedRun).
func (ix *Index) unpivoted(term string, runs []string, evidence string) []string {
	if len(runs) == 0 || evidence == "" {
		return runs
	}
	return slices.DeleteFunc(runs, func(r string) bool {
		return pivoted(lexicon.SenseKeys, ix.Lexicon().Straddled, r, evidence) || rephrasedRun(zhThesaurus(), term, r, evidence)
	})
}

func isNumberTerm(p Plan, t Term) bool {
	return slices.ContainsFunc(p.Numbers, func(n Number) bool { return n.Text == t.From })
}

// uncoveredRuns returns the runs of two or more Han characters of s that no bigram held in
// scope covers, skipping question words.
func (ix *Index) uncoveredRuns(s string, scope map[corpus.ReportKey]bool) []string {
	rs := []rune(dropLocatives(zh.Normalize(s)))
	covered := make([]bool, len(rs))
	for i := 0; i+1 < len(rs); i++ {
		if zh.IsHan(rs[i]) && zh.IsHan(rs[i+1]) && ix.tokenInScope(string(rs[i:i+2]), scope) {
			covered[i], covered[i+1] = true, true
		}
	}
	var out []string
	for i := 0; i < len(rs); {
		if covered[i] || !zh.IsHan(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && !covered[j] && zh.IsHan(rs[j]) {
			j++
		}
		run := string(rs[i:j])
		if j-i >= 2 && !isSeam(rs[i:j]) && !verbPhrase(rs[i:j]) && !slices.ContainsFunc(subjectIgnore, func(w string) bool { return strings.Contains(w, run) || strings.Contains(run, w) }) &&
			strings.Trim(run, functionChars) != "" && !places.Withheld(run) {
			out = append(out, run)
		}
		i = j
	}
	return out
}

// placeOnly reads a question that names only a report's place ("What about Lili?", "黎里镇呢?")
// outside a conversation as a question about what the report sets out: its main targets.
func placeOnly(p Plan) Plan {
	if len(p.Terms) > 0 || len(p.Indicators) > 0 || len(p.Reports) == 0 || len(p.Unresolved) > 0 || p.Aggregate || !bare(p) {
		return p
	}
	p.Terms = []Term{{From: "主要预期目标", Variants: []string{"主要预期目标", "主要目标", "预期目标"}, Weight: 1}}
	if p.Intent == "" {
		p.Intent = IntentTarget
	}
	return p
}

// isSeam reports whether a run starts or ends with a function or level character ("镇给",
// "建了"): where a question's words meet, not a word of its own.
func isSeam(run []rune) bool {
	const edges = functionChars + "镇乡村区县市省"
	if strings.ContainsRune(edges, run[0]) || strings.ContainsRune(edges, run[len(run)-1]) {
		return true
	}
	_, isPlace := places.Lookup(string(run))
	return isPlace
}

// bareWords are the words of an English question that only point at a place ("What about
// Lili?", "And Shengze?", "Tell me about Daixi").
var bareWords = map[string]bool{"and": true, "about": true, "what": true, "how": true, "tell": true, "me": true,
	"us": true, "the": true, "report": true, "say": true, "says": true, "said": true, "does": true, "do": true,
	"of": true, "on": true, "for": true, "in": true, "from": true, "is": true, "s": true, "there": true, "anything": true}

// bare reports whether a question has no word beyond its places, level words and the words of
// bareWords (a Chinese question whose terms are empty has none).
func bare(p Plan) bool {
	if p.Lang != "en" {
		return true
	}
	for _, w := range reEnWord.FindAllString(p.Norm, -1) {
		if !bareWords[w] && !isPlaceWord(w, p.Places) && !isLevelWord(w) {
			return false
		}
	}
	return true
}
