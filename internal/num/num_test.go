package num

import (
	"math"
	"testing"
)

// fig is the expected reading of one figure.
type fig struct {
	text   string
	amount float64
	unit   string
}

func TestFindChinese(t *testing.T) {
	tests := []struct {
		in   string
		want []fig
	}{
		{"地区生产总值完成168.8亿元,同比下降2.3%;", []fig{{"168.8亿元", 1.688e10, "元"}, {"2.3%", 2.3, "%"}}},
		{"一般公共预算收入增长10%左右", []fig{{"10%", 10, "%"}}},
		{"新建住房1.6万套,带动就业2万余人", []fig{{"1.6万套", 16000, "套"}, {"2万余人", 20000, "人"}}},
		{"实际利用外资5000万美元,进出口总额3.5亿美元", []fig{{"5000万美元", 5e7, "美元"}, {"3.5亿美元", 3.5e8, "美元"}}},
		{"GDP达到1.2万亿元", []fig{{"1.2万亿元", 1.2e12, "元"}}},
		{"比重提高1.2个百分点", []fig{{"1.2个百分点", 1.2, "个百分点"}}},
		{"新增高标准农田1.2万亩、造林300公顷", []fig{{"1.2万亩", 12000, "亩"}, {"300公顷", 300, "公顷"}}},
		{"新建道路35公里、绿地2万平方米、处置垃圾5万吨", []fig{{"35公里", 35, "公里"}, {"2万平方米", 20000, "平方米"}, {"5万吨", 50000, "吨"}}},
		{"全年接待游客50万人次", []fig{{"50万人次", 5e5, "人次"}}},
		{"PM2.5平均浓度为31微克/立方米", []fig{{"31微克/立方米", 31, "微克/立方米"}}},
		{"新增规上企业226家、个体户30户", []fig{{"226家", 226, "家"}, {"30户", 30, "户"}}},
		{"考核获全市第一名", []fig{{"第一名", 1, "名"}}},
		{"排名第3位", []fig{{"第3位", 3, "位"}}},
		{"增长百分之十", []fig{{"百分之十", 10, "%"}}},
		{"百分之三点五", []fig{{"百分之三点五", 3.5, "%"}}},
		{"建成两个中心、三万元", []fig{{"两个", 2, "个"}, {"三万元", 30000, "元"}}},
		{"投资一亿二千万元", []fig{{"一亿二千万元", 1.2e8, "元"}}},
		{"力争村均经营性收入超千万元", []fig{{"千万元", 1e7, "元"}}}, // a round sum before 元 (千万 alone is no number)
		{"投入数千万元、几百万元", nil},                        // several: no round sum
		{"投资1.5千万元", []fig{{"1.5", 1.5, ""}}},       // the 千万元 of a figure is none of its own
		{"十四五规划、一般公共预算、一是、统一", nil},
		{"感谢每一名工作人员、每一份付出", nil}, // every single one, not a count of one
		{"每2个月、每一万人", []fig{{"2个", 2, "个"}, {"一万人", 10000, "人"}}},
		{"两万五千人", []fig{{"两万五千人", 25000, "人"}}},
		{"一百零五名", []fig{{"一百零五名", 105, "名"}}},
		{"九十九户", []fig{{"九十九户", 99, "户"}}},
		{"１２００人", []fig{{"１２００人", 1200, "人"}}},
		{"增长５％", []fig{{"５％", 5, "%"}}},
		{"10余家企业", []fig{{"10余家", 10, "家"}}},
		{"2023年", []fig{{"2023", 2023, ""}}},
		{"5%-7%", []fig{{"5%", 5, "%"}, {"7%", 7, "%"}}},
		{"增长3倍", []fig{{"3倍", 3, "倍"}}},
		{"47亿", []fig{{"47亿", 4.7e9, ""}}},
	}
	for _, tt := range tests {
		checkFind(t, tt.in, Find(tt.in), tt.want)
	}
}

