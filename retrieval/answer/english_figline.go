package answer

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/en"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/retrieval"
)

// The first line of a lookup answered from a sentence (no fact row): the figures that answer,
// stated with the time frame they are for.
//
//	Shengze town (盛泽镇), 2023 result: fixed-asset investment 5.5 billion yuan (55亿元), up 5.2% (同比增长5.2%)
//	盛泽镇的报告:固定资产投资55亿元,同比增长5.2%(2023年实绩)。原文:“…”

// figureFrame is the time frame of a quoted sentence: its kind (corpus.KindTarget or
// KindActual, "" when nothing tells) as facts.SentenceKind reads it, and its year (the year the
// sentence or its headings name, else the year the report plans for or reviews; 0 unknown).
func figureFrame(sentence string, section []string, r corpus.Report) (kind string, year int) {
	kind = facts.SentenceKind(sentence, section, r.Year)
	if year = onlyYear(sentence); year == 0 {
		year = sectionYear(section)
	}
	if year == 0 {
		switch kind {
		case corpus.KindTarget:
			year = r.PlanYear
		case corpus.KindActual:
			year = r.ReviewYear
		}
	}
	if year == 0 && kind != "" {
		year = r.Year
	}
	return kind, year
}

// enFrame writes a time frame in English: "2023 target", "2023 result", "" when unknown.
func enFrame(kind string, year int) string {
	word := map[string]string{corpus.KindTarget: "target", corpus.KindActual: "result"}[kind]
	if word == "" {
		return ""
	}
	if year > 0 {
		return strconv.Itoa(year) + " " + word
	}
	return word
}

// aimEnglish are the aim words of a clause in English.
var aimEnglish = map[string]string{"力争": "strive for", "争取": "strive for", "确保": "ensure"}

