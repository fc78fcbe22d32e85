package retrieval

import (
	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/places"
)

// A Plan is what Analyze reads from a question (analyze.go, analyze_zh.go, analyze_en.go).

// Intents of a question about an indicator.
const (
	IntentTarget = corpus.KindTarget
	IntentActual = corpus.KindActual
)

// Term is one search term: Chinese variants of one concept (or one Latin word / number).
type Term struct {
	// From is the question's wording ("fiscal revenue", "工业投资").
	From string
	// Variants are the Chinese (or literal) forms searched for.
	Variants []string
	// Weight scales the term in lexical scoring and in sentence scoring.
	Weight float64
	// Lexical, when not nil, is each variant's weight in the lexical query instead of Weight
	// (a lexicon term's renderings weigh by their share of the English word: vocab.go).
	Lexical []float64 `json:",omitempty"`
}

// Number is a number the question mentions.
type Number struct {
	Text  string
	Value float64
	// Unit is "%" for percentages, else "" or the unit written after it.
	Unit string
}

// Vocabulary is what planning needs to know about the reports: which places a text names and
// which reports they identify, and which tokens occur in any passage. *Index implements it.
type Vocabulary interface {
	// MatchPlaces returns the place names text mentions and the reports they identify (a
	// report's own entity first; else the reports whose city or province it is).
	MatchPlaces(text string) (names []string, reports []corpus.ReportKey)
	// Identifies reports whether a place name identifies a report: its own entity, city or
	// province (a place a report merely mentions does not).
	Identifies(name string) bool
	// Known reports whether any passage holds the token.
	Known(tok string) bool
}

// Plan is what retrieval makes of a question before searching: the pure reading of its words
// against a Vocabulary. Search turns it into a Result.
type Plan struct {
	Question string
	// Norm is the NFKC-normalised, lower-cased question.
	Norm string
	// Lang is "zh", "en" or "" (neither).
	Lang  string
	Terms []Term
	// Numbers are the numbers the question mentions (years excluded).
	Numbers []Number
	// Places are the place names matched in the question; Reports the reports they resolve to.
	Places  []string
	Reports []corpus.ReportKey
	// Unresolved are the Places that identify no report, and the Names (kept here, never
	// dropped: the answer says so, and a filter question or one about a named report searches
	// for them as terms).
	Unresolved []string
	// Names are the names the question gives by their form — a Chinese name ending in a level
	// word (同里镇), a capitalised English word that is no known word (Tongli town, Mars) — that
	// neither the place matcher nor any passage knows. They are also in Unresolved.
	Names []string
	// When is the question's relative year: WhenLast (last year, 去年), WhenThis (this year,
	// 今年), WhenNext (next year, 明年) or "". It sets Intent when no word of the question does.
	When string
	// Years are the years the question names (2023年, 2024).
	Years []int
	// Level is the administrative level the question names (镇, 区, …), if any.
	Level string
	// Intent is the time frame asked about: IntentTarget (a target or plan, for the year ahead),
	// IntentActual (what was achieved, in review) or "".
	Intent string
	// Indicators are canonical indicator names the question asks about.
	Indicators []string
	// Aggregate is true for comparison and filter questions across reports.
	Aggregate bool
	// Compare is true when the question's words compare ("compare", "which is higher", "X vs
	// Y", 谁多, 相比, 分别): with two named places (or one place and two years) Search reads it as
	// a comparison of them (Result.Comparison, compare.go).
	Compare bool
	// AnyOf is true when the question's terms are alternatives ("长者食堂或者老年助餐").
	AnyOf bool
	// Comparator is how the question compares its number: ">=" (at least, 以上), ">" (more
	// than, 超过), "<=" (at most, 以下), "<" (less than, 低于) or "" (equal); see Meets.
	Comparator string
	// Decline is true when the question asks about falls (下降, decline).
	Decline bool
	// Growth is true when the question asks about rates of growth rather than amounts.
	Growth bool
	// English records what each English word or phrase of the question became (glossary,
	// lexicon, literal, place, name or untranslated); Untranslated are the decisive words no
	// layer knows (vocab.go). An answer's Trace lists both.
	English      []EnglishTerm `json:"-"`
	Untranslated []string      `json:"-"`
	// Suggested are the places the question misspells ("Huigu town"), taken as the places it
	// means (they are in Places): the answer asks "Did you mean 浍沟镇 (Huigou)?".
	Suggested []places.Suggestion `json:",omitempty"`
}
