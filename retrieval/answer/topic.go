package answer

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/retrieval"
)

// composeTopic answers a filter question that no fact row answers: every report (in scope)
// whose best topical span covers the question's terms (retrieval.TopicCoverage) is listed with
// its quote and a citation, best covered first, and the answer says how many reports were
// checked. A question that asks in words for a figure (retrieval.Plan.AsksFigure) lists the
// reports whose statement has none as near misses. When no report qualifies and the best
// passage does not speak of the topic either, the answer says that none of the reports checked
// does (not grounded, the closest passages cited); it returns false when no report qualifies
// but the best passage speaks of the topic, or only one report was checked (a lookup answers).
func composeTopic(a retrieval.Plan, res retrieval.Result, k int, ans *Answer) bool {
	var said []string
	for _, e := range res.Topic {
		said = append(said, e.Lead+e.Quote)
	}
	// A statement of the indicator answers only when it says what the question asks beside
	// it ("与经济增长同步"; see composeAggregate).
	aside, _ := a.AsideCheck(said)
	// A report that speaks of the topic only for another time frame than the one the question
	// names (last year's review for "今年", this year's plans for "last year") does not answer
	// it. A frame read from a plan verb alone ("建了或打算建", "plans") may be either (list_frame.go).
	// A question with a threshold ("more than 100 suggestions", 超过100件) lists a report only
	// when its passage states a figure that meets it (passageVerdict), as the fact rows do.
	// A question about falls lists a report only when its passage states a fall (listedByPassage).
	fs := slices.DeleteFunc(slices.Clone(res.Topic), func(e retrieval.Evidence) bool {
		return !listedByPassage(a, e) || !aside(e.Lead+e.Quote)
	})
	fs = dropCompoundApart(a, fs, res.Lexicon.DocFreq) // "model village": 示范村, not 村 alone (list_compound.go)
	fs = dropOtherLevel(a, fs)                         // "a national ranking": not 位列全市第一 (list_level.go)
	if len(fs) == 0 {
		if res.Checked < 2 || res.Best == nil {
			return false
		}
		if !res.SpeaksOfTopic(a, res.Best.Lead+res.Best.Sentence) {
			noTopic(a, res, k, ans)
			return true
		}
		// The best passage speaks of the topic though no report's own evidence was taken for
		// it: still a list (of one), saying how many reports were checked, not one report's
		// lookup that reads as if it were the only answer. It must answer as a lookup would
		// (grounded, holding any code asked for), or the lookup path declines it.
		b := res.Best
		if !answersAsLookup(a, res, b) || !listedByPassage(a, *b) || !aside(b.Lead+b.Quote) {
			return false
		}
		fs = []retrieval.Evidence{*res.Best}
	}
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Coverage > fs[j].Coverage })
	asksFigure := a.AsksFigure()
	// Every report is a row; a long list renders (cites) only the rows it shows (longlist.go).
	rows := make([]listRow, 0, len(fs))
	for _, f := range fs {
		key := f.Hit.Chunk.Key()
		isNear := asksFigure && !statesTermFigure(a, f.Quote)
		rows = append(rows, listRow{key: key, entity: f.Hit.Chunk.Entity, near: isNear, render: func() (string, int) {
			n := len(ans.Citations) + 1
			c := citation(n, f.Hit)
			c.Quote = f.Quote
			ans.Citations = append(ans.Citations, c)
			r, _ := res.Report(key)
			line := evidenceLine(reportLabel(r, a.Lang), f, n, a.Lang)
			if a.Lang == "en" {
				line = "• " + enTopicLine(a, r, f.Lead, f.Quote, n, res.Lexicon)
			}
			return line, n
		}})
	}
	lines, near := listRows(ans, rows, a, "relevance", res.Checked)
	seen := map[string]bool{}
	for _, c := range ans.Citations {
		seen[c.ChunkID] = true
	}
	for _, h := range res.Hits {
		if len(ans.Citations) >= max(k, listedShown(ans)) {
			break
		}
		if !seen[h.Chunk.ID] {
			seen[h.Chunk.ID] = true
			ans.Citations = append(ans.Citations, citation(len(ans.Citations)+1, h))
		}
	}
	// "No report gives the figure asked for" answers nothing: it is a decline with near misses.
	ans.Grounded = len(lines) > 0
	note := checkedNote(a.Lang, matchCount(ans, len(lines)), res.Checked)
	var b strings.Builder
	switch {
	case a.Lang == "zh" && len(lines) > 0:
		b.WriteString("谈到这一点的报告" + note + ":\n" + strings.Join(lines, "\n"))
	case a.Lang == "zh":
		b.WriteString("没有报告给出问题所问的数字" + note + "。")
	case len(lines) > 0:
		b.WriteString("Reports that speak of this" + note + ":\n" + strings.Join(lines, "\n"))
	default:
		b.WriteString("No report gives the figure asked for" + note + ".")
	}
	if len(near) > 0 {
		if a.Lang == "zh" {
			b.WriteString("\n谈到这一点但没有给出数字:\n" + strings.Join(near, "\n"))
		} else {
			b.WriteString("\nSpeak of it without the figure asked for:\n" + strings.Join(near, "\n"))
		}
	}
	if tail := listTail(ans, res, a.Lang); tail != "" {
		b.WriteString("\n" + tail)
	}
	ans.Text = b.String()
	return true
}