// english is a figure of the quote in English with its original in brackets: "fixed-asset
// investment 5.5 billion yuan (55亿元)", "up 5.2% (同比增长5.2%)", "strive for operating income
// more than 15% (15%以上)", "tenth place (第十)", "213 sewage outlets (213个)".
func (f quoteFigure) english(quote string) string {
	fig := f.v.English()
	if f.running && f.v.Class() == "times" {
		fig = strings.Replace(fig, " time", " consecutive time", 1) // 3 consecutive times (连续3次)
	}
	nouned := false // the figure counts the question's noun, which names it
	lead := ""      // the question's noun before a count in a measure word of its own
	if f.upTo != nil {
		fig = rangeLow(f.v, *f.upTo).English() + " to " + f.upTo.English() // 6% to 7% (增长6%-7%)
	}
	if topRank(quote, f.v) {
		fig = "top " + num.Format(f.v.Amount()) // top 10 (前10名)
	}
	if _, en := latinUnit(quote, f.v); en != "" {
		fig += " " + en // 12,000 cubic metres (1.2万m³)
	}
	end := f.v.QualEnd
	if u, _ := latinUnit(quote, f.v); u != "" {
		end += len(u)
	}
	if _, dur := durationUnit(quote, f.v); dur != "" && f.to == nil {
		if f.v.Amount() == 1 {
			dur = strings.TrimSuffix(dur, "s")
		}
		if f.running {
			dur = "consecutive " + dur // 11 consecutive years (连续11年)
		}
		fig += " " + dur                                                             // 18 years (18年)
		nouned = nouned || f.noun != "" && sameWord(lastWord(f.noun), lastWord(dur)) // "how many days": 15 working days
		if every(quote, f.v) {
			fig = "every " + fig // every 2 months (每2个月)
		}
	}
	if _, sc := scaleSuffix(quote, f.v); sc != "" && f.to == nil {
		fig += " " + sc // 10,000 tonnes class (万吨级)
	}
	if _, per := perUnit(quote[end:]); per != "" && f.to == nil {
		fig += " " + per // 75 tonnes a day (75吨/日)
	}
	if _, mu := measureUnit(quote, f.v); mu != "" && f.to == nil {
		switch {
		case f.noun != "" && sameWord(lastWord(f.noun), lastWord(mu)):
			mu = f.noun // 837,000 covid vaccine doses (83.7万剂次)
		case f.noun != "":
			lead = f.noun // covid jabs 837,000 doses (83.7万剂次)
		}
		fig += " " + mu
		nouned = true
	}
	if f.noun != "" && !nouned {
		if _, named := countGloss(f.v, wantFigure{noun: f.noun}); named {
			fig += " " + f.noun
			nouned = true
		} else if r, ok := readerWord(fig, f.v, lastWord(f.noun)); ok && f.v.Class() == "" {
			fig, nouned = r, true // 1.2万台 asked as "water-jet looms": "12,000 looms", not "12,000 units"
		} else if f.anyNoun && f.v.Dim() == num.DimCount && !f.v.Ordinal && f.v.Class() != "" && strings.HasSuffix(fig, " "+lastWord(f.noun)) {
			nouned = true // 120户 asked as "disabled households": "120 households" names it
		} else if f.anyNoun && f.v.Dim() == num.DimCount && !f.v.Ordinal && f.v.Class() != "" {
			// 85家 asked as "hazardous-waste storage sites": the question's noun, not "enterprises".
			bare := f.v
			bare.Unit, bare.Noun = "个", ""
			noun := f.noun
			if f.v.Amount() == 1 {
				noun = singular(noun) // 1 new listed company (1家)
			}
			fig = bare.English() + " " + noun
			nouned = true
		}
	}
	if f.per != "" {
		fig += " " + f.per // 3.95 per 1,000 people (每千人3.95个)
	} else if p := perHead(quote, f); p != "" && !strings.Contains(strings.ToLower(f.label), p) {
		fig += " " + p // 30,532 yuan per capita (人均…30532元)
	}
	label := f.label
	if every(quote, f.v) {
		label = "" // a period says how often, not of what: "every 2 months (每2个月)"
	}
	if e := f.v.English(); !nouned && label != "" && f.labelNext && f.change == 0 && f.to == nil && !f.v.Ordinal && plural(lastWord(label)) &&
		(f.v.Dim() == num.DimNone || f.v.Dim() == num.DimCount) && e != "" && e[len(e)-1] >= '0' && e[len(e)-1] <= '9' {
		if f.v.Amount() == 1 {
			label = singular(label) // at least 1 major project (1个以上)
		}
		fig += " " + label // a bare count of the label's noun: "at least 100 projects (100个以上)"
		nouned, label = true, ""
	}
	if q, ok := num.QualifierEnglish(f.near); ok && f.near != "" && !strings.HasPrefix(fig, q) {
		fig = q + " " + fig
	}
	switch {
	case f.to != nil:
		fig = "from " + fig + " to " + f.to.English()
		if f.change > 0 {
			fig = "up " + fig
		} else if f.change < 0 {
			fig = "down " + fig
		}
	case f.change > 0 && f.aim != "":
		fig = "growth of " + fig // a target: "strive for operating income growth of more than 15%"
	case f.change < 0 && f.aim != "":
		fig = "a decline of " + fig
	case f.change > 0:
		fig = "up " + fig
	case f.change < 0:
		fig = "down " + fig
	}
	if orig := f.original(quote); !strings.EqualFold(orig, fig) {
		fig += " (" + orig + ")"
	}
	if label != "" && (nouned && !f.nounOf || sharesWord(label, fig) || f.v.Ordinal || f.counted && !strings.Contains(label, " ")) {
		// The figure names it ("107 projects (107个项目)", "80 projects (80项)" asked as
		// projects to start construction), a rank says where it ranks ("tenth
		// (全省第十)", "first place (第一名)"); a one-word label beside the question's noun is
		// mostly a verb ("rectify 1,278 group-rental rooms").
		label = ""
	}
	if label != "" && !strings.Contains(label, " ") {
		label = en.Nominal(label) // "investment 8 billion yuan", not "invest …"
	}
	if label != "" {
		fig = label + " " + fig
	}
	if lead != "" && label == "" {
		fig = lead + " " + fig // "covid jabs 837,000 doses (83.7万剂次)"
	}
	if a := aimEnglish[f.aim]; a != "" {
		fig = a + " " + fig
	}
	return fig
}

