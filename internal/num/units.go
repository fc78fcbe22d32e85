package num

import (
	"sort"
	"strings"
)

// Dimensions a unit may have; values compare (Equivalent) only within one dimension.
const (
	DimNone   = ""      // a bare number
	DimCNY    = "CNY"   // 元, yuan, RMB
	DimUSD    = "USD"   // 美元, US$, dollars
	DimPct    = "%"     // %, percent
	DimPoints = "pp"    // 个百分点, percentage points
	DimTimes  = "x"     // 倍, times, -fold
	DimCount  = "count" // measure words and count nouns: 个, 家, 人, households
	DimMu     = "mu"    // 亩
	DimHa     = "ha"    // 公顷, hectares
	DimM2     = "m2"    // 平方米, square metres
	DimKm2    = "km2"   // 平方公里, square kilometres
	DimM3     = "m3"    // 立方米, cubic metres (water, earth, gas)
	DimKm     = "km"    // 公里, 千米, km
	DimM      = "m"     // 米, metres
	DimTonne  = "t"     // 吨, tonnes
	DimKg     = "kg"    // 公斤, 千克, kg
	DimJin    = "jin"   // 斤
	DimConc   = "ug/m3" // 微克/立方米, μg/m³
	DimKw     = "kW"    // 千瓦, kW
	DimKwh    = "kWh"   // 千瓦时, 度, kWh
)

// unit is what the parser knows about a unit word.
type unit struct {
	dim string
	// class narrows a count: "people", "households", "enterprises"… ("" for a generic measure
	// word such as 个). Counts of different classes are not equivalent.
	class string
	// one and many are the English singular and plural; "" renders a bare number.
	one, many string
	// symbol renders before the number (US$).
	symbol bool
}

// zhUnits are the units that may follow a number in Chinese text, matched as the longest
// prefix (no word boundary in Chinese). They include every unit the facts extractor knows.
var zhUnits = map[string]unit{
	"元":      {dim: DimCNY, one: "yuan", many: "yuan"},
	"美元":     {dim: DimUSD, one: "US$", many: "US$", symbol: true},
	"%":      {dim: DimPct},
	"％":      {dim: DimPct},
	"个百分点":   {dim: DimPoints, one: "percentage point", many: "percentage points"},
	"百分点":    {dim: DimPoints, one: "percentage point", many: "percentage points"},
	"倍":      {dim: DimTimes, one: "times", many: "times"},
	"亩":      {dim: DimMu, one: "mu", many: "mu"},
	"公顷":     {dim: DimHa, one: "hectare", many: "hectares"},
	"平方米":    {dim: DimM2, one: "square metre", many: "square metres"},
	"平方公里":   {dim: DimKm2, one: "square kilometre", many: "square kilometres"},
	"立方米":    {dim: DimM3, one: "cubic metre", many: "cubic metres"},
	"公里":     {dim: DimKm, one: "km", many: "km"},
	"千米":     {dim: DimKm, one: "km", many: "km"},
	"米":      {dim: DimM, one: "metre", many: "metres"},
	"吨":      {dim: DimTonne, one: "tonne", many: "tonnes"},
	"公斤":     {dim: DimKg, one: "kg", many: "kg"},
	"千克":     {dim: DimKg, one: "kg", many: "kg"},
	"斤":      {dim: DimJin, one: "jin", many: "jin"},
	"千瓦时":    {dim: DimKwh, one: "kWh", many: "kWh"},
	"千瓦":     {dim: DimKw, one: "kW", many: "kW"},
	"微克/立方米": {dim: DimConc, one: "μg/m³", many: "μg/m³"},
	"μg/m³":  {dim: DimConc, one: "μg/m³", many: "μg/m³"},
	"μg/m3":  {dim: DimConc, one: "μg/m³", many: "μg/m³"},
	"µg/m³":  {dim: DimConc, one: "μg/m³", many: "μg/m³"},
	"µg/m3":  {dim: DimConc, one: "μg/m³", many: "μg/m³"},
	// Measure words. Generic ones (个, 项, 座 …) render as a bare number unless a known noun
	// follows (12个项目 → 12 projects).
	"个":  {dim: DimCount},
	"家":  {dim: DimCount, class: "enterprises", one: "enterprise", many: "enterprises"},
	"人":  {dim: DimCount, class: "people", one: "person", many: "people"},
	"名":  {dim: DimCount, class: "people", one: "person", many: "people"},
	"位":  {dim: DimCount, class: "people", one: "person", many: "people"},
	"人次": {dim: DimCount, class: "person-times", one: "person-time", many: "person-times"},
	"户":  {dim: DimCount, class: "households", one: "household", many: "households"},
	"套":  {dim: DimCount, one: "unit", many: "units"},
	"台":  {dim: DimCount, one: "unit", many: "units"},
	"辆":  {dim: DimCount, class: "vehicles", one: "vehicle", many: "vehicles"},
	"艘":  {dim: DimCount, class: "vessels", one: "vessel", many: "vessels"},
	"栋":  {dim: DimCount, class: "buildings", one: "building", many: "buildings"},
	"次":  {dim: DimCount, class: "times", one: "time", many: "times"},
	"项":  {dim: DimCount},
	"座":  {dim: DimCount},
	"所":  {dim: DimCount},
	"条":  {dim: DimCount},
	"处":  {dim: DimCount},
	"间":  {dim: DimCount, class: "rooms", one: "room", many: "rooms"}, // 公寓72间, 群租房1278间: rooms, not flats
	"枚":  {dim: DimCount},                                             // 印章5800枚: a count, never an amount of money beside it
	"张":  {dim: DimCount},
	"件":  {dim: DimCount},
	"起":  {dim: DimCount}, // 调解纠纷2921起: cases, as 件 counts them
	"场":  {dim: DimCount},
}

