package thesaurus

import (
	"slices"
	"strings"
	"testing"
)

func TestDefaultParses(t *testing.T) {
	th, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	groups := 0
	for _, line := range strings.Split(source, "\n") {
		if l, _, _ := strings.Cut(line, "#"); strings.ContainsAny(l, "=>") {
			groups++
		}
	}
	if groups < 150 {
		t.Errorf("%d groups, want at least 150", groups)
	}
	for _, c := range []struct{ ask, report string }{
		{"翻新", "改造"}, {"老小区", "老旧小区"}, {"体检", "查体"}, {"摄像头", "视频监控探头"},
		{"追回欠薪", "清欠讨薪"}, {"菜市场", "农贸市场"}, {"整顿", "整治"}, {"保障房", "保障性住房"},
	} {
		if !slices.Contains(th.Alternatives(c.ask), c.report) {
			t.Errorf("Alternatives(%s) = %v, want %s", c.ask, th.Alternatives(c.ask), c.report)
		}
	}
}

// An asker's word names its words once: a second line for it would split a group the reviewer
// reads as one.
func TestAskerWordsOnce(t *testing.T) {
	seen := map[string]int{}
	for n, line := range strings.Split(source, "\n") {
		l, _, _ := strings.Cut(line, "#")
		op := "="
		if strings.Contains(l, ">") {
			op = ">"
		}
		left, _, ok := strings.Cut(l, op)
		if !ok || op == "=" {
			continue
		}
		for _, w := range strings.Fields(left) {
			if at, ok := seen[w]; ok {
				t.Errorf("line %d: %s is already an asker's word on line %d", n+1, w, at)
			}
			seen[w] = n + 1
		}
	}
}

func TestOneDirection(t *testing.T) {
	th, err := Parse("公司 > 企业\n查体 = 体检\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := th.Alternatives("企业"); len(got) != 0 {
		t.Errorf("a report's general word answers no question about it by the kind: %v", got)
	}
	if got := th.Alternatives("查体"); !slices.Equal(got, []string{"体检"}) {
		t.Errorf("Alternatives(查体) = %v", got)
	}
}

func TestParseErrors(t *testing.T) {
	for _, s := range []string{"修 > 修建", "翻新 改造", "翻新 >", "a = b > c"} {
		if _, err := Parse(s); err == nil {
			t.Errorf("Parse(%q): no error", s)
		}
	}
}

func TestFind(t *testing.T) {
	th, err := Parse("老小区 > 老旧小区\n翻新 > 改造\n小区 > 社区\n")
	if err != nil {
		t.Fatal(err)
	}
	ms := th.Find("今年准备翻新几个老小区?")
	var words []string
	for _, m := range ms {
		words = append(words, m.Word)
	}
	if !slices.Equal(words, []string{"翻新", "老小区"}) {
		t.Errorf("Find = %v, want the longest word at each place", words)
	}
	if s := "今年准备翻新几个老小区?"; s[ms[1].At:ms[1].End] != "老小区" {
		t.Errorf("offsets %d:%d", ms[1].At, ms[1].End)
	}
}

// TestNoOtherThing: a group never joins an asker's word to a thing of another kind that the
// reports count apart: a 托儿所 (under three) is no 幼儿园, a 图书馆 is no 农家书屋 or 书屋 (l8-16
// lists the libraries without the reading rooms), idle land (闲置土地) is no 低效用地, 补课 (the
// tutoring 双减 curbs) is no 课后服务, a fisherman (渔民) is no industry (渔业) and a fee
// (物业费) is no management (物业管理).
func TestNoOtherThing(t *testing.T) {
	th, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range [][2]string{
		{"托儿所", "幼儿园"}, {"图书馆", "农家书屋"}, {"图书馆", "书屋"}, {"闲置土地", "低效用地"}, {"空地", "低效用地"},
		{"补课", "课后服务"}, {"渔民", "渔业"}, {"物业费", "物业管理"},
	} {
		if slices.Contains(th.Alternatives(c[0]), c[1]) {
			t.Errorf("Alternatives(%q) holds %q", c[0], c[1])
		}
	}
}

// TestBroaderOneWay: a report's broader word never stands for a narrower asker's word: 防汛抗旱
// holds drought relief too (no 防洪), 道路 holds the town's streets (no 公路), 复垦 holds land
// of mines and sites (no 复耕); the narrower word still reaches the broader one.
func TestBroaderOneWay(t *testing.T) {
	th, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range [][2]string{{"防洪", "防汛抗旱"}, {"公路", "道路"}, {"复耕", "复垦"}} {
		if slices.Contains(th.Alternatives(c[1]), c[0]) {
			t.Errorf("Alternatives(%q) holds %q", c[1], c[0])
		}
		if !slices.Contains(th.Alternatives(c[0]), c[1]) {
			t.Errorf("Alternatives(%q) lacks %q", c[0], c[1])
		}
	}
}

// TestReportsWords: an asker's word reaches the word a report of the bundled corpus writes for
// the same thing, not only a wording no report uses (车祸 → 交通安全事故 as well as 道路交通事故;
// 违建 → 违章搭建), and the added one-way groups stay one-way (a report's 深翻 or 群众 is no
// question's 深耕 or 老百姓).
func TestReportsWords(t *testing.T) {
	th, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range [][2]string{
		{"车祸", "交通安全事故"}, {"违建", "违章搭建"}, {"城里人", "城镇居民"}, {"农村人", "农村居民"},
		{"留抵税款", "留抵退税"}, {"深耕", "深翻"}, {"医疗保险", "医保"}, {"老百姓", "群众"}, {"老百姓", "居民"},
	} {
		if !slices.Contains(th.Alternatives(c[0]), c[1]) {
			t.Errorf("Alternatives(%q) lacks %q", c[0], c[1])
		}
	}
	for _, c := range [][2]string{{"深翻", "深耕"}, {"群众", "老百姓"}, {"城镇居民", "城里人"}} {
		if slices.Contains(th.Alternatives(c[0]), c[1]) {
			t.Errorf("Alternatives(%q) holds %q", c[0], c[1])
		}
	}
}
