package retrieval

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
)

// Stated indicators: a question about an indicator of a named report ("岱西镇2023年固定资产投资
// 增长目标是多少?") is answerable only when that report states the indicator in the asked time
// frame — a target when a target is asked, a result when a result is — with a figure when a
// figure is asked. A report that names it only elsewhere (浍沟镇's 财政收入 is a result, not a
// target), only inside another indicator (单位地区生产总值能耗 is not 地区生产总值) or only
// without a figure ("GDP增速与全市基本保持同步" for "地区生产总值总量是多少亿元") does not state it.

// indicatorConstraint checks, for a question about an indicator of named reports, that one of
// the named reports states it (reportStates, in the asked time frame); when none does, the
// constraint is unmet, with Have the indicators they do state (in the asked time frame,
// targets when none is asked). For other questions some report in scope must state it, in any
// time frame.
func (ix *Index) indicatorConstraint(p Plan, scopeKeys map[corpus.ReportKey]bool, inScope []corpus.Report, matched []corpus.Fact) (Constraint, bool) {
	if len(p.Indicators) == 0 || asksPlace(p) {
		return Constraint{}, false
	}
	c := Constraint{Kind: ConstraintIndicator, Value: p.Indicators[0], Met: true}
	var wordings []string
	for _, ind := range p.Indicators {
		wordings = append(wordings, indicatorWordings(ind)...)
	}
	if len(p.Reports) == 0 || scopeKeys == nil {
		// Not about named reports: some report in scope must state it.
		// Only the reports that may mention it are read (mayState).
		may := ix.mayState(p.Indicators, wordings)
		c.Met = len(matched) > 0 || slices.ContainsFunc(inScope, func(r corpus.Report) bool {
			return (may == nil || may[r.Key()]) && ix.reportStates(r.Key(), p.Indicators, wordings, statedWant{})
		})
		return c, true
	}
	want := statedWant{kind: p.Intent, figure: wantFigure(p).asks, growth: p.Growth}
	kind := p.Intent
	if kind == "" {
		kind = corpus.KindTarget
	}
	var lacking []corpus.ReportKey
	for _, r := range inScope {
		if ix.reportStates(r.Key(), p.Indicators, wordings, want) {
			// One of the named reports states it (a name several places or years share): the
			// answer is that report's — of each year asked, when several are.
			if missing := ix.yearsUnstated(p, inScope, wordings, want); len(missing) > 0 {
				c.Met, c.Years = false, missing
				for _, r := range inScope {
					c.Reports = append(c.Reports, r.Key())
				}
			}
			return c, true
		}
		lacking = append(lacking, r.Key())
	}
	c.Met = false
	c.Reports = lacking
	if want.kind != "" {
		other := corpus.KindActual
		if want.kind == corpus.KindActual {
			other = corpus.KindTarget
		}
		if slices.ContainsFunc(lacking, func(k corpus.ReportKey) bool {
			return ix.reportStates(k, p.Indicators, wordings, statedWant{kind: other, figure: want.figure, growth: want.growth})
		}) {
			c.OtherFrame = other
		}
	}
	for _, k := range lacking {
		for _, i := range ix.reportFacts(k) {
			if f := ix.fact(int(i)); f.Kind == kind {
				c.Have = appendUnique(c.Have, f.Indicator)
			}
		}
	}
	if want.figure && len(lacking) == 1 {
		// What the report says of the indicator without a figure ("单位地区生产总值能耗下降…完成
		// 上级下达任务"), for the answer to quote.
		if id, sent, ok := ix.statement(lacking[0], p.Indicators, wordings, statedWant{kind: want.kind}); ok {
			c.ChunkID, c.Quote = id, sent
		}
	}
	return c, true
}