// zhNouns are nouns that may follow a measure word, with their English forms: 12个项目 →
// 12 projects. Longest match wins.
var zhNouns = map[string]unit{
	"项目":   {class: "projects", one: "project", many: "projects"},
	"工程":   {class: "projects", one: "project", many: "projects"},
	"企业":   {class: "enterprises", one: "enterprise", many: "enterprises"},
	"公司":   {class: "enterprises", one: "company", many: "companies"},
	"村":    {class: "villages", one: "village", many: "villages"},
	"行政村":  {class: "villages", one: "village", many: "villages"},
	"社区":   {class: "communities", one: "community", many: "communities"},
	"学校":   {class: "schools", one: "school", many: "schools"},
	"家庭":   {class: "households", one: "family", many: "families"},
	"岗位":   {class: "jobs", one: "job", many: "jobs"},
	"就业岗位": {class: "jobs", one: "job", many: "jobs"},
	"小区":   {class: "residential compounds", one: "residential compound", many: "residential compounds"},
	"公园":   {class: "parks", one: "park", many: "parks"},
	"道路":   {class: "roads", one: "road", many: "roads"},
	"平台":   {class: "platforms", one: "platform", many: "platforms"},
	"基地":   {class: "bases", one: "base", many: "bases"},
	"园区":   {class: "parks", one: "park", many: "parks"},
	"医院":   {class: "hospitals", one: "hospital", many: "hospitals"},
	"幼儿园":  {class: "kindergartens", one: "kindergarten", many: "kindergartens"},
	"商户":   {class: "businesses", one: "business", many: "businesses"},
	"农户":   {class: "households", one: "farm household", many: "farm households"},
	"人才":   {class: "people", one: "professional", many: "professionals"},
}

