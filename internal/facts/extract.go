package facts

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/zh"
)

// Measures a fact's value may have.
const (
	MeasureGrowth = "growth" // a rate of change: 增长/下降/提高 X%
	MeasureAmount = "amount" // an absolute value: 503亿元, 226家
	MeasureShare  = "share"  // a share of something else: 占…X%
	MeasureRate   = "rate"   // the level of a rate indicator: 城镇调查失业率 5%
)

// Comparators derived from qualifiers.
const (
	CompareEq      = "="
	CompareAtLeast = ">="
	CompareAbout   = "~"
	CompareAtMost  = "<="
	CompareFlat    = "flat"
)

// Context is what the extractor knows about where a paragraph stands.
type Context struct {
	// Section is the heading path, e.g. ["二、2024年工作安排", "(一)…"] (may be empty).
	Section []string
	// Year is the report's year, 0 if unknown.
	Year int
}

// Extract returns the facts stated in one paragraph of report text (original characters).
// Sentence fields are verbatim substrings of text; Source/Report/Entity/Level/ChunkID are left
// for the caller.
//
// A sentence's kind comes from its own strong cues (预期目标, 力争, 确保 → target; 同比, 比上年,
// 预计…完成 → actual), then from a strong cue of an earlier sentence of the same semicolon chain
// (a list opened by "主要预期目标是:" runs over ;), then from the section heading (回顾 → actual;
// 安排, 任务, 目标 → target), then from weak cues (将, 计划 → target; 完成, 实现 → actual).
// Sentences whose kind stays unknown give no facts.
func Extract(text string, c Context) []corpus.Fact {
	t := loadTable()
	if t.err != nil || strings.TrimSpace(text) == "" {
		return nil
	}
	secKind := sectionKind(c.Section, c.Year)
	carry := ""
	var out []corpus.Fact
	for _, raw := range zh.Sentences(text) {
		sent := strings.TrimFunc(raw, unicode.IsSpace)
		if sent == "" {
			continue
		}
		nt := newNormText(sent)
		chained := strings.HasSuffix(strings.TrimRight(nt.s, "\"'”’」』)】》 "), ";")
		if !chained && !mayStateFact(nt.s) {
			// No number and no 持平: no facts, and nothing to carry past a full stop.
			carry = ""
			continue
		}
		strong := strongKind(nt.s, c.Year)
		kind := strong
		for _, k := range []string{carry, secKind, weakKind(nt.s, c.Year)} {
			if kind == "" {
				kind = k
			}
		}
		if strong != "" {
			carry = strong
		}
		if !chained {
			carry = ""
		}
		if kind != "" && mayStateFact(nt.s) {
			out = append(out, sentenceFacts(t, nt, kind)...)
		}
	}
	return out
}

// group is one indicator, or several joined by 、/和/及/与 that share what follows.
type group struct {
	members    []mention
	start, end int
}

// clauseMarks end clauses; 、 does not, as it joins list items.
const clauseMarks = ",:;。!?"

