// Package corpus holds the data model shared by ingest, retrieval, answers and the bot:
// reports with their profile, chunks with their section path, and extracted facts.
package corpus

// SectionSep joins the headings of a section path, e.g. "二、2023年工作安排 › (一)…".
const SectionSep = " › "

// Report is one government work report found in a source file.
type Report struct {
	// Source is the file name the report was read from.
	Source string `json:"source"`
	// Report is the 1-based ordinal of the report within its source file.
	Report int `json:"report"`
	// Title is the heading the report had in its file, if any.
	Title string `json:"title,omitempty"`
	// Entity is the place whose government gives the report, e.g. 盛泽镇, or "xx区" when the
	// text withholds the name.
	Entity string `json:"entity"`
	// Level is the administrative level: 镇, 乡, 街道, 区, 县 or 市 ("" when unknown).
	Level string `json:"level"`
	// Year is the year the report's headings name most (else its text): the year it speaks of
	// (0 when unknown).
	Year int `json:"year"`
	// ReviewYear is the year whose work the report reviews, PlanYear the year it sets targets
	// and tasks for (0 when unknown). They may be equal: the bundled reports head both parts
	// "2023年工作回顾" and "2023年工作安排". ingest.Profile documents the rule.
	ReviewYear int `json:"review_year,omitempty"`
	PlanYear   int `json:"plan_year,omitempty"`
	// City and Province are the parent places, where the text names them.
	City     string `json:"city,omitempty"`
	Province string `json:"province,omitempty"`
	// Places are other place names the report mentions (used to match questions such as
	// "the Panjin district").
	Places []string `json:"places,omitempty"`
	// Evidence says, in short phrases, why the profile is what it is.
	Evidence []string `json:"evidence"`
	// Chunks and Paragraphs count what the report holds in the store.
	Chunks     int `json:"chunks"`
	Paragraphs int `json:"paragraphs"`
}

// Key identifies a report across sources.
func (r Report) Key() ReportKey { return ReportKey{Source: r.Source, Report: r.Report} }

// ReportKey identifies a report: its source file and its ordinal within it.
type ReportKey struct {
	Source string
	Report int
}

// Chunk is a retrievable passage: whole sentences of one paragraph (or of consecutive short
// paragraphs of one section), verbatim from the source after whitespace normalisation.
type Chunk struct {
	ID      string   `json:"id"`
	Source  string   `json:"source"`
	Report  int      `json:"report"`
	Entity  string   `json:"entity"`
	Level   string   `json:"level"`
	Section []string `json:"section"`
	// Seq is the chunk's position within its report, from 0.
	Seq  int    `json:"seq"`
	Text string `json:"text"`
}

// Key is the report the chunk belongs to.
func (c Chunk) Key() ReportKey { return ReportKey{Source: c.Source, Report: c.Report} }

// SectionPath returns the heading path joined with SectionSep.
func (c Chunk) SectionPath() string { return JoinSection(c.Section) }

// JoinSection joins headings with SectionSep.
func JoinSection(path []string) string {
	s := ""
	for i, h := range path {
		if i > 0 {
			s += SectionSep
		}
		s += h
	}
	return s
}

// Fact kinds.
const (
	KindTarget = "target"
	KindActual = "actual"
)

// Fact is one indicator statement extracted from a report sentence, such as
// 一般公共预算收入增长10%左右 (a target) or 一般公共预算收入完成503亿元 (an actual).
type Fact struct {
	Source string `json:"source"`
	Report int    `json:"report"`
	Entity string `json:"entity"`
	Level  string `json:"level"`
	// Indicator is the normalised indicator name in Chinese, e.g. 一般公共预算收入.
	Indicator string `json:"indicator"`
	// Wording is the indicator as the sentence words it, e.g. 地方一般公共预算收入.
	Wording string `json:"wording"`
	// Kind is KindTarget or KindActual.
	Kind string `json:"kind"`
	// Measure says what the value measures: "growth" (a rate of change) or "amount".
	Measure string `json:"measure"`
	// Value is the number as written, parsed; Unit is its unit (%, 亿元, 万元, 个, …).
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
	// ValueText is the value verbatim, e.g. "10%".
	ValueText string `json:"value_text"`
	// Qualifier is one of 以上, 左右, 以内, 力争, 确保 (several joined by "," when they apply).
	Qualifier string `json:"qualifier,omitempty"`
	// Comparator is ">=", "~", "<=", "=" derived from the qualifier; "flat" for 持平.
	Comparator string `json:"comparator"`
	// Sentence is the sentence (verbatim) that states the fact; ChunkID the chunk holding it.
	Sentence string `json:"sentence"`
	ChunkID  string `json:"chunk_id"`
}

// Key is the report the fact belongs to.
func (f Fact) Key() ReportKey { return ReportKey{Source: f.Source, Report: f.Report} }
