package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/cedict/ordinary"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/glossary"
	"github.com/reportbot/reportbot/internal/places"
	"github.com/reportbot/reportbot/internal/store"
	"github.com/reportbot/reportbot/internal/zh"
)

// Names a question gives that no report knows: a Chinese name ending in a level word (同里镇,
// 周庄镇) that the place matcher did not find, or a capitalised English word that is neither a
// matched place, a glossary phrase nor a known English word (Tongli, Mars, Pudong). They are
// constraints of the question like its places: kept in Plan.Unresolved, never dropped.

// nameSuffixes are the level words a Chinese place name ends in, longest first.
var nameSuffixes = []string{"街道", "镇", "乡", "区", "县", "市", "村"}

// nameStopRunes never occur in the base of a place name in a question, but do where a level
// character follows a function word or a question word ("那个区", "某区", "各镇", "全县").
const nameStopRunes = "某一二三四五六七八九十百千万两双并请首全本我各该每此其等和与及在对为将是了的到从向省市区县镇乡村个年月日那这哪些几多少什么怎样吗呢有无新老大小城农"

// levelCompounds are common words a level character ends (社区, 城市, 县城 is caught by
// compoundAfter): a candidate whose last base character and suffix form one is not a name.
var levelCompounds = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`社区 片区 小区 园区 城区 景区 新区 山区 街区 辖区 库区 矿区 湾区 老区 校区 厂区 院区 市区
		县区 郊区 灾区 专区 分区 特区 港区 林区 牧区 展区 商区 住区 城镇 乡镇 集镇 村镇 小镇 古镇 市镇 重镇 名镇 强镇
		城市 都市 县市 门市 超市 上市 夜市 股市 楼市 集市 早市 城乡 下乡 返乡 水乡 家乡 故乡 农村 乡村 山村 渔村 新村
		村村 强区 强县 强市 之乡 跨区 撤市 撤县 撤镇 撤乡 街乡 行政村 建制村 示范村 重点村 中心村 强村 富村 美村 整村 全村 本村 各村 进村 驻村 村 沿街 街道 地区`) {
		levelCompounds[w] = true
	}
}

// compoundAfter lists, per level word, the characters that make it the start of a common word
// (区域, 镇村, 县级, 市场, 乡村, 村民…) rather than a place's suffix.
var compoundAfter = map[string]string{
	"镇":  "村域区级街容党",
	"区":  "域级县委内外间位块划别段",
	"县":  "域级城区委乡",
	"市":  "场民政级域区县委值容镇",
	"乡":  "村镇风愁土亲贤",
	"村":  "民庄级委集务落组居干社",
	"街道": "办",
}

// zhNames returns the Chinese place-like names of a normalised question that the place matcher
// did not find (matched) and that no passage holds (known, which may be nil: every name is
// unknown): "同里镇" in "同里镇的一般公共预算收入是多少?". A name is a level word after two Han
// characters that start a word: the question's start, punctuation, a function word, or the
// end of a matched place name.
func zhNames(norm string, matched []string, known func(string) bool) []string {
	rs := []rune(norm)
	var out []string
	for i := 1; i < len(rs); i++ {
		suffix := ""
		for _, s := range nameSuffixes {
			if strings.HasPrefix(string(rs[i:min(len(rs), i+2)]), s) {
				suffix = s
				break
			}
		}
		if suffix == "" {
			continue
		}
		if j := i + len([]rune(suffix)); j < len(rs) && strings.ContainsRune(compoundAfter[suffix], rs[j]) {
			continue // 区域, 镇村, 市场: the level character starts a word
		}
		// Three-character bases first (瓦房店市, 大石桥市), then two (同里镇); a one-character
		// base (乌镇) only where a word starts before it (the question's start or a non-Han
		// character) and the whole is no ordinary word. A three-character base that is no name
		// ("的新华区": 的 is no part of a name) leaves the shorter bases to be tried.
		for n := 3; n >= 1; n-- {
			if i < n || !startsWord(rs[:i-n], matched) || n == 1 && i > 1 && zh.IsHan(rs[i-2]) {
				continue
			}
			if n == 3 && (known == nil || suffix == "村") {
				continue // see threeBase
			}
			name, ok := zhName(rs[i-n:i], suffix, i == n, matched, known)
			if ok && !slices.Contains(out, name) {
				out = append(out, name)
			}
			if ok || n < 3 {
				break
			}
		}
	}
	return out
}