// yearsUnstated returns, for a question asking several years (2022年和2023年), the years none of
// the named reports that speak of the year in the asked time frame (frameYear) states the
// indicator for; nil for a question asking one year or none.
func (ix *Index) yearsUnstated(p Plan, inScope []corpus.Report, wordings []string, want statedWant) []int {
	if len(p.Years) < 2 {
		return nil
	}
	var missing []int
	for _, y := range p.Years {
		if !slices.ContainsFunc(inScope, func(r corpus.Report) bool {
			return frameYear(r, y, want.kind) && ix.reportStates(r.Key(), p.Indicators, wordings, want)
		}) {
			missing = append(missing, y)
		}
	}
	return missing
}

// frameYear reports whether a report speaks of year y in a time frame: the year it plans for
// when a target is asked, the year it reviews when a result is, any of its years otherwise.
func frameYear(r corpus.Report, y int, kind string) bool {
	review, plan := FrameYears(r)
	switch kind {
	case corpus.KindTarget:
		return plan == y
	case corpus.KindActual:
		return review == y
	}
	return y == r.Year || y == review || y == plan
}

// statedWant is what a report must state of an indicator: in a time frame (kind, "" for any)
// and with a figure; its growth (a rate of change) when growth is asked (stated_growth.go).
type statedWant struct {
	kind   string
	figure bool
	growth bool
}

// reportStates reports whether a report states one of the indicators as want asks (statement).
func (ix *Index) reportStates(k corpus.ReportKey, inds, wordings []string, want statedWant) bool {
	_, _, ok := ix.statement(k, inds, wordings, want)
	return ok
}

// statement finds where a report states one of the indicators as want asks: a fact row of it,
// of a loose relative (财政收入 and 一般公共预算收入) or of a narrower indicator whose name ends
// with it (城镇居民人均可支配收入 for 居民人均可支配收入) in the asked time frame, or a sentence
// of its passages that mentions it (mentions), fits the time frame and, when a figure is asked,
// states one. It returns the passage's chunk ID and the sentence.
func (ix *Index) statement(k corpus.ReportKey, inds, wordings []string, want statedWant) (chunkID, sentence string, ok bool) {
	accepted := relatedIndicators(inds)
	names := func(ind string) bool {
		return slices.ContainsFunc(accepted, func(n string) bool { return answersFor(ind, n) })
	}
	for _, ind := range accepted {
		for _, w := range indicatorWordings(ind) {
			wordings = appendUnique(wordings, w)
		}
		for _, w := range looseWordings[ind] {
			wordings = appendUnique(wordings, w)
		}
	}
	shared := sharedRun(names)
	rr := ix.reportReaderOf(k)
	for _, i := range ix.reportChunks(k) {
		c := rr.chunk(i)
		for _, fi := range ix.chunkFacts(c.ID) {
			if f := *ix.fact(fi); names(f.Indicator) && (want.kind == "" || f.Kind == want.kind) && (!want.growth || f.Measure == facts.MeasureGrowth) {
				return f.ChunkID, strings.TrimSpace(f.Sentence), true
			}
		}
		for _, sent := range zh.Sentences(c.Text) {
			if mentions(sent, names, wordings, shared) && ix.sentenceFits(c, sent, want) && (!want.figure || figureBeside(sent, wordings)) && (!want.growth || growthBeside(sent, wordings)) {
				return c.ID, strings.TrimSpace(sent), true
			}
		}
	}
	return "", "", false
}

// looseWordings are the loose wordings a report states an indicator in that are no indicator of
// their own in the facts table: 财政支出 for 一般公共预算支出 ("全年财政支出8.2亿元用于民生").
var looseWordings = map[string][]string{
	"一般公共预算支出": {"财政支出"},
}

// relatedIndicators returns the indicators with their loose relatives, both ways: a question
// about 一般公共预算收入 ("fiscal revenue") is answered by a report's 财政收入 too; and those that
// state them loosely (looseStated).
func relatedIndicators(inds []string) []string {
	out := slices.Clone(inds)
	for name, loose := range looseIndicators {
		for _, ind := range inds {
			if ind == name || slices.Contains(loose, ind) {
				for _, n := range append([]string{name}, loose...) {
					out = appendUnique(out, n)
				}
			}
		}
	}
	for _, ind := range inds {
		for _, n := range looseStated[ind] {
			out = appendUnique(out, n)
		}
	}
	return out
}

