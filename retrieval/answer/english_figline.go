package answer

import (
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
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

// zhFrame writes a time frame in Chinese: "2023年目标", "2023年实绩", "" when unknown.
func zhFrame(kind string, year int) string {
	word := map[string]string{corpus.KindTarget: "目标", corpus.KindActual: "实绩"}[kind]
	if word == "" {
		return ""
	}
	if year > 0 {
		return strconv.Itoa(year) + "年" + word
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
	if f.noun != "" {
		if _, named := countGloss(f.v, wantFigure{noun: f.noun}); named {
			fig += " " + f.noun
		}
	}
	switch f.change {
	case 1:
		fig = "up " + fig
	case -1:
		fig = "down " + fig
	}
	if orig := f.original(quote); !strings.EqualFold(orig, fig) {
		fig += " (" + orig + ")"
	}
	label := f.label
	if low := strings.ToLower(label); low != "" && (strings.Contains(strings.ToLower(fig), low) || f.noun != "" && strings.Contains(low, lastWord(f.noun))) {
		label = "" // the figure names it: "107 projects (107个项目)"
	}
	if label != "" {
		fig = label + " " + fig
	}
	if a := aimEnglish[f.aim]; a != "" {
		fig = a + " " + fig
	}
	return fig
}

func lastWord(s string) string {
	fs := strings.Fields(strings.ToLower(s))
	if len(fs) == 0 {
		return "\x00"
	}
	return fs[len(fs)-1]
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

// zhFiguresLine states the quote's answering figures in Chinese, as the quote writes them, with
// the indicator the question names and the time frame: "固定资产投资55亿元,同比增长5.2%(2023年实绩)".
func zhFiguresLine(frame string, figs []quoteFigure, quote string) string {
	parts := make([]string, 0, len(figs))
	for _, f := range figs {
		p := f.original(quote)
		if f.label != "" && !strings.HasPrefix(p, f.label) {
			p = f.label + p
		}
		parts = append(parts, f.aim+p)
	}
	line := strings.Join(parts, ",")
	if frame != "" {
		line += "(" + frame + ")"
	}
	return line
}

// zhLookupFigures is the Chinese first line's statement of the figures of a quote that answer a
// how-much question when no fact row does ("" when the question asks for none or the quote has
// none of the kind). It is the hook composeLookup calls.
func zhLookupFigures(a retrieval.Plan, b *retrieval.Evidence, r corpus.Report, quote string) string {
	figs := quoteFigures(a, quote)
	if len(figs) == 0 {
		return ""
	}
	return zhFiguresLine(zhFrame(figureFrame(quote, b.Hit.Chunk.Section, r)), figs, quote)
}

// factsAnswer reports whether fact rows state a figure of a kind the question asks for (any,
// when it names none): rows about another figure of the sentence (an unemployment rate for "how
// many jobs") do not answer it.
func factsAnswer(a retrieval.Plan, fs []corpus.Fact) bool {
	asks := questionAsks(a)
	if len(asks) == 0 {
		return true
	}
	for _, f := range fs {
		text := strings.TrimSpace(f.ValueText)
		for _, p := range []string{"-", "−", "下降", "减少", "增长", "增加"} {
			text = strings.TrimPrefix(text, p)
		}
		v, err := num.Parse(text)
		if err != nil {
			return true // unreadable: trust the row
		}
		for _, ask := range asks {
			if ask.fits(v) {
				return true
			}
		}
	}
	return false
}

func appendNonEmpty(ss []string, s string) []string {
	if s == "" {
		return ss
	}
	return append(ss, s)
}
