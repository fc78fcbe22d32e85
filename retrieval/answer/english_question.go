package answer

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/internal/en"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/retrieval"
)

// What an English question asks for, read for English answers: whether it asks for a figure,
// and in which unit.

var (
	// asksFigureRE matches questions that ask for a figure.
	asksFigureRE = lazyre.New(`\bhow (many|much|big|large|high|fast|long|far|tall|wide|often)\b|\bpercent(ages?)?\b|%|\brates?\b|\bgrowth\b|\btargets?\b|\bgoals?\b|\bamounts?\b|\bnumber of\b|\btotal\b|\bshares?\b|\bproportions?\b|\bfractions?\b|\bcoverage\b|^what(?:'s| is| are) (?:the )?plans? for\b|\bby how\b|\bvalue\b`)
	// questionWordRE matches the words that make a sentence a question of some other kind than
	// a telegraphic lookup ("Shengze jobs last yr?" has none of them).
	// doneFigureRE asks for a figure by the verb of what was done with one: "what did Shengze
	// spend on relief", "did the town's wholesale grow", "give me the district's fire numbers".
	doneFigureRE = lazyre.New(`^what (?:did|does|do|will|has|have|had) .*\b(?:spend|invest|earn|collect|raise|pay|receive|export|import|produce|sell|allocate|put into|come to|add up to|total)\b|` +
		`^what(?:'s| is| are| was| were) .*\b(?:spending|investing|putting into|paying|earning|collecting|raising|allocating)\b|` +
		`^(?:did|has|have|will) .*\b(?:finish|complet|build|built|add|open|start|creat|set up|plant|renovat|install|train|hire|attract|sign|introduc|bring|brought)[a-z]* any\b|^(?:did|has|have|does|do) .*\b(?:grow|grown|rise|risen|fall|fallen|drop|dropped|increase|increased|decrease|decreased|decline|declined|go up|go down)\b|\b(?:numbers|figures|stats|statistics|data)\b`)
	// telegraphicFigureRE marks a bare noun phrase without a question mark as asking for a
	// figure: it names a thing and what was done to it ("Qidu trees planted"), or a time.
	// preambleRE is the conversational opening of a question, no part of what it asks ("can you
	// tell me …", "quick one - …", "I'd like to know …").
	preambleRE = lazyre.New(`^(?:(?:hey|hi|ok|okay|so|please|pls|quick (?:one|q|question)|question)\b[\s,:;!.-]*)*` +
		`(?:(?:(?:can|could|would) you (?:please )?|please )?(?:tell me|give me|show me|find me|look up|check)\b|i(?:'d| would) like to know\b|do you know\b|i want to know\b|i wonder\b)?[\s,:;-]*`)
	telegraphicFigureRE = lazyre.New(`\b[a-z-]+s (?:[a-z]+ed|built|done|made|held|sold|paid|won|grown|set up|brought in|taken)\b|` +
		`\b(?:last|this|next) (?:year|yr)\b|\b20[0-9]{2}\b|\b(?:now|so far|to date|currently|in total)\b`)
	questionWordRE = lazyre.New(`\b(?:what|which|who|whom|whose|how|where|when|why|whether|did|does|do|is|are|was|were|can|could|will|would|should|has|have|had|tell|list|describe|explain|summari[sz]e|show|compare|any)\b|什么|哪|多少|几`)
	reWordRun      = lazyre.New(`^(?:[a-z][a-z'’-]*\s*)+`)
	countRE        = lazyre.New(`\b(?:how many|number of)\s+((?:[a-z][a-z'’-]*\s*)+)`)
	// whatFigureRE matches "what was the trading volume…", which asks for a figure when it
	// names a measurable thing.
	whatFigureRE = lazyre.New(`^what(?:'s| is| was| were| are) (?:the )?(?:[a-z0-9.'’-]+ ){0,5}(volume|output|revenue|investment|income|gdp|population|number|sales|value|area|capacity|count|total|amount|size|rate|budget|spending|expenditure|turnover|scale|concentration|level|length|pm2\.5|density|ratio|voltage)s?\b|^what (?:scale|size|level|share)\b` +
		// The measure right after "what", then its verb: "what annual investment is … aiming to complete".
		`|^what (?:[a-z0-9.'’-]+ ){0,3}?(volume|output|revenue|investment|income|gdp|population|sales|value|area|capacity|amount|budget|spending|expenditure|turnover|voltage) (?:is|was|were|are|does|did|do|will|has|have|had)\b` +
		// A measure "of" a thing: "what area of farmland did …", "what floor area of compounds …".
		`|^what (?:[a-z-]+ )?(area|acreage|length|amount|volume|quantity|capacity|tonnage) of\b`)
	// fieldOfRE is "what area of work/focus …": a field, not a measure.
	fieldOfRE  = lazyre.New(`^what (?:[a-z-]+ )?areas? of (?:work|focus|reform|cooperation|concern|development|priority|priorities|activity|activities|responsibility|interest|improvement|governance|life|business)\b`)
	pctRE      = lazyre.New(`\b(percent|percentages?|fractions?|rates?|coverage|growth|grow|grew|shares?|proportions?|ratios?|rise|rose|fall|fell|drop|dropped|decline|declined|decrease|decreased)\b|%`)
	usdRE      = lazyre.New(`\b(dollars?|usd|us\$)`)
	moneyRE    = lazyre.New(`\b(yuan|rmb|revenue|investment|invest|invested|income|spending|spend|spent|expenditure|funds?|funding|budget|cost|debt|tax|taxes|sales|loans?|fiscal|money|subsid(?:y|ies)|allowances?|grants?|donations?|relief|aid|assistance|payouts?|compensation|capital|financing|put into|putting into|paid out|pay out)\b`)
	unitWordRE = lazyre.New(`\b(mu|hectares?|tonnes?|tons?|square (?:metres|meters|kilometres|kilometers)|kilometres|kilometers|km)\b`)
	// areaRE asks for an area in whatever unit the report writes it (亩, 公顷, 平方米…).
	areaRE = lazyre.New(`\b(?:area|acreage|floor space)\b`)
)

