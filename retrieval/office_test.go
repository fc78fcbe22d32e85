package retrieval

import "testing"

// TestAsksHolder: questions for the holder of an office are told from questions for a company,
// a brand or a partner, which the reports do name.
func TestAsksHolder(t *testing.T) {
	for _, c := range []struct {
		lang, q string
		want    bool
	}{
		{"en", "Who is the head of the Beijing district government?", true},
		{"en", "What's the name of Shacheng's Party secretary?", true},
		{"en", "Who is the mayor of Lili?", true},
		{"en", "Who heads the Qidu town government?", true},
		{"zh", "盛泽镇的镇长是谁?", true},
		{"zh", "谁是柳州那个区的区委书记?", true},
		{"zh", "柳州那个区的区委书记叫什么名字?", true},
		{"en", "Who won the National Science and Technology Progress Award in Shengze?", false},
		{"en", "Who is the Beijing district partnering with on an Olympic sports belt?", false},
		{"en", "What's the name of Shacheng's large yellow croaker brand?", false},
		{"zh", "岱西镇主打的海蜇品牌叫什么名字?", false},
		{"en", "How many heads of cattle does Qidu raise?", false},
		{"en", "Who is the industry leader that Panjin's district brought in for new materials?", false},
		{"en", "Who leads the 27 key projects in Shengze, such as Hengli New Materials?", false},
		{"en", "Who is the head enterprise for Jiangsu Zhuoran?", false},
		{"en", "Who runs the Lili town office?", true},
		{"zh", "谁是盘锦那个区新材料产业的领导企业?", false},
		{"zh", "谁是盛泽镇纺织行业的领导者?", false},
		{"zh", "谁是盛泽镇的主要领导?", true},
	} {
		if got := AsksHolder(Plan{Lang: c.lang, Norm: c.q}); got != c.want {
			t.Errorf("AsksHolder(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

// TestNamesHolder: a title names someone only beside a name; the reports' titles standing
// alone, inside another title (习近平总书记 for 书记) or before an institution name nobody.
func TestNamesHolder(t *testing.T) {
	for text, want := range map[string]bool{
		"深入贯彻落实习近平总书记重要讲话重要指示批示精神":     false,
		"在市委、市政府和镇党委的坚强领导下":            false,
		"完善“乡镇长”有约制度,每2个月组织一次企业代表和乡镇长": false,
		"根据区委书记的部署":                    false,
		"各方面负责人到场":                     false,
		"镇党委书记张明同志出席会议":                true,
		"镇长王建国介绍了情况":                   true,
	} {
		if got := NamesHolder(text); got != want {
			t.Errorf("NamesHolder(%q) = %v, want %v", text, got, want)
		}
	}
}
