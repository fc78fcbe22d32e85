package answer

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/lexicon"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
	"github.com/reportbot/reportbot/retrieval"
)

// English answers (issue 10, item 5). An English question's first line answers in English: the
// place in pinyin with its Chinese name, the indicator in English, each figure converted with
// internal/num and the original in brackets, its qualifier and its time frame; the verbatim
// Chinese quote follows on its own line as evidence:
//
//	Shengze town (盛泽镇) targets industrial investment of 4.7 billion yuan (47亿元) in 2023, growth of 10% [1].
//	Evidence: “工业投资47亿元,增长10%。” [1]
//
// Without a fact row the figure of the quote that answers the question is stated; without a
// figure, what the passage speaks of, in the question's words and the glossed key terms.

// englishLookup is the text of an English lookup answer quoting quote from report r; stated
// are the fact rows the quoted sentence states (deduplicated, in order).
func englishLookup(a retrieval.Plan, res retrieval.Result, b *retrieval.Evidence, r corpus.Report, stated []corpus.Fact, quote string) string {
	label := capitalize(reportLabel(r, "en"))
	var line string
	figs := quoteFigures(a, quote)
	if g, ok := retrieval.GlossedPlan(a); ok && len(figs) == 0 {
		figs = quoteFigures(g, quote) // a figure of the other name in brackets
	}
	stated = askedFacts(a, stated)
	if len(stated) > 0 && (len(figs) == 0 || factsAnswer(a, stated) && !narrowerFigure(a, stated, figs, quote) && !levelRowsOnly(a, stated, quote) && !partFigureUnstated(a, stated, figs, quote)) {
		line = label + " " + readerFactWords(a, enFactClause(stated, func(f corpus.Fact) int { return factYear(f, res, b.Hit.Chunk, r) }), stated)
	} else if len(figs) > 0 {
		line = enFiguresLine(label, spannedFrame(enFrame(citedFrame(figs, quote, b.Hit.Chunk, r)), quote, figs[0].v.Start), figs, quote)
	} else if share, f, ok := shareFraction(a, quote); ok {
		at := []quoteFigure{{v: num.Value{Start: f.start, End: f.end, QualEnd: f.end}}}
		line = enFiguresLine(label, spannedFrame(enFrame(citedFrame(at, quote, b.Hit.Chunk, r)), quote, at[0].v.Start), nil, quote) + share
	} else if mult, start, end, ok := multipleWords(a, quote); ok {
		at := []quoteFigure{{v: num.Value{Start: start, End: end, QualEnd: end}}}
		line = enFiguresLine(label, spannedFrame(enFrame(citedFrame(at, quote, b.Hit.Chunk, r)), quote, at[0].v.Start), nil, quote) + mult
	} else if parts, at, ok := dateLine(a, quote); ok {
		line = enFiguresLine(label, spannedFrame(enFrame(citedFrame(at, quote, b.Hit.Chunk, r)), quote, at[0].v.Start), nil, quote) + strings.Join(parts, ", ")
	} else if parts, at, ok := firstPlaceLine(a, quote); ok {
		line = enFiguresLine(label, spannedFrame(enFrame(citedFrame(at, quote, b.Hit.Chunk, r)), quote, at[0].v.Start), nil, quote) + strings.Join(parts, ", ")
	} else if parts, at, ok := designationLine(a, quote); ok {
		line = enFiguresLine(label, spannedFrame(enFrame(citedFrame(at, quote, b.Hit.Chunk, r)), quote, at[0].v.Start), nil, quote) + strings.Join(parts, ", ")
	} else {
		line = withGistFigures(a, enGistLine(a, label, quote, res.Lexicon), quote)
	}
	return line + " [1].\nEvidence: “" + quote + "” [1]"
}

