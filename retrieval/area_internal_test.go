package retrieval

import "testing"

// TestNamesSubLevel: a level word standing for a report's place names it by its city; a level
// character inside a common word (小区, 全区) does not.
func TestNamesSubLevel(t *testing.T) {
	for _, c := range []struct {
		lang, q string
		want    bool
	}{
		{"zh", "盘锦这个区去年化解了多少政府存量债务?", true},
		{"zh", "北京那个有三里屯的区今年计划竣工多少套保障性住房?", true},
		{"zh", "盘锦某区去年新建了几个高品质小区?", true},
		{"zh", "北京xx区今年要建成多少个示范点?", true},
		{"zh", "苏州市小区改造了多少个?", false},
		{"zh", "柳州全区生产总值是多少?", false},
		// 城区 after a province or city, or after 这个/的, names one report's district; 主城区 and
		// 老城区 are parts of a city, not a level.
		{"zh", "这个广西城区经常参加体育锻炼的人口比例是多少?", true},
		{"zh", "北京这个城区去年一共发动了多少人次志愿者?", true},
		{"zh", "广西的城区去年追加投入了多少钱?", true},
		{"zh", "苏州主城区人口是多少?", false},
		{"zh", "柳州老城区改造了多少户?", false},
		{"en", "what gdp growth target did the town in zibo set?", true},
		{"en", "what was the panjin district's revenue?", true},
		{"en", "what's the housing provident fund rate in suzhou?", false},
	} {
		if got := namesSubLevel(Plan{Lang: c.lang, Norm: c.q}); got != c.want {
			t.Errorf("namesSubLevel(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

// TestNationScoped: the whole country as the scope of a figure, not a national title or rank.
func TestNationScoped(t *testing.T) {
	for _, c := range []struct {
		lang, q string
		want    bool
	}{
		{"zh", "2023年全国gdp增长预期目标是多少?", true},
		{"zh", "我国去年城镇新增就业多少人?", true},
		{"zh", "哪个镇创建了全国文明城市?", false},
		{"zh", "完成全国首单跨区域支付用了多少天?", false},
		{"en", "how many new urban jobs were created nationwide?", true},
		{"en", "what is china's gdp growth target?", true},
		{"en", "what was the turnover of the china oriental silk market?", false},
		{"en", "how many national high-tech enterprises are there?", false},
	} {
		if got := nationScoped(Plan{Lang: c.lang, Norm: c.q}); got != c.want {
			t.Errorf("nationScoped(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}
