package retrieval

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/internal/lexicon"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
)

// A count of another kind of the asked thing. "How many zero-carbon factories does Lili have?"
// finds 绿色工厂增至7家: factories are counted, but green ones; "How many national-level maker
// spaces…" finds 新增省级众创空间3家; 齐都镇今年计划建几个体育公园 finds 打造村级公园3处. The
// head of the asked noun binds to the figure, its modifier — the kind asked — does not: the
// figure answers a sibling question. FigureNamed reads the head (and, in Chinese, any two
// characters of the noun), so the kind is checked here, on the sentence (English) or the clause
// (Chinese) that holds the figure and the head.

// OtherKind returns, for a how-many lookup whose counted noun names a kind (a modifier before
// its head: "zero-carbon factories", 体育公园), the asked noun when quote counts the head only as
// another kind — a figure whose clause holds a wording of the head while its sentence (English)
// or clause (Chinese) holds no wording of the kind — and no sentence of texts (the passages
// found) counts the head with the kind. ok is false when the question names no kind, when quote
// counts no head, and when the kind binds somewhere.
func OtherKind(p Plan, quote string, texts []string) (asked string, ok bool) {
	return otherKind(p, nil, quote, texts)
}

// otherKind is OtherKind; with a lexicon, a leading modifier the glossary does not word is
// worded by its renderings (renderedKind).
func otherKind(p Plan, lex *lexicon.Lexicon, quote string, texts []string) (asked string, ok bool) {
	k, ok := askedKindLex(p, lex)
	if !ok {
		return "", false
	}
	counted, bound := k.counts(quote, true)
	if !counted || bound {
		return "", false
	}
	for _, t := range texts {
		if _, b := k.counts(t, false); b {
			return "", false
		}
	}
	return k.asked, true
}

// kindAsk is a counted noun split into its head and the wordings of its kind.
type kindAsk struct {
	asked string
	// heads are the wordings of the head noun (工厂, 公园); kinds holds, per modifier, its
	// wordings (零, 碳…; 国家级…), every one of which must bind; whole are wordings of the whole
	// noun (体育公园) that bind it at once.
	heads []string
	kinds [][]string
	whole []string
	zh    bool
	// rendered: the kind's wordings are renderings (renderedKind), which bind only whole.
	rendered bool
}

// kindSkip are modifiers of an English counted noun that name no kind: how the count is taken
// (new, more), not which things are counted.
var kindSkip = map[string]bool{"new": true, "newly": true, "more": true, "additional": true,
	"extra": true, "further": true, "different": true, "other": true, "total": true, "the": true,
	"of": true, "and": true}

// reEnCountPhrase is an English how-many question's counted noun phrase: the words up to a verb,
// a preposition or the end.
var reEnCountPhrase = lazyre.New(`\bhow many ((?:[a-z][a-z\-]*)(?: [a-z][a-z\-]*)*?)(?: (?:did|does|do|were|was|are|is|has|have|had|will|would|can|could|should|in|of|for|at|by|from|to|with|over|under|that|which|who|this|last|there)\b|\?|$)`)

// askedKind splits the counted noun of a how-many question into head and kind; ok is false when
// the noun has no modifier that names a kind, or is a unit (how many mu).
func askedKind(p Plan) (kindAsk, bool) {
	return askedKindLex(p, nil)
}

// askedKindLex is askedKind; with a lexicon, a leading modifier no glossary term words gets the
// wordings renderedKind finds for it.
func askedKindLex(p Plan, lex *lexicon.Lexicon) (kindAsk, bool) {
	if p.Aggregate || p.Compare || !AsksCount(p) {
		return kindAsk{}, false
	}
	if p.Lang == "zh" {
		return zhKind(p)
	}
	if p.Lang != "en" {
		return kindAsk{}, false
	}
	m := reEnCountPhrase.FindStringSubmatch(strings.TrimSpace(p.Norm))
	if m == nil {
		return kindAsk{}, false
	}
	words := strings.Fields(strings.ReplaceAll(m[1], "-", " "))
	if len(words) < 2 || len(words) > 6 || slices.Contains(words, "and") || slices.Contains(words, "or") {
		// "bridges and culverts", "school and kindergarten places": coordinated things, not a kind
		return kindAsk{}, false
	}
	if v, err := num.Parse("2 " + m[1]); err == nil && v.Dim() != num.DimCount && v.Dim() != num.DimNone {
		return kindAsk{}, false // a unit, not a thing counted
	}
	head := words[len(words)-1]
	lead := slices.IndexFunc(words, func(w string) bool { return !kindSkip[w] })
	k := kindAsk{asked: m[1]}
	for _, t := range p.Terms {
		from := strings.Fields(strings.ReplaceAll(strings.ToLower(t.From), "-", " "))
		if len(from) == 0 || !hanVariants(t.Variants) {
			continue
		}
		if slices.ContainsFunc(from, func(f string) bool { return wordOf(head, f) }) {
			if allIn(from, words) {
				k.heads = append(k.heads, t.Variants...)
			}
			continue
		}
		// The kind is the leading modifier ("national-level" of "national-level maker spaces",
		// "zero-carbon" of "zero-carbon factories"): the words nearer the head often make one
		// compound with it that the report words by the head alone (高品质小区 for "high-quality
		// housing compounds", 亮点 for "breakthrough pilot highlights"). Only the glossary's
		// wordings of it name a kind a report would write: a lexicon's guess is often not the
		// report's word for it.
		if t.Weight >= 1 && lead >= 0 && lead < len(words)-1 && slices.ContainsFunc(from, func(f string) bool { return wordOf(words[lead], f) }) &&
			allIn(from, words[:len(words)-1]) && !slices.ContainsFunc(from, func(f string) bool { return kindSkip[f] }) {
			k.kinds = append(k.kinds, t.Variants)
		}
	}
	if len(k.heads) > 0 && len(k.kinds) == 0 && lead >= 0 && lead < len(words)-1 {
		if ws := renderedKind(p, lex, words[lead]); len(ws) > 0 {
			k.kinds, k.rendered = append(k.kinds, ws), true
		}
	}
	return k, len(k.heads) > 0 && len(k.kinds) > 0
}

