package ingest

import (
	"fmt"
	"github.com/reportbot/reportbot/internal/lazyre"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/places"
	"github.com/reportbot/reportbot/internal/zh"
)

// levels are the administrative levels a report's government can have, longest first.
var levels = []string{"街道", "镇", "乡", "区", "县", "市"}

var (
	// reSelf finds the speaker's own government: "我代表黎里镇人民政府", "我代表区政府",
	// "我代表xx镇第二十届人民政府".
	reSelf = lazyre.New(`我代表([^,,。;、向]{0,12}?)(?:第[一二三四五六七八九十]+届)?(?:人民)?政府`)
	// reYear finds years in headings: "2023年工作回顾".
	reYear = lazyre.New(`(20[0-9]{2})年`)
	// reWithheld finds "xx区", "XX镇" mentions.
	reWithheld = lazyre.New(`(?i:xx|××|某)(街道|镇|乡|区|县|市)`)
)

// genericBase holds words that stand before 镇/区/县/… without naming a place (开发区, 全镇, 城镇…).
var genericBase = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`乡镇 城镇 集镇 全镇 本镇 我镇 各镇 该镇 古镇 名镇 强镇 小镇 重镇 大镇 特色 示范 开发 园区
		工业 经济 高新 新城 老城 城区 社区 景区 片区 街区 辖区 库区 矿区 湾区 山区 全区 本区 我区 各区 老区 功能 集聚 核心
		保护 试验 先行 自治 自贸 保税 综合 重点 居住 商业 产业 物流 生态 旅游 度假 农业 创新 科技 合作 服务 发展 管理
		全县 本县 我县 各县 全市 本市 我市 各市 城市 县城 县区 市区 县市 地区 省市 市县 乡村 城乡 建制 街道 农村
		推进 加强 建设 工作 提升 实施 开展 完善 打造 推动 促进 强化 落实 深化 创建 全面 持续 积极 不断 进一步`) {
		genericBase[w] = true
	}
}

// levelWords are words whose last character is a level character (社区, 小区, 城镇…): a
// candidate whose base ends with the first character is that word, not a place.
var levelWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`社区 片区 小区 园区 城区 景区 新区 山区 街区 辖区 库区 矿区 湾区 老区 校区 厂区 院区 营区 市区 县区 郊区 灾区 专区 分区 选区 禁区 特区 港区 垦区 林区 牧区 藏区 苏区 病区 展区 商区 住区 城镇 乡镇 集镇 村镇 小镇 古镇 市镇 重镇 名镇 强区 强镇 强县 强市 大县 大市 城市 都市 县市 门市 超市 上市 夜市 股市 楼市 集市 早市 故乡 家乡 城乡 下乡 返乡 水乡 老乡 同乡 他乡 异乡 梓乡`) {
		levelWords[w] = true
	}
}

// compoundAfter lists, per level character, the characters that make it part of a common word
// (区域, 镇村, 县级, 市场…) rather than a place's suffix.
var compoundAfter = map[string]string{
	"镇":  "村域区级街容党",
	"区":  "域级县委内外间位块划别段",
	"县":  "域级城区委乡",
	"市":  "场民政级域区县委值容镇",
	"乡":  "村镇风愁土亲贤",
	"街道": "办",
}

// CommonWords returns a test for two-character words that occur in at least a third (and at
// least three) of the given texts; nil when there are fewer than three texts.
func CommonWords(texts []string) func(string) bool {
	if len(texts) < 3 {
		return nil
	}
	df := map[string]int{}
	for _, t := range texts {
		seen := map[string]bool{}
		rs := []rune(t)
		for i := 0; i+1 < len(rs); i++ {
			if zh.IsHan(rs[i]) && zh.IsHan(rs[i+1]) {
				seen[string(rs[i:i+2])] = true
			}
		}
		for w := range seen {
			df[w]++
		}
	}
	limit := max(3, (len(texts)+2)/3)
	return func(w string) bool { return df[w] >= limit }
}

// functionRunes are characters that do not occur in the two-character base of a place name in
// these texts, but do when a match straddles a word boundary ("进全镇", "落实县").
const functionRunes = "全本我各该每此其等和与及在对为将是了的到从向省市区县镇乡村个年月日"

