package glossary

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// match is a Match without offsets, for compact expectations.
type match struct {
	phrase string
	zh     string // first Chinese term
}

func TestTranslate(t *testing.T) {
	g := Default()
	for _, tc := range []struct {
		q    string
		want []match
	}{
		{"What was the fixed-asset investment growth last year?", []match{
			{"fixed asset investment", "固定资产投资"}, {"growth", "增长"}, {"last year", "一年来"}}},
		{"How many old residential compounds will be renovated?", []match{
			{"old residential compounds", "老旧小区"}, {"renovate", "改造"}}},
		{"What is the target for retail sales of consumer goods?", []match{
			{"target", "目标"}, {"retail sales of consumer goods", "社会消费品零售总额"}}},
		{"Did general public budget revenue fall?", []match{
			{"general public budget revenue", "一般公共预算收入"}, {"fall", "下降"}}},
		{"How fast did fiscal revenue grow?", []match{{"fiscal revenue", "一般公共预算收入"}, {"grow", "增长"}}},
		{"How much was spent on people's livelihood?", []match{{"spending", "支出"}, {"people's livelihood", "民生"}}},
		{"How many surveillance cameras were added?", []match{{"surveillance cameras", "监控探头"}, {"add", "新增"}}},
		// The thing named whole, not its modifier alone: "health" (健康) is no check-up, "security"
		// (安保) no installation.
		{"Which reports mention free health checks for elderly people?", []match{{"health check", "体检"}, {"elderly", "老年人"}}},
		{"Which reports mention security installations?", []match{{"security installation", "安防设施"}}},
		{"Was the clean-up of pine wilt diseased wood rated excellent?", []match{
			{"pine wilt", "松材线虫病"}, {"diseased wood", "疫木"}}},
		{"How much tax and fee relief did firms get?", []match{{"tax and fee relief", "减税降费"}, {"firm", "企业"}}},
		{"Which reports talk about sports events?", []match{{"sports event", "赛事"}}},
		{"Were unpaid wages recovered for migrant workers?", []match{
			{"unpaid wages", "欠薪"}, {"migrant workers", "农民工"}}},
		{"What are the town's seaweed farming plans?", []match{
			{"town", "镇"}, {"seaweed", "紫菜"}, {"farming", "农业"}, {"plan", "计划"}}},
		{"Which districts targeted GDP growth above 5%?", []match{
			{"district", "区"}, {"target", "目标"}, {"gdp", "地区生产总值"}, {"growth", "增长"}}},
		{"How many projects were attracted?", []match{{"project", "项目"}, {"attract", "引进"}}},
		{"How long does it take to set up a new business?", []match{{"set up a new business", "企业开办"}}},
		{"How many projects were brought in?", []match{{"project", "项目"}, {"brought in", "引进"}}},
		{"How many projects did it bring in?", []match{{"project", "项目"}, {"bring in", "引进"}}},
		{"industrial output above designated size", []match{
			{"industrial output", "工业总产值"}, {"above designated size", "规模以上"}}},
		{"How many above-quota enterprises were added?", []match{
			{"above quota", "限额以上"}, {"enterprise", "企业"}, {"add", "新增"}}},
		{"HIGH-STANDARD FARMLAND", []match{{"high standard farmland", "高标准农田"}}},
		{"How many companies are high-tech enterprises?", []match{
			{"company", "企业"}, {"high tech enterprises", "高新技术企业"}}},
		{"petitions and disputes", []match{{"petition", "信访"}, {"disputes", "矛盾纠纷"}}},
		{"R&D spending as a share of GDP", []match{
			{"r&d spending", "研究与试验发展经费"}, {"share", "比重"}, {"gdp", "地区生产总值"}}},
		// "only" is a stopword, but "the only" and "only one" say 唯一; "resolution rate" is a rate
		// of its own, not a resolution (决议).
		{"Which institute is the only new R&D institution?", []match{{"the only", "唯一"}, {"new", "新增"}, {"r&d", "研究与试验发展经费"}}},
		{"What resolution rate did the hotline reach?", []match{{"resolution rate", "解决率"}, {"hotline", "12345"}}},
		{"How many firms were upgraded to above-designated-size status?", []match{{"firm", "企业"}, {"upgraded to above designated size", "升规"}}},
		// Everyday wording of works and services (issue 11, phase 5).
		{"How many roads did they start building?", []match{{"roads", "道路"}, {"start building", "开工"}}},
		{"How many people did it help to start their own businesses?", []match{{"start their own business", "创业"}}},
		{"How many started a business?", []match{{"start a business", "创业"}}},
		{"Which plants were overhauled or brought up to code?", []match{{"overhaul", "整治"}, {"up to code", "合规"}}},
		{"the new diplomatic quarter", []match{{"new", "新增"}, {"diplomatic quarter", "使馆区"}}},
		{"the comprehensive governance centre", []match{{"comprehensive governance", "综治"}}},
		{"roadside stalls near the restaurant checkpoints", []match{
			{"stall", "摊位"}, {"restaurant", "餐厅"}, {"checkpoint", "卡点"}}},
		{"How many 'scattered, disorderly, polluting' workshops?", []match{{"scattered disorderly polluting", "散乱污"}}},
		{"messy wiring and overhead cables", []match{{"messy", "乱"}, {"wiring", "电线"}, {"overhead cable", "架空线"}}},
		{"at a minimum, crop-dusting planes", []match{{"minimum", "不少于"}, {"crop dusting", "飞防"}, {"plane", "飞机"}}},
		// Units spelt out, in both spellings, and measures asked in words (fig12).
		{"How many square metres of floor area?", []match{{"square metre", "平方米"}, {"floor area", "建筑面积"}}},
		{"cubic meters of water saved", []match{{"cubic meter", "立方米"}, {"water saving", "节水"}}},
		{"How much did it save firms?", []match{{"save", "节约"}, {"firm", "企业"}}},
		{"the first-phase project", []match{{"first phase", "一期"}, {"project", "项目"}}},
		// Policy terms an everyday English word never reaches through CC-CEDICT (vocab20).
		{"motor-pumped wells and irrigation wells", []match{{"motor pumped well", "机井"}, {"irrigation well", "机井"}}},
		{"people relapsing into poverty", []match{{"relapse into poverty", "返贫"}}},
		{"group-rental housing", []match{{"group rental housing", "群租房"}}},
		{"the property sector", []match{{"property sector", "房地产"}}},
		{"a fund of funds", []match{{"fund of funds", "母基金"}}},
		{"the clean soil battle", []match{{"clean soil", "净土"}}},
		// 新就业形态, the policy name of platform and gig work (lists21).
		{"workers in new forms of employment", []match{{"new forms of employment", "新就业形态"}}},
		{"how many", nil},
		{"", nil},
	} {
		var got []match
		for _, m := range g.Translate(tc.q) {
			got = append(got, match{m.Phrase, m.Chinese[0]})
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Translate(%q)\n got %v\nwant %v", tc.q, got, tc.want)
		}
	}
}

