package retrieval

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/internal/lexicon"
	"github.com/reportbot/reportbot/internal/zh"
)

// Topics: a list question ("哪些报告提到了乡村振兴?") lists a report only when its quoted span
// speaks of the topic — holds the question's decisive term — not when it merely shares generic
// words with the question.

// topical reports whether a span speaks of the question's topic: it holds the decisive term
// (the most specific term of the question that is not a number; for alternatives, any term
// nearly as specific) as one of its wordings (holdsTopic), not only words it shares with the
// question.
func (sc *scorer) topical(text string) bool {
	if sc.decisive < 0 {
		return true
	}
	norm := normalize(text)
	if !namedHeld(sc.question, norm) {
		return false // a quoted name is written whole (topical_named.go)
	}
	for _, w := range sc.negated {
		if w.heldIn(norm) {
			return false // a part the question excludes (topical_negated_en.go)
		}
	}
	if sc.build && !saysBuilt(norm) {
		return false
	}
	holds := func(t scoredTerm) bool { return t.holdsTopic(norm) }
	if sc.anyOf && !sc.decisiveBesideAlternatives() {
		// Alternatives: any of them is the topic (not a word that only qualifies them), with
		// the modifier they share when they share one (topical_alt_modifier.go).
		held, enough, shared := sc.modifierHeld(norm)
		if shared && (!held || enough) {
			return held
		}
		for i, t := range sc.terms {
			if shared && i == sc.modifier {
				continue
			}
			if !t.number && !t.qualifier && !t.possessor && !t.side && !t.head && t.weight >= 0.5*sc.terms[sc.decisive].weight && holds(t) &&
				(!t.broad || sc.qualified(norm) && sc.partnersHeld(i, norm)) {
				return true
			}
		}
		return sc.headWhole(norm) || sc.exampleWhole(norm)
	}
	// Examples (talent apartments, for housing for talent) are alternatives of the topic even
	// where no "or" joins them.
	return holds(sc.terms[sc.decisive]) || sc.exampleHeld(norm) || sc.exampleWhole(norm)
}

// holdsTopic reports whether a normalised text holds one of a term's topic wordings.
func (t scoredTerm) holdsTopic(norm string) bool {
	for _, w := range t.topics {
		if w.heldIn(norm) {
			return true
		}
	}
	return false
}

// topicCoverage is a span's coverage of the question as a list decides it: a term whose topic
// wording the span holds whole (topicWord.wholeIn: 撂荒土地 holds 撂荒地, 新增各类学位 holds
// 新增学位) counts as wholly covered, whatever tokens of its wording the span's wording lacks.
func (sc *scorer) topicCoverage(text string) float64 {
	norm := normalize(text)
	return sc.coverageWith(sc.holder(norm), func(t scoredTerm) bool {
		return slices.ContainsFunc(t.topics, func(w topicWord) bool { return w.wholeIn(norm) })
	})
}

// topicCoverageBound bounds topicCoverage for the spans of a passage whose tokens has admits
// and whose Han bigrams hasBigram admits: a term counts whole when the passage holds the first
// and the last two characters of one of its topic words (what wholeIn needs at least; only the
// first two of a numeral's abbreviation, isNumeralAbbreviation).
func (sc *scorer) topicCoverageBound(has func(x weightedToken) float64, hasBigram func(tok string) bool) float64 {
	return sc.coverageWith(has, func(t scoredTerm) bool {
		return slices.ContainsFunc(t.topics, func(w topicWord) bool {
			rs := []rune(w.word)
			if len(rs) < 2 {
				return true
			}
			if w.together {
				// Each piece may be shortened or spelled out (runTogetherPattern): one held.
				return slices.ContainsFunc(evenPieces(rs), func(p string) bool { return hasBigram(string([]rune(p)[:2])) })
			}
			if len(rs) == 4 && isNumeralAbbreviation(rs[:2]) {
				return hasBigram(string(rs[:2])) // “三公两费” for 三公经费 (newTopicWord)
			}
			if inv := inverted(rs); inv != nil && hasBigram(string(rs[2:])) && slices.ContainsFunc(inv, hasBigram) {
				return true // 上市公司 for 企业上市 (newTopicWord)
			}
			return hasBigram(string(rs[:2])) && (len(rs) == 3 || hasBigram(string(rs[len(rs)-2:])))
		})
	})
}