// Profile works out who gives the report and where: the entity and its level from the speaker's
// own words ("我代表…人民政府") and the place named most in the report's own text, the year
// from its headings, and parent city and province from the places it names. Evidence records
// why, in short phrases.
//
// common, when not nil, tells which two-character words are common across the file's reports
// (a place name is specific to its own report; "中心", "加快" occur in all of them).
func Profile(source string, rr RawReport, paras []Para, common func(string) bool) corpus.Report {
	r := corpus.Report{Source: source, Report: rr.Ordinal, Title: rr.Title}
	var body strings.Builder
	var headings strings.Builder
	for _, p := range paras {
		body.WriteString(p.Text)
		body.WriteByte('\n')
		if p.Heading {
			headings.WriteString(p.Text)
			headings.WriteByte('\n')
		}
	}
	text := body.String()

	// 1. The speaker's own words.
	var selfName, selfLevel string
	for _, m := range reSelf.FindAllStringSubmatch(text, -1) {
		name, lvl := splitLevel(m[1])
		if lvl == "" {
			continue
		}
		if selfLevel == "" {
			selfLevel = lvl
			r.Evidence = append(r.Evidence, "speaker: "+m[0])
		}
		if name != "" && !places.Withheld(name) && selfName == "" && lvl == selfLevel {
			selfName = name + lvl
			if !strings.Contains(r.Evidence[0], selfName) {
				r.Evidence = append(r.Evidence, "speaker: "+m[0])
			}
		}
	}
	r.Level = selfLevel

	// 2. The name in full on the report's title, session or signature line, else the
	// speaker's, else the place named most in the report's own text.
	head, fromHead := nameFromHead(rr.Title, rr.Paragraphs, selfLevel)
	switch {
	case fromHead:
		r.Entity = head.Entity
		r.Evidence = append(r.Evidence, "named in full: "+head.Line)
	case selfName != "":
		r.Entity = selfName
	default:
		if named, count, baseCount := mostNamed(text, selfLevel, common); named != "" {
			r.Entity = named
			r.Evidence = append(r.Evidence, fmt.Sprintf("named most: %s×%d, %s×%d", named, count, trimLevel(named), baseCount))
		}
	}
	if r.Level == "" && r.Entity != "" {
		_, r.Level = splitLevel(r.Entity)
	}
	if r.Level == "" {
		r.Level = levelFromSelfMentions(text)
		if r.Level != "" {
			r.Evidence = append(r.Evidence, "speaks of 全"+r.Level)
		}
	}
	if r.Entity == "" {
		// The publisher withheld the name ("xx区"): keep what the text says.
		if m := reWithheld.FindStringSubmatch(text); m != nil && (r.Level == "" || m[1] == r.Level) {
			r.Entity = m[0]
			r.Level = m[1]
			r.Evidence = append(r.Evidence, "name withheld in the text: "+m[0])
		} else if r.Level != "" {
			r.Entity = "xx" + r.Level
			r.Evidence = append(r.Evidence, "name not given in the text")
		}
	}

	// 3. Year: the year its headings speak of, else the one the text names most.
	r.Year = mostYear(headings.String())
	if r.Year == 0 {
		r.Year = mostYear(text)
	}
	r.ReviewYear, r.PlanYear = frameYears(paras, text, r.Year)

	// 4. Parent places from the gazetteer.
	r.City, r.Province, r.Places = parents(text, r.Entity)
	if fromHead && head.City != "" {
		r.City, r.Province = head.City, head.Province
	}
	if r.City != "" {
		r.Evidence = append(r.Evidence, "city named in the text: "+r.City)
	}
	if r.Province != "" {
		r.Evidence = append(r.Evidence, "province: "+r.Province)
	}
	return r
}

// splitLevel splits "黎里镇" into ("黎里", "镇"); a string without a level suffix gives "".
func splitLevel(s string) (string, string) {
	for _, l := range levels {
		if strings.HasSuffix(s, l) {
			return strings.TrimSuffix(s, l), l
		}
	}
	return s, ""
}

func trimLevel(s string) string { n, _ := splitLevel(s); return n }