// amountMeasures are measures a "what …" question asks that are amounts, never a count of
// things (34个村 is no capacity).
var amountMeasures = map[string]bool{"capacity": true, "area": true, "length": true,
	"concentration": true, "density": true, "voltage": true}

// askedMeasure is the measure word a "what …" question asks for ("income" in "what was the
// operating income of …"), "" when none.
func askedMeasure(q string) string {
	m := whatFigure(q)
	if m == nil {
		return ""
	}
	for _, g := range m[1:] {
		if g != "" {
			return g
		}
	}
	return ""
}

// whatFigure matches whatFigureRE unless the question asks a field ("what area of work").
func whatFigure(q string) []string {
	if fieldOfRE.MatchString(q) {
		return nil
	}
	return whatFigureRE.FindStringSubmatch(q)
}

// measureTerm is the term of the plan that words the measure the question asks for ("operating
// income" for "what was the operating income of …"); false when the question names none.
func measureTerm(a retrieval.Plan) (retrieval.Term, bool) {
	if a.Lang != "en" {
		return retrieval.Term{}, false
	}
	q := a.Norm
	if q == "" {
		q = strings.ToLower(a.Question)
	}
	m := askedMeasure(q)
	if m == "" {
		return retrieval.Term{}, false
	}
	for _, t := range a.Terms {
		if from := strings.ToLower(t.From); strings.Contains(from, m) && from != m {
			return t, true // a measure with its own words ("operating income"), not the bare word
		}
	}
	return retrieval.Term{}, false
}

// wantFigure is the figure an English question asks for: its dimension (num.DimCNY …, "" when
// the question does not say) and, for a count, its class ("projects"; "" when any).
type wantFigure struct {
	asks       bool
	dim, class string
	// area is true when the question asks for an area in any unit ("how big an area", "floor
	// area"); amount when it asks "how much" of something, never a count of things (46人 is
	// not "how much medical assistance"), unless the quote holds nothing but counts.
	area, amount bool
	// long is true for "how long": a length (公里, 米) or a duration (18年, 200天, 3个月).
	long bool
	// often is true for "how often": a period written after 每 (每2个月); capacity for a
	// capacity, which is no money, count or rate (4万吨, 75吨/日, 500千伏).
	often, capacity bool
	// head is the noun a count question asks about ("workers" in "how many village grid
	// workers does …") and noun its noun phrase ("village grid workers"); "" when none.
	head, noun string
	// same is true for a second "how many" with no noun of its own ("how many hazards were
	// found and how many were fixed"): it asks about the noun before.
	same bool
	// thing is the noun phrase an amount in a unit measures ("ecological protection red line" of
	// "how many hectares of ecological protection red line"), "" when none.
	thing string
	// measure is the question's own words for an amount asked after a count ("total
	// investment" of "how many and what total investment?"): the figure's label.
	measure string
}