// enFactClause is the predicate stating a report's facts, grouped by indicator and kind in
// order: "targets industrial investment of 4.7 billion yuan (47亿元) in 2023, growth of 10%",
// "will ensure general public budget revenue growth of 8% in 2023, and will strive for growth
// of 10%", "reported general public budget revenue of 50.3 billion yuan (503亿元) in 2023, a
// decline of 7.4%".
func enFactClause(fs []corpus.Fact, year func(corpus.Fact) int) string {
	var b strings.Builder
	prev := ""
	for i, f := range fs {
		group := f.Indicator + "|" + f.Kind
		named := group != prev
		verb := enVerb(f)
		switch {
		case i == 0:
			b.WriteString(verb + " ")
		case named:
			b.WriteString("; ")
			if verb != "targets" && !strings.HasPrefix(verb, "reported") {
				b.WriteString(verb + " ")
			}
		default:
			b.WriteString(", ")
			if verb != "targets" && !strings.HasPrefix(verb, "reported") {
				b.WriteString("and " + verb + " ")
			}
		}
		b.WriteString(enFactPhrase(f, named))
		if named {
			if y := year(f); y > 0 {
				b.WriteString(" in " + spannedFrame(strconv.Itoa(y), f.Sentence, factAt(f)))
			}
		}
		prev = group
	}
	return b.String()
}

// enVerb is how a fact's report states it: a target ("targets", "will ensure", "will strive
// for") or a result ("reported", "reported an estimated").
func enVerb(f corpus.Fact) string {
	if f.Kind == corpus.KindActual && estimated(f) {
		return "reported an estimated"
	}
	if f.Kind == corpus.KindActual {
		return "reported"
	}
	switch {
	case hasQualifier(f, "确保"):
		return "will ensure"
	case hasQualifier(f, "力争"):
		return "will strive for"
	}
	return "targets"
}

// estimated reports whether a result is stated as an estimate: 预计 in its clause before the
// indicator (全年预计(下同)实现地区生产总值350亿元), as a report reviewing a year before its
// statistics are final writes it.
func estimated(f corpus.Fact) bool {
	i := strings.Index(f.Sentence, f.Wording)
	if f.Wording == "" || i < 0 {
		return false
	}
	clause := f.Sentence[strings.LastIndexAny(f.Sentence[:i], ",，;；。")+1 : i]
	return strings.Contains(clause, "预计")
}

// factAt is where a fact's figure is written in its sentence: at its wording, else its figure,
// else the sentence's end.
func factAt(f corpus.Fact) int {
	for _, w := range []string{f.Wording, f.ValueText} {
		if i := strings.Index(f.Sentence, w); w != "" && i >= 0 {
			return i
		}
	}
	return len(f.Sentence)
}

func hasQualifier(f corpus.Fact, q string) bool {
	for x := range strings.SplitSeq(f.Qualifier, ",") {
		if x == q {
			return true
		}
	}
	return false
}

// enIndicator is a fact's indicator in English ("general public budget revenue"), else its
// wording as the report writes it.
func enIndicator(f corpus.Fact) string {
	if ind, ok := facts.Lookup(f.Indicator); ok && len(ind.English) > 0 {
		return ind.English[0]
	}
	if f.Wording != "" {
		return f.Wording
	}
	return f.Indicator
}

// enFactPhrase is a fact's measure and figure, with its indicator when named: "industrial
// investment of 4.7 billion yuan (47亿元)", "GDP growth of about 9% (9%左右)", "growth of 10%",
// "a decline of 7.4%".
func enFactPhrase(f corpus.Fact, named bool) string {
	name := ""
	if named {
		name = enIndicator(f) + " "
	}
	if f.Comparator == "flat" {
		return name + "flat on the previous year"
	}
	fig, bare := enFactFigure(f)
	switch {
	case f.Measure == facts.MeasureGrowth && f.Value < 0:
		if named {
			return "a decline in " + enIndicator(f) + " of " + fig
		}
		return "a decline of " + fig
	case f.Measure == facts.MeasureGrowth:
		return name + "growth of " + fig
	case f.Measure == "share":
		return name + "share of " + fig
	}
	if named && bare {
		// A count reads as a number of the indicator: "projects introduced: 10 (10个)".
		return strings.TrimSuffix(name, " ") + ": " + fig
	}
	return name + "of " + fig
}

