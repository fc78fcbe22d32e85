package places

import (
	"slices"
	"testing"
)

func TestPinyin(t *testing.T) {
	for _, tc := range []struct{ name, full, base string }{
		{"盛泽镇", "shengzezhen", "shengze"},
		{"黎里镇", "lilizhen", "lili"},
		{"沙埕镇", "shachengzhen", "shacheng"},
		{"浍沟镇", "huigouzhen", "huigou"},
		{"岱西镇", "daixizhen", "daixi"},
		{"齐都镇", "qiduzhen", "qidu"},
		{"盘锦市", "panjinshi", "panjin"},
		{"临淄区", "linziqu", "linzi"},
		{"重庆市", "chongqingshi", "chongqing"},
		{"厦门市", "xiamenshi", "xiamen"},
		{"长沙市", "changshashi", "changsha"},
		{"成都市", "chengdushi", "chengdu"},
		{"西藏自治区", "xizangzizhiqu", "xizang"},
		{"广西壮族自治区", "guangxizhuangzuzizhiqu", "guangxi"},
		{"陕西省", "shaanxisheng", "shaanxi"},
		{"山西省", "shanxisheng", "shanxi"},
		{"吕梁市", "luliangshi", "luliang"},
		{"六安市", "luanshi", "luan"},
		{"静兰街道", "jinglanjiedao", "jinglan"},
		{"汾湖高新区", "fenhugaoxinqu", "fenhu"},
		{"xx区", "xxqu", "xx"},
		{"", "", ""},
	} {
		if got := Pinyin(tc.name); got != tc.full {
			t.Errorf("Pinyin(%q) = %q, want %q", tc.name, got, tc.full)
		}
		if got := PinyinBase(tc.name); got != tc.base {
			t.Errorf("PinyinBase(%q) = %q, want %q", tc.name, got, tc.base)
		}
	}
}

func TestPinyinVariants(t *testing.T) {
	for _, tc := range []struct {
		name string
		want []string // must be present, the first one first
		not  []string
	}{
		{"沙埕", []string{"shacheng"}, []string{"suocheng"}},
		{"浍沟镇", []string{"huigou", "kuaigou"}, nil},
		{"岱西镇", []string{"daixi"}, nil},
		{"齐都镇", []string{"qidu", "qidou"}, []string{"jidu"}},
		{"盛泽镇", []string{"shengze"}, nil},
		{"黎里镇", []string{"lili"}, nil},
		{"盘锦市", []string{"panjin"}, nil},
		{"临淄区", []string{"linzi"}, nil},
		{"吕梁市", []string{"luliang", "lvliang"}, nil},
		{"陕西省", []string{"shaanxi"}, []string{"shanxi"}},
		{"台州市", []string{"taizhou"}, []string{"yizhou", "sizhou"}},
	} {
		got := PinyinVariants(tc.name)
		if len(got) == 0 || got[0] != tc.want[0] {
			t.Errorf("PinyinVariants(%q) = %v, want %q first", tc.name, got, tc.want[0])
		}
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("PinyinVariants(%q) = %v, missing %q", tc.name, got, w)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(got, w) {
				t.Errorf("PinyinVariants(%q) = %v, should not hold %q", tc.name, got, w)
			}
		}
	}
}

func TestBase(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"盛泽镇", "盛泽"}, {"广西壮族自治区", "广西"}, {"内蒙古自治区", "内蒙古"},
		{"恩施土家族苗族自治州", "恩施"}, {"伊犁哈萨克自治州", "伊犁"}, {"海西蒙古族藏族自治州", "海西"},
		{"融水苗族自治县", "融水"}, {"景德镇市", "景德镇"}, {"阿里地区", "阿里"}, {"浦东新区", "浦东"},
		{"香港特别行政区", "香港"}, {"忠县", "忠"}, {"镇", "镇"}, {"盛泽", "盛泽"},
		// 林区, 新区 and 地区 are levels only where they leave a name of two characters (林区:
		// three, as 神农架林区, the only forest district, has).
		{"碑林区", "碑林"}, {"宝林区", "宝林"}, {"尚林区", "尚林"}, {"神农架林区", "神农架"},
		{"桂花林区", "桂花林"}, {"滨海新区", "滨海"}, {"宝新区", "宝新"}, {"喀什地区", "喀什"},
		{"恒营区", "恒营"}, {"紫和镇", "紫和"}, {"和道镇", "和道"},
	} {
		if got := Base(tc.in); got != tc.want {
			t.Errorf("Base(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
