package answer

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
	"github.com/reportbot/reportbot/retrieval"
)

// The figures of a quote that answer a how-much question, picked for the first line of an answer
// (English, or Chinese for a Chinese question): the number attached to the asked indicator, of
// the asked unit, with the change it states (增长 → up, 下降 → down) and its qualifiers, and the
// rate of change the report states right after it ("55亿元,同比增长5.2%").

// quoteFigure is one figure of a quote that answers the question.
type quoteFigure struct {
	v num.Value
	// label is the asked indicator the figure is attached to, in the question's words
	// ("fixed-asset investment", "工业投资"); "" when no term of the question is near it.
	label string
	// change is +1 when a rise word (增长, 提高…) precedes the figure, -1 for a fall (下降…), 0
	// for none; from is where the verbatim original starts (the change or qualifier word).
	change int
	from   int
	// aim is the aim word of its clause (力争, 争取, 确保), "" for none.
	aim string
	// noun is the question's noun for a generic count ("sewage outlets"), "" for none.
	noun string
}

var (
	riseWords = []string{"同比增长", "同比增加", "比上年增长", "增长", "增加", "提高", "提升", "上升", "增幅", "增速"}
	fallWords = []string{"同比下降", "比上年下降", "下降", "减少", "降低", "下滑", "回落"}
	// nearWords are qualifiers written right before a figure (约, 超过 …).
	nearWords = []string{"不低于", "不少于", "不超过", "超过", "突破", "接近", "将近", "大约", "约", "近", "逾", "超"}
	aimWords  = []string{"力争", "争取", "确保"}
	// reRankQ asks for a rank ("where did … rank", "what place").
	reHowMany = regexp.MustCompile(`\b(?:how many|number of)\s+`)
	reRankQ   = regexp.MustCompile(`\brank(?:s|ed|ing)?\b|\bwhat place\b|\bposition\b|排名|名次|第几`)
)

// changeBefore reads the change word that ends before (after any near qualifier): the sign
// and the byte length of the words (change and qualifier) that belong to the figure.
func changeBefore(before string) (sign, n int) {
	s := before
	for _, w := range nearWords {
		if strings.HasSuffix(s, w) {
			s = strings.TrimSuffix(s, w)
			n += len(w)
			break
		}
	}
	for _, w := range fallWords {
		if strings.HasSuffix(s, w) {
			return -1, n + len(w)
		}
	}
	for _, w := range riseWords {
		if strings.HasSuffix(s, w) {
			return 1, n + len(w)
		}
	}
	return 0, n
}

// quoteValues are the figures of a quote that may answer (no years, no dates such as 6·30); a
// count in a ranking after an ordinal (第75位、241位) is read as an ordinal too.
func quoteValues(quote string) []num.Value {
	var out []num.Value
	for _, v := range num.FindWith(quote, num.Options{Ungrouped: true}) {
		if v.Year() || strings.HasPrefix(quote[v.End:], "·") || strings.HasSuffix(quote[:v.Start], "·") {
			continue
		}
		if n := len(out); n > 0 && !v.Ordinal && out[n-1].Ordinal && v.Unit != "" && v.Unit == out[n-1].Unit &&
			strings.TrimSpace(quote[out[n-1].QualEnd:v.Start]) == "、" {
			v.Ordinal = true
		}
		out = append(out, v)
	}
	return out
}

// termNear is the question term nearest before the figure at start in its clause (or, failing
// that, right after it), and its distance in characters; ok is false when none is.
func termNear(a retrieval.Plan, clause string, at int) (t retrieval.Term, dist int, ok bool) {
	dist = 1 << 30
	for _, term := range a.Terms {
		if term.Weight < 0.3 || term.From == "" {
			continue
		}
		for _, variant := range term.Variants {
			if variant == "" || !strings.ContainsFunc(variant, zh.IsHan) || slices.Contains(riseWords, variant) || slices.Contains(fallWords, variant) {
				continue
			}
			if i := strings.LastIndex(clause[:at], variant); i >= 0 {
				if d := utf8.RuneCountInString(clause[i+len(variant) : at]); d < dist {
					t, dist, ok = term, d, true
				}
			}
			if i := strings.Index(clause[at:], variant); i >= 0 {
				if d := 8 + utf8.RuneCountInString(clause[at:at+i]); d < dist {
					t, dist, ok = term, d, true
				}
			}
		}
	}
	return t, dist, ok
}

// figureAsk is what a question asks for: the fit of a figure and the noun of a count.
type figureAsk struct {
	fits func(num.Value) bool
	// class and head score a count of the asked class, a clause naming the asked noun.
	class, head, noun string
	rank              bool
}

// questionAsks are the figures a question asks for: one per "how many …" of an English
// question (several when it asks several: "how many compounds …, and how many households"),
// else the one questionFigure reads; a Chinese question's from retrieval.AskedFigure.
func questionAsks(a retrieval.Plan) []figureAsk {
	rank := reRankQ.MatchString(strings.ToLower(a.Norm + " " + a.Question))
	if a.Lang == "zh" {
		asks, fits := retrieval.AskedFigure(a)
		if !asks && !rank {
			return nil
		}
		return []figureAsk{{fits: func(v num.Value) bool { return rank && v.Ordinal || !rank && fits(v) }, rank: rank}}
	}
	w := questionFigure(a)
	if rank {
		return []figureAsk{{fits: func(v num.Value) bool { return v.Ordinal }, rank: true}}
	}
	if !w.asks {
		return nil
	}
	ws := []wantFigure{w}
	q := a.Norm
	if q == "" {
		q = strings.ToLower(a.Question)
	}
	for i, loc := range reHowMany.FindAllStringIndex(q, -1) {
		if i == 0 {
			continue // the first is questionFigure's
		}
		x := wantFigure{asks: true, dim: num.DimCount}
		x.head, x.noun = headNoun(q[loc[1]:])
		if c, ok := personNouns[x.head]; ok {
			x.class = c
		}
		ws = append(ws, x)
	}
	var out []figureAsk
	for _, w := range ws {
		out = append(out, figureAsk{fits: func(v num.Value) bool { return !v.Ordinal && fitsWant(v, w) }, class: w.class, head: w.head, noun: w.noun})
	}
	return out
}

