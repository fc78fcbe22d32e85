package places

import (
	"reflect"
	"testing"
)

// ingested stands for the entities and places found at ingest.
var ingested = []string{"盛泽镇", "黎里镇", "浍沟镇", "岱西镇", "齐都镇", "沙埕镇", "盘锦市", "汾湖高新区"}

func TestMatcherMatch(t *testing.T) {
	m := NewMatcher(ingested)
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"How much did fiscal revenue grow in Shengze?", []string{"盛泽镇"}},
		{"shengze town budget revenue", []string{"盛泽镇"}},
		{"What does Sheng Ze plan for industrial output?", []string{"盛泽镇"}},
		{"SHENGZE's industrial investment", []string{"盛泽镇"}},
		{"Shèngzé textile market", []string{"盛泽镇"}},
		{"Compare Lili and Shengze", []string{"黎里镇", "盛泽镇"}},
		{"How many fishing boats in Shacheng?", []string{"沙埕镇"}},
		{"Huigou poverty monitoring", []string{"浍沟镇"}},
		{"Kuaigou high-standard farmland", []string{"浍沟镇"}},
		{"Qidu town's retail sales", []string{"齐都镇"}},
		{"Daixi grapes", []string{"岱西镇"}},
		{"What did the Panjin district government promise?", []string{"盘锦市"}},
		{"Fenhu high-tech zone", []string{"汾湖高新区"}},
		{"Beijing and Shanghai", []string{"北京市", "上海市"}},
		{"Chaoyang district of Beijing", []string{"朝阳区", "北京市"}},
		{"Chaoyang city in Liaoning", []string{"朝阳市", "辽宁省"}},
		{"Jilin", []string{"吉林省"}},
		{"Jilin city", []string{"吉林市"}},
		{"Shaanxi or Shanxi?", []string{"陕西省", "山西省"}},
		{"Inner Mongolia and Tibet", []string{"内蒙古自治区", "西藏自治区"}},
		{"Xi'an", []string{"西安市"}},
		{"Linzi district in Zibo", []string{"临淄区", "淄博市"}},
		{"Pei county", nil},
		{"Zhong county of Chongqing", []string{"忠县", "重庆市"}},
		{"xi", nil},
		{"What is the xi target?", nil},
		{"a taxi in the shengzeville", nil},
		{"盛泽镇一般公共预算收入增长目标是多少?", []string{"盛泽镇"}},
		{"盛泽的工业投资", []string{"盛泽镇"}},
		{"盘锦大米", []string{"盘锦市"}},
		{"北京朝阳区的GDP", []string{"北京市", "朝阳区"}},
		{"绿水青山就是金山银山", nil},
		{"", nil},
	} {
		if got := m.Match(tc.q); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Match(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestMatcherPrefersCandidates(t *testing.T) {
	// 凤都 reads fengdu like 丰都县 of Chongqing: a name found at ingest wins.
	m := NewMatcher([]string{"凤都镇"})
	if got := m.Match("Fengdu"); !reflect.DeepEqual(got, []string{"凤都镇"}) {
		t.Errorf("Match(Fengdu) = %v, want [凤都镇]", got)
	}
	if got := NewMatcher(nil).Match("Fengdu"); !reflect.DeepEqual(got, []string{"丰都县"}) {
		t.Errorf("gazetteer only: Match(Fengdu) = %v, want [丰都县]", got)
	}
}

func TestMatcherNamesWithLevelCharacters(t *testing.T) {
	// Names found at ingest that hold a conjunction (和), end like a level word (林区, 营区) or
	// follow another name joined by 和.
	m := NewMatcher([]string{"宝林区", "尚林区", "恒营区", "紫和镇", "雅和镇", "和道镇", "姚方镇", "川涌镇", "和川镇", "湾邵区"})
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"By what percentage did revenue move in Baolin District in 2021?", []string{"宝林区"}},
		{"Compare Shanglin district and Baolin district", []string{"尚林区", "宝林区"}},
		{"What did Hengying district plan?", []string{"恒营区"}},
		{"Zihe town and Yahe town", []string{"紫和镇", "雅和镇"}},
		{"比较姚方镇和川涌镇的目标", []string{"姚方镇", "川涌镇"}},
		{"姚方镇和和川镇哪个高", []string{"姚方镇", "和川镇"}},
		{"和川镇与川涌镇", []string{"和川镇", "川涌镇"}},
		{"和川镇和川涌镇", []string{"和川镇", "川涌镇"}},
		{"姚方和川涌", []string{"姚方镇", "川涌镇"}},
		{"紫和镇和和道镇", []string{"紫和镇", "和道镇"}},
		{"紫和镇、雅和镇和湾邵区", []string{"紫和镇", "雅和镇", "湾邵区"}},
		{"宝林区和尚林区", []string{"宝林区", "尚林区"}},
		{"恒营区一般公共预算收入增长目标是多少?", []string{"恒营区"}},
	} {
		if got := m.Match(tc.q); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Match(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestMatcherMentions(t *testing.T) {
	m := NewMatcher(ingested)
	q := "Is Shengze town's target higher than 黎里镇?"
	got := m.Mentions(q)
	want := []Mention{{Names: []string{"盛泽镇"}, Start: 3, End: 15}, {Names: []string{"黎里镇"}, Start: 37, End: 46}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Mentions(%q) = %+v, want %+v", q, got, want)
	}
	if q[3:15] != "Shengze town" {
		t.Errorf("span %q", q[3:15])
	}
}

func FuzzMatch(f *testing.F) {
	f.Add("Is Shengze town's target higher than 黎里镇?")
	f.Add("'s ' ’ xi'an \xff 盛泽")
	f.Add("autonomous")
	m := NewMatcher(ingested)
	f.Fuzz(func(t *testing.T, q string) {
		for _, mt := range m.Mentions(q) {
			if mt.Start < 0 || mt.End > len(q) || mt.Start >= mt.End || len(mt.Names) == 0 {
				t.Fatalf("bad mention %+v in %q", mt, q)
			}
		}
		FindIn(q)
	})
}

func BenchmarkNewMatcher(b *testing.B) {
	load()
	for b.Loop() {
		NewMatcher(ingested)
	}
}

func BenchmarkMatch(b *testing.B) {
	m := NewMatcher(ingested)
	for b.Loop() {
		m.Match("What is Qidu town's GDP growth target compared with 盛泽镇 and Panjin district?")
	}
}

// TestMatcherLevelAfterLargerPlace: a larger place followed by a level word (广西城区, an urban
// district of Guangxi) is read as that place and the level word, not as the place name inside
// them (西城区), while a name written whole keeps its reading.
func TestMatcherLevelAfterLargerPlace(t *testing.T) {
	m := NewMatcher(ingested)
	for q, want := range map[string][]string{
		"这个广西城区经常参加体育锻炼的人口比例是多少?": {"广西壮族自治区"},
		"北京西城区的GDP": {"北京市", "西城区"},
		"西城区的GDP":   {"西城区"},
	} {
		if got := m.Match(q); !reflect.DeepEqual(got, want) {
			t.Errorf("Match(%q) = %v, want %v", q, got, want)
		}
	}
}