// countStop ends the noun phrase after "how many".
var countStop = map[string]bool{"did": true, "does": true, "do": true, "were": true, "was": true, "are": true,
	"is": true, "has": true, "have": true, "had": true, "will": true, "in": true, "of": true, "for": true,
	"at": true, "by": true, "from": true, "to": true, "and": true, "or": true, "got": true, "get": true, "been": true,
	"can": true, "could": true, "would": true, "should": true, "be": true, "now": true, "currently": true, "so": true,
	"worth": true, "over": true, "above": true, "with": true, "under": true, "below": true, "per": true}

// phraseEnd are words after an -ing word that show it is a verb, not part of the noun: "sewage
// outlets discharging into …", "firms making the list".
var phraseEnd = map[string]bool{"into": true, "the": true, "a": true, "an": true, "this": true, "that": true,
	"these": true, "those": true, "its": true, "their": true, "his": true, "her": true, "our": true, "on": true,
	"up": true, "out": true, "off": true, "back": true, "through": true, "across": true, "during": true,
	"last": true, "next": true, "more": true, "new": true}

// lyNouns are words in -ly that are nouns or adjectives, not adverbs: a noun phrase goes on
// past them ("family farms", "comprehensive elderly care centres", "daily necessities"). Read
// as adverbs, "elderly" ended "comprehensive elderly care centres" at "comprehensive".
var lyNouns = map[string]bool{"family": true, "supply": true, "elderly": true, "early": true, "friendly": true,
	"lonely": true, "orderly": true, "costly": true, "daily": true, "weekly": true, "monthly": true, "yearly": true,
	"quarterly": true, "hourly": true, "nightly": true, "timely": true, "lively": true, "assembly": true,
	"anomaly": true, "monopoly": true, "rally": true, "butterfly": true}

// headNoun reads the noun phrase that starts words: its last word (the head) and the phrase.
// The phrase ends at a verb or preposition ("sewage outlets discharging into …" → "outlets",
// "sewage outlets").
func headNoun(words string) (head, phrase string) {
	var ws []string
	fs := strings.Fields(words)
	for i, w := range fs {
		verb := !strings.Contains(w, "-") && (strings.HasSuffix(w, "ing") || en.EdForm(w))
		if verb && strings.HasSuffix(w, "ing") && i+1 < len(fs) && !countStop[fs[i+1]] && !phraseEnd[fs[i+1]] &&
			!strings.HasSuffix(fs[i+1], "ing") && !en.EdForm(fs[i+1]) {
			verb = false // a noun in -ing before its head: "e-bike charging ports", "parking spaces"
		}
		if verb && en.EdForm(w) && i+1 < len(fs) && plural(strings.TrimRight(fs[i+1], "'’")) && !countStop[fs[i+1]] {
			verb = false // a participle before its plural head: "listed companies", "registered firms", "disabled families' homes"
		}
		adverb := len(w) > 4 && strings.HasSuffix(w, "ly") && !lyNouns[w]
		if w == "and" && len(ws) > 0 && i+1 < len(fs) && !countStop[fs[i+1]] && fs[i+1] != "how" {
			ws = append(ws, w) // "small and medium-sized enterprises"
			continue
		}
		if countStop[w] || len(ws) > 0 && (verb || adverb) && ws[len(ws)-1] != "and" {
			break // "enterprises newly registered …"; but "disabled and retired veterans"
		}
		if len(ws) > 0 && plural(ws[len(ws)-1]) && !plural(w) && !verb && !headAhead(fs[i:]) {
			break // "households benefit": a plural head, then its verb
		}
		ws = append(ws, w)
	}
	if len(ws) == 0 {
		return "", ""
	}
	return ws[len(ws)-1], strings.Join(ws, " ")
}

// dropNames drops from the start of a noun phrase the words the question capitalises past its
// first word, names of places ("how many Shengze households": households).
func dropNames(noun, question string) string {
	names := map[string]bool{}
	for i, w := range strings.Fields(question) {
		w = strings.TrimRight(w, "?,.!:;")
		if i > 0 && len(w) > 1 && unicode.IsUpper(rune(w[0])) && strings.ToLower(w[1:]) == w[1:] {
			names[strings.ToLower(w)] = true
		}
	}
	ws := strings.Fields(noun)
	for len(ws) > 1 && names[ws[0]] {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// plural reports whether an English word is a regular plural ("households", not "business",
// "status" or "analysis").
func plural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "'s")
}

// countGloss is a count's English with the question's noun when its measure word names none:
// 213个 asked as "how many sewage outlets" → "213 sewage outlets (213个)"; otherwise
// v.Gloss(). named is true when the noun was added.
func countGloss(v num.Value, w wantFigure) (gloss string, named bool) {
	g, e := v.Gloss(), v.English()
	bare := e != "" && e[len(e)-1] >= '0' && e[len(e)-1] <= '9' // no unit word: 12 for 12个
	generic := v.Dim() == num.DimCount && v.Class() == "" && bare || v.Dim() == num.DimNone
	if w.noun == "" || !generic || v.Ordinal || v.Amount() == 1 {
		return g, false
	}
	return e + " " + w.noun + strings.TrimPrefix(g, e), true
}