// A three-character base (瓦房店市) is tried only with a vocabulary (known): a verb and a noun
// before a level word ("人才强区", "深化部区合作") read like one, and only the passages can tell
// that they are the reports' own wording; and never before 村, whose three-character names
// (黄家溪村) a question takes from the reports anyway.

// zhName tells whether base and suffix make a name (see zhNames) and returns it. opening is
// whether the name opens the question: there a two-character base before 镇, 乡 or 县 names a
// place although its last character and the level word make a word (皇城镇去年…: 城镇).
func zhName(base []rune, suffix string, opening bool, matched []string, known func(string) bool) (string, bool) {
	name := string(base) + suffix
	last := string(base[len(base)-1]) + suffix
	// Two characters that open the question before 镇, 乡 or 县 are the name's base (皇城|镇),
	// not a character and a compound (城镇), which would want a word before it.
	opens := opening && len(base) == 2 && strings.Contains("镇乡县", suffix)
	if !isNameBase(base) || levelCompounds[last] && !opens || levelCompounds[name] || coveredBy(name, matched) {
		return "", false
	}
	if len(base) > 1 && ordinary.Has(string(base)) || ordinary.Has(name) {
		return "", false // an ordinary word (推动区域, 健康村): CC-CEDICT glosses it in lower case
	}
	if len(base) >= 2 && strings.ContainsRune(nameLeads, base[0]) && ordinary.Has(string(base[1:])+suffix) {
		return "", false // an adjective before an ordinary word (老工业区, 新开发区), no name
	}
	lead := string(base)
	if len(base) == 1 {
		lead = string(base) + string([]rune(suffix)[0])
	}
	if known != nil && knownName(lead, known) && known(string(base[len(base)-1])+string([]rune(suffix)[0])) {
		return "", false // a report names it (a village, a market): a subject, not a missing place
	}
	return name, true
}

// knownName reports whether the passages hold lead, a name's base (with the level word's first
// character when the base is one character): each of its character pairs is a token some
// passage holds, so a report quotes the place by name (静兰街道, 吴江) and may answer for it.
func knownName(lead string, known func(string) bool) bool {
	rs := []rune(lead)
	for i := 0; i+2 <= len(rs); i++ {
		if !known(string(rs[i : i+2])) {
			return false
		}
	}
	return true
}

// isNameBase reports whether base may be a place name's base: Han characters, none a stop rune
// (nameStopRunes), except that a base of two or more characters may start with a digit numeral
// (七都镇, 三河镇, 六安市) or an adjective that opens many place names (大石桥市, 新华区, 新民市,
// 老河口市, 农安县, 城关镇: nameLeads) where the others are no stop runes ("三个镇", "一大区",
// "新城区" stay no names), and a two-character base may end in 城 (皇城镇; 城镇, 城区 and 城市
// are levelCompounds).
func isNameBase(base []rune) bool {
	for i, r := range base {
		if i == 0 && len(base) >= 2 && strings.ContainsRune(nameNumerals+nameLeads, r) {
			continue
		}
		if r == '城' && i == len(base)-1 && len(base) == 2 {
			continue // 皇城镇: the words 城 ends before a level word (城镇, 城区) are levelCompounds
		}
		if !zh.IsHan(r) || strings.ContainsRune(nameStopRunes, r) {
			return false
		}
	}
	return true
}

// nameNumerals are the numerals a two-character place name may start with (七都, 三河, 九江).
const nameNumerals = "一二三四五六七八九"

// nameLeads are stop runes (nameStopRunes) that open many place names as their first character
// (大兴, 新华, 新民, 老河口, 农安, 城关); elsewhere in a base they stay stop runes.
const nameLeads = "大小新老城农"

// wordStarts are characters after which a name may start inside a question.
const wordStarts = "的在是和与及对从向、,:;给把让请问"

