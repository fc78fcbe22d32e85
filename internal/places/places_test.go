package places

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestGazetteerCounts(t *testing.T) {
	g := load()
	provinces, prefectures := 0, 0
	for _, p := range g.places {
		switch {
		case p.Level == "省":
			provinces++
			if p.Parent != "" {
				t.Errorf("%s: province-level entry has parent %q", p.Name, p.Parent)
			}
		case p.Level == "市" && g.byName[p.Parent] != nil && g.byName[p.Parent][0].Level == "省":
			prefectures++
		}
		if p.Parent != "" && g.byName[p.Parent] == nil {
			t.Errorf("%s: parent %q is not in the gazetteer", p.Name, p.Parent)
		}
	}
	if provinces != 34 {
		t.Errorf("province-level divisions: got %d, want 34", provinces)
	}
	// 333 prefecture-level divisions, plus the county-level cities administered by a province
	// directly (仙桃, 潜江, 天门, 济源, 石河子).
	if prefectures != 333+5 {
		t.Errorf("cities under a province: got %d, want %d", prefectures, 333+5)
	}
}

func TestParseGazetteerErrors(t *testing.T) {
	for _, tc := range []struct{ data, want string }{
		{"# c\n北京市\t省\n", "line 2"},
		{"盘锦市\t州\t辽宁省\n", "unknown level"},
	} {
		if _, err := parseGazetteer(tc.data); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("parseGazetteer(%q): got %v, want error containing %q", tc.data, err, tc.want)
		}
	}
}

func TestLookup(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Place
		ok   bool
	}{
		{"盘锦", Place{"盘锦市", "市", "辽宁省"}, true},
		{"盘锦市", Place{"盘锦市", "市", "辽宁省"}, true},
		{"广西", Place{"广西壮族自治区", "省", ""}, true},
		{"内蒙古", Place{"内蒙古自治区", "省", ""}, true},
		{"延边", Place{"延边朝鲜族自治州", "市", "吉林省"}, true},
		{"吉林", Place{"吉林省", "省", ""}, true},
		{"吉林市", Place{"吉林市", "市", "吉林省"}, true},
		{"福鼎市", Place{"福鼎市", "市", "宁德市"}, true},
		{"临淄", Place{"临淄区", "区", "淄博市"}, true},
		{"岱山县", Place{"岱山县", "县", "舟山市"}, true},
		{"北京", Place{"北京市", "省", ""}, true},
		{"盛泽镇", Place{}, false},
		{"", Place{}, false},
	} {
		got, ok := Lookup(tc.in)
		if ok != tc.ok || got != tc.want {
			t.Errorf("Lookup(%q) = %+v, %v; want %+v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
	if got := LookupAll("普陀区"); len(got) != 2 {
		t.Errorf("LookupAll(普陀区) = %v, want the Shanghai and the Zhoushan district", got)
	}
}

func TestFindIn(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]int
	}{
		{"short names", "加强盘锦大米、盘锦河蟹、碱地农产品品牌建设工作", map[string]int{"盘锦市": 2}},
		{"full and short", "临淄区医疗中心建设1个市重大项目;为建设“强富美优”新临淄贡献更多齐都力量",
			map[string]int{"临淄区": 2}},
		{"longest first", "苏州南站高铁新城规划发布,沪苏湖铁路梁架建设过半", map[string]int{"苏州市": 1}},
		{"higher tier for a shared short name", "吉林、吉林市", map[string]int{"吉林省": 1, "吉林市": 1}},
		{"region short name", "全面落实习近平总书记视察广西重要讲话", map[string]int{"广西壮族自治区": 1}},
		{"everyday words are not places", "树牢“绿水青山就是金山银山”的理念;长安街延长线;社区社会工作室、日照中心、退役军人服务站",
			map[string]int{}},
		{"no places", "地区生产总值增长5%左右", map[string]int{}},
		{"empty", "", map[string]int{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := FindIn(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("FindIn(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// reports returns the reports of the bundled corpus, 1-based (reports[1] is 篇1).
func reports(tb testing.TB) []string {
	tb.Helper()
	data, err := os.ReadFile("../../data/2023-gov-work-reports.txt")
	if err != nil {
		tb.Skipf("bundled corpus: %v", err)
	}
	parts := strings.Split(string(data), "2023年政府部门工作汇报多篇篇")
	if len(parts) != 10 {
		tb.Fatalf("corpus: got %d parts, want a preamble and 9 reports", len(parts))
	}
	return parts
}

func TestFindInCorpus(t *testing.T) {
	rs := reports(t)
	for _, tc := range []struct {
		report  int
		want    []string
		notWant []string
	}{
		{1, []string{"盘锦市"}, nil},
		{2, []string{"苏州市", "吴江区", "上海市", "江苏省"}, nil},
		{4, []string{"密云区"}, []string{"长安区", "金山区"}},
		{5, []string{"吴江区", "苏州市"}, []string{"滨海新区"}},
		{6, []string{"舟山市", "浙江省"}, []string{"定海区"}},
		{7, []string{"临淄区", "淄博市", "山东省"}, nil},
		{8, []string{"福鼎市", "宁德市"}, nil},
	} {
		got := FindIn(rs[tc.report])
		for _, w := range tc.want {
			if got[w] == 0 {
				t.Errorf("report %d: %s not found in %v", tc.report, w, got)
			}
		}
		for _, w := range tc.notWant {
			if got[w] != 0 {
				t.Errorf("report %d: %s found %d times, want none", tc.report, w, got[w])
			}
		}
	}
}

func BenchmarkFindIn(b *testing.B) {
	text := strings.Join(reports(b), "")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		FindIn(text)
	}
}
