package places

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/pinyin"
)

// placeReadings lists, for characters with more than one reading, the readings that occur in
// place names, the usual one first. go-pinyin's first reading follows everyday words and is
// wrong for many places (都 dou in 成都, 长 zhang in 长沙, 重 zhong in 重庆, 厦 sha in 厦门), and
// its full heteronym lists hold readings no place uses, which would only invent matches.
// Characters not listed here have the single reading go-pinyin gives first.
var placeReadings = map[rune][]string{
	'都': {"du", "dou"}, '长': {"chang", "zhang"}, '重': {"chong", "zhong"}, '厦': {"xia", "sha"},
	'藏': {"zang", "cang"}, '行': {"xing", "hang"}, '乐': {"le", "yue", "lao"}, '六': {"liu", "lu"},
	'番': {"fan", "pan"}, '单': {"shan", "dan"}, '莘': {"shen", "xin"}, '洞': {"dong", "tong"},
	'阿': {"a", "e"}, '尉': {"wei", "yu"}, '涡': {"guo", "wo"}, '铅': {"qian", "yan"},
	'蚌': {"beng", "bang"}, '会': {"hui", "kuai"}, '浍': {"hui", "kuai"}, '堡': {"bao", "bu", "pu"},
	'曾': {"zeng", "ceng"}, '查': {"zha", "cha"}, '解': {"xie", "jie"}, '盖': {"gai", "ge"},
	'角': {"jiao", "jue", "lu"}, '秘': {"mi", "bi"}, '繁': {"fan", "po"}, '员': {"yuan", "yun"},
	'盛': {"sheng", "cheng"}, '朝': {"chao", "zhao"}, '宿': {"su", "xiu"}, '佛': {"fo", "fu"},
	'什': {"shi"}, '勒': {"le", "lei"}, '坻': {"di", "chi"}, '珲': {"hun", "hui"}, '陂': {"pi", "bei", "po"},
	'泌': {"bi", "mi"}, '枞': {"zong", "cong"}, '歙': {"she", "xi"}, '蔚': {"yu", "wei"},
	'巷': {"xiang", "hang"}, '圩': {"xu", "wei"}, '荥': {"xing", "ying"}, '嵊': {"sheng"},
	'沙': {"sha"}, '埕': {"cheng"}, '洪': {"hong"}, '亳': {"bo"}, '济': {"ji"}, '沈': {"shen"},
	'大': {"da"}, '家': {"jia"}, '和': {"he"}, '合': {"he"}, '南': {"nan"}, '台': {"tai"},
	'区': {"qu"}, '石': {"shi"}, '溪': {"xi"}, '省': {"sheng"}, '市': {"shi"}, '地': {"di"},
	'色': {"se"}, '吾': {"wu"}, '莞': {"guan"}, '蕃': {"fan", "bo"}, '干': {"gan"}, '汤': {"tang"},
	'柏': {"bai", "bo"}, '百': {"bai"}, '虹': {"hong"}, '红': {"hong"}, '万': {"wan"}, '无': {"wu"},
}

// nameReadings overrides the reading of whole base names whose characters read differently
// here than anywhere else, and adds the conventional spellings of a few (陕西 is Shaanxi so that
// it is told apart from 山西 Shanxi). The first entry is the name's pinyin.
var nameReadings = map[string][]string{
	"陕西": {"shaan xi"}, "六安": {"lu an", "liu an"}, "六合": {"lu he", "liu he"},
	"乐清": {"yue qing", "le qing"}, "番禺": {"pan yu", "fan yu"}, "闵行": {"min hang"},
	"乐亭": {"lao ting", "le ting"}, "长子": {"zhang zi"}, "东阿": {"dong e", "dong a"},
	"洪洞": {"hong tong", "hong dong"}, "铅山": {"yan shan", "qian shan"}, "涡阳": {"guo yang", "wo yang"},
}

// aliases are English names and older romanisations that people type instead of the pinyin.
// Keys are base names; values are written with spaces between words.
var aliases = map[string][]string{
	"内蒙古": {"inner mongolia", "nei mongol"}, "西藏": {"tibet"}, "香港": {"hong kong"},
	"澳门": {"macau", "macao"}, "台湾": {"taiwan"}, "哈尔滨": {"harbin"}, "乌鲁木齐": {"urumqi"},
	"呼和浩特": {"hohhot"}, "鄂尔多斯": {"ordos"}, "喀什": {"kashgar"}, "拉萨": {"lhasa"},
	"日喀则": {"shigatse"}, "吐鲁番": {"turpan"}, "和田": {"hotan"}, "伊犁": {"ili"},
}

// suffixes are the level words stripped to get a name's base, each before any shorter suffix
// it ends with (高新区 before 新区 before 区). Ethnic names
// before 自治区/自治州/自治县/自治旗 are stripped as well (广西壮族自治区 → 广西).
var suffixes = []string{
	"特别行政区", "自治区", "自治州", "自治县", "自治旗", "经济技术开发区", "经济开发区", "开发区",
	"高新区", "新区", "林区", "地区", "街道", "社区", "省", "市", "区", "县", "镇", "乡", "村", "盟", "旗",
}

// ethnicNames end the base of autonomous divisions; the forms without 族 occur in Xinjiang and
// Qinghai prefecture names (伊犁哈萨克自治州, 博尔塔拉蒙古自治州).
var ethnicNames = []string{
	"柯尔克孜", "维吾尔", "哈萨克", "蒙古族", "蒙古", "塔吉克", "土家族", "布依族", "哈尼族", "傈僳族",
	"景颇族", "朝鲜族", "壮族", "回族", "藏族", "羌族", "彝族", "苗族", "侗族", "傣族", "白族",
	"瑶族", "黎族", "满族", "畲族", "水族", "仡佬族", "土族", "撒拉族", "锡伯", "达斡尔族",
}

