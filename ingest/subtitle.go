package ingest

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/places"
	"github.com/reportbot/reportbot/internal/zh"
)

// A published report usually names its government in full near its top: the session line
// under the title ("——在绍兴市桂川镇第十八届人民代表大会第三次会议上"), the signature line
// ("河南省鹤壁市恒营区人民政府") or the title itself ("2023年黎里镇政府工作报告"). Where it does,
// that name beats anything read from the body text, whose place names are found by heuristics
// that real names defeat (紫和镇 holds the conjunction 和, 恒营区 ends like 营区, a camp).

var (
	// reSession is the session line: "——在…人民代表大会…会议上", with an optional date.
	reSession = lazyre.New(`^[-—–\s]*(?:20[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日\s*)?在\s*([^\s,,。;;::、“”()()]{2,40}?)(?:第[一二三四五六七八九十百]+届)?人民代表大会`)
	// reSignature is the signature line: a whole paragraph "…人民政府", optionally dated.
	reSignature = lazyre.New(`^([^\s,,。;;::、“”()()]{2,40}?)人民政府(?:\s*20[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)?$`)
	// reTitleName is a title naming its government: "2023年黎里镇政府工作报告".
	reTitleName = lazyre.New(`^(?:20[0-9]{2}年(?:度)?)?([^\s,,。;;::、“”()()]{2,40}?)(?:20[0-9]{2}年(?:度)?)?(?:人民)?政府工作报告`)
)

// headLines is how many paragraphs from a report's top may hold its session or signature line.
const headLines = 6

// levelRunes end the name of a division that may contain another one (市 in 鹤壁市恒营区).
const levelRunes = "省市区县旗州盟镇乡"

// headName is the government a report's title, session line or signature line names in full.
type headName struct {
	Entity   string // "恒营区"
	City     string // the gazetteer city the line puts it in ("鹤壁市"), or ""
	Province string // its province ("河南省"), or ""
	Line     string // the line it was read from, for the evidence
}

// nameFromHead returns the government the report's title or first paragraphs name in full, of
// the given level when level is not "" (the speaker's own words fix it: "我代表区政府").
func nameFromHead(title string, paras []string, level string) (headName, bool) {
	var lines []string
	for i, p := range paras {
		if i == headLines {
			break
		}
		if p = strings.TrimSpace(p); utf8.RuneCountInString(p) <= 60 {
			lines = append(lines, p)
		}
	}
	try := func(re *lazyre.Regexp, line string) (headName, bool) {
		m := re.FindStringSubmatch(line)
		if m == nil {
			return headName{}, false
		}
		h, ok := splitFullName(m[1])
		if !ok || places.Withheld(h.Entity) {
			return headName{}, false
		}
		if _, l := splitLevel(h.Entity); level != "" && l != level {
			return headName{}, false
		}
		h.Line = line
		return h, true
	}
	for _, re := range []*lazyre.Regexp{reSession, reSignature} {
		for _, line := range lines {
			if h, ok := try(re, line); ok {
				return h, true
			}
		}
	}
	return try(reTitleName, strings.TrimSpace(title))
}

// splitFullName splits a government's full name ("河南省鹤壁市恒营区", "苏州市吴江区黎里镇") into
// the entity it names last and the city and province of the gazetteer names before it. Leading
// gazetteer names are stripped longest first; what remains is the entity when it ends in a
// level word, cut after the last level character that can end an enclosing division (吴江区 in
// 吴江区黎里镇 when the gazetteer does not know it). A name left empty is the last gazetteer name
// itself (a city's or district's own report: "盘锦市").
func splitFullName(s string) (headName, bool) {
	var h headName
	var last places.Place
	for s != "" {
		p, ok := gazetteerPrefix(s)
		if !ok {
			break
		}
		last = p
		if c := cityOf(p); c != "" {
			h.City = c
		}
		if pr := provinceOf(p); pr != "" {
			h.Province = pr
		}
		s = strings.TrimPrefix(s, p.Name)
	}
	if s == "" {
		if last.Name == "" {
			return h, false
		}
		h.Entity = last.Name
		if h.City == last.Name {
			h.City = "" // a city's own report: its city is not itself
		}
		return h, true
	}
	base, lvl := splitLevel(s)
	rs := []rune(base)
	if lvl == "" || !zh.AllHan(rs) {
		return h, false
	}
	for n := 2; n < len(rs); n++ {
		// The shortest tail of two or more characters that a division's name precedes.
		if strings.ContainsRune(levelRunes, rs[len(rs)-n-1]) {
			h.Entity = string(rs[len(rs)-n:]) + lvl
			return h, true
		}
	}
	if len(rs) == 0 || len(rs) > maxBase {
		return h, false // not a name: a phrase before the level word
	}
	h.Entity = s
	return h, true
}

// maxBase is the longest base of a name read without a division before it (神农架林 of 神农架林区).
const maxBase = 5

// gazetteerPrefix returns the gazetteer place whose full name is the longest proper prefix of s.
func gazetteerPrefix(s string) (places.Place, bool) {
	rs := []rune(s)
	for n := len(rs) - 1; n >= 2; n-- {
		if p, ok := places.Lookup(string(rs[:n])); ok && p.Name == string(rs[:n]) {
			return p, true
		}
	}
	return places.Place{}, false
}