// startsWord reports whether a name may start after before: at the start, after a non-Han
// character or a function word, or right after a matched place ("苏州同里镇").
func startsWord(before []rune, matched []string) bool {
	if len(before) == 0 {
		return true
	}
	last := before[len(before)-1]
	if !zh.IsHan(last) || strings.ContainsRune(wordStarts, last) {
		return true
	}
	s := string(before)
	for _, p := range matched {
		if strings.HasSuffix(s, p) || strings.HasSuffix(s, places.Base(p)) {
			return true
		}
	}
	return strings.HasSuffix(s, "省") || strings.HasSuffix(s, "市") || strings.HasSuffix(s, "区") || strings.HasSuffix(s, "县")
}

// coveredBy reports whether a candidate is (part of) a matched place name.
func coveredBy(name string, matched []string) bool {
	for _, p := range matched {
		b := places.Base(p)
		if strings.Contains(p, name) || strings.Contains(name, p) || b == places.Base(name) ||
			len([]rune(b)) >= 2 && strings.HasPrefix(name, b) { // 盘锦某区: a matched place and a level word
			return true
		}
	}
	return false
}

var (
	reCapWord = lazyre.New(`\b[A-Z][a-z]+\b`)
	// enLevelAfter are English level words that make a name a place ("Tongli town").
	enLevelAfter = lazyre.New(`^[\s']*(?:s\s+)?(town|township|district|county|city|village|subdistrict|province)\b`)
)

// KnownPinyin reports whether some passage holds two Han characters that read as py ("liaohe"
// for 辽河): an English question may name in pinyin what the reports name in Chinese. With
// place true, the two characters must stand before a level character (圣塘村 for "Shengtang
// village"). The readings are the generation's pinyin file, or derived on first use from a
// store that has none (store.BuildPinyin).
func (ix *Index) KnownPinyin(py string, place bool) bool {
	if ix.pinyin == nil {
		return false
	}
	return ix.pinyin().Has(strings.ToLower(py), place)
}

// derivePinyin derives the pinyin readings from the index's terms and chunks.
func (ix *Index) derivePinyin() *store.PinyinKeys {
	texts := func(yield func(string) bool) {
		for ci := range ix.NumChunks() {
			if !yield(ix.Chunk(ci).Text) {
				return
			}
		}
	}
	k := store.BuildPinyin(ix.bm25.terms(), texts)
	return &k
}

// rePinyin matches a word made of pinyin syllables (toneless, ü as v): only such a word can be
// the pinyin of a Chinese word.
var rePinyin = lazyre.New(`^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ue|ve|ui|er|a|o|e|i|u|v))+$`)