// coverageWith is the coverage of a text that holds the tokens has admits, with the terms
// whole reports as wholly held.
func (sc *scorer) coverageWith(has func(x weightedToken) float64, whole func(t scoredTerm) bool) float64 {
	all := map[string]bool{}
	for _, t := range sc.terms {
		if t.number || !whole(t) {
			continue
		}
		for _, v := range t.variants {
			for _, x := range v {
				all[x.tok] = true
			}
		}
	}
	if len(all) == 0 {
		_, c := sc.measure(has)
		return c
	}
	_, c := sc.measure(func(x weightedToken) float64 {
		if all[x.tok] {
			return 1
		}
		return has(x)
	})
	return c
}

// decisiveBesideAlternatives reports whether the question joins some of its terms with "or"
// and its decisive term is not one of them: "homestays in their tourism or rural plans" is
// about homestays, the alternatives only narrow where (a sentence on rural tourism alone does
// not speak of homestays).
func (sc *scorer) decisiveBesideAlternatives() bool {
	return sc.decisive >= 0 && !sc.terms[sc.decisive].alt && !sc.terms[sc.decisive].qualifier &&
		slices.ContainsFunc(sc.terms, func(t scoredTerm) bool { return t.alt })
}

// reAltJoin is what may stand between two alternatives: "or", 或/或者/或是, 、, a slash (with
// spaces).
var reAltJoin = lazyre.New(`^\s*(?:or|或者?|或是|、|/)\s*$`)

// reAltList is what may stand between earlier items of a list of alternatives: a comma.
var reAltList = lazyre.New(`^\s*[,，]\s*$`)

// reAltExamples is what stands between a topic and the list of alternatives that exemplify it
// in brackets ("燃气安全(瓶装燃气、燃气隐患排查整治等)"): the topic is one of them.
var reAltExamples = lazyre.New(`^\s*\(\s*$`)

// alternativeTerms returns the terms (by Term.From) a question joins with "or" (或, 、) to a
// neighbouring term, and the earlier items of such a list ("A, B or C"): the words between
// them in the question are only the joining word. A term not found as written is none.
func alternativeTerms(p Plan) map[string]bool {
	if !p.AnyOf && !strings.Contains(p.Norm, "、") {
		return nil
	}
	ps := termSpans(p) // topical_headed.go
	out := map[string]bool{}
	for i := len(ps) - 2; i >= 0; i-- {
		a, b := ps[i], ps[i+1]
		if b.start < a.end {
			continue
		}
		gap := p.Norm[a.end:b.start]
		// A word's ending may stand between the term and the joining word: "plans", "tourism's".
		gap = strings.TrimLeft(gap, "abcdefghijklmnopqrstuvwxyz'")
		// A term said again before the second alternative qualifies both ("soil pollution or
		// soil protection": pollution or protection, of soil).
		gap = withoutRepeats(gap, p.Terms)
		if reAltJoin.MatchString(gap) || (reAltList.MatchString(gap) || reAltExamples.MatchString(gap)) && out[b.from] {
			out[a.from], out[b.from] = true, true
		}
	}
	glossAlternatives(p, ps, out) // topical_gloss_zh.go
	return out
}

// topicWord is a topic wording (topicWordings) with the expression of its spaced pieces,
// compiled once per scorer: workers read it, and a filter question asks of the same few words
// for every span of every report.
type topicWord struct {
	word   string
	spaced *regexp.Regexp // nil for a word of fewer than three characters
	// need is text every match of spaced holds, "" when none is known (spacedIn).
	need string
	// together: the word is read as words run together (runTogether).
	together bool
	// shortOf, when not "", is the topic word this one shortens (topical_short.go): held only
	// where it stands alone as a word, which lex tells.
	shortOf string
	lex     *lexicon.Lexicon
	// attested: a report writes the word as one, which is then held only whole
	// (topical_attested.go).
	attested bool
	// whole: the word is part of the question's word, held only whole (wholeTopicWord).
	whole bool
	// The strings the word's tests look for, made once with the word (topical_forms.go): the
	// runs holdsRun looks for, the forms heldAttested looks for besides the whole word, and
	// whether the word itself may name a ratio. runs is nil for a word made without them.
	runs, attestedForms []string
	ratio               bool
}