// looseStated are the indicators a report states in place of one a question names loosely,
// one way: an unemployment rate asked for is stated by 城镇登记失业率 (控制在3.8%以内) when a
// report gives no 城镇调查失业率.
var looseStated = map[string][]string{
	"城镇调查失业率": {"城镇登记失业率"},
	// Industrial output asked for is stated by a town as the output above designated size
	// (规上工业产值增长66.17%) when it gives no growth of the whole.
	"工业总产值": {"规模以上工业总产值"},
}

// InPlaceOf returns the indicators a report may state in place of those a question names
// (looseStated), that the question does not name itself: their fact rows answer a comparison
// for a report that states none of the named indicator's (package answer drops them for a report
// that does).
func InPlaceOf(inds []string) []string {
	var out []string
	for _, ind := range inds {
		for _, n := range looseStated[ind] {
			if !slices.Contains(inds, n) {
				out = appendUnique(out, n)
			}
		}
	}
	return out
}

// mentions reports whether a sentence speaks of an indicator that names accepts: facts.Find
// names it, or — the sentence's mentions of other indicators taken out, so that 单位地区生产总值
// 能耗 does not speak of 地区生产总值 — it holds one of the wordings loosely: whole, a run of
// two thirds of it (空气优良天数 of 空气优良天数比例) that no indicator it does not accept shares
// (shared: 规模以上 of 规模以上工业增加值), or each of its two-character pieces (开工 and 项目 of
// 开工项目 in "107个项目开工建设").
func mentions(sent string, names func(string) bool, wordings []string, shared func(run string) bool) bool {
	found := facts.Find(sent)
	if slices.ContainsFunc(found, func(ind facts.Indicator) bool { return names(ind.Name) }) {
		return true
	}
	// The words of the other indicators the sentence states are no mention of the asked one:
	// 出口总额 in 进出口总额 (indicator_identity.go).
	norm := withoutIndicators(zh.Normalize(sent), found)
	for _, w := range wordings {
		w = zh.Normalize(w)
		if len([]rune(w)) >= 2 && (holdsRunExcept(norm, w, shared) || holdsPieces(norm, w)) {
			return true
		}
	}
	return false
}

// sharedRun returns whether a run of an asked indicator's wording, three characters or more,
// stands in the name or a wording of an indicator not asked (names false): 规模以上 of 规模以上
// 工业增加值 is a qualifier it shares with 规模以上工业总产值, and 规模以上固定资产投资 is no
// mention of it; nor is 工业增加 of 工业增加值 (the whole industry's, a broader one). A run of
// two is loose by design: 出口 of 出口额 stands in 进出口总额 as well, yet 服务出口 speaks of
// exports.
//
// The wordings are gathered when a run is first asked about, from indicatorForms: statement
// builds one for every report a list reads, and most reports never ask it.
func sharedRun(names func(string) bool) func(run string) bool {
	var others []string
	gathered := false
	return func(run string) bool {
		if utf8.RuneCountInString(run) < 3 {
			return false
		}
		if !gathered {
			gathered = true
			for _, f := range indicatorForms() {
				if !names(f.name) {
					others = append(others, f.forms...)
				}
			}
		}
		return slices.ContainsFunc(others, func(v string) bool { return strings.Contains(v, run) })
	}
}

// indicatorForm is an indicator's name and its name and wordings normalised (zh.Normalize).
type indicatorForm struct {
	name  string
	forms []string
}

// indicatorForms returns every indicator's forms, made once.
var indicatorForms = sync.OnceValue(func() []indicatorForm {
	var out []indicatorForm
	for _, ind := range facts.Indicators() {
		f := indicatorForm{name: ind.Name}
		for _, v := range append([]string{ind.Name}, ind.Variants...) {
			f.forms = append(f.forms, zh.Normalize(v))
		}
		out = append(out, f)
	}
	return out
})