// enNames returns the capitalised words of an English question that are names the reports do
// not know: not a question or stop word, not (part of) a matched place, not in a glossary
// phrase, not an English word CC-CEDICT uses in lower case, and without a Chinese form (from
// CC-CEDICT) that a passage holds. A name followed by a level word keeps it ("Tongli town").
func enNames(question string, matched []string, known func(string) bool, knownPinyin func(py string, place bool) bool) []string {
	lower := strings.ToLower(question)
	covered := make([]bool, len(lower)+1)
	for _, m := range glossary.Default().Translate(question) {
		for i := m.Start; i < m.End && i < len(covered); i++ {
			covered[i] = true
		}
	}
	var out []string
	for _, loc := range reCapWord.FindAllStringIndex(question, -1) {
		w := lower[loc[0]:loc[1]]
		if enStop[w] || enQuestionWords[w] || covered[loc[0]] || isPlaceWord(w, matched) || isLevelWord(w) {
			continue
		}
		if ordinary.CommonEnglish(w) {
			continue
		}
		if inNameChain(question, loc[0], loc[1]) {
			continue // a route or grouping (the Shanghai-Suzhou-Huzhou railway), not a place asked about
		}
		if inInitialism(question, loc[0], loc[1]) {
			continue // B&Bs, M&A: letters joined by an ampersand are a common noun's initials, not a name
		}
		if zhForms := ordinary.NameForms(question[loc[0]:loc[1]]); known != nil && slices.ContainsFunc(zhForms, func(z string) bool { return knownText(z, known) }) {
			continue // the reports speak of it under its Chinese name
		}
		name := question[loc[0]:loc[1]]
		m := enLevelAfter.FindStringSubmatch(question[loc[1]:])
		if knownPinyin != nil && rePinyin.MatchString(w) && (knownPinyin(w, m != nil) || knownTriple(w, m != nil, knownPinyin)) {
			continue // pinyin of what the reports name (Liaohe: 辽河; Shengtang village: 圣塘村; Jiuxianqiao: 酒仙桥)
		}
		if m != nil {
			name += " " + m[1]
		}
		if !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	return out
}

// reSyllable matches one toneless pinyin syllable.
var reSyllable = lazyre.New(`^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ue|ve|ui|er|a|o|e|i|u|v)$`)

// knownTriple reports whether a word reads as three pinyin syllables whose two overlapping
// pairs are both known (jiuxian, xianqiao of 酒仙桥): the pinyin of a three-character name the
// reports hold, where the readings know pairs of characters only.
func knownTriple(w string, place bool, knownPinyin func(py string, place bool) bool) bool {
	for i := 1; i < len(w); i++ {
		if !reSyllable.MatchString(w[:i]) {
			continue
		}
		for j := i + 1; j < len(w); j++ {
			if reSyllable.MatchString(w[i:j]) && reSyllable.MatchString(w[j:]) &&
				knownPinyin(w[:j], false) && knownPinyin(w[i:], place) {
				return true
			}
		}
	}
	return false
}

// inNameChain reports whether the capitalised word question[start:end] is joined by a dash to
// another capitalised word: the names of a route or a grouping of places ("the Shanghai-Suzhou-
// Huzhou railway", "the Rugao–Nantong–Suzhou–Huzhou intercity railway", "Beijing-Tianjin-Hebei"),
// a modifier of what is asked about, not a place the question is scoped to. Any dash joins: a
// hyphen, an en dash or an em dash, as writers and keyboards type them.
func inNameChain(question string, start, end int) bool {
	isCap := func(b byte) bool { return b >= 'A' && b <= 'Z' }
	if r, n := utf8.DecodeLastRuneInString(question[:start]); isNameDash(r) && start > n {
		before := question[:start-n]
		prev := 0 // the start of the word before the dash, after whatever rune ends the one before it
		if i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
			_, size := utf8.DecodeRuneInString(before[i:])
			prev = i + size
		}
		if prev < len(before) && isCap(before[prev]) {
			return true
		}
	}
	r, n := utf8.DecodeRuneInString(question[end:])
	return isNameDash(r) && end+n < len(question) && isCap(question[end+n])
}

// inInitialism reports whether the capitalised word question[start:end] is joined by an
// ampersand to a letter before or after it: the initials of a common noun (B&B, R&D, M&A).
func inInitialism(question string, start, end int) bool {
	return start > 0 && question[start-1] == '&' || end < len(question) && question[end] == '&'
}

// isNameDash reports whether r is a dash that joins the names of a chain: hyphen, hyphen-minus,
// non-breaking hyphen, figure dash, en dash, em dash.
func isNameDash(r rune) bool {
	return strings.ContainsRune("-‐‑‒–—", r)
}

// blankNameChains returns question with the capitalised words that inNameChain takes for a
// route or a grouping replaced by spaces (same length): such names neither scope a question
// nor, when no report is theirs, decline it ("the Shanghai-Suzhou-Huzhou railway in Lili").
func blankNameChains(question string) string {
	b := []byte(question)
	changed := false
	for _, loc := range reCapWord.FindAllStringIndex(question, -1) {
		if inNameChain(question, loc[0], loc[1]) {
			for i := loc[0]; i < loc[1]; i++ {
				b[i] = ' '
			}
			changed = true
		}
	}
	if !changed {
		return question
	}
	return string(b)
}

