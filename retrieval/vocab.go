package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/cedict/ordinary"
	"github.com/reportbot/reportbot/internal/en/related"
	"github.com/reportbot/reportbot/internal/glossary"
	"github.com/reportbot/reportbot/internal/lexicon"
	"github.com/reportbot/reportbot/internal/places"
)

// Open vocabulary: an English question's words reach the Chinese reports through three layers,
// in order: the curated glossary (internal/glossary), the store's lexicon (a reverse CC-CEDICT
// of the reports' own words, internal/lexicon), and literal Latin terms (acronyms the reports
// write as they are: GDP, 5G). Plan.English records what each word became and Plan.Untranslated
// the decisive words none of them knows.

// Layers of an EnglishTerm.
const (
	LayerGlossary     = "glossary"     // the curated glossary
	LayerLexicon      = "lexicon"      // the store's CC-CEDICT lexicon
	LayerLiteral      = "literal"      // searched as written (an acronym)
	LayerPlace        = "place"        // a place name (it scopes the search)
	LayerName         = "name"         // a capitalised word no layer knows: a name, not searched
	LayerUntranslated = "untranslated" // a content word no layer knows
)

// EnglishTerm is one English word or phrase of a question and what planning made of it.
type EnglishTerm struct {
	// Text is the word or phrase as the normalised question writes it.
	Text string `json:"text"`
	// Layer says which layer translated it (Layer* constants).
	Layer string `json:"layer"`
	// Chinese are the words searched for it, heaviest first, with their weights in the query.
	Chinese []string  `json:"chinese,omitempty"`
	Weights []float64 `json:"weights,omitempty"`
	// Confidence is the lexicon's confidence in its best rendering (0…1); Focus the share of
	// the heaviest rendering among the word's renderings (0…1: 1 for a word with one
	// rendering, low for a vague one); Fit the confidence without the weight of how common the
	// best rendering is in the reports (lexicon.Match.Fit). Lexicon layer only.
	Confidence float64 `json:"confidence,omitempty"`
	Fit        float64 `json:"fit,omitempty"`
	Focus      float64 `json:"focus,omitempty"`
	// Via is the word WordNet relates a word the lexicon lacks to, through which the lexicon
	// rendered it ("rental" via rent; lexicon.Match.Via), or the plain word through which the
	// glossary rendered an informal word ("cops" via policeman; translatePlain).
	Via string `json:"via,omitempty"`
	// At is the byte offset of Text in Plan.Norm.
	At int `json:"-"`
	// phrasal marks a phrasal verb rendered through a synonym of a sense WordNet lists
	// (phrasal_en.go): which sense the asker means is a guess, so it is searched but never
	// required of the evidence (ground.go).
	phrasal bool
}

// Translator is the optional part of a Vocabulary that translates English words the glossary
// lacks. *Index implements it with its store's lexicon.
type Translator interface {
	// Lexicon returns the reports' lexicon, or nil when there is none.
	Lexicon() *lexicon.Lexicon
}

var _ Translator = (*Index)(nil)

// Lexicon returns the store's open-vocabulary lexicon: nil for a store built without one (and
// for a nil Index). A nil *lexicon.Lexicon translates and glosses nothing.
func (ix *Index) Lexicon() *lexicon.Lexicon {
	if ix == nil {
		return nil
	}
	return ix.lex
}

// LexiconNote says why the store has no lexicon and what to do ("" when it has one).
func (ix *Index) LexiconNote() string {
	if ix == nil {
		return ""
	}
	return ix.lexNote
}

// lexiconOf returns v's lexicon when v is a Translator.
func lexiconOf(v Vocabulary) *lexicon.Lexicon {
	if t, ok := v.(Translator); ok {
		return t.Lexicon()
	}
	return nil
}

// reFrameWord matches the English words the planner reads itself (time frame, comparison):
// the lexicon must not turn them into search terms.
var reFrameWord = lazyre.New(`^(?:` + strings.Join([]string{
	enTarget.String(), enActual.String(), enAgg.String(),
}, "|") + `)$`)