// statesTermFigure reports whether a quote states a figure (retrieval.StatesFigure) in a clause
// — up to a full stop or a semicolon — that holds one of the question's full-weight terms:
// "突出抓好…重点群体就业创业。…新增入驻机构不少于20家" states no figure of jobs. A question with no
// such term found in the quote is held to the whole quote. A question that names the figure's
// unit (Plan.FigureUnit) wants a figure in it, in the term's comma clause.
func statesTermFigure(a retrieval.Plan, quote string) bool {
	unit := a.FigureUnit() // 复垦的亩数: a figure in mu
	clauses := strings.FieldsFunc(quote, func(r rune) bool {
		// A figure in the asked unit is the asked thing's only in its own comma clause:
		// "…撂荒地复耕复垦任务,完成…高标准农田建设项目680亩" states no area reclaimed.
		return r == '。' || r == ';' || r == '；' || unit != "" && (r == ',' || r == '，')
	})
	holds := func(c string) bool {
		return slices.ContainsFunc(a.Terms, func(t retrieval.Term) bool {
			return t.Weight >= 1 && slices.ContainsFunc(t.Variants, func(v string) bool { return v != "" && strings.Contains(c, v) })
		})
	}
	named := false
	for _, c := range clauses {
		if !holds(c) {
			continue
		}
		named = true
		if retrieval.StatesFigureIn(fromNamingPart(c, holds), unit) {
			return true
		}
	}
	return !named && retrieval.StatesFigureIn(quote, unit)
}

// fromNamingPart returns clause from its first comma part that names the asked thing (holds)
// on: a figure in a comma part before the thing is named counts what that part names
// ("建设提升基本便民服务网点67个,背街小巷环境精细化整治提升三年行动全面收官" gives no number of back
// alleys), while the parts after it go on about the thing ("开展食品安全百日专项整治行动,…,对146家
// 食品生产经营主体进行分级包保").
func fromNamingPart(clause string, holds func(string) bool) string {
	parts := strings.FieldsFunc(clause, func(r rune) bool { return r == ',' || r == '，' })
	for i, p := range parts {
		if holds(p) {
			return strings.Join(parts[i:], ",")
		}
	}
	return clause
}

// noTopic answers a list question of whose topic no report checked speaks: it says so, and
// cites the closest passages as such.
func noTopic(a retrieval.Plan, res retrieval.Result, k int, ans *Answer) {
	for _, h := range res.Hits {
		if k > 0 && len(ans.Citations) >= k {
			break
		}
		ans.Citations = append(ans.Citations, citation(len(ans.Citations)+1, h))
	}
	ans.Grounded = false
	closest := notFound(a.Lang)
	if len(ans.Citations) > 0 {
		closest = closestPassages(a.Lang, ans.Citations)
	}
	if a.Lang == "zh" {
		ans.Text = "所查的" + zhCount(res.Checked) + "份报告都没有谈到这一点。" + closest
		return
	}
	ans.Text = "None of the " + enCount(res.Checked) + " reports checked speaks of this. " + closest
}

// evidenceLine is a list line for a report's quoted evidence: "• 浍沟镇 (under the heading
// (二)…全面推进乡村振兴): “严格落实…” [3]". The heading is named when the quote does not hold it.
func evidenceLine(label string, e retrieval.Evidence, n int, lang string) string {
	under := ""
	if lead := strings.TrimSpace(e.Lead); lead != "" && !strings.Contains(e.Quote, lead) {
		lead = strings.TrimRight(lead, "。.:：")
		// Not in quotation marks: a heading that ends the passage before the cited one is not
		// in the cited passage (Verify holds quotations to them).
		if lang == "zh" {
			under = "(标题:" + lead + ")"
		} else {
			under = " (under the heading " + lead + ")"
		}
	}
	sep := ": "
	if lang == "zh" {
		sep = ":"
	} else if label != "" {
		label = capitalize(label) // "A district of Panjin" starts the line
	}
	return "• " + label + under + sep + "“" + e.Quote + "” [" + strconv.Itoa(n) + "]"
}

// checkedNote says how many of the reports checked a list names: " (3 of 9 reports)",
// "(共查9份报告,其中3份)", with the counts in words ("three of nine") so that they are not taken
// for figures of the reports (Verify holds every digit of an answer to its passages); "" when
// the count of reports checked is unknown.
func checkedNote(lang string, listed, checked int) string {
	if checked <= 0 {
		return ""
	}
	if lang == "zh" {
		return "(共查" + zhCount(checked) + "份报告,其中" + zhCount(listed) + "份)"
	}
	unit := "reports"
	if checked == 1 {
		unit = "report"
	}
	return " (" + enCount(listed) + " of " + enCount(checked) + " " + unit + ")"
}

var enSmall = strings.Fields("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")

var enTens = strings.Fields("_ _ twenty thirty forty fifty sixty seventy eighty ninety")

// enCount writes a count below 100 in English words ("forty-two"), larger ones in digits.
func enCount(n int) string {
	switch {
	case n < 0 || n >= 100:
		return strconv.Itoa(n)
	case n < 20:
		return enSmall[n]
	case n%10 == 0:
		return enTens[n/10]
	}
	return enTens[n/10] + "-" + enSmall[n%10]
}

// zhCount writes a count below 100 in Chinese numerals (九, 十二, 四十五), larger ones in digits.
func zhCount(n int) string {
	digits := []rune("零一二三四五六七八九")
	switch {
	case n < 0 || n >= 100:
		return strconv.Itoa(n)
	case n == 2:
		return "两"
	case n < 10:
		return string(digits[n])
	}
	s := "十"
	if n >= 20 {
		s = string(digits[n/10]) + s
	}
	if n%10 != 0 {
		s += string(digits[n%10])
	}
	return s
}