func TestFindEnglish(t *testing.T) {
	tests := []struct {
		in   string
		want []fig
	}{
		{"revenue of 4.7 billion yuan", []fig{{"4.7 billion yuan", 4.7e9, "yuan"}}},
		{"exports of US$1.5 million", []fig{{"US$1.5 million", 1.5e6, "US$"}}},
		{"$20 million", []fig{{"$20 million", 2e7, "$"}}},
		{"RMB 3 billion", []fig{{"RMB 3 billion", 3e9, "RMB"}}},
		{"14,000 tonnes", []fig{{"14,000 tonnes", 14000, "tonnes"}}},
		{"1,234.5", []fig{{"1,234.5", 1234.5, ""}}},
		{"ten percent growth", []fig{{"ten percent", 10, "percent"}}},
		{"twenty-one per cent", []fig{{"twenty-one per cent", 21, "per cent"}}},
		{"one hundred and five thousand tonnes", []fig{{"one hundred and five thousand tonnes", 105000, "tonnes"}}},
		{"two million people", []fig{{"two million people", 2e6, "people"}}},
		{"a rise of 1.2 percentage points", []fig{{"1.2 percentage points", 1.2, "percentage points"}}},
		{"5,000 mu of farmland", []fig{{"5,000 mu", 5000, "mu"}}},
		{"35 km of roads", []fig{{"35 km", 35, "km"}}},
		{"12 projects", []fig{{"12 projects", 12, "projects"}}},
		{"4.7bn yuan", []fig{{"4.7bn yuan", 4.7e9, "yuan"}}},
		{"one of the towns, PM2.5 and G20", nil},
		{"Ten Percent", []fig{{"Ten Percent", 10, "Percent"}}},
		{"in 2023", []fig{{"2023", 2023, ""}}},
		{"1,2345", []fig{{"1", 1, ""}, {"2345", 2345, ""}}},
		{"12,000,000", []fig{{"12,000,000", 1.2e7, ""}}},
	}
	for _, tt := range tests {
		checkFind(t, tt.in, Find(tt.in), tt.want)
	}
}

func TestFindUngrouped(t *testing.T) {
	got := FindWith("完成1,200家", Options{Only: FormArabic, Ungrouped: true})
	checkFind(t, "完成1,200家", got, []fig{{"1", 1, ""}, {"200家", 200, "家"}})
	got = FindWith("两个,3个,ten percent", Options{Only: FormArabic})
	checkFind(t, "两个,3个,ten percent", got, []fig{{"3个", 3, "个"}})
}

func checkFind(t *testing.T, in string, got []Value, want []fig) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("Find(%q) = %s, want %v", in, describe(got), want)
		return
	}
	for i, w := range want {
		g := got[i]
		if g.Text != w.text || !sameAmount(g.Amount(), w.amount) || g.Unit != w.unit {
			t.Errorf("Find(%q)[%d] = %q %v %q, want %q %v %q", in, i, g.Text, g.Amount(), g.Unit, w.text, w.amount, w.unit)
		}
		if in[g.Start:g.End] != g.Text || g.NumStart < g.Start || g.NumEnd > g.End {
			t.Errorf("Find(%q)[%d]: spans %d:%d (numeral %d:%d) do not hold %q", in, i, g.Start, g.End, g.NumStart, g.NumEnd, g.Text)
		}
	}
}

func describe(vs []Value) string {
	s := "["
	for _, v := range vs {
		s += v.Text + "|" + v.Unit + " "
	}
	return s + "]"
}

func TestChineseNumerals(t *testing.T) {
	tests := map[string]float64{
		"一": 1, "九": 9, "十": 10, "十一": 11, "十九": 19, "二十": 20, "二十一": 21, "九十九": 99, "两": 2,
		"一百": 100, "一百零五": 105, "一百一十": 110, "三百五十": 350, "三百五": 350, "两千": 2000,
		"一千零一": 1001, "一千零一十": 1010, "九千九百九十九": 9999, "一万": 10000, "一万五": 15000,
		"一万五千": 15000, "两万零五百": 20500, "十万": 1e5, "一百万": 1e6, "一千二百万": 1.2e7,
		"一亿": 1e8, "一亿二千万": 1.2e8, "三万亿": 3e12, "三点五": 3.5, "零点五": 0.5, "二〇二三": 2023,
	}
	for in, want := range tests {
		v, err := Parse(in)
		if in == "零点五" {
			// A numeral does not start with 零.
			if err == nil {
				t.Errorf("Parse(%q) = %v, want an error", in, v.Amount())
			}
			continue
		}
		if err != nil || !sameAmount(v.Amount(), want) || v.Form != FormChinese {
			t.Errorf("Parse(%q) = %v (form %d, %v), want %v", in, v.Amount(), v.Form, err, want)
		}
	}
	for _, bad := range []string{"十四五", "百", "千万", "万一", "一二三四五六七八九十一", "点五", "三点"} {
		if v, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q) = %v, want an error", bad, v.Amount())
		}
	}
}