// splitSuffix returns a name's base and its level suffix ("盛泽镇" → "盛泽", "镇"). A name that
// would be left empty keeps its whole text as the base.
//
// A suffix of several characters whose first one may end a base (林区, 新区, 地区, 街道…) is
// the level only when it leaves a base of two characters or more, as every county-level name
// has; otherwise the shorter suffix wins: 宝林区 and 碑林区 are the districts 宝林 and 碑林, not
// forest districts 宝 and 碑. 林区 itself needs a base of three (神农架林区, China's only one),
// so that 桂花林区 is the district 桂花林.
func splitSuffix(name string) (base, suffix string) {
	for _, s := range suffixes {
		b, ok := strings.CutSuffix(name, s)
		if !ok || b == "" {
			continue
		}
		if n := utf8.RuneCountInString(b); utf8.RuneCountInString(s) > 1 && n < 2 || s == "林区" && n < 3 {
			continue
		}
		if strings.HasPrefix(s, "自治") {
			b = stripEthnic(b, s == "自治区")
		}
		if b == "" {
			continue
		}
		return b, s
	}
	return name, ""
}

// stripEthnic removes ethnic names from the end of b while at least two characters remain. For
// autonomous regions only the 族 forms and 维吾尔 are removed, so that 内蒙古 keeps its 蒙古.
func stripEthnic(b string, region bool) string {
	for changed := true; changed; {
		changed = false
		for _, e := range ethnicNames {
			if region && !strings.HasSuffix(e, "族") && e != "维吾尔" {
				continue
			}
			if rest, ok := strings.CutSuffix(b, e); ok && len([]rune(rest)) >= 2 {
				b, changed = rest, true
			}
		}
	}
	return b
}

// Base returns a name without its level suffix: "盛泽镇" → "盛泽", "广西壮族自治区" → "广西".
func Base(name string) string {
	b, _ := splitSuffix(strings.TrimSpace(name))
	return b
}

// syllables returns the place-name readings of each character of s: the curated readings of
// polyphones, else go-pinyin's first reading; letters and digits stand for themselves (lower-cased)
// and anything else is dropped.
func syllables(s string) [][]string {
	var out [][]string
	for _, r := range s {
		switch {
		case placeReadings[r] != nil:
			out = append(out, placeReadings[r])
		case unicode.Is(unicode.Han, r):
			if p := rawReading(r); p != "" {
				out = append(out, []string{strings.ReplaceAll(p, "v", "u")})
			}
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			out = append(out, []string{string(unicode.ToLower(r))})
		}
	}
	return out
}

// readings returns the base's readings as syllable lists, the usual reading first.
func readings(base string) [][]string {
	if rs, ok := nameReadings[base]; ok {
		out := make([][]string, len(rs))
		for i, r := range rs {
			out[i] = strings.Fields(r)
		}
		return out
	}
	const maxVariants = 16
	out := [][]string{nil}
	for _, alts := range syllables(base) {
		var next [][]string
		for _, prefix := range out {
			for _, a := range alts {
				if len(next) == maxVariants {
					break
				}
				next = append(next, append(append([]string(nil), prefix...), a))
			}
		}
		out = next
	}
	if len(out[0]) == 0 {
		return nil
	}
	return out
}

// Pinyin returns the toneless lower-case pinyin of a Chinese name, syllables joined without
// spaces, reading polyphones as place names read them: "盛泽镇" → "shengzezhen", "齐都" → "qidu",
// "重庆市" → "chongqingshi". ü is written u ("吕梁" → "luliang").
func Pinyin(name string) string {
	name = strings.TrimSpace(name)
	base, _ := splitSuffix(name)
	var b strings.Builder
	if rs := readings(base); len(rs) > 0 {
		b.WriteString(strings.Join(rs[0], ""))
	}
	b.WriteString(strings.Join(firstReading(strings.TrimPrefix(name, base)), ""))
	return b.String()
}

// PinyinBase returns the pinyin of a name without its level suffix: "盛泽镇" → "shengze".
func PinyinBase(name string) string {
	if rs := readings(Base(name)); len(rs) > 0 {
		return strings.Join(rs[0], "")
	}
	return ""
}

// PinyinVariants returns the plausible pinyin spellings of a name's base, the usual one first:
// every combination of the place-name readings of its polyphones ("浍沟" → huigou, kuaigou;
// "齐都" → qidu, qidou), the v spelling of ü ("吕梁" → luliang, lvliang), and conventional
// spellings (陕西 → shaanxi).
func PinyinVariants(name string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	base := Base(name)
	for _, r := range readings(base) {
		add(strings.Join(r, ""))
	}
	if _, ok := nameReadings[base]; !ok && hasUmlaut(base) {
		add(umlautSpelling(base))
	}
	return out
}

// hasUmlaut reports whether any character of s reads with ü (go-pinyin writes it v).
func hasUmlaut(s string) bool {
	return umlautSpelling(s) != strings.Join(firstReading(s), "")
}

// umlautSpelling spells the usual reading of s with ü written v, as Chinese input methods do.
func umlautSpelling(s string) string {
	var b strings.Builder
	for _, r := range s {
		if alts := placeReadings[r]; alts != nil {
			b.WriteString(alts[0])
		} else if p := rawReading(r); p != "" {
			b.WriteString(p)
		} else if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// firstReading returns the usual syllables of s.
func firstReading(s string) []string {
	var out []string
	for _, syl := range syllables(s) {
		out = append(out, syl[0])
	}
	return out
}

// rawReading returns the first toneless reading of r in go-pinyin's dictionary (ü written v),
// or "".
func rawReading(r rune) string {
	return pinyin.Reading(r)
}