// enFiguresLine states the quote's answering figures: "Shengze town (盛泽镇), 2023 result:
// fixed-asset investment 5.5 billion yuan (55亿元), up 5.2% (同比增长5.2%)".
func enFiguresLine(label, frame string, figs []quoteFigure, quote string) string {
	parts := make([]string, 0, len(figs))
	for _, f := range figs {
		parts = append(parts, f.english(quote))
	}
	if frame != "" {
		label += ", " + frame
	}
	return label + ": " + strings.Join(parts, ", ")
}

// citedFrame is figuresFrame with the year left out (0) when the cited passage does not name
// it: every number of an answer is one its citations hold (Verify).
func citedFrame(figs []quoteFigure, quote string, c corpus.Chunk, r corpus.Report) (string, int) {
	kind, year := figuresFrame(figs, quote, c.Section, r)
	if y := strconv.Itoa(year); year > 0 && !strings.Contains(c.Text, y) && !strings.Contains(c.SectionPath(), y) {
		year = 0
	}
	return kind, year
}

// figuresFrame is the time frame of the figures of a quote: that of the first figure's clause
// (its own cues, else its section's: "完成区域核酸检测98轮" in a review, in a sentence that goes
// on "…率先完成…目标任务"), else the quote's; a quote with a target cue in a plan section is a
// target.
func figuresFrame(figs []quoteFigure, quote string, section []string, r corpus.Report) (kind string, year int) {
	if facts.SectionKind(section, r.Year) == corpus.KindTarget && facts.HasCue(quote, corpus.KindTarget) {
		// A plan that says so: "以…为目标,实现…同比增长10%" is a target although 同比 reads as a result.
		return corpus.KindTarget, r.PlanYear
	}
	if len(figs) > 0 {
		cs, ce := clauseBounds(quote, figs[0].v.Start, figs[0].v.End)
		if k := facts.SentenceKind(quote[cs:ce], section, r.Year); k != "" {
			_, year = figureFrame(quote[cs:ce], section, r)
			if y := onlyYear(quote); y > 0 && year == 0 {
				year = y
			}
			if year == 0 || onlyYear(quote[cs:ce]) == 0 && sectionYear(section) == 0 {
				year = map[string]int{corpus.KindTarget: r.PlanYear, corpus.KindActual: r.ReviewYear}[k]
			}
			return k, year
		}
	}
	return figureFrame(quote, section, r)
}

// factsAnswer reports whether fact rows answer the question: one is about an indicator the
// question asks about (the plan's indicators, else its wording in the question) and states a
// figure of a kind the question asks for. Rows about another figure of the sentence (an
// unemployment rate for "how many jobs", 城镇登记失业率 for 高校毕业生就业率) do not.
func factsAnswer(a retrieval.Plan, fs []corpus.Fact) bool {
	asks := questionAsks(a)
	for _, f := range fs {
		if !factAsked(a, f) {
			continue
		}
		if len(asks) == 0 {
			return true
		}
		text := strings.TrimSpace(f.ValueText)
		for _, p := range []string{"-", "−", "下降", "减少", "增长", "增加"} {
			text = strings.TrimPrefix(text, p)
		}
		v, err := num.Parse(text)
		if err != nil {
			return true // unreadable: trust the row
		}
		for _, ask := range asks {
			if ask.fits(text, v) {
				return true
			}
		}
	}
	return false
}