// topicWords returns a term's topic wordings, compiled; with a weak head (weakHeads) cut off
// where what remains is a topic few reports speak of (托育服务 is spoken of as 普惠托育托位,
// while 农业服务 is not every report's 农业).
func (ix *Index) topicWords(wordings []string) []topicWord {
	var out []topicWord
	for _, w := range topicWordings(wordings) {
		tw := newTopicWord(w)
		tw.attested = ix.attested(w)
		if !tw.attested {
			tw.runs = ix.coreRuns(tw) // topical_core.go
		}
		if rs := []rune(w); len(rs) == 2 && zh.AllHan(rs) {
			tw.lex = ix.Lexicon() // held only as a word (heldAsWord)
		}
		out = append(out, tw)
		if rest := ix.afterVerb(w); tw.attested && rest != "" {
			out = append(out, newTopicWord(rest))
		}
		// What is left of the word without its scope or its modifiers is held only whole
		// (wholeTopicWord): 文明镇 of 全国文明镇, not 文明 of every 文明城市.
		if rest := withoutScope(w); rest != "" {
			out = append(out, wholeTopicWord(rest))
		}
		if h := headOf(w, ix.Lexicon()); h != "" && ix.fewReportsHoldAll(h) {
			out = append(out, wholeTopicWord(h))
		}
		for _, short := range shortenings(w) {
			out = append(out, shortTopicWord(short, w, ix.Lexicon()))
		}
		for _, h := range weakHeads {
			if rest, ok := strings.CutSuffix(w, h); ok && len([]rune(rest)) >= 2 && ix.fewReportsHold(rest) {
				out = append(out, newTopicWord(rest))
			}
		}
		out = append(out, ix.wordTopicWords(w)...)
		if rest := ix.commonModifierRest(w); rest != "" {
			out = append(out, newTopicWord(rest))
		}
		if abbr := pairAbbreviation(w); abbr != "" {
			out = append(out, newTopicWord(abbr))
		}
		if rest := ix.objectCommonRest(w); rest != "" {
			out = append(out, newTopicWord(rest))
		}
		for _, x := range ix.objectFirstWords(w) {
			ow := newTopicWord(x)
			// attested without probing the passages again: objectFirstWords kept x, all Han, for
			// a passage that writes it (anyPassageHolds).
			ow.attested = utf8.RuneCountInString(x) >= attestedLen
			out = append(out, ow)
		}
	}
	return out
}

// weakHeads are nouns a question may put after its topic that reports often leave out: 服务,
// and 工程 ("works": 亮化工程 is spoken of as 村庄…亮化水平).
var weakHeads = []string{"服务", "工程"}

// fewReportsHold reports whether some reports but at most a third of them hold a word's first
// two characters.
func (ix *Index) fewReportsHold(w string) bool {
	tok := string([]rune(w)[:2])
	seen := map[int32]bool{}
	for _, p := range ix.bm25.list(tok) {
		seen[ix.chunkReport[p.Doc]] = true
		if 3*len(seen) > len(ix.Reports) {
			return false
		}
	}
	return len(seen) > 0
}

// wholeTopicWord compiles a topic word that is already part of the question's word (its rest
// without a scope word, its head): held only whole (wholeIn), since a run of it, or the word
// with a character left out, would leave out more of the question's word (文明 of 文明镇 holds
// 文明城市, a near miss of 全国文明镇; 增值 of 增加值 is 保值增值).
func wholeTopicWord(w string) topicWord {
	t := newTopicWord(w)
	t.whole = true
	return t
}