// holdsPieces reports whether text holds each two-character piece of word (a trailing odd
// character must be held too).
func holdsPieces(text, word string) bool {
	rs := []rune(word)
	for i := 0; i < len(rs); i += 2 {
		if !strings.Contains(text, string(rs[i:min(i+2, len(rs))])) {
			return false
		}
	}
	return true
}

// figureBeside reports whether a sentence states a figure in a clause that holds one of the
// wordings ("粮食产量实现“十九连丰”,农业机械化率达到97%" states none for 粮食产量, "居民人均可支配
// 收入与经济增长基本同步,…超4%" none for 居民人均可支配收入): a measured figure, or a bare number
// in a measure word. A sentence holding no wording whole (a loose mention) is judged by its
// figures anywhere.
func figureBeside(sent string, wordings []string) bool {
	norm := zh.Normalize(sent)
	found := false
	for i := range wordingsIn(norm, wordings) {
		found = true
		cs := zh.AfterLast(norm[:i], ",;:，；：。")
		ce := len(norm)
		if j := strings.IndexAny(norm[i:], ",;，；。"); j >= 0 {
			ce = i + j
		}
		clause := norm[cs:ce]
		for _, v := range figures(clause) {
			if v.Dim() != num.DimNone || v.Form == num.FormArabic && MeasureWord(clause[v.End:]) != "" {
				return true
			}
		}
	}
	if found {
		return false
	}
	// A loose mention: a run of a wording (可支配收入 of 居民人均可支配收入) that another
	// qualifier does not take over (村均可支配收入 is the villages' average, not residents').
	loose := false
	for _, w := range wordings {
		if rs := []rune(zh.Normalize(w)); len(rs) > 4 {
			for i := 1; i+4 <= len(rs); i++ {
				if j := strings.Index(norm, string(rs[i:i+4])); j >= 0 && !otherQualifier(norm[:j], rs[:i]) {
					loose = true
				}
			}
			if strings.Contains(norm, string(rs[:4])) {
				loose = true // the wording's head (空气优良天数 of 空气优良天数比例)
			}
		} else {
			loose = true // short wordings: judged by mentions
		}
	}
	return loose && len(figures(sent)) > 0
}

// otherQualifier reports whether the text before a run of a wording ends with a Han character
// that differs from the wording's own before the run, after the characters they share (村均 before
// 可支配收入 against 居民人均): the run belongs to another term.
func otherQualifier(before string, lead []rune) bool {
	b := []rune(before)
	for k := 1; k <= len(lead) && k <= len(b); k++ {
		x, y := b[len(b)-k], lead[len(lead)-k]
		if x != y {
			return zh.IsHan(x) && zh.IsHan(y)
		}
	}
	return false
}

// sentenceFits reports whether a sentence of a chunk is in the wanted time frame (or tells
// none) and, when a figure is wanted, states one.
func (ix *Index) sentenceFits(c corpus.Chunk, sent string, want statedWant) bool {
	if want.kind != "" {
		k := ix.sentenceKind(c, sent)
		if k == "" {
			k = ix.partKind(c) // a review part whose headings do not say so
		}
		if k != "" && k != want.kind {
			return false
		}
	}
	return !want.figure || len(figures(sent)) > 0
}

// reportChunks returns the indices of a report's chunks: its run (reportRun), else those
// the index lists for it.
func (ix *Index) reportChunks(k corpus.ReportKey) []int {
	if lo, hi, ok := ix.reportRun(k); ok {
		out := make([]int, 0, hi-lo)
		for i := lo; i < hi; i++ {
			out = append(out, i)
		}
		return out
	}
	r, ok := ix.reportOf[k]
	if !ok {
		return nil
	}
	var out []int
	for i, cr := range ix.chunkReport {
		if int(cr) == r {
			out = append(out, i)
		}
	}
	return out
}