// translateOpen sends the question's content words that no earlier layer covered through the
// lexicon, adds a term for each Chinese rendering, and records every word's fate in a.English
// and the decisive unknown words in a.Untranslated. covered marks the bytes of q the glossary
// translated; it is extended with the lexicon's matches.
func (a *Plan) translateOpen(lex *lexicon.Lexicon, q string, covered []bool) {
	var skip []lexicon.Span
	for i := 0; i < len(q); {
		j := i
		for j < len(q) && covered[j] == covered[i] {
			j++
		}
		if covered[i] {
			skip = append(skip, lexicon.Span{Start: i, End: j})
		}
		i = j
	}
	// The planner's own words: stopwords, places, levels, numbers, time frame, comparison.
	words := reEnWord.FindAllStringIndex(q, -1)
	for i, loc := range words {
		w := q[loc[0]:loc[1]]
		number := numberWords[w]
		place := isPlaceWord(w, a.Places) || a.isSuggestedWord(w)
		if enStop[w] && i+1 < len(words) && lexiconPair(lex, q[loc[0]:words[i+1][1]]) {
			continue // "work orders" (工单): the planner's word opens a phrase of the lexicon
		}
		if enStop[w] || functionWords[w] || number || isLevelWord(w) || reFrameWord.MatchString(w) || place || howMeasure(q, words, i) {
			skip = append(skip, lexicon.Span{Start: loc[0], End: loc[1]})
			if place && !enStop[w] {
				a.English = append(a.English, EnglishTerm{Text: w, Layer: LayerPlace, At: loc[0]})
			}
		}
	}
	skip = append(skip, aboutSuffixes(q)...)
	skip = a.translatePlain(q, skip, covered)
	tr := lex.Translate(q, skip...)
	for _, m := range tr.Matches {
		rs := renderings(m.Terms)
		if len(rs) == 0 { // a key with no postings (a damaged lexicon) translates nothing
			continue
		}
		if g, ok := abbreviationGloss(m); ok {
			// "HQs": the curated glossary's rendering of the phrase it abbreviates.
			a.Terms = append(a.Terms, Term{From: m.Text, Variants: g, Weight: 1})
			a.English = append(a.English, EnglishTerm{Text: m.Text, Layer: LayerGlossary, Chinese: g, Weights: repeatWeight(1, len(g)), Via: m.Via, At: m.Start})
			for i := m.Start; i < m.End && i < len(covered); i++ {
				covered[i] = true
			}
			continue
		}
		et := EnglishTerm{Text: m.Text, Layer: LayerLexicon, Confidence: m.Confidence, Fit: m.Fit, Focus: rs[0].Weight, Via: m.Via, At: m.Start}
		for _, t := range rs {
			et.Chinese = append(et.Chinese, t.Chinese)
			et.Weights = append(et.Weights, lexiconWeight*t.Weight*m.Confidence)
		}
		// In the lexical query each rendering weighs its share (et.Weights); in sentence scoring
		// the English word is one term, any rendering holding it, weighing its credit × focus.
		a.Terms = append(a.Terms, Term{From: m.Text, Variants: et.Chinese, Weight: lexiconCredit(m.Confidence) * et.Focus, Lexical: et.Weights})
		a.English = append(a.English, et)
		for i := m.Start; i < m.End && i < len(covered); i++ {
			covered[i] = true
		}
	}
	for _, u := range tr.Untranslated {
		w := q[u.Start:u.End]
		switch {
		case a.literal(w):
			// An acronym: added as a literal term below.
		case a.capitalised(w, u.Start):
			a.English = append(a.English, EnglishTerm{Text: w, Layer: LayerName, At: u.Start})
		case a.pinyinGloss(q, w, u.Start):
			// "homestays (minsu)": the pinyin of a term's wording (民宿) glosses it; recorded,
			// never decisive.
			a.English = append(a.English, EnglishTerm{Text: w, Layer: LayerUntranslated, At: u.Start})
		default:
			if n := len(a.English) - 1; n >= 0 && a.English[n].Layer == LayerUntranslated && adjacent(q, a.English[n], u.Start) {
				// "roller coasters": words nothing translates, side by side, are one phrase.
				prev := a.English[n].Text
				a.English[n].Text = q[a.English[n].At:u.End]
				if i := len(a.Untranslated) - 1; i >= 0 && a.Untranslated[i] == prev {
					a.Untranslated[i] = a.English[n].Text
				} else if lex != nil && (decisive(w) || countedKindWord(q, w)) {
					a.Untranslated = append(a.Untranslated, a.English[n].Text)
				}
				continue
			}
			a.English = append(a.English, EnglishTerm{Text: w, Layer: LayerUntranslated, At: u.Start})
			if lex != nil && (decisive(w) || countedKindWord(q, w)) {
				a.Untranslated = append(a.Untranslated, w)
			}
		}
	}
}