func TestTranslateOffsets(t *testing.T) {
	q := "Qidu's Fixed-Asset Investment target"
	lower := strings.ToLower(q)
	got := Default().Translate(q)
	want := []string{"fixed-asset investment", "target"}
	if len(got) != len(want) {
		t.Fatalf("Translate(%q) = %+v, want %d matches", q, got, len(want))
	}
	for i, m := range got {
		if s := lower[m.Start:m.End]; s != want[i] {
			t.Errorf("match %d covers %q, want %q", i, s, want[i])
		}
	}
}

func TestTranslateInflections(t *testing.T) {
	g, err := Parse(strings.NewReader("target\t目标\ncompany\t企业\nrenovate\t改造\nbusiness\t企业\nplan\t计划\nbuilding\t建设\npeople's livelihood\t民生\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ q, want string }{
		{"targets", "target"}, {"targeted", "target"}, {"targeting", "target"}, {"Target", "target"},
		{"companies", "company"}, {"renovated", "renovate"}, {"renovating", "renovate"},
		{"businesses", "business"}, {"planned", "plan"}, {"planning", "plan"}, {"plans", "plan"},
		{"buildings", "building"}, {"build", "building"}, {"people’s livelihoods", "people's livelihood"},
		{"peoples livelihood", "people's livelihood"},
	} {
		got := g.Translate(tc.q)
		if len(got) != 1 || got[0].Phrase != tc.want {
			t.Errorf("Translate(%q) = %+v, want one match of %q", tc.q, got, tc.want)
		}
	}
}

func TestStem(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"targets", "target"}, {"targeted", "target"}, {"companies", "company"}, {"subsidies", "subsidy"},
		{"renovated", "renovate"}, {"increases", "increasing"}, {"planned", "plan"}, {"controlled", "control"},
		{"taxes", "tax"}, {"processes", "process"}, {"houses", "housing"}, {"grew", "grow"}, {"built", "build"},
		{"urbanisation", "urbanization"}, {"labour", "labor"}, {"centres", "center"}, {"potatoes", "potato"},
	} {
		if stem(tc.a) != stem(tc.b) {
			t.Errorf("stem(%q) = %q, stem(%q) = %q; want equal", tc.a, stem(tc.a), tc.b, stem(tc.b))
		}
	}
	for _, w := range []string{"gas", "status", "bus", "analysis", "yes", "news"} {
		if s := stem(w); len(s) < 2 {
			t.Errorf("stem(%q) = %q", w, s)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ name, data, want string }{
		{"no tab", "# header\n\ngdp 地区生产总值\n", "line 3"},
		{"empty phrase", " \t地区生产总值\n", "line 1: empty English phrase"},
		{"empty term", "gdp\t地区生产总值||GDP\n", "line 1: empty Chinese term"},
		{"no terms", "gdp\t\n", "line 1: empty Chinese term"},
		{"duplicate after stemming", "target\t目标\ntargets\t目标\n", "line 2: \"targets\" repeats the phrase of line 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tc.data))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Parse: got %v, want error containing %q", err, tc.want)
			}
		})
	}
}

