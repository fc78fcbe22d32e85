package chart

import (
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/internal/pinyin"
	"github.com/reportbot/reportbot/internal/places"
)

// levelWords name administrative levels in English, for pinyin place labels.
var levelWords = map[string]string{
	"镇": "Town", "乡": "Township", "街道": "Subdistrict", "区": "District", "县": "County",
	"市": "City", "省": "Province", "自治区": "Region", "自治州": "Prefecture", "旗": "Banner",
}

// PlaceLatin spells a Chinese place name in pinyin with its level in English:
// 盛泽镇 → "Shengze Town", 吴江区 → "Wujiang District", xx区 → "xx District",
// xx区(北京市) → "xx District (Beijing City)". Text that is not a place name is transliterated
// syllable by syllable.
func PlaceLatin(name string) string {
	name = strings.TrimSpace(strings.NewReplacer("（", "(", "）", ")").Replace(name))
	if open := strings.IndexByte(name, '('); open > 0 && strings.HasSuffix(name, ")") {
		// 盛泽镇(苏州市): a place and, in brackets, its parent.
		return PlaceLatin(name[:open]) + " (" + PlaceLatin(name[open+1:len(name)-1]) + ")"
	}
	base := places.Base(name)
	suffix := strings.TrimPrefix(name, base)
	word, ok := levelWords[suffix]
	if base == "" || !ok {
		return Latin(name)
	}
	py := places.PinyinBase(name)
	if py == "" || !isLatinText(base) && py == base {
		py = Latin(base)
	}
	if !isLatinText(base) {
		py = capitalize(py)
	}
	return py + " " + word
}

// latinPhrases translate the words of value texts and titles that have a usual English
// rendering; they are replaced before the rest is transliterated. Longer phrases come first.
var latinPhrases = []struct{ zh, en string }{
	{"与上一年持平", "flat"}, {"与上年持平", "flat"}, {"持平", "flat"},
	{"一般公共预算收入", "general public budget revenue"}, {"地区生产总值", "GDP"},
	{"目标", " targets"}, {"实际", " actuals"}, {"增长", " growth"}, {"下降", " decline"},
	{"左右", " approx."}, {"以上", " or more"}, {"以内", " at most"}, {"不低于", " at least"},
	{"力争", "aim "}, {"确保", "ensure "},
	{"亿元", " 100M yuan"}, {"万元", " 10k yuan"}, {"万人", " 10k people"}, {"万吨", " 10k t"},
	{"公顷", " ha"}, {"平方米", " m²"}, {"元", " yuan"}, {"吨", " t"}, {"亩", " mu"},
	{"个", ""}, {"家", ""}, {"人", " people"}, {"项", ""},
	{"来源", "Source"}, {"报告", "report"},
	{"，", ", "}, {"、", ", "}, {"；", "; "}, {"：", ": "}, {"（", " ("}, {"）", ")"}, {"。", ". "},
}

// Latin renders Chinese text in Latin letters: known words of indicators, qualifiers and units
// in English (左右 → "approx.", 亿元 → "100M yuan"), other Chinese characters in toneless pinyin,
// one word per character run. 10%左右 → "10% approx.", 力争10% → "aim 10%".
func Latin(s string) string {
	for _, p := range latinPhrases {
		s = strings.ReplaceAll(s, p.zh, p.en)
	}
	var b strings.Builder
	var run []rune
	flush := func() {
		if len(run) == 0 {
			return
		}
		syl := pinyin.Lazy(string(run))
		if b.Len() > 0 && !strings.HasSuffix(b.String(), " ") {
			b.WriteByte(' ')
		}
		b.WriteString(strings.Join(syl, ""))
		run = run[:0]
	}
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			run = append(run, r)
			continue
		}
		if len(run) > 0 {
			flush()
			if r != ' ' && !unicode.IsPunct(r) {
				b.WriteByte(' ')
			}
		}
		if r > unicode.MaxASCII && !isLatinRune(r) {
			continue // other scripts: dropped rather than drawn as boxes
		}
		b.WriteRune(r)
	}
	flush()
	return strings.Join(strings.Fields(b.String()), " ")
}

// isLatinRune reports whether r is drawn by a Latin font: ASCII, Latin letters and the few
// symbols the renderers use.
func isLatinRune(r rune) bool {
	return r <= unicode.MaxASCII || unicode.Is(unicode.Latin, r) || strings.ContainsRune("·–—−±×²≤≥…‘’“”", r)
}

// isLatinText reports whether every rune of s is a Latin one.
func isLatinText(s string) bool {
	for _, r := range s {
		if !isLatinRune(r) {
			return false
		}
	}
	return true
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}