// translatePlain renders the informal words of q that no earlier layer covered ("cops") by the
// curated glossary's entry for their plain word (internal/en/related: cop → policeman, 公安…):
// an informal word names what its plain word names, and the glossary knows which Chinese
// words the reports use for it, where the lexicon would only reach a rendering of the plain
// word at half confidence, or none. It returns skip with the words it rendered added and marks
// them in covered.
func (a *Plan) translatePlain(q string, skip []lexicon.Span, covered []bool) []lexicon.Span {
	for _, loc := range reEnWord.FindAllStringIndex(q, -1) {
		if slices.ContainsFunc(skip, func(s lexicon.Span) bool { return loc[0] < s.End && s.Start < loc[1] }) {
			continue
		}
		w := q[loc[0]:loc[1]]
		pw, zh, ok := plainGloss(strings.ToLower(w))
		if !ok {
			continue
		}
		a.Terms = append(a.Terms, Term{From: w, Variants: zh, Weight: 1})
		a.English = append(a.English, EnglishTerm{Text: w, Layer: LayerGlossary, Chinese: zh, Weights: repeatWeight(1, len(zh)), Via: pw, At: loc[0]})
		for i := loc[0]; i < loc[1] && i < len(covered); i++ {
			covered[i] = true
		}
		skip = append(skip, lexicon.Span{Start: loc[0], End: loc[1]})
	}
	return skip
}

// plainGloss returns the first plain word of the informal word w (related.Plain) that the
// curated glossary has whole, with the glossary's renderings.
func plainGloss(w string) (string, []string, bool) {
	for _, r := range related.Of(w) {
		if r.Rel != related.Plain {
			continue
		}
		gs := glossary.Default().Translate(r.Text)
		if len(gs) == 1 && gs[0].Start == 0 && gs[0].End == len(r.Text) && len(gs[0].Chinese) > 0 {
			return r.Text, gs[0].Chinese, true
		}
	}
	return "", nil, false
}

// lexiconPair reports whether two adjacent words of a question (a planner's word and the next)
// are one phrase of the lexicon, as "work orders" is (工单): the planner's word then belongs to
// the phrase and is translated with it.
func lexiconPair(lex *lexicon.Lexicon, pair string) bool {
	if lex == nil {
		return false
	}
	tr := lex.Translate(pair)
	return len(tr.Matches) == 1 && tr.Matches[0].Start == 0 && tr.Matches[0].End == len(pair) && !tr.Matches[0].Parts
}

// pinyinGloss reports whether the word w at start of q stands in brackets and is the toneless
// pinyin of a Chinese wording of one of the plan's terms ("homestays (minsu)": 民宿 → minsu).
func (a *Plan) pinyinGloss(q, w string, start int) bool {
	end := start + len(w)
	if start == 0 || q[start-1] != '(' || end >= len(q) || q[end] != ')' {
		return false
	}
	for _, t := range a.Terms {
		if slices.ContainsFunc(t.Variants, func(v string) bool { return places.Pinyin(v) == strings.ToLower(w) }) {
			return true
		}
	}
	return false
}

// adjacent reports whether only a space or a hyphen separates term e from the word at start.
func adjacent(q string, e EnglishTerm, start int) bool {
	end := e.At + len(e.Text)
	return end < start && (q[end:start] == " " || q[end:start] == "-")
}