func TestParse(t *testing.T) {
	g, err := Parse(strings.NewReader("# comment\r\n\r\nGDP\t地区生产总值 | GDP\r\nfiscal revenue\t一般公共预算收入\n"))
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() != 2 {
		t.Errorf("Len() = %d, want 2", g.Len())
	}
	got := g.Translate("gdp and fiscal revenue")
	if len(got) != 2 || !slices.Equal(got[0].Chinese, []string{"地区生产总值", "GDP"}) || got[0].Phrase != "GDP" {
		t.Errorf("Translate = %+v", got)
	}
}

func TestDefault(t *testing.T) {
	g := Default()
	if n := g.Len(); n < 400 {
		t.Errorf("Len() = %d, want a few hundred entries", n)
	}
	for _, term := range g.Terms() {
		if !strings.ContainsFunc(term, func(r rune) bool {
			return unicode.Is(unicode.Han, r) || unicode.IsDigit(r) || unicode.IsUpper(r)
		}) {
			t.Errorf("term %q is neither Chinese nor an acronym", term)
		}
	}
}

// TestCorpusCoverage checks that the glossary speaks the reports' language: most of its Chinese
// terms must occur verbatim in the bundled corpus (the rest are standard report wording that
// these nine reports happen not to use).
func TestCorpusCoverage(t *testing.T) {
	data, err := os.ReadFile("../../data/2023-gov-work-reports.txt")
	if err != nil {
		t.Skipf("bundled corpus: %v", err)
	}
	corpus := strings.Join(strings.Fields(string(data)), "")
	terms := Default().Terms()
	var missing []string
	for _, term := range terms {
		if !strings.Contains(corpus, term) {
			missing = append(missing, term)
		}
	}
	share := 1 - float64(len(missing))/float64(len(terms))
	t.Logf("%d of %d Chinese terms (%.1f%%) occur in the bundled corpus; not found: %s",
		len(terms)-len(missing), len(terms), 100*share, strings.Join(missing, " "))
	if share < 0.70 {
		t.Errorf("corpus coverage %.1f%%, want at least 70%%", 100*share)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("gdp\t地区生产总值|GDP\n# c\n")
	f.Add("a\t\n")
	f.Add("\t|\n")
	f.Fuzz(func(t *testing.T, data string) {
		g, err := Parse(strings.NewReader(data))
		if err != nil {
			return
		}
		g.Translate(data)
	})
}

func FuzzTranslate(f *testing.F) {
	f.Add("What was the fixed-asset investment growth last year?")
	f.Add("people's ’s ' 's")
	f.Add("İstanbul ÀÉ 地区生产总值")
	f.Fuzz(func(t *testing.T, q string) {
		lower := strings.ToLower(q)
		for _, m := range Default().Translate(q) {
			if m.Start < 0 || m.End > len(lower) || m.Start >= m.End {
				t.Fatalf("bad span %d..%d in %q", m.Start, m.End, lower)
			}
		}
	})
}

// A British spelling finds the glossary's American phrase; a word the glossary knows as written
// keeps its own stem, and an unknown one stays unmatched.
func TestTranslateBritishSpelling(t *testing.T) {
	g, err := Parse(strings.NewReader("fishing harbor\t渔港\ncultural center\t文化中心\nurbanization\t城镇化\ntour\t旅游\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ q, want string }{
		{"the fishing harbour", "fishing harbor"}, {"cultural centres", "cultural center"},
		{"urbanisation rate", "urbanization"}, {"tours", "tour"},
	} {
		got := g.Translate(tc.q)
		if len(got) != 1 || got[0].Phrase != tc.want {
			t.Errorf("Translate(%q) = %+v, want one match of %q", tc.q, got, tc.want)
		}
	}
	if got := g.Translate("colours"); len(got) != 0 {
		t.Errorf("Translate(colours) = %+v, want none", got)
	}
}

// A closed-up word finds the phrase the glossary writes apart, as a whole word only: a key of
// its first part alone does not match it, and a word the glossary has as written stays whole.
func TestTranslateClosedUpCompound(t *testing.T) {
	g, err := Parse(strings.NewReader("street lights\t路灯\nstreet\t街道\nfarmland\t农田\nfarm\t农场\nland\t土地\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ q, want string }{
		{"new streetlights", "street lights"}, {"streetlight", "street lights"}, {"farmland", "farmland"},
	} {
		got := g.Translate(tc.q)
		if len(got) != 1 || got[0].Phrase != tc.want || got[0].End != len(tc.q) {
			t.Errorf("Translate(%q) = %+v, want one match of %q to the end", tc.q, got, tc.want)
		}
	}
	if got := g.Translate("streetcars"); len(got) != 0 {
		t.Errorf("Translate(streetcars) = %+v, want none (no key holds street car)", got)
	}
}

// TestGreenedAsAdded: greening reaches 增绿 (留白增绿, "leave blank, add green") besides 绿化.
func TestGreenedAsAdded(t *testing.T) {
	ms := Default().Translate("How many hectares were greened?")
	if len(ms) != 1 || !slices.Contains(ms[0].Chinese, "增绿") {
		t.Errorf("Translate: %+v, want green with 增绿", ms)
	}
}

// TestSentAsDispatched: people sent out to help are 出动 in the reports (出动3000多人次支援…抗洪抢险),
// and fighting floods is 抗洪抢险, not only flood prevention (防汛).
func TestSentAsDispatched(t *testing.T) {
	ms := Default().Translate("How many people did the district send to fight floods?")
	var send, fight bool
	for _, m := range ms {
		send = send || slices.Contains(m.Chinese, "出动")
		fight = fight || slices.Contains(m.Chinese, "抗洪抢险")
	}
	if !send || !fight {
		t.Errorf("Translate: %+v, want send with 出动 and fight floods with 抗洪抢险", ms)
	}
}

// TestTranslateRankList: a place in a ranking is also stated through the list itself (在中国百强镇
// 榜单中晋升至第14位) or 名列, not only 排名/位列/位居.
func TestTranslateRankList(t *testing.T) {
	var got []string
	for _, m := range Default().Translate("Where did they place in national rankings?") {
		got = append(got, m.Chinese...)
	}
	for _, w := range []string{"排名", "榜单", "名列"} {
		if !slices.Contains(got, w) {
			t.Errorf("rankings render %v, lacking %s", got, w)
		}
	}
}

// TestLittleGiantOwnName: a 'little giant' firm is one named 小巨人; 专精特新 ("specialised,
// refined, distinctive, innovative") is the wider class it belongs to, and a report naming only
// that class has no little giant.
func TestLittleGiantOwnName(t *testing.T) {
	for _, m := range Default().Translate("Which towns have little giant firms?") {
		if m.Phrase == "little giants" && !slices.Equal(m.Chinese, []string{"小巨人"}) {
			t.Errorf("little giants render %v, want [小巨人]", m.Chinese)
		}
	}
}

// Students abroad and those back from study abroad are 留学人员 in the reports (江苏省留学人员之家),
// not 学生: the longer phrase wins over "students".
func TestOverseasStudents(t *testing.T) {
	for _, q := range []string{"returned overseas students", "overseas students", "overseas returnees"} {
		ms := Default().Translate(q)
		if len(ms) != 1 || !slices.Contains(ms[0].Chinese, "留学人员") {
			t.Errorf("%q: %+v, want one match rendered 留学人员", q, ms)
		}
	}
}

// TestAgeFriendlyAsShiLaoHua: the reports' own word for age-friendly (or senior-friendly) works
// is 适老化 (困难家庭适老化改造), whatever word for old age the asker puts before "friendly".
func TestAgeFriendlyAsShiLaoHua(t *testing.T) {
	for _, q := range []string{"age-friendly home retrofits", "senior-friendly homes", "ageing friendly renovation of homes"} {
		ms := Default().Translate(q)
		if !slices.ContainsFunc(ms, func(m Match) bool {
			return slices.Contains(m.Chinese, "适老化") || slices.Contains(m.Chinese, "适老化改造")
		}) {
			t.Errorf("Translate(%q) = %+v, want 适老化", q, ms)
		}
	}
}

func TestKin(t *testing.T) {
	g, err := Parse(strings.NewReader("elderly canteens\t长者食堂|老年助餐点|老年餐桌\nmeals for the elderly\t长者食堂|老年助餐点\ncanteen\t食堂|助餐点\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := g.Kin("长者食堂"), []string{"长者食堂", "老年助餐点", "老年餐桌"}; !slices.Equal(got, want) {
		t.Errorf("Kin(长者食堂) = %v, want %v", got, want)
	}
	// Only an entry that renders as the word itself: 食堂 is no kin of 长者食堂's.
	if got := g.Kin("书屋"); got != nil {
		t.Errorf("Kin(书屋) = %v, want nil", got)
	}
}

// TestDefaultParkingSpots: "parking spots" is 停车位 as "parking spaces" is; the lexicon's phrase
// for it weighed so little that "how many extra parking spots are planned" quoted a report's
// opening sentence on 今年 and 规划 instead of 新增各类停车位3500个.
func TestDefaultParkingSpots(t *testing.T) {
	got := Default().Translate("how many extra parking spots are planned")
	if !slices.ContainsFunc(got, func(m Match) bool { return m.Phrase == "parking spots" && slices.Contains(m.Chinese, "停车位") }) {
		t.Errorf("Translate(parking spots) = %+v, want parking spots → 停车位", got)
	}
}