// narrowerFigure reports whether a figure the question asks for (figs) is of a part of the
// indicator the fact rows state: its clause holds a word of the question that no row's wording
// holds, and no row states its value. "How much investment went into the service sector?" of
// 完成全社会固定资产投资88亿元…服务业投资58亿元 asks the 58亿元 of 服务业, not the 88亿元 the
// fixed-asset investment row states.
func narrowerFigure(a retrieval.Plan, stated []corpus.Fact, figs []quoteFigure, quote string) bool {
	inRows := func(w string) bool {
		return slices.ContainsFunc(stated, func(f corpus.Fact) bool {
			return strings.Contains(f.Wording, w) || strings.Contains(f.Indicator, w)
		})
	}
	for _, f := range figs {
		if f.label == "" || slices.ContainsFunc(stated, func(r corpus.Fact) bool { return strings.Contains(r.ValueText, f.v.Text) }) {
			continue
		}
		start, _ := clauseBounds(quote, f.v.Start, f.v.End)
		clause := quote[start:f.v.Start]
		for _, t := range a.Terms {
			if t.Weight >= 1 && slices.ContainsFunc(t.Variants, func(w string) bool {
				return utf8.RuneCountInString(w) >= 2 && strings.Contains(clause, w) && !inRows(w)
			}) {
				return true
			}
		}
	}
	return false
}

// factAsked reports whether the question asks about a fact row's indicator: the plan names it,
// or (when the plan names no indicator) the question holds its Chinese wording or one of its
// English names.
func factAsked(a retrieval.Plan, f corpus.Fact) bool {
	if slices.Contains(a.Indicators, f.Indicator) {
		return true
	}
	if len(a.Indicators) > 0 {
		return false
	}
	if a.Lang == "zh" {
		return strings.Contains(a.Norm, f.Indicator) || f.Wording != "" && strings.Contains(a.Norm, f.Wording)
	}
	q := strings.ToLower(a.Question)
	if t, ok := measureTerm(a); ok && !slices.ContainsFunc(t.Variants, func(v string) bool {
		return strings.Contains(f.Wording, v) || strings.Contains(f.Indicator, v)
	}) {
		return false // the row states another measure: 村级集体经济收入 asked as "operating income" (经营性收入)
	}
	if ind, ok := facts.Lookup(f.Indicator); ok {
		for _, e := range ind.English {
			if namesAll(q, strings.ToLower(e)) {
				return true
			}
		}
	}
	return false
}

// namesAll reports whether question q holds every word of name (en.Words), a word matching
// by the first five letters of its stem ("projects introduced" in "how many projects did …
// introduce", "grain output" not in "how much grain … produce" but "grain production" is).
func namesAll(q, name string) bool {
	words, parts := en.Words(q), en.Words(name)
	for _, w := range parts {
		stem := w.Stem
		if len(stem) > 5 {
			stem = stem[:5] // "production" in "produce", "introduced" in "introduce"
		}
		if !slices.ContainsFunc(words, func(x en.Word) bool { return strings.HasPrefix(x.Stem, stem) }) {
			return false
		}
	}
	return len(parts) > 0
}

// askedFacts are the rows of fs about an indicator the question asks about (factAsked): the
// others state another figure of the sentence (imports and exports asked as livelihood
// spending). A question that asks about nothing but its place keeps them all.
func askedFacts(a retrieval.Plan, fs []corpus.Fact) []corpus.Fact {
	if len(a.Terms) == 0 && len(a.Indicators) == 0 {
		return fs // "What about Lili?": the sentence's figures say it best
	}
	var out []corpus.Fact
	for _, f := range fs {
		if factAsked(a, f) {
			out = append(out, f)
		}
	}
	return out
}

// sharesWord reports whether two English phrases share a word (hyphens separating words, a
// plural matching its singular): "village" and "165 village grid workers".
func sharesWord(a, b string) bool {
	words := func(s string) []string {
		var out []string
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if len(w) > 2 {
				out = append(out, strings.TrimSuffix(w, "s"))
			}
		}
		return out
	}
	bw := words(b)
	return slices.ContainsFunc(words(a), func(w string) bool { return slices.Contains(bw, w) })
}