// zhNotNoun are characters that end a Chinese noun (在 of 几个村在创建, 没 of 几个没物业的小区):
// a counted "noun" holding one is a question's clause, not a kind and its head.
const zhNotNoun = "在的了给没和与及或是有把被"

// zhKind is askedKind for a Chinese question: the counted noun (zhCountedTerm) of three or more
// characters, its head its last character (馆 of 美术馆) or, from four, its last two (公园 of
// 体育公园), its kind the characters before.
func zhKind(p Plan) (kindAsk, bool) {
	_, noun, ok := zhCountedTerm(p)
	n := utf8.RuneCountInString(noun)
	if !ok || n < 3 || n > 6 || !allHan(noun) || strings.ContainsAny(noun, zhNotNoun) || reZhLeadMeasure.MatchString(noun) {
		return kindAsk{}, false
	}
	// A noun followed by 的 modifies what is counted (多少家外资企业的地区总部 counts 地区总部):
	// it is no counted noun to split.
	if strings.Contains(p.Norm, noun+"的") {
		return kindAsk{}, false
	}
	rs := []rune(noun)
	h := 1
	if n >= 4 {
		h = 2
	}
	mod := string(rs[:n-h])
	whole := []string{noun}
	if n-h >= 3 {
		// A long kind is words of its own, the nearest to the head binding it (惠民活动 of
		// 文化惠民活动 in 全年开展各项惠民活动665场, 长者食堂 of 带长者食堂).
		whole = append(whole, string(rs[n-h-2:]))
	}
	return kindAsk{asked: noun, heads: []string{string(rs[n-h:])}, kinds: [][]string{{mod}}, whole: whole, zh: true}, true
}

// counts reports whether text has a count figure whose clause holds a wording of the head
// (counted), and whether one of those counts binds the kind too (bound; see figure).
func (k kindAsk) counts(text string, ownWord bool) (counted, bound bool) {
	for _, v := range figures(text) {
		c, b := k.figure(text, v, ownWord)
		if b {
			return true, true
		}
		counted = counted || c
	}
	return counted, false
}

// figure reports whether count v of text has a wording of the head in its clause (counted), and
// whether it binds the kind (bound): every modifier has a wording in the figure's sentence
// (English) or clause (Chinese), or the clause holds the whole noun. With ownWord, a count whose
// clause words every modifier binds without the head: the quote names the kind its own
// way ("headquarters firms" counted as 总部经济增至8家). Other passages must name the head:
// 国家级 beside a count of 小巨人企业 counts no maker spaces.
func (k kindAsk) figure(text string, v num.Value, ownWord bool) (counted, bound bool) {
	if v.Ordinal || v.Dim() != num.DimCount && v.Dim() != num.DimNone {
		return false, false
	}
	cl := clauseAt(text, v)
	if ownWord && !slices.ContainsFunc(k.kinds, func(ws []string) bool { return !containsAny(cl, ws) }) {
		return true, true
	}
	if !containsAny(cl, k.heads) {
		return false, false
	}
	if containsAny(cl, k.whole) || k.zh && (k.sameStart(cl) || k.shortKind(cl) || k.synonymKind(lexicon.SenseKeys, cl)) {
		return true, true
	}
	// A Chinese sentence names its kind once for several figures (文化事业繁荣发展,全年开展
	// 培训19次): the kind anywhere in the sentence binds, unless the sentence names the whole
	// noun elsewhere, uncounted (推动区图书馆新馆延时开放 beside 新增10家博物馆): then only
	// the clause's words count.
	scope := sentenceAt(text, v)
	if k.zh && containsAny(scope, k.whole) {
		scope = cl
	}
	return true, !slices.ContainsFunc(k.kinds, func(ws []string) bool { return !k.kindIn(scope, ws) })
}