// personNouns are English nouns for counts of people (and the like) that num's unit tables do
// not name.
var personNouns = map[string]string{
	"people": "people", "persons": "people", "residents": "people", "workers": "people", "staff": "people",
	"cadres": "people", "volunteers": "people", "teachers": "people", "doctors": "people", "students": "people",
	"elderly": "people", "villagers": "people", "farmers": "people", "members": "people", "employees": "people",
	"officials": "people", "talents": "people", "professionals": "people", "children": "people",
	"tourists": "people", "visitors": "people", "patients": "people", "graduates": "people", "pupils": "people",
	"veterans": "people", "soldiers": "people", "servicemen": "people", "seniors": "people", "trainees": "people",
	"attendances": "people", "attendees": "people", "participants": "people",
	"households": "households", "families": "households", "enterprises": "enterprises", "companies": "enterprises",
	"firms": "enterprises", "businesses": "enterprises", "projects": "projects", "villages": "villages",
}

// reBracketed is a bracketed gloss inside a question's words, with the space before it.
var reBracketed = lazyre.New(`\s*[(（][^)）]*[)）]`)

// classOf is the class of a count noun: personNouns', or that of the class noun a compound
// ends in ("agribusinesses" counts enterprises as "businesses" does).
func classOf(head string) (string, bool) {
	if c, ok := personNouns[head]; ok {
		return c, true
	}
	best, class := "", ""
	for n, c := range personNouns {
		if len(n) >= 5 && len(head) > len(n)+2 && strings.HasSuffix(head, n) && len(n) > len(best) {
			best, class = n, c
		}
	}
	return class, best != ""
}

func questionFigure(a retrieval.Plan) wantFigure {
	q := a.Norm
	if q == "" {
		q = strings.ToLower(a.Question)
	}
	q = unquoteWords(strings.TrimSpace(preambleRE.ReplaceAllString(strings.TrimSpace(q), "")))
	w := wantFigure{asks: asksFigureRE.MatchString(q) || whatFigure(q) != nil || len(a.Indicators) > 0 ||
		doneFigureRE.MatchString(q) || telegraphic(q)}
	if m := countRE.FindStringSubmatch(q); m != nil && !strings.Contains(q, "by how much") {
		c := countWant(m[1]) // but "by how much did the number of accidents fall" asks a change
		c.noun = dropNames(c.noun, a.Question)
		return c
	}
	unit := unitWordRE.FindString(q)
	w.amount = strings.Contains(q, "how much") && !strings.Contains(q, "by how much") || amountMeasures[askedMeasure(q)]
	w.long = strings.Contains(q, "how long") || askedMeasure(q) == "length" // "what length of the ditch"
	w.often = strings.Contains(q, "how often")
	w.capacity = strings.Contains(q, "capacity") || askedMeasure(q) == "voltage" // 500千伏: a unit of its own
	switch {
	case w.long:
		// "how long did it take … to reach 100% …": a duration or a length, whatever rate the
		// question restates
	case pctRE.MatchString(q):
		w.dim = num.DimPct
	case usdRE.MatchString(q):
		w.dim = num.DimUSD
	case strings.Contains(q, "by how much"):
		// A change in any unit: "by how much did … cut" (缩减1.8%, 减少1.2亿元).
	case unit != "":
		if v, err := num.Parse("2 " + unit); err == nil {
			w.dim = v.Dim() // "how much floor area in square metres"
		}
	case moneyRE.MatchString(q):
		w.dim = num.DimCNY
	case areaRE.MatchString(q):
		w.area = true // "how big an area of netting", "how much floor area"
	}
	return w
}

// telegraphic reports whether an English question is a bare noun phrase asking for the figure
// it names ("Shengze jobs last yr?", "huigou start-up loans", "Qidu trees planted"): at most
// twelve words, no question word, and money, a unit or a rate, a thing done ("trees planted"),
// a time ("last year") or a plural noun asked about ("Shacheng tourism villages?"). A bare
// topic ("rural revitalization in Lili?") is none.
func telegraphic(q string) bool {
	q = strings.TrimSpace(q)
	if questionWordRE.MatchString(q) || len(strings.Fields(q)) > 12 {
		return false
	}
	ws := strings.Fields(strings.TrimRight(q, "?!. "))
	return moneyRE.MatchString(q) || unitWordRE.MatchString(q) || areaRE.MatchString(q) || pctRE.MatchString(q) ||
		telegraphicFigureRE.MatchString(q) || strings.HasSuffix(q, "?") && len(ws) > 0 && plural(ws[len(ws)-1])
}