// enFactFigure is a fact's value in English with the original in brackets and its qualifier
// (以上, 左右, 以内, 以下): "4.7 billion yuan (47亿元)", "more than 35 (35个以上)", "about 9%
// (9%左右)"; a decline's sign is in the words around it, so the figure is unsigned.
// bare is true for a count (10个 → "10", 53家 → "53 enterprises").
func enFactFigure(f corpus.Fact) (fig string, bare bool) {
	text := strings.TrimSpace(f.ValueText)
	for _, p := range []string{"-", "−", "下降", "减少", "增长", "增加"} {
		text = strings.TrimPrefix(text, p)
	}
	v, err := num.Parse(text)
	if err != nil {
		return text, false
	}
	bare = v.Dim() == num.DimCount
	if near := factNear(f, text); near != "" && v.Qualifier == "" && !v.Approx {
		if q, ok := num.QualifierEnglish(near); ok {
			return q + " " + v.English() + " (" + near + text + ")", bare // 超95%: more than 95%
		}
	}
	if v.Qualifier == "" {
		for _, q := range []string{"以上", "左右", "以内", "以下"} {
			if hasQualifier(f, q) {
				v.Qualifier = q
				break
			}
		}
	}
	return v.Gloss(), bare
}

// enGistLine says what the quoted passage is about: "Huigou town (浍沟镇)'s report speaks of
// rural revitalization: rural (乡村), revitalization (振兴)".
func enGistLine(a retrieval.Plan, label, quote string, g *lexicon.Lexicon) string {
	return label + "'s report speaks of " + aboutPhrase(a, glossTerms(a, quote, 4, g))
}

// aboutPhrase says what a passage is about: its glossed terms when they include the question's
// subject ("rural revitalization (乡村振兴), …"), else the subject in the question's words and
// then the glossed terms.
func aboutPhrase(a retrieval.Plan, gs []lexicon.Gloss) string {
	subject := questionSubject(a.Question)
	q := strings.ToLower(a.Question)
	for _, g := range gs {
		if strings.EqualFold(g.English, subject) || strings.Contains(q, strings.ToLower(g.English)) {
			// The question's own terms are among the glosses: they say it best.
			return glossList(gs)
		}
	}
	if len(gs) == 0 {
		return subject
	}
	return subject + ": " + glossList(gs)
}

// glossTerms are up to n terms of sentence in English, in sentence order: first the question's
// own terms the sentence holds, in the question's words ("rural revitalization (乡村振兴)"),
// then the lexicon's most telling terms that do not overlap them. Glosses of proper names
// (capitalised) and long explanations are left out: in a government report a rare word is more
// often a name split wrongly (村上 of 村上榜) than the topic.
func glossTerms(a retrieval.Plan, sentence string, n int, lex *lexicon.Lexicon) []lexicon.Gloss {
	out := questionGlosses(a, sentence, n)
	overlaps := func(start, end int) bool {
		for _, g := range out {
			if start < g.End && g.Start < end {
				return true
			}
		}
		return false
	}
	for _, g := range lex.KeyTerms(sentence, 12) {
		if len(out) == n {
			break
		}
		if g.English == "" || unicode.IsUpper([]rune(g.English)[0]) || len(strings.Fields(g.English)) > 4 ||
			strings.ContainsAny(g.English, ",;(") || overlaps(g.Start, g.End) {
			continue
		}
		g.English = strings.TrimPrefix(g.English, "to ") // a verb's gloss: "focus (聚焦)"
		out = append(out, g)
	}
	slices.SortStableFunc(out, func(x, y lexicon.Gloss) int { return x.Start - y.Start })
	return out
}

// questionGlosses are up to n of the question's own English terms that sentence holds, in the
// question's words, in the order of the question ("rural revitalization (乡村振兴)"). A word the
// plan also lists as untranslated (a closed compound rendered only through its parts:
// "paperwork" through paper and work, 工作) glosses nothing: its rendering is not what it means,
// and "paperwork (工作)" would teach the reader a wrong word. The dictionary's own gloss of the
// Chinese word then names it (glossTerms: "work (工作)").
func questionGlosses(a retrieval.Plan, sentence string, n int) []lexicon.Gloss {
	var out []lexicon.Gloss
	for _, t := range a.Terms {
		if len(out) == n || t.From == "" || strings.ContainsFunc(t.From, zh.IsHan) || slices.Contains(a.Untranslated, t.From) {
			continue
		}
		for _, v := range t.Variants {
			i := strings.Index(sentence, v)
			if v == "" || i < 0 || !strings.ContainsFunc(v, zh.IsHan) || slices.ContainsFunc(out, func(g lexicon.Gloss) bool {
				return i < g.End && g.Start < i+len(v)
			}) {
				continue
			}
			out = append(out, lexicon.Gloss{Chinese: v, Start: i, End: i + len(v), English: t.From})
			break
		}
	}
	return out
}

