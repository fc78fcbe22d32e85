package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"regexp"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/en"
	"github.com/reportbot/reportbot/internal/glossary"
	"github.com/reportbot/reportbot/internal/lexicon"
)

// English questions: their level and stop words and the terms the vocabulary layers translate
// (analyzeEn).

var (
	reEnWord = lazyre.New(`[a-z][a-z0-9'\-]*`)
)

// levelWords maps level words of both languages to a level.
var levelWords = []struct{ word, level string }{
	{"subdistrict", "街道"}, {"sub-district", "街道"}, {"township", "乡"}, {"towns", "镇"},
	{"town", "镇"}, {"districts", "区"}, {"district", "区"}, {"counties", "县"}, {"county", "县"},
}

// levelWordRes are levelWords' whole-word patterns, in the same order (compiled on first use,
// once, not per question).
var levelWordRes = func() []*lazyre.Regexp {
	res := make([]*lazyre.Regexp, len(levelWords))
	for i, lw := range levelWords {
		res[i] = lazyre.New(`\b` + regexp.QuoteMeta(lw.word) + `\b`)
	}
	return res
}()

var enStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the of in on at to for from by with and or is are was were be been being do does did
		what which who whom whose how many much when where why that this these those it its their there here
		any all each every some me my we our you your they them he she his her i about into over under than then
		please tell show give list report reports government governments work year years set sets has have had
		s town towns district districts county counties township city village per cent percent`) {
		enStop[w] = true
	}
}

func (a *Plan) analyzeEn(lex *lexicon.Lexicon) {
	q := a.Norm
	for i, lw := range levelWords {
		if levelWordRes[i].MatchString(q) {
			a.Level = lw.level
			break
		}
	}
	a.Intent = enIntent(q) // frame_words.go
	q = cutEnLevelAsk(q)   // how far has X got: X's rate (level_ask_en.go)
	a.Norm = q
	a.Aggregate = enAgg.MatchString(countedListDropped(q))
	// "Name the towns…" asks a list: its verb is no term (the glossary reads "name" as 名).
	q = reEnNameList.ReplaceAllStringFunc(q, func(m string) string { return "    " + m[4:] })
	// "The first half of 2023", "Q1–Q3": a span of the year, searched as the months the
	// reports write it (span_en.go), not glossed word by word.
	q, spans := enSpanTerms(q)
	a.Terms = append(a.Terms, spans...)
	a.Numbers = slices.DeleteFunc(a.Numbers, func(n Number) bool {
		return !strings.Contains(q, n.Text) && slices.ContainsFunc(spans, func(t Term) bool { return strings.Contains(t.From, n.Text) })
	})
	covered := make([]bool, len(q))
	// Phrasal verbs before single words: "work out" is 体育锻炼 (through exercise), not 工作 (phrasal_en.go).
	matches := a.applyPhrasal(q, a.preferLexiconPhrases(lex, q, glossary.Default().Translate(q)), covered)
	for _, m := range matches {
		for i := m.Start; i < m.End && i < len(covered); i++ {
			covered[i] = true
		}
		if isPlaceWord(m.Phrase, a.Places) || isLevelWord(m.Phrase) {
			continue
		}
		w := 1.0
		// A lookup's "planned" is read by the planner; as a search term it weighs like a
		// Chinese question's intent words, though the glossary renders it by a content word
		// too (规划 for "plan"). A list keeps it whole (which reports plan something is what it
		// sorts them by), and so do target words whose rendering marks the sentence asked for
		// ("forecast": 预计).
		if isIntentTerm(m.Chinese) || !a.Aggregate && rePlanWord.MatchString(strings.ToLower(q[m.Start:m.End])) {
			w = intentWeight
		}
		a.Terms = append(a.Terms, Term{From: m.Phrase, Variants: m.Chinese, Weight: w})
		a.English = append(a.English, EnglishTerm{Text: q[m.Start:m.End], Layer: LayerGlossary, Chinese: m.Chinese, Weights: repeatWeight(w, len(m.Chinese)), At: m.Start})
	}
	a.Numbers = dropWordNumbers(a.Norm, a.Numbers, matches) // "covid-19", "5g" (number_name.go)
	for _, ind := range englishIndicators(q, matches) {
		a.Indicators = appendUnique(a.Indicators, ind)
	}
	// A comparison's own words ("which grew faster", "higher", "vs") are the planner's, not
	// content to look for.
	if a.Compare {
		var phrases []lexicon.Match
		if lex != nil {
			phrases = lex.Translate(q).Matches
		}
		for _, loc := range reEnCompareWord.FindAllStringIndex(q, -1) {
			// A comparison word that opens a longer phrase of the lexicon is content: "higher
			// education" (高等教育), "lowest-income households".
			if slices.ContainsFunc(phrases, func(m lexicon.Match) bool { return m.Start == loc[0] && m.End > loc[1] }) {
				continue
			}
			for i := loc[0]; i < loc[1]; i++ {
				covered[i] = true
			}
		}
	}
	// Then the store's lexicon, for the content words the glossary lacks.
	a.translateOpen(lex, q, covered)
	// Words neither knows stay as literal terms when they may occur in Chinese text (acronyms
	// such as GDP, 5G, VOCs); plain English words cannot match and are dropped.
	for _, loc := range reEnWord.FindAllStringIndex(q, -1) {
		if covered[loc[0]] {
			continue
		}
		w := q[loc[0]:loc[1]]
		if enStop[w] || isPlaceWord(w, a.Places) {
			continue
		}
		if a.literal(w) {
			a.Terms = append(a.Terms, Term{From: w, Variants: []string{w}, Weight: 0.5})
			a.English = append(a.English, EnglishTerm{Text: w, Layer: LayerLiteral, Chinese: []string{w}, Weights: []float64{0.5}, At: loc[0]})
		}
	}
	slices.SortStableFunc(a.English, func(x, y EnglishTerm) int { return x.At - y.At })
	a.preferQuoted()
	a.joinDocumentHeads() // doc_heads.go
}

// rePlanWord is a whole word of "plan" (a target-frame word, enTarget).
var rePlanWord = lazyre.New(`^plan(?:s|ned|ning)?$`)

// repeatWeight returns n copies of w (a glossary translation's variants share its weight).
func repeatWeight(w float64, n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = w
	}
	return out
}

// isPlaceWord reports whether an English word is (part of) the pinyin of a matched place.
func isPlaceWord(w string, placesMatched []string) bool {
	w = strings.ReplaceAll(strings.ToLower(w), " ", "")
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s") // a possessive: "Qidu's plan"
	for _, p := range placesMatched {
		for _, py := range placePinyins(p) {
			if w != "" && strings.Contains(py, w) {
				return true
			}
		}
	}
	return false
}

// isLevelWord reports whether an English phrase is only a level word ("town", "districts"):
// levels filter reports; as search terms they would favour passages that say 镇 or 区.
func isLevelWord(p string) bool {
	for _, lw := range levelWords {
		if p == lw.word {
			return true
		}
	}
	return p == "township" || p == "city" || p == "cities"
}

// isIntentTerm reports whether a glossary translation only names an intent (目标, 计划, 完成…)
// or a time (今年, 去年).
func isIntentTerm(chinese []string) bool {
	for _, c := range chinese {
		if !slices.Contains(zhIntentWords, c) && !slices.Contains(zhRemoved, c) && (c == "" || reZhWhichPlace.FindString(c) != c) && !reYearWord.MatchString(c) {
			return false
		}
	}
	return len(chinese) > 0
}

// aboutWords are the second halves of hyphened modifiers that only say the first half is what
// a thing is about or what it is like ("law-themed sculpture", "tourism-related income",
// "export-oriented firms", "embroidery-like care").
var aboutWords = map[string]bool{"themed": true, "related": true, "based": true, "oriented": true, "focused": true, "centred": true, "centered": true,
	"like": true}

// functionWords are prepositions and conjunctions the lexicon's stopwords lack, which shape a
// question ("opening bids without meeting in person") but name nothing a report could hold:
// they are neither searched nor reported as untranslated.
var functionWords = map[string]bool{"without": true, "despite": true, "although": true, "though": true, "unless": true,
	"whereas": true, "whilst": true, "upon": true, "toward": true, "towards": true, "besides": true, "amid": true, "amidst": true}

// aboutSuffixes returns the spans of q's about-words that follow a hyphen: the first half carries
// the meaning, the about-word is not searched (the noun "theme" alone still is).
func aboutSuffixes(q string) []lexicon.Span {
	var out []lexicon.Span
	for _, loc := range reEnWord.FindAllStringIndex(q, -1) {
		w := q[loc[0]:loc[1]]
		if i := strings.LastIndexByte(w, '-'); i > 0 && aboutWords[w[i+1:]] {
			out = append(out, lexicon.Span{Start: loc[0] + i + 1, End: loc[1]})
		}
	}
	return out
}

// abbreviationGloss returns the curated glossary's renderings of the phrase a lexicon match
// abbreviates (m.Via, lexicon.Abbreviates: "HQs" through headquarters → 总部), and whether the
// glossary has that phrase whole: an abbreviation is the phrase spelt short, and the glossary
// knows which of the lexicon's renderings the reports mean (总部, not 指挥部 "command post").
func abbreviationGloss(m lexicon.Match) ([]string, bool) {
	if m.Via == "" || !lexicon.Abbreviates(en.Stem(strings.ToLower(m.Text)), m.Via) {
		return nil, false
	}
	gs := glossary.Default().Translate(m.Via)
	if len(gs) != 1 || gs[0].Start != 0 || gs[0].End != len(m.Via) || len(gs[0].Chinese) == 0 {
		return nil, false
	}
	return gs[0].Chinese, true
}

// reEnHowMuchStart opens a question that asks a count or an amount.
var reEnHowMuchStart = lazyre.New(`^\s*how (?:many|much)\b`)

// countedListDropped drops "list" from a question that asks how many or how much: there the
// list is where the counted things are ("How many of the district's major projects were on the
// city-level list?", "How many rivers did Lili get off the list?"), and the question a lookup.
// "How many towns…" stays a list question by its own words (enAgg).
func countedListDropped(q string) string {
	if !reEnHowMuchStart.MatchString(q) {
		return q
	}
	return reListWord.ReplaceAllString(q, " ")
}