// enUnits are English unit words (lower case) that may follow a number, after an optional
// space, ending at a word boundary.
var enUnits = map[string]unit{
	"%":                 zhUnits["%"],
	"percent":           zhUnits["%"],
	"per cent":          zhUnits["%"],
	"percentage points": zhUnits["个百分点"],
	"percentage point":  zhUnits["个百分点"],
	"pp":                zhUnits["个百分点"],
	"yuan":              zhUnits["元"],
	"rmb":               zhUnits["元"],
	"cny":               zhUnits["元"],
	"us dollars":        zhUnits["美元"],
	"dollars":           zhUnits["美元"],
	"usd":               zhUnits["美元"],
	"times":             zhUnits["倍"],
	"fold":              zhUnits["倍"],
	"mu":                zhUnits["亩"],
	"sq m":              zhUnits["平方米"],
	"m²":                zhUnits["平方米"],
	"km²":               zhUnits["平方公里"],
	"sq km":             zhUnits["平方公里"],
	"km":                zhUnits["公里"],
	"kg":                zhUnits["公斤"],
	"tons":              zhUnits["吨"],
	"ton":               zhUnits["吨"],
	"kilometres":        zhUnits["公里"],
	"kilometers":        zhUnits["公里"],
	"square meters":     zhUnits["平方米"],
	"meters":            zhUnits["米"],
	"meter":             zhUnits["米"],
	"square meter":      zhUnits["平方米"],
	"square kilometers": zhUnits["平方公里"],
	"cubic meters":      zhUnits["立方米"],
	"cubic meter":       zhUnits["立方米"],
	"persons":           zhUnits["人"],
	"companies":         zhNouns["公司"],
	"firms":             zhNouns["企业"],
	"items":             {dim: DimCount, one: "item", many: "items"},
	"item":              {dim: DimCount, one: "item", many: "items"},
}

// enPrefixUnits are currency marks written before a number (lower case): US$4.7 billion.
var enPrefixUnits = []struct {
	text string
	u    unit
}{
	{"us$", zhUnits["美元"]}, {"us $", zhUnits["美元"]}, {"usd ", zhUnits["美元"]}, {"usd", zhUnits["美元"]},
	{"$", zhUnits["美元"]}, {"rmb ", zhUnits["元"]}, {"rmb", zhUnits["元"]}, {"cny ", zhUnits["元"]},
	{"¥", zhUnits["元"]}, {"￥", zhUnits["元"]},
}

func init() {
	// Every English form the tables render is also read, so that renderings parse back.
	add := func(u unit) {
		for _, w := range []string{u.one, u.many} {
			if w = strings.ToLower(w); w == "" || u.symbol {
				continue
			}
			if _, ok := enUnits[w]; !ok {
				enUnits[w] = u
			}
		}
	}
	for _, u := range zhUnits {
		add(u)
	}
	for _, u := range zhNouns {
		add(u.withDim(DimCount))
	}
	for _, m := range []*map[string]unit{&zhUnits, &zhNouns, &enUnits} {
		byLength[m] = sortedKeys(*m)
	}
}

func (u unit) withDim(d string) unit { u.dim = d; return u }

// Multipliers written after a number: 万, 亿, 万亿 in Chinese; thousand … trillion in English.
var (
	zhMultipliers = []struct {
		text  string
		scale float64
	}{{"万亿", 1e12}, {"亿", 1e8}, {"万", 1e4}}
	enMultipliers = []struct {
		text  string
		scale float64
	}{{"trillion", 1e12}, {"billion", 1e9}, {"million", 1e6}, {"thousand", 1e3}, {"bn", 1e9}, {"mn", 1e6}}
)

// byLength holds the keys of a unit table, longest first, for longest-prefix matching.
var byLength = map[*map[string]unit][]string{}

// longestUnit returns the longest key of m that s starts with (Chinese: no word boundary).
func longestUnit(s string, m *map[string]unit) string {
	for _, k := range byLength[m] {
		if strings.HasPrefix(s, k) {
			return k
		}
	}
	return ""
}

func sortedKeys(m map[string]unit) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return len(keys[i]) > len(keys[j]) || len(keys[i]) == len(keys[j]) && keys[i] < keys[j]
	})
	return keys
}

// hasWordPrefixFold reports whether s starts with w (ASCII case-insensitively) followed by a
// word boundary.
func hasWordPrefixFold(s, w string) bool {
	if len(s) < len(w) || !strings.EqualFold(s[:len(w)], w) {
		return false
	}
	return len(s) == len(w) || !isASCIILetter(s[len(w)]) || !isASCIILetter(w[len(w)-1])
}

// longestEnUnit returns the longest English unit that s starts with at a word boundary, and
// its length in s.
func longestEnUnit(s string) (string, int) {
	if s == "" || s[0] < 0x80 && !isASCIILetter(s[0]) && s[0] != '%' {
		return "", 0
	}
	for _, k := range byLength[&enUnits] {
		if hasWordPrefixFold(s, k) {
			return k, len(k)
		}
	}
	return "", 0
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