// heldIn reports whether text holds the topic word: a run of it (holdsRun) or, for a word of
// four characters or more, its two-character pieces (an odd character joins the last
// piece) in order, at most two characters apart (普惠性托育 for 普惠托育); and, for a long word
// (a question's words run together: 岁以上老人新冠疫苗接种率), also a piece of its head, the
// last three characters (a Chinese compound names its thing last: the vaccination rate, not
// the elderly).
func (t topicWord) heldIn(text string) bool {
	if !t.heldAnyhow(text) {
		return false
	}
	if !t.mayNameRatio() && mayNameRatio(text) {
		// Only in the measure of a ratio does a text not speak of it: 单位地区生产总值能耗 is
		// energy per unit of GDP, 占地区生产总值的比重 a share of it.
		if text = reRatio.ReplaceAllString(text, " "); !t.heldAnyhow(text) {
			return false
		}
	}
	rs := []rune(t.word)
	if len(rs) < longTopic || t.spacedIn(text) {
		return true // all its pieces in order hold its head
	}
	head := rs[len(rs)-3:]
	return strings.Contains(text, string(head[:2])) || strings.Contains(text, string(head[1:]))
}

// heldAnyhow is heldIn without its checks of a long word's head and of ratios.
func (t topicWord) heldAnyhow(text string) bool {
	if t.whole {
		return t.wholeIn(text)
	}
	if held, decided := t.heldAsWord(text); decided {
		return held
	}
	if t.attested {
		return t.heldAttested(text)
	}
	return t.holdsRun(text) || t.spacedIn(text)
}

// heldAsWord decides, for a topic word that must stand as a word of its own (a shortening, a
// numeral abbreviation, a two-character lexicon word), whether text holds it; decided is false
// for any other word.
func (t topicWord) heldAsWord(text string) (held, decided bool) {
	switch {
	case t.shortOf != "":
		return standsAlone(text, t.word, t.lex), true
	case isNumeralAbbreviation([]rune(t.word)):
		return namesAlone(text, t.word), true
	case t.lex != nil && len([]rune(t.word)) == 2:
		return heldAsWord(text, t.word, t.lex, false), true
	}
	return false, false
}

// reRatio is a ratio named by its measure (facts.RatioMeasure: 单位…能耗, 占…比重, 占…83%; not
// 占压隐患1514处, a count), shared with the per-indicator table written at ingest
// (store.IndicatorRuns), which must strip what heldIn strips. mayNameRatio says whether a text
// holds what it opens with.
var reRatio = facts.RatioMeasure

// wholeIn reports whether text holds all of the topic word: as written, or its pieces in
// order a little apart (newTopicWord), not only a run of most of it (holdsRun: 河长制's 长制
// is a run of 林长制, 技术企业 one of 高新技术企业).
func (t topicWord) wholeIn(text string) bool {
	if held, decided := t.heldAsWord(text); decided {
		return held
	}
	return strings.Contains(text, t.word) || t.spacedIn(text)
}

// holdsTopic reports whether text holds a topic word (topicWord.heldIn).
func holdsTopic(text, word string) bool { return newTopicWord(word).heldIn(text) }

// longTopic is the length (in characters) from which a topic word is read as several words run
// together, whose head must be held.
const longTopic = 8

// genericVerbs are verbs a question glues to its topic ("发展民宿", "推进垃圾分类", "治理撂荒地",
// "根治欠薪"):
// the topic is what follows them.
var genericVerbs = []string{"发展", "推进", "推动", "加强", "开展", "实施", "建设", "打造", "提升", "做好", "加快", "促进", "深化", "落实", "支持", "治理", "根治", "整治", "提出", "举办", "筹办", "承办", "创建", "改善"}

// genericHeads are nouns a question puts after its topic ("禁毒工作", "老旧小区改造"): the topic is
// what precedes them: the heads of an activity, then thingHeads and actionHeads (a longer head
// before one it ends with: 排查整治 and 安全整治 before 整治).
var genericHeads = slices.Concat([]string{"工作", "情况", "措施", "举措", "方面"}, thingHeads, actionHeads)

// thingHeads are generic heads that name a thing, not only an activity (建设 "construction",
// 改造 "renovation"): after a word of two characters they make a term of their own (违法建设 is
// illegal construction, not 违法 "illegal"), so they are cut only after a longer topic
// (口袋公园建设, 老旧小区改造).
var thingHeads = []string{"建设", "改造", "排查整治"}