// isArea reports whether a figure is an area (亩, 公顷, 平方米, 平方公里).
func isArea(v num.Value) bool {
	switch v.Dim() {
	case num.DimMu, num.DimHa, num.DimM2, num.DimKm2:
		return true
	}
	return false
}

// countWant is what "how many" followed by words asks for: a count of its noun phrase (of the
// noun's class when known: people, households, enterprises…), or an amount in the unit it
// names ("how many mu of farmland", "how many percentage points").
func countWant(words string) wantFigure {
	w := wantFigure{asks: true, dim: num.DimCount}
	words = reBracketed.ReplaceAllString(words, "")        // "leading (龙头) enterprises": the gloss is no end
	w.head, w.noun = headNoun(reWordRun.FindString(words)) // up to punctuation or a digit
	if c, ok := classOf(w.head); ok {
		w.class = c
		return w
	}
	if w.head == "times" {
		w.class, w.noun = "times", "" // occurrences (5次), not a multiple (倍)
		return w
	}
	for _, u := range []string{w.noun, w.head} {
		if v, err := num.Parse("2 " + u); u != "" && err == nil && v.Dim() != num.DimNone {
			w.dim, w.class = v.Dim(), v.Class()
			if w.dim != num.DimCount {
				w.noun = "" // a unit, not a thing counted
				w.thing = measuredThing(words, w.head)
			}
			return w
		}
	}
	return w
}

// measuredThing is the noun phrase after "<unit> of" in words ("hectares of ecological
// protection red line did …" → "ecological protection red line"), "" when none.
func measuredThing(words, unit string) string {
	_, rest, ok := strings.Cut(" "+words, " "+unit+" of ")
	if !ok {
		return ""
	}
	_, phrase := headNoun(reWordRun.FindString(rest))
	return phrase
}

func fitsWant(v num.Value, w wantFigure) bool {
	d := v.Dim()
	if w.area {
		return isArea(v)
	}
	switch w.dim {
	case "":
		return true
	case num.DimCount:
		if d != num.DimCount && d != num.DimNone {
			return false
		}
		c := v.Class()
		return w.class == "" || c == "" && !thingMeasure(v, w.class) || sameCount(c, w.class)
	case num.DimPct:
		return d == num.DimPct || d == num.DimPoints || d == num.DimTimes // growth as a multiple: 增长1.5倍
	case num.DimCNY:
		return d == num.DimCNY || d == num.DimUSD // money, in either currency: 63.1亿美元 of foreign capital
	}
	return d == w.dim
}

// subjectStop are the words of a question that are not its subject.
var subjectStop = map[string]bool{}

func init() {
	for w := range strings.FieldsSeq(`what which who whom whose when where why how many much does do did done is are was were be been being
		the a an of in on at for to by about into from with and or as its it it's their there this that these those
		say says said tell me give list report reports report's town towns town's district districts district's county
		counties township subdistrict city place places government governments any has have had will would
		should could can plan plans planned planning mention mentions mentioned describe according year years last
		next target targets goal goals set sets what's s 's status progress grow grew grown change changed
		increase increased rise rose fall fell add added achieve achieved reach reached complete completed
		introduce introduced build built start started carry carried out work done got get gets now host hosts hold held`) {
		subjectStop[w] = true
	}
}

// questionSubject is the question's own words for what it asks about: its longest run of words
// that are neither question words nor place names ("rural revitalization"), or "this".
func questionSubject(q string) string {
	words := strings.FieldsFunc(q, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\''
	})
	var best, run []string
	flush := func() {
		if len(run) > len(best) {
			best = run
		}
		run = nil
	}
	for i, w := range words {
		lw := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
		if (lw == "of" || lw == "and") && len(run) > 0 && i+1 < len(words) && !subjectStop[strings.ToLower(words[i+1])] {
			// "retail sales of consumer goods": a connector between content words.
			run = append(run, w)
			continue
		}
		titled := len(w) > 1 && unicode.IsUpper(rune(w[0])) && strings.ToLower(w[1:]) == w[1:]
		if subjectStop[lw] || titled || lw[0] >= '0' && lw[0] <= '9' || strings.ContainsFunc(w, func(r rune) bool { return r > unicode.MaxLatin1 }) {
			flush()
			continue
		}
		run = append(run, w)
	}
	flush()
	if len(best) == 0 {
		return "this"
	}
	return strings.Join(best, " ")
}