// preferLexiconPhrases drops the glossary's matches of single words inside a longer phrase the
// lexicon translates with some confidence: phrases first ("fish pond" is 鱼塘, not "fish" 渔业
// and a pond; "kitchen waste" 厨余, "river snail" 螺蛳). The glossary keeps every phrase it
// knows whole and every word outside such a phrase; the phrase then goes through the lexicon
// with the other words the glossary lacks (translateOpen).
func (a *Plan) preferLexiconPhrases(lex *lexicon.Lexicon, q string, gm []glossary.Match) []glossary.Match {
	if lex == nil || len(gm) == 0 {
		return gm
	}
	var drop []glossary.Match
	for _, m := range lex.Translate(q).Matches {
		if !strings.ContainsAny(m.Text, " -") || lexiconCredit(m.Confidence) < minCredit || a.plannerWords(m.Text) {
			continue
		}
		inside := func(g glossary.Match) bool { return g.Start >= m.Start && g.End <= m.End }
		overlaps := func(g glossary.Match) bool { return g.Start < m.End && m.Start < g.End }
		var in []glossary.Match
		crossed := false
		for _, g := range gm {
			switch {
			case inside(g) && g.End-g.Start < m.End-m.Start:
				in = append(in, g)
			case overlaps(g):
				crossed = true
			}
		}
		// A phrase whose rendering the glossary already gives for one of its words adds
		// nothing ("petrochemical industry" 石化: the glossary's "petrochemical" is 石化 or
		// 石油化工).
		known := len(m.Terms) > 0 && slices.ContainsFunc(in, func(g glossary.Match) bool { return slices.Contains(g.Chinese, m.Terms[0].Chinese) })
		if !crossed && !known {
			drop = append(drop, in...)
		}
	}
	if len(drop) == 0 {
		return gm
	}
	return slices.DeleteFunc(slices.Clone(gm), func(g glossary.Match) bool {
		return slices.ContainsFunc(drop, func(d glossary.Match) bool { return d.Start == g.Start && d.End == g.End })
	})
}

// plannerWords reports whether a phrase holds a word the planner reads itself (stopwords,
// numbers, levels, places, time frame), which the lexicon's pass skips.
func (a *Plan) plannerWords(phrase string) bool {
	for _, w := range reEnWord.FindAllString(phrase, -1) {
		if enStop[w] || numberWords[w] || isLevelWord(w) || reFrameWord.MatchString(w) || isPlaceWord(w, a.Places) || a.isSuggestedWord(w) {
			return true
		}
	}
	return false
}

// renderings returns the Chinese words of a lexicon match the query searches for: the heaviest,
// and the others that weigh at least minRelWeight of it, at most maxRenderings.
func renderings(ts []lexicon.Term) []lexicon.Term {
	out := ts[:0:0]
	for _, t := range ts {
		if len(out) < maxRenderings && t.Weight >= minRelWeight*ts[0].Weight {
			out = append(out, t)
		}
	}
	return out
}

const (
	// lexiconWeight (λ) scales a lexicon translation's weight in the lexical query: a Chinese
	// word from the lexicon weighs λ × its share of the English word's renderings × the
	// lexicon's confidence, so that a vague word with many renderings cannot swamp the
	// glossary's terms. λ = 0.3–0.4
	// kept dev and team as they were and gained one holdout question over 0.5 (BENCHMARKS.md,
	// "Open vocabulary").
	lexiconWeight = 0.4
	// minRelWeight drops renderings lighter than this share of the heaviest ("promote": 提升,
	// 促进, 推动, 升级 are searched, 增进 and 推行 not); maxRenderings bounds them.
	minRelWeight  = 0.5
	maxRenderings = 6
)

// lexiconCredit is how far a lexicon translation is trusted, 0…1: its confidence relative to
// lexiconFull (ground.go). Times the word's focus it is the word's weight in sentence scoring.
func lexiconCredit(conf float64) float64 {
	return min(1, conf/lexiconFull)
}

// literal reports whether an English word is written in capitals in the question (GDP, VOCs):
// such words may occur in Chinese text as they are.
func (a *Plan) literal(w string) bool {
	return len(w) <= 6 && strings.Contains(a.Question, strings.ToUpper(w))
}

// capitalised reports whether the question writes the word with a capital other than at the
// start of the question: a name (Lizhai, Workers' Stadium), which no dictionary translates and
// whose absence says nothing about the reports.
func (a *Plan) capitalised(w string, at int) bool {
	q := a.Question
	if len(q) == len(a.Norm) && strings.EqualFold(q[at:at+len(w)], w) {
		r, _ := utf8.DecodeRuneInString(q[at:])
		return unicode.IsUpper(r) && strings.TrimSpace(q[:at]) != ""
	}
	// Normalisation moved bytes: look for a capitalised occurrence anywhere but the start.
	for i := 1; i+len(w) <= len(q); i++ {
		if strings.EqualFold(q[i:i+len(w)], w) && unicode.IsUpper(rune(q[i])) {
			return true
		}
	}
	return false
}