// actionHeads are generic heads of what is done to a topic (自建房安全整治: self-built houses,
// made safe; 巡视反馈问题的整改). A report that speaks of the topic names what it does to it in
// words of its own (自建房隐患排查, 自建房重大火灾风险综合治理), and a report that does the same to
// another thing (消防安全整治) does not speak of it. After a word of two characters they are
// kept: 环境整治 and 问题整改 say little without them.
var actionHeads = []string{"安全整治", "专项整治", "整治", "整改"}

// topicWordings returns the wordings of a term that name its topic: without a generic verb
// in front or a generic noun behind (cutGeneric), and only those at least two thirds as long as
// the first (a glossary's fallback 诈骗 for "telecom fraud" 电信诈骗 names a wider topic) or
// that shorten it (abbreviates: 居民收入 for 居民人均可支配收入), or that share no two characters
// with it (another word for the topic), or, of two characters, contract it (医保 for 医疗保险:
// held only as a word, Index.topicWords). A head a long topic ends with
// is added where few reports hold it (Index.topicWords, headOf).
func topicWordings(ws []string) []string {
	var out []string
	first, firstWord := 0, ""
	for i, w := range ws {
		if rest, ok := cutGeneric(w); ok {
			w = rest
		}
		n := len([]rune(w))
		if i == 0 {
			first, firstWord = n, w
		}
		if 3*n >= 2*first || abbreviates(w, firstWord) || n >= 3 && !sharesBigram(w, firstWord) || n == 2 && contracts(w, firstWord) {
			out = append(out, w)
		}
	}
	return out
}

// abbreviates reports whether short is a shortening of long: at least two of its characters,
// in order, beginning with long's first and ending with its last (居民收入 of 居民人均可支配收入;
// not 诈骗 of 电信诈骗, which drops what the topic is of).
func abbreviates(short, long string) bool {
	s, l := []rune(short), []rune(long)
	if len(s) < 2 || len(s) >= len(l) || s[0] != l[0] || s[len(s)-1] != l[len(l)-1] {
		return false
	}
	return inOrder(s, l)
}

// inOrder reports whether every character of short stands in long, in order (apart or not).
func inOrder(short, long []rune) bool {
	i := 0
	for _, r := range long {
		if i < len(short) && r == short[i] {
			i++
		}
	}
	return i == len(short)
}

// holdsRun reports whether text holds a run of two thirds of word's characters (at least two,
// at most four: a long question segment such as 镇给村集体经济 is found by 集体经济), or all of
// a word of two characters or fewer, or of four (two words of two: 托育服务 is not held by
// 体育服务's 育服务, nor 智慧农业 by 智慧农技).
func holdsRun(text, word string) bool { return holdsRunExcept(text, word, nil) }

// holdsRunExcept is holdsRun without the runs skip reports true for (nil: none); the whole word
// is always held.
func holdsRunExcept(text, word string, skip func(run string) bool) bool {
	rs := []rune(word)
	n := runLen(len(rs))
	if len(rs) <= n {
		return strings.Contains(text, word)
	}
	if skip != nil && strings.Contains(text, word) {
		return true
	}
	for i := 0; i+n <= len(rs); i++ {
		run := string(rs[i : i+n])
		if strings.Contains(text, run) && (skip == nil || !skip(run)) {
			return true
		}
	}
	return false
}

// cutGeneric returns a wording without the generic verb in front of it and the generic noun
// behind it, if it has either and at least two characters remain (three before a thing's head,
// thingHeads, actionHeads).
func cutGeneric(w string) (string, bool) {
	cut := false
	for _, g := range genericVerbs {
		if rest, ok := strings.CutPrefix(w, g); ok && len([]rune(rest)) >= 2 {
			w, cut = rest, true
			break
		}
	}
	for _, g := range genericHeads {
		if rest, ok := strings.CutSuffix(w, g); ok && len([]rune(rest)) >= 2 && (len([]rune(rest)) >= 3 || !slices.Contains(thingHeads, g) && !slices.Contains(actionHeads, g)) {
			w, cut = rest, true
			break
		}
	}
	return w, cut
}

// SpeaksOfTopic reports whether a text speaks of a plan's topic as a list names it: it holds
// the question's decisive term (see topical).
func (r Result) SpeaksOfTopic(p Plan, text string) bool {
	if r.ix == nil {
		return true
	}
	return r.ix.newScorer(p).topical(text)
}