// mostNamed returns the place of the given level (any level when "") that the text names most,
// with how often it is named with its suffix and how often its base name occurs at all.
func mostNamed(text, level string, common func(string) bool) (string, int, int) {
	want := levels
	if level != "" {
		want = []string{level}
	}
	counts := map[string]int{}
	rs := []rune(text)
	for i := 2; i < len(rs); i++ {
		for _, l := range want {
			lr := []rune(l)
			if i+len(lr) > len(rs) || string(rs[i:i+len(lr)]) != l {
				continue
			}
			base := string(rs[i-2 : i])
			if !isPlaceBase(base) || levelWords[string(rs[i-1])+l] {
				continue
			}
			// Words common across the file's reports are not place names, nor is a base whose
			// first character ends a common word ("经济大区" is not 济大区).
			if common != nil && (common(base) || i >= 3 && common(string(rs[i-3:i-1]))) {
				continue
			}
			// "加强区域合作" is not 加强区: the level character starts a compound word.
			if j := i + len(lr); j < len(rs) && strings.ContainsRune(compoundAfter[l], rs[j]) {
				continue
			}
			counts[base+l]++
		}
	}
	best, bestScore, bestCount, bestBase := "", 0, 0, 0
	names := make([]string, 0, len(counts))
	for n := range counts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		c := counts[n]
		b := strings.Count(text, trimLevel(n))
		score := 2*c + b
		// A real place is named with its suffix and, in its own report, also on its own
		// ("美丽盛泽", "平安沙埕"); words that only occur before the suffix are not places.
		if score > bestScore && (b-c >= 2 || c >= 3) {
			best, bestScore, bestCount, bestBase = n, score, c, b
		}
	}
	return best, bestCount, bestBase
}

func isPlaceBase(base string) bool {
	if utf8.RuneCountInString(base) != 2 || genericBase[base] {
		return false
	}
	for _, r := range base {
		if !zh.IsHan(r) || strings.ContainsRune(functionRunes, r) {
			return false
		}
	}
	return true
}

// levelFromSelfMentions infers the level from how the report speaks of its own area: "全镇",
// "全区", "全县".
func levelFromSelfMentions(text string) string {
	best, bestN := "", 1
	for _, l := range []string{"镇", "乡", "区", "县"} {
		if n := strings.Count(text, "全"+l); n > bestN {
			best, bestN = l, n
		}
	}
	return best
}

func mostYear(text string) int {
	counts := map[int]int{}
	best, bestN := 0, 0
	for _, m := range reYear.FindAllStringSubmatch(text, -1) {
		y, _ := strconv.Atoi(m[1])
		counts[y]++
		if counts[y] > bestN || counts[y] == bestN && y < best {
			best, bestN = y, counts[y]
		}
	}
	return best
}

// parents returns the city and province the report belongs to, from the gazetteer places its
// text names, and all the places it names (most named first). A district or county named in the
// text votes for its city; a municipality (北京市) is both city and province.
func parents(text, entity string) (city, province string, named []string) {
	counts := places.FindIn(text)
	type pc struct {
		p places.Place
		n int
	}
	var found []pc
	for name, n := range counts {
		if p, ok := places.Lookup(name); ok && name != entity {
			found = append(found, pc{p, n})
		}
	}
	sort.Slice(found, func(i, j int) bool {
		if found[i].n != found[j].n {
			return found[i].n > found[j].n
		}
		return found[i].p.Name < found[j].p.Name
	})
	cityVotes := map[string]int{}
	provVotes := map[string]int{}
	for _, f := range found {
		named = append(named, f.p.Name)
		c := cityOf(f.p)
		if c != "" {
			cityVotes[c] += f.n
		}
		if pr := provinceOf(f.p); pr != "" {
			provVotes[pr] += f.n
		}
	}
	city = topVote(cityVotes)
	if city != "" {
		if p, ok := places.Lookup(city); ok {
			province = provinceOf(p)
		}
	}
	if province == "" {
		province = topVote(provVotes)
	}
	return city, province, named
}

// cityOf returns the city a place belongs to (itself for a city or a municipality).
func cityOf(p places.Place) string {
	for i := 0; i < 3; i++ {
		switch {
		case p.Level == "市" && (p.Parent == "" || isProvince(p.Parent)):
			return p.Name
		case p.Level == "省" && strings.HasSuffix(p.Name, "市"):
			return p.Name // 北京市, 上海市, 天津市, 重庆市
		case p.Level == "省" || p.Parent == "":
			return ""
		}
		q, ok := places.Lookup(p.Parent)
		if !ok {
			return ""
		}
		p = q
	}
	return ""
}

func isProvince(name string) bool {
	p, ok := places.Lookup(name)
	return ok && p.Level == "省"
}

func topVote(votes map[string]int) string {
	best, bestN := "", 0
	for name, n := range votes {
		if n > bestN || n == bestN && name < best {
			best, bestN = name, n
		}
	}
	return best
}

// provinceOf walks up the gazetteer from p to its province.
func provinceOf(p places.Place) string {
	if p.Level == "省" {
		return p.Name
	}
	for i := 0; i < 4 && p.Parent != ""; i++ {
		q, ok := places.Lookup(p.Parent)
		if !ok {
			return p.Parent
		}
		if q.Level == "省" {
			return q.Name
		}
		p = q
	}
	return ""
}