// quoteFigures picks, for each figure the question asks for, the quote's figure that answers it
// (the one nearest the question's terms, of the asked class), with the rate of change stated
// right after it; in quote order. It is empty when the question asks for no figure or the quote
// has none of the kind.
func quoteFigures(a retrieval.Plan, quote string) []quoteFigure {
	vs := quoteValues(quote)
	var out []quoteFigure
	taken := map[int]bool{}
	for _, ask := range questionAsks(a) {
		best, bestScore := -1, -1.0
		for i, v := range vs {
			if taken[i] || !ask.fits(v) {
				continue
			}
			score := 0.0
			if c := v.Class(); ask.class != "" && (c == ask.class || strings.HasPrefix(c, "person") && ask.class == "people") {
				score += 4
			}
			if ask.head != "" && headNear(a, quote, v, ask.head) {
				score += 6 // the figure counts the noun asked about: 发动志愿者5万余人次
			}
			cs, ce := clauseBounds(quote, v.Start, v.End)
			clause := quote[cs:ce]
			for _, t := range a.Terms {
				weight := 1.0
				if ask.head != "" && strings.Contains(strings.ToLower(t.From), ask.head) {
					weight = 3 // the term of the noun asked about
				}
				if slices.ContainsFunc(t.Variants, func(s string) bool { return s != "" && strings.Contains(clause, s) }) {
					score += weight
				}
			}
			if _, d, ok := termNear(a, clause, v.Start-cs); ok {
				score += 2 / (1 + float64(d)/4)
			}
			if score > bestScore {
				best, bestScore = i, score
			}
		}
		if best < 0 {
			continue
		}
		taken[best] = true
		out = append(out, describeFigure(a, quote, vs[best], ask.noun))
		if f, ok := attachedChange(a, quote, vs, best); ok && !taken[best+1] {
			taken[best+1] = true
			out = append(out, f)
		}
	}
	slices.SortFunc(out, func(x, y quoteFigure) int { return x.v.Start - y.v.Start })
	return out
}

// attachedChange is the rate of change stated right after figure i of the quote, in the next
// clause ("55亿元,同比增长5.2%"): the change of the same indicator.
func attachedChange(a retrieval.Plan, quote string, vs []num.Value, i int) (quoteFigure, bool) {
	if i+1 >= len(vs) || vs[i].Dim() == num.DimPct || vs[i].Dim() == num.DimPoints {
		return quoteFigure{}, false
	}
	next := vs[i+1]
	if d := next.Dim(); d != num.DimPct && d != num.DimPoints {
		return quoteFigure{}, false
	}
	between := strings.TrimLeft(quote[vs[i].QualEnd:next.Start], ",，")
	if sign, n := changeBefore(between); sign == 0 || n != len(between) && strings.ContainsAny(between[:len(between)-n], ",，;；。") {
		return quoteFigure{}, false
	}
	f := describeFigure(a, quote, next, "")
	f.label = ""
	return f, true
}

// describeFigure reads what surrounds a figure of the quote: its change and near qualifier
// words, the aim of its clause and the question term it is attached to.
func describeFigure(a retrieval.Plan, quote string, v num.Value, noun string) quoteFigure {
	f := quoteFigure{v: v, from: v.Start, noun: noun}
	cs, ce := clauseBounds(quote, v.Start, v.End)
	clause := quote[cs:ce]
	sign, n := changeBefore(quote[cs:v.Start])
	f.change, f.from = sign, v.Start-n
	for _, w := range aimWords {
		if strings.Contains(clause[:v.Start-cs], w) {
			f.aim = w
			break
		}
	}
	if t, _, ok := termNear(a, clause, f.from-cs); ok {
		f.label = t.From
	}
	return f
}

// original is the figure as the quote writes it, with its change and qualifier words and the
// noun after its measure word ("同比增长5.2%", "15%以上", "12个项目").
func (f quoteFigure) original(quote string) string {
	end := f.v.QualEnd
	if f.v.Noun != "" && strings.HasPrefix(quote[end:], f.v.Noun) {
		end += len(f.v.Noun)
	}
	return quote[f.from:end]
}

// headNear reports whether a wording of the question's term for the head noun asked about
// stands just before the figure (within 10 characters) or right after it.
func headNear(a retrieval.Plan, quote string, v num.Value, head string) bool {
	before := []rune(quote[:v.Start])
	after := []rune(quote[v.End:])
	near := string(before[max(0, len(before)-10):]) + "|" + string(after[:min(len(after), 6)])
	for _, t := range a.Terms {
		if t.Weight < 0.1 || !slices.Contains(strings.Fields(strings.ToLower(t.From)), head) {
			continue
		}
		if slices.ContainsFunc(t.Variants, func(s string) bool { return s != "" && strings.Contains(near, s) }) {
			return true
		}
	}
	return false
}