// FigureOtherKind reports, for a how-many question whose counted noun names a kind (OtherKind),
// whether figure v of quote counts the noun's head as another kind (小巨人企业9家 for
// "headquarters firms", where the quote's 总部经济增至8家 names the kind in its own word).
func FigureOtherKind(p Plan, quote string, v num.Value) bool {
	k, ok := askedKind(p)
	if !ok {
		return false
	}
	counted, bound := k.figure(quote, v, true)
	return counted && !bound
}

// kindIn reports whether scope words a kind: for a Chinese noun, the characters of the kind in
// their order (老小区 is 老旧小区 contracted); for an English one, the first character of one
// of its wordings (高 of 高质量 for 高品质小区, 桥 of 桥梁 in 桥涵: the report words the kind
// its own way), which a sibling kind lacks (省级 for "national-level", 绿色 for "zero-carbon").
func (k kindAsk) kindIn(scope string, ws []string) bool {
	if k.zh {
		return slices.ContainsFunc(ws, func(w string) bool { return inOrder([]rune(w), []rune(scope)) })
	}
	if k.rendered {
		low := strings.ToLower(scope)
		return slices.ContainsFunc(ws, func(w string) bool { return w != "" && strings.Contains(low, w) })
	}
	return slices.ContainsFunc(ws, func(w string) bool { return w != "" && strings.ContainsRune(scope, firstRune(w)) })
}

// sameStart reports whether a Chinese clause holds the head after a kind of the asked kind's
// length that starts with its character: the report's synonym of the noun (参战退伍军人175人
// for 退役军人), not a sibling (村级公园 for 体育公园).
func (k kindAsk) sameStart(cl string) bool {
	mod := []rune(k.kinds[0][0])
	return k.beforeHead(cl, func(before []rune) bool {
		return len(before) >= len(mod) && before[len(before)-len(mod)] == mod[0]
	})
}

// beforeHead reports whether ok holds for the characters of cl before some occurrence of one of
// the asked heads: the words right before the counted thing (sameStart, shortKind, synonymKind).
func (k kindAsk) beforeHead(cl string, ok func(before []rune) bool) bool {
	for _, h := range k.heads {
		for rest, at := cl, 0; ; {
			i := strings.Index(rest, h)
			if i < 0 {
				break
			}
			if ok([]rune(cl[:at+i])) {
				return true
			}
			rest, at = rest[i+len(h):], at+i+len(h)
		}
	}
	return false
}

// shortKind reports whether a Chinese clause holds the head right after the report's shortening
// of the asked kind (限上企业 for 限额以上企业: 限上 keeps the first and last characters of
// 限额以上, in order). A kind of two characters has no shortening; a sibling kind (省级 for
// 国家级) does not keep the asked kind's characters.
func (k kindAsk) shortKind(cl string) bool {
	mod := k.kinds[0][0]
	m := utf8.RuneCountInString(mod)
	if m < 3 {
		return false
	}
	return k.beforeHead(cl, func(before []rune) bool {
		for n := 2; n < m && n <= len(before); n++ {
			if abbreviates(string(before[len(before)-n:]), mod) {
				return true
			}
		}
		return false
	})
}

// synonymKind reports whether a Chinese clause holds the head right after a word of the same
// sense as the asked kind: a CC-CEDICT word sharing a whole gloss with it (家庭养老 for 居家养老:
// both "household"), the report's near-synonym of the modifier. A sibling kind is another sense
// (博物馆 "museum" is no 图书馆 "library"; 村级公园 no 体育公园) and still declines.
func (k kindAsk) synonymKind(keysOf senseKeysFunc, cl string) bool {
	mod := k.kinds[0][0]
	ks, ok := keysOf(mod)
	if !ok {
		return false
	}
	return k.beforeHead(cl, func(before []rune) bool {
		for n := 2; n <= maxPivotWord && n <= len(before); n++ {
			if w := string(before[len(before)-n:]); w != mod && sharesSense(keysOf, w, ks) {
				return true
			}
		}
		return false
	})
}

// allIn reports whether every word of from is one of words.
func allIn(from, words []string) bool {
	return !slices.ContainsFunc(from, func(f string) bool {
		return !slices.ContainsFunc(words, func(w string) bool { return wordOf(w, f) })
	})
}

// hanVariants reports whether some variant is Chinese: only those bind in a report.
func hanVariants(vs []string) bool {
	return slices.ContainsFunc(vs, func(v string) bool {
		r, _ := utf8.DecodeRuneInString(v)
		return zh.IsHan(r)
	})
}

func allHan(s string) bool {
	for _, r := range s {
		if !zh.IsHan(r) {
			return false
		}
	}
	return true
}