// glossList writes glosses as "phasing out (淘汰), water-jet loom (喷水织机)".
func glossList(gs []lexicon.Gloss) string {
	parts := make([]string, 0, len(gs))
	for _, g := range gs {
		parts = append(parts, g.English+" ("+g.Chinese+")")
	}
	return strings.Join(parts, ", ")
}

// clauseBounds are the byte bounds of the clause of s holding start…end: from after the clause
// punctuation before start (、 included) to the clause punctuation after end.
func clauseBounds(s string, start, end int) (int, int) {
	i := strings.LastIndexAny(s[:start], ",;:，；：。、")
	if i < 0 {
		i = 0
	} else {
		i++
		for i < len(s) && (s[i]&0xC0) == 0x80 {
			i++
		}
	}
	j := strings.IndexAny(s[end:], ",;:，；：。")
	if j < 0 {
		return i, len(s)
	}
	return i, end + j
}

func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// firstGroups keeps the facts of the first n indicator-and-kind groups.
func firstGroups(fs []corpus.Fact, n int) []corpus.Fact {
	seen := map[string]bool{}
	var out []corpus.Fact
	for _, f := range fs {
		g := f.Indicator + "|" + f.Kind
		if !seen[g] {
			if len(seen) == n {
				continue
			}
			seen[g] = true
		}
		out = append(out, f)
	}
	return out
}

// enFactBullet is a list line stating one report's facts in English, citations after:
// "Shengze town (盛泽镇) targets general public budget revenue growth of about 10% (10%左右) in
// 2023 [2]". cite returns the citation number of a fact's passage (0: none).
func enFactBullet(r corpus.Report, fs []corpus.Fact, res retrieval.Result, cite func(corpus.Fact) int) string {
	var refs []string
	for _, f := range fs {
		if n := cite(f); n > 0 {
			if ref := "[" + strconv.Itoa(n) + "]"; !contains(refs, ref) {
				refs = append(refs, ref)
			}
		}
	}
	year := func(f corpus.Fact) int { return factYear(f, res, corpus.Chunk{}, r) }
	line := capitalize(reportLabel(r, "en")) + " " + enFactClause(fs, year)
	if len(refs) > 0 {
		line += " " + strings.Join(refs, "")
	}
	return line
}

// enTopicLine is a list line for a report whose passage speaks of the question's topic: the
// figure that answers, or the glossed key terms, then the quote: "Huigou town (浍沟镇): rural
// (乡村), revitalize (振兴) [3] — “全面推进乡村振兴”".
//
// A lead (the heading the quoted statement stands under) that the quote does not repeat is named
// after the label, outside the quotation marks (it is not in the cited passage), and glossed
// with the quote.
func enTopicLine(a retrieval.Plan, r corpus.Report, lead, quote string, n int, lex *lexicon.Lexicon) string {
	label := capitalize(reportLabel(r, "en"))
	about := quote
	if lead = strings.TrimRight(strings.TrimSpace(lead), "。.:："); lead != "" && !strings.Contains(quote, lead) {
		label += " (under the heading " + lead + ")"
		about = lead + "。" + quote
	}
	// A list line glosses the asked topic as the quote words it; other key terms of the quote
	// ("unswerving (坚定不移)") only when the quote holds none of the question's terms.
	gs := questionGlosses(a, about, 3)
	if len(gs) == 0 {
		gs = glossTerms(a, about, 3, lex)
	}
	slices.SortStableFunc(gs, func(x, y lexicon.Gloss) int { return x.Start - y.Start })
	line := label + ": speaks of " + aboutPhrase(a, gs)
	if figs := quoteFigures(a, quote); len(figs) > 0 {
		parts := make([]string, 0, len(figs))
		for _, f := range figs {
			parts = append(parts, f.english(quote))
		}
		line = label + ": " + strings.Join(parts, ", ")
		if len(gs) > 0 {
			line += " — " + glossList(gs)
		}
	}
	return line + " [" + strconv.Itoa(n) + "]: “" + quote + "”"
}