func TestEnglishNumerals(t *testing.T) {
	tests := map[string]float64{
		"one": 1, "twelve": 12, "twenty": 20, "twenty-one": 21, "ninety nine": 99, "one hundred": 100,
		"one hundred and five": 105, "three thousand": 3000, "two million": 2e6, "four billion": 4e9,
		"one million two hundred thousand": 1.2e6, "three hundred thousand": 3e5, "zero": 0,
	}
	for in, want := range tests {
		v, err := Parse(in)
		if err != nil || !sameAmount(v.Amount(), want) || v.Form != FormEnglish {
			t.Errorf("Parse(%q) = %v (%v), want %v", in, v.Amount(), err, want)
		}
	}
	for _, bad := range []string{"hundred", "one two", "tent", "and five", "million"} {
		if v, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q) = %v, want an error", bad, v.Amount())
		}
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		in                     string
		number, amount         float64
		mult, unit, zhUnit, qu string
		approx                 bool
	}{
		{"47亿元", 47, 4.7e9, "亿", "元", "亿元", "", false},
		{" 10%左右 ", 10, 10, "", "%", "%", "左右", false},
		{"10余家", 10, 10, "", "家", "家", "", true},
		{"10多万元", 10, 1e5, "万", "元", "万元", "", true},
		{"5000万美元以上", 5000, 5e7, "万", "美元", "万美元", "以上", false},
		{"4.7 billion yuan", 4.7, 4.7e9, "billion", "yuan", "", "", false},
		{"14,000", 14000, 14000, "", "", "", "", false},
		{"四十七", 47, 47, "", "", "", "", false},
		{"三万元", 3, 30000, "万", "元", "万元", "", false},
	}
	for _, tt := range tests {
		v, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if v.Number != tt.number || !sameAmount(v.Amount(), tt.amount) || v.Multiplier != tt.mult || v.Unit != tt.unit || v.ChineseUnit() != tt.zhUnit || v.Qualifier != tt.qu || v.Approx != tt.approx {
			t.Errorf("Parse(%q) = %+v", tt.in, v)
		}
	}
	for _, bad := range []string{"", "abc", "增长10%", "10%增长", "47亿元和5亿元"} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q): want an error", bad)
		}
	}
}

func TestYear(t *testing.T) {
	for in, want := range map[string]bool{"2023": true, "2023年": true, "1899": false, "2023人": false, "2023.5": false, "二〇二三": false} {
		vs := Find(in)
		if got := len(vs) > 0 && vs[0].Year(); got != want {
			t.Errorf("Year(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestFormat(t *testing.T) {
	tests := map[float64]string{
		0: "0", 1: "1", 999: "999", 1000: "1,000", 16000: "16,000", 1234567.5: "1,234,567.5",
		3.1810000000000005: "3.181", 1.688e10 / 1e9: "16.88", 0.5: "0.5", -2.3: "-2.3", 47 * 1e8 / 1e9: "4.7",
		math.Inf(1): "+Inf",
	}
	for in, want := range tests {
		if got := Format(in); got != want {
			t.Errorf("Format(%v) = %q, want %q", in, got, want)
		}
	}
}

// TestRunCount: a bare Chinese numeral after 连续 and before a unit of time or turns counts the
// run (连续三年 as 连续3年 reads 3); elsewhere 三年 is as often a name (三年行动) and stays none.
func TestRunCount(t *testing.T) {
	for s, want := range map[string]float64{"群众安全感指数连续三年保持在98%以上": 3, "连续两年被评为优秀等级": 2, "连续十届获评": 10} {
		vs := Find(s)
		if len(vs) == 0 || vs[0].Number != want {
			t.Errorf("Find(%q) = %v; want %v first", s, vs, want)
		}
	}
	for _, s := range []string{"深入开展国企改革三年行动", "启动水乡客厅建设三年行动计划", "连续作战"} {
		if vs := Find(s); len(vs) != 0 {
			t.Errorf("Find(%q) = %v; want none", s, vs)
		}
	}
}