// sentenceFacts reads one normalised sentence clause by clause. An indicator (or a list of
// them) becomes the subject; each following value is linked to it when the words between are
// only measure words and qualifiers. A clause without an indicator continues the previous
// subject ("工业投资47亿元,增长10%") as long as its words allow.
func sentenceFacts(t *table, nt normText, kind string) []corpus.Fact {
	s := nt.s
	ms := scanMentions(t, s)
	vals := scanValues(s, ms)
	groups := subjectGroups(s, ms)
	var out []corpus.Fact

	var subj []mention
	anchor := 0
	prevMeasure, prevSign := "", 0
	gi, vi := 0, 0
	clauseStart := 0
	for clauseStart < len(s) {
		clauseEnd := len(s)
		if i := strings.IndexAny(s[clauseStart:], clauseMarks); i >= 0 {
			_, size := utf8.DecodeRuneInString(s[clauseStart+i:])
			clauseEnd = clauseStart + i + size
		}
		anchor = clauseStart
		segShare := false
		events := 0
		for (gi < len(groups) && groups[gi].start < clauseEnd) || (vi < len(vals) && vals[vi].start < clauseEnd) {
			events++
			if gi < len(groups) && groups[gi].start < clauseEnd && (vi >= len(vals) || groups[gi].start < vals[vi].start) {
				g := groups[gi]
				gi++
				if g.start < anchor {
					continue
				}
				subj, anchor, segShare, prevMeasure, prevSign = g.members, g.end, false, "", 0
				continue
			}
			v := vals[vi]
			vi++
			if subj == nil || v.start < anchor {
				continue
			}
			gp, ok := parseGap(s[anchor:v.start])
			if !ok || v.blocked {
				subj = nil
				continue
			}
			if gp.respectively && len(subj) == 1 {
				// 分别 pairs values with indicators listed earlier, not with this one alone.
				subj = nil
				continue
			}
			segShare = segShare || gp.share
			if gp.from {
				anchor = v.postEnd
				continue
			}
			batch := []value{v}
			gaps := []gap{gp}
			if len(subj) > 1 && gp.respectively {
				batch, gaps, ok = respective(s, vals[vi:], v, gp, len(subj), clauseEnd)
				if !ok {
					subj = nil
					continue
				}
				vi += len(subj) - 1
			}
			for j, m := range subj {
				bv, bg := batch[0], gaps[0]
				if len(batch) > 1 {
					bv, bg = batch[j], gaps[j]
				}
				measure, sign, ok := measureFor(t.list[m.ind].Class, bv, bg, segShare, prevMeasure, prevSign)
				if !ok {
					continue
				}
				out = append(out, makeFact(t, nt, m, bv, bg, kind, measure, sign))
				prevMeasure, prevSign = measure, sign
			}
			anchor = batch[len(batch)-1].postEnd
		}
		if events == 0 && subj != nil {
			// A clause of words only: the subject carries on only if they are measure words.
			if _, ok := parseGap(strings.TrimRight(s[clauseStart:clauseEnd], clauseMarks)); !ok {
				subj = nil
			}
		}
		clauseStart = clauseEnd
	}
	return out
}

// respective pairs n listed indicators with n values ("…分别下降23.5%、30.4%"); ok is false
// unless exactly n linked values follow in the clause.
func respective(s string, rest []value, first value, gp gap, n, clauseEnd int) ([]value, []gap, bool) {
	batch, gaps := []value{first}, []gap{gp}
	prev := first
	for _, v := range rest {
		if len(batch) == n || v.start >= clauseEnd {
			break
		}
		g, ok := parseGap(s[prev.postEnd:v.start])
		if !ok || v.blocked {
			return nil, nil, false
		}
		batch, gaps = append(batch, v), append(gaps, g)
		prev = v
	}
	if len(batch) != n {
		return nil, nil, false
	}
	// No more values may follow in the same clause: that would make the pairing ambiguous.
	if len(rest) >= n && rest[n-1].start < clauseEnd {
		return nil, nil, false
	}
	return batch, gaps, true
}

// measureFor decides what a value measures for an indicator of the given class; ok is false
// when the value should not be linked to it.
func measureFor(class string, v value, gp gap, segShare bool, prevMeasure string, prevSign int) (string, int, bool) {
	if v.flat {
		return MeasureGrowth, 0, true
	}
	pct := v.unit == "%"
	share := gp.share || segShare
	switch {
	case gp.growth != 0 && !gp.level:
		// A change of a share (占比增长2%) is ambiguous: points or percent.
		return MeasureGrowth, gp.growth, pct && !gp.share
	case share:
		return MeasureShare, 0, pct
	case !pct:
		return MeasureAmount, 0, unitClass[v.unit] == class
	case !gp.cue && prevMeasure != "":
		return prevMeasure, prevSign, true
	case class == ClassRate:
		return MeasureRate, 0, true
	case class == ClassIndex:
		return MeasureGrowth, 1, !gp.level
	}
	return "", 0, false
}