// decisive reports whether an untranslated word is one the question turns on: a content word
// of four letters or more that does not look like an inflected verb or an adverb (-ed, -ing,
// -ly: "happened", "running", "quickly" frame a question more often than they decide it) nor
// like a British spelling of a word the lexicon may hold in American spelling (-ise, -our).
func decisive(w string) bool {
	if len(w) < 4 || strings.ContainsFunc(w, func(r rune) bool { return r > unicode.MaxASCII || unicode.IsDigit(r) }) {
		return false
	}
	for _, suf := range []string{"ed", "ing", "ly", "ise", "ised", "ises", "ising", "our", "ours", "'s"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return !slices.Contains(frameNouns, w)
}

// shortWord reports whether a three-letter word is an English word CC-CEDICT's senses use
// (ordinary.CommonEnglish) with a vowel ("ski", "dog", "gym"), where a clipping without one
// ("yr", "hq", "mfg") or a stray fragment is no such word.
func shortWord(w string) bool {
	return len(w) == 3 && strings.ContainsAny(w, "aeiouy") && ordinary.CommonEnglish(strings.ToLower(w))
}

// countedKindWord reports whether w, a three-letter English word (shortWord), names the kind
// of the thing a how-many question counts: the first of its two counted words ("how many ski
// runs"). A count of runs that lacks it counts something else (12件民生实事 for ski runs), so
// when nothing translates it, it decides the question as a longer word would (decisive). (A
// word the lexicon renders, however weakly — "dog" as 缉毒 — is not untranslated and is
// weighed by grounding instead.) Elsewhere a short word nothing translates
// stays undecisive, as before: it often names what the reports write otherwise ("pet park":
// 萌宠乐园).
func countedKindWord(q, w string) bool {
	if !shortWord(w) {
		return false
	}
	m := reEnHowMany.FindStringSubmatch(q)
	return m != nil && m[1] == w && m[2] != "" && !enStop[m[2]] && !slices.Contains(enModals, m[2])
}

// enModals open the rest of a question after its counted noun ("how many ski will …").
var enModals = []string{"will", "would", "can", "could", "should", "shall", "may", "might", "must"}

// frameNouns are nouns questions are framed in ("what is the status of …"): unknown to the
// lexicon or not, they decide nothing.
var frameNouns = []string{"status", "details", "detail", "anything", "something", "things", "thing",
	"kind", "kinds", "sort", "type", "types", "situation", "progress", "example", "examples", "part"}

// PlaceSuggester is the optional part of a Vocabulary that recognises misspelt place names.
// *Index implements it over the places of its reports.
type PlaceSuggester interface {
	// SuggestPlaces returns the places text names with a misspelt pinyin (places.Matcher.Suggest).
	SuggestPlaces(text string) []places.Suggestion
}

var _ PlaceSuggester = (*Index)(nil)

// SuggestPlaces returns the report places text names with a misspelt pinyin ("Huigu town").
func (ix *Index) SuggestPlaces(text string) []places.Suggestion {
	if ix == nil || ix.matcher == nil {
		return nil
	}
	return ix.matcher.Suggest(text)
}

// suggestPlaces takes the places an English question misspells ("Huigu town") as the places it
// means, as long as it names no place exactly, and records them in a.Suggested so that the
// answer can ask "Did you mean 浍沟镇 (Huigou)?".
func (a *Plan) suggestPlaces(v Vocabulary) {
	s, ok := v.(PlaceSuggester)
	if !ok || len(a.Places) > 0 || a.Lang != "en" {
		return
	}
	for _, sg := range s.SuggestPlaces(a.Question) {
		names, reports := v.MatchPlaces(sg.Name)
		if len(names) == 0 {
			continue
		}
		a.Suggested = append(a.Suggested, sg)
		a.Places = appendUnique(a.Places, names[0])
		a.Reports = appendKeys(a.Reports, reports...)
	}
}

// isSuggestedWord reports whether w is a word the plan took for a misspelt place.
func (a *Plan) isSuggestedWord(w string) bool {
	return slices.ContainsFunc(a.Suggested, func(s places.Suggestion) bool { return strings.EqualFold(s.Word, w) })
}

// dropSuggestedNames takes the names the plan found by their form ("Shengzhe town") out of
// Names and Unresolved when their word is one suggestPlaces took for a misspelt place: the
// question names that place, and the answer asks "Did you mean …?" instead of declining.
func (a *Plan) dropSuggestedNames() {
	suggested := func(name string) bool {
		w, _, _ := strings.Cut(name, " ")
		return a.isSuggestedWord(w)
	}
	a.Names = slices.DeleteFunc(a.Names, suggested)
	a.Unresolved = slices.DeleteFunc(a.Unresolved, suggested)
}