// enQuestionWords are capitalised at the start of a question but say nothing of its subject.
var enQuestionWords = map[string]bool{"compare": true, "name": true, "summarize": true, "summarise": true,
	"describe": true, "explain": true, "did": true, "does": true, "can": true, "could": true, "would": true,
	"should": true, "will": true, "has": true, "have": true, "are": true, "is": true, "according": true,
	// Proper words the reports speak of in Chinese words CC-CEDICT does not give for them.
	"china": true, "chinese": true, "party": true, "communist": true, "covid": true, "coronavirus": true,
	"internet": true, "spring": true, "festival": true, "xi": true, "jinping": true, "january": true,
	"february": true, "march": true, "april": true, "may": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true,
	// Months as abbreviated in a period ("Jan-Sep", "Q1"): a time, not a place.
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// knownText reports whether every Han bigram of a Chinese text is a known token.
func knownText(s string, known func(string) bool) bool {
	toks := zh.Tokens(zh.Normalize(s))
	if len(toks) == 0 {
		return false
	}
	for _, t := range toks {
		if !known(t) {
			return false
		}
	}
	return true
}

// Relative years a question may name (Plan.When).
const (
	WhenLast = "last year"
	WhenThis = "this year"
	WhenNext = "next year"
)

var (
	// The year "under review" is the year a report reviews, last year from its standpoint.
	reWhenLast = lazyre.New(`去年|上年|上一年|\blast year\b|\bprevious year\b|\bpast year\b|\byear (?:under review|reviewed)\b|\breview(?:ed)? year\b`)
	reWhenThis = lazyre.New(`今年|本年|\bthis year\b|\bcurrent year\b`)
	reWhenNext = lazyre.New(`明年|下一年|\bnext year\b|\bcoming year\b`)
)

// relativeYear returns the relative year a normalised question names, or "".
func relativeYear(norm string) string {
	switch {
	case reWhenLast.MatchString(norm):
		return WhenLast
	case reWhenNext.MatchString(norm):
		return WhenNext
	case reWhenThis.MatchString(norm):
		return WhenThis
	}
	return ""
}

// termIndicators adds the indicators a term's wordings name exactly ("industrial value added"
// searched as 工业增加值 and 规模以上工业增加值: both indicators), so that the fact rows of each
// are found.
func termIndicators(ts []Term, inds []string) []string {
	for _, t := range ts {
		if t.Weight < 1 || len(inds) == 0 {
			continue // only where the question already names an indicator
		}
		for _, v := range t.Variants {
			if ind, ok := facts.Lookup(v); ok && ind.Name == v && slices.ContainsFunc(inds, func(x string) bool { return strings.Contains(v, x) || strings.Contains(x, v) }) {
				inds = appendUnique(inds, ind.Name)
			}
		}
	}
	return inds
}

// timeTerms weighs terms that only say when (last year: 一年来, 去年; 今年) as intent words:
// the time frame is Plan.When's and Intent's to apply, and a passage that says 一年来 is not
// therefore about the question's subject.
func timeTerms(ts []Term) {
	for i, t := range ts {
		if relativeYear(zh.Normalize(t.From)) != "" && t.Weight > intentWeight {
			ts[i].Weight = intentWeight
		}
	}
}

// whenIntent is the time frame a relative year asks about, read from the reports' standpoint:
// last year is the year a report reviews (what was achieved); this year and next year are the
// year it plans for (its targets and tasks).
func whenIntent(when string) string {
	switch when {
	case WhenLast:
		return IntentActual
	case WhenThis, WhenNext:
		return IntentTarget
	}
	return ""
}

// findNames adds the question's names that no report knows to Names and Unresolved.
func (a *Plan) findNames(v Vocabulary) {
	if v == nil {
		return // no vocabulary: nothing can be told unknown
	}
	known := v.Known
	var names []string
	switch detectLang(a.Norm) {
	case "zh":
		names = zhNames(a.Norm, a.Places, known)
	case "en":
		var knownPinyin func(string, bool) bool
		if pv, ok := v.(interface{ KnownPinyin(string, bool) bool }); ok {
			knownPinyin = pv.KnownPinyin
		}
		names = enNames(a.Question, a.Places, known, knownPinyin)
		// A Chinese name quoted in an English question ("What was 同里镇's GDP?").
		names = append(names, zhNames(a.Norm, a.Places, known)...)
	}
	for _, n := range names {
		if slices.ContainsFunc(strings.Fields(n), a.isSuggestedWord) {
			continue // a misspelt place the plan took for the place it is nearest to (Shengzhe town)
		}
		a.Names = appendUnique(a.Names, n)
		a.Unresolved = appendUnique(a.Unresolved, n)
	}
}