func makeFact(t *table, nt normText, m mention, v value, gp gap, kind, measure string, sign int) corpus.Fact {
	f := corpus.Fact{
		Indicator: t.list[m.ind].Name,
		Wording:   nt.span(m.start, m.end),
		Kind:      kind,
		Measure:   measure,
		Value:     v.num,
		Unit:      v.unit,
		ValueText: nt.span(v.start, v.end),
		Sentence:  nt.orig,
	}
	if sign < 0 {
		f.Value = -f.Value
	}
	var quals []string
	if intent := intentBefore(nt.s, v.start); intent != "" {
		quals = append(quals, intent)
	}
	bound := v.post
	if bound == "" {
		bound = gp.bound
	}
	if bound == "" {
		bound = v.bound
	}
	if bound != "" {
		quals = append(quals, bound)
	}
	f.Qualifier = strings.Join(quals, ",")
	switch {
	case v.flat:
		f.Value, f.Comparator = 0, CompareFlat
	case bound == "以上":
		f.Comparator = CompareAtLeast
	case bound == "左右":
		f.Comparator = CompareAbout
	case bound == "以内" || bound == "以下":
		f.Comparator = CompareAtMost
	default:
		f.Comparator = CompareEq
	}
	return f
}

// intentBefore returns the last 力争 or 确保 before pos in s ("" when none): "确保…增长8%,力争
// 增长10%" gives 确保 to the first value and 力争 to the second.
func intentBefore(s string, pos int) string {
	best, at := "", -1
	for _, w := range []string{"力争", "确保"} {
		for i := strings.LastIndex(s[:pos], w); i >= 0; i = strings.LastIndex(s[:i], w) {
			if w == "确保" && strings.HasPrefix(s[i+len(w):], "了") {
				continue
			}
			if i > at {
				best, at = w, i
			}
			break
		}
	}
	return best
}

// leadIns are the words an indicator may follow and still be the report's own total: a scope
// (全镇), a time (2023年, 1-11月), a verb (完成, 实现), a list joint. Any other word before it
// names a part ("重点企业固定资产投资", "占地区生产总值"), and the mention is no subject.
var leadIns = []string{
	"全镇", "全区", "全县", "全乡", "全街道", "全旗", "我镇", "我区", "我县", "我乡", "本镇", "本区", "本县",
	"年", "年内", "年度", "月", "月份", "季度", "预计", "完成", "实现", "达成", "其中", "力争", "确保",
	"争取", "努力", "推动", "促进", "保持", "和", "及", "与", "同", "以及", "是", "为", "要", "将", "全力",
	"累计", "合计", "共",
}

// A figure stated after a part of the place — a park, a zone, a market, a company, a project —
// is that part's, not the report's: "国际贸易集聚区完成出口额5400万美元". Place-like parts
// are looked for in the whole sentence before the indicator, the rest in its clause.
var (
	partOfSentence = lazyre.New(`集聚区|园区|产业园|开发区|工业区|高新区|景区|片区|功能区|商圈|综合体`)
	partOfClause   = lazyre.New(`企业|公司|集团|项目|平台|基地|市场|中心|行业|产业|板块`)
)

// subjectGroups returns the mentions that can be subjects, joined into lists.
func subjectGroups(s string, ms []mention) []group {
	var out []group
	for _, m := range ms {
		clause := s[:m.start]
		if i := strings.LastIndexAny(clause, clauseMarks); i >= 0 {
			_, size := utf8.DecodeRuneInString(clause[i:])
			clause = clause[i+size:]
		}
		if !validLeadIn(s[:m.start]) || partOfSentence.MatchString(s[:m.start]) || partOfClause.MatchString(clause) {
			continue
		}
		if n := len(out); n > 0 && isJoint(s[out[n-1].end:m.start]) {
			out[n-1].members = append(out[n-1].members, m)
			out[n-1].end = m.end
			continue
		}
		out = append(out, group{members: []mention{m}, start: m.start, end: m.end})
	}
	return out
}

func validLeadIn(before string) bool {
	rs := []rune(before)
	i := len(rs)
	for i > 0 && zh.IsHan(rs[i-1]) {
		i--
	}
	run := string(rs[i:])
	if run == "" {
		return true
	}
	for _, w := range leadIns {
		if strings.HasSuffix(run, w) {
			return true
		}
	}
	return false
}

func isJoint(between string) bool {
	switch strings.TrimSpace(between) {
	case "、", "和", "及", "与", "以及", "、以及":
		return true
	}
	return false
}
