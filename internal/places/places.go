// Package places knows Chinese place names: a gazetteer of province-level, prefecture-level and
// selected county-level divisions, the pinyin of names (reading polyphones as place names read
// them), finding gazetteer places in Chinese text, matching the places an English or Chinese
// question mentions against the names found at ingest, and telling names a publisher withheld
// ("xx区") from real ones.
package places

import (
	"bufio"
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed gazetteer.tsv
var gazetteerTSV string

// Place is a named place from the gazetteer or from a report.
type Place struct {
	// Name is the full name with its level suffix ("盘锦市", "广西壮族自治区").
	Name string
	// Level is the tier of the name's suffix: 省 (province-level), 市 (a city, 自治州, 地区 or
	// 盟), 区 (district) or 县 (county, 自治县, 旗).
	Level string
	// Parent is the full name of the division one tier up; empty for province-level divisions.
	Parent string
}

// ShortName returns the name without its level suffix ("盘锦市" → "盘锦").
func (p Place) ShortName() string { return Base(p.Name) }

// ambiguousShort lists short names that are everyday words or common fragments of report text
// (金山 in 金山银山, 长安 in 长安街, 滨海 in 滨海旅游, 大兴 in 大兴调查研究之风, 日照 in 日照中心
// for 日间照料中心, 福安 in 幸福安康, 长治 in 长治久安, 定海 in 定海神针), so that only their full
// names count as mentions. Chinese has no word boundaries, so every short name is a substring
// risk; these are the ones that occur in government-report prose.
var ambiguousShort = map[string]bool{
	"和平": true, "河东": true, "河西": true, "新城": true, "城中": true, "城区": true, "金山": true,
	"青山": true, "西湖": true, "长安": true, "江北": true, "南岸": true, "光明": true, "白云": true,
	"南山": true, "鼓楼": true, "金牛": true, "新都": true, "六合": true, "上城": true, "滨江": true,
	"钱塘": true, "江岸": true, "江汉": true, "东城": true, "西城": true, "大兴": true, "滨海": true,
	"长寿": true, "石柱": true, "盘山": true, "姑苏": true, "三江": true, "阿里": true, "白银": true,
	"来宾": true, "天河": true, "未央": true, "秀山": true, "古田": true, "三河": true, "开平": true,
	"周至": true, "新乡": true, "日照": true, "福安": true, "安康": true, "长治": true, "海西": true,
	"安顺": true, "中卫": true, "临海": true, "海盐": true, "盐田": true, "定海": true,
}

// gazetteer is the parsed embedded data with the indexes Lookup and FindIn use.
type gazetteer struct {
	places []Place
	byName map[string][]Place // full name → entries (a name may recur under different parents)
	byBase map[string][]Place // short name → entries, preferred first
	// patterns maps the first two characters of every full and (unambiguous) short name to the
	// names starting with them, longest first, each with the full name it stands for. Every
	// name has at least two characters.
	patterns map[string][]pattern
	// starts marks the characters (of the Basic Multilingual Plane, where every name's first
	// character lies) that begin some name, so that FindIn skips most text with one array read.
	starts []bool
}

type pattern struct {
	text string
	name string
}

var (
	gazOnce sync.Once
	gaz     *gazetteer
)

// load parses the embedded gazetteer once; the data is tested, so a malformed line is a bug.
func load() *gazetteer {
	gazOnce.Do(func() {
		g, err := parseGazetteer(gazetteerTSV)
		if err != nil {
			panic(fmt.Sprintf("places: embedded gazetteer: %v", err))
		}
		gaz = g
	})
	return gaz
}

// levelRank orders tiers for choosing among entries that share a short name (吉林省 over 吉林市).
var levelRank = map[string]int{"省": 0, "市": 1, "区": 2, "县": 2}

func parseGazetteer(data string) (*gazetteer, error) {
	g := &gazetteer{byName: map[string][]Place{}, byBase: map[string][]Place{}, patterns: map[string][]pattern{}, starts: make([]bool, 0x10000)}
	sc := bufio.NewScanner(strings.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[0] == "" {
			return nil, fmt.Errorf("line %d: want name<TAB>level<TAB>parent, got %q", n, line)
		}
		if _, ok := levelRank[f[1]]; !ok {
			return nil, fmt.Errorf("line %d: unknown level %q", n, f[1])
		}
		p := Place{Name: f[0], Level: f[1], Parent: f[2]}
		g.places = append(g.places, p)
		g.byName[p.Name] = append(g.byName[p.Name], p)
		if b := Base(p.Name); b != p.Name {
			g.byBase[b] = append(g.byBase[b], p)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for b, ps := range g.byBase {
		sort.SliceStable(ps, func(i, j int) bool { return levelRank[ps[i].Level] < levelRank[ps[j].Level] })
		g.byBase[b] = ps
	}
	seen := map[string]bool{}
	addPattern := func(text, name string) {
		if seen[text] {
			return
		}
		seen[text] = true
		k := prefix2(text)
		g.patterns[k] = append(g.patterns[k], pattern{text: text, name: name})
		if r, _ := utf8.DecodeRuneInString(text); r < 0x10000 {
			g.starts[r] = true
		}
	}
	for _, p := range g.places {
		addPattern(p.Name, p.Name)
	}
	for b, ps := range g.byBase {
		if utf8.RuneCountInString(b) >= 2 && !ambiguousShort[b] && g.byName[b] == nil {
			addPattern(b, ps[0].Name)
		}
	}
	for k, ps := range g.patterns {
		sort.Slice(ps, func(i, j int) bool {
			if len(ps[i].text) != len(ps[j].text) {
				return len(ps[i].text) > len(ps[j].text)
			}
			return ps[i].text < ps[j].text
		})
		g.patterns[k] = ps
	}
	return g, nil
}

// Lookup returns the gazetteer entry for a Chinese name with or without its level suffix
// ("盘锦" or "盘锦市"). Where several entries share a short name the higher tier wins
// ("吉林" is 吉林省; "吉林市" is the city), and for a full name held by several divisions
// (普陀区 of Shanghai and of Zhoushan) the first listed.
func Lookup(name string) (Place, bool) {
	g := load()
	name = strings.TrimSpace(name)
	if ps := g.byName[name]; len(ps) > 0 {
		return ps[0], true
	}
	if ps := g.byBase[Base(name)]; len(ps) > 0 {
		return ps[0], true
	}
	return Place{}, false
}

// LookupAll returns every gazetteer entry with this full name, or else with this short name.
func LookupAll(name string) []Place {
	g := load()
	name = strings.TrimSpace(name)
	if ps := g.byName[name]; len(ps) > 0 {
		return append([]Place(nil), ps...)
	}
	return append([]Place(nil), g.byBase[Base(name)]...)
}

// Names returns the full name of every gazetteer entry, each once, in gazetteer order.
func Names() []string {
	g := load()
	out := make([]string, 0, len(g.places))
	seen := map[string]bool{}
	for _, p := range g.places {
		if !seen[p.Name] {
			seen[p.Name] = true
			out = append(out, p.Name)
		}
	}
	return out
}

// FindIn returns the gazetteer places named in text with the number of mentions of each, keyed
// by full gazetteer name. Names are matched longest first, by full or short name ("盘锦大米"
// names 盘锦市); short names that are also everyday words (金山, 长安, 滨海…) count only in
// full. One pass over the text with candidates indexed by first character.
func FindIn(text string) map[string]int {
	g := load()
	out := map[string]int{}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r < 0x10000 && !g.starts[r] {
			i += size
			continue
		}
		matched := false
		for _, p := range g.patterns[prefix2(text[i:])] {
			if strings.HasPrefix(text[i:], p.text) {
				out[p.name]++
				i += len(p.text)
				matched = true
				break
			}
		}
		if !matched {
			i += size
		}
	}
	return out
}

// prefix2 returns the first two characters of s (all of s when shorter), without allocating.
func prefix2(s string) string {
	_, a := utf8.DecodeRuneInString(s)
	_, b := utf8.DecodeRuneInString(s[a:])
	return s[:a+b]
}
