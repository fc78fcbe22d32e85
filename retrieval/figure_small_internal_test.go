package retrieval

import "testing"

// TestSmallWordCounts: an English question for a figure that is not a how-many one ("what's
// the target for the number of …", with the contraction) asks a figure, and a count of at most
// ten in Chinese numerals (三个主攻方向) is no figure for it; an Arabic figure is, and a
// how-many question still takes the Chinese count.
func TestSmallWordCounts(t *testing.T) {
	w := wantFigure(Plan{Lang: "en", Norm: "what's the district's target for the number of market entities?"})
	if !w.asks {
		t.Fatal("\"what's the target for the number of …\" asks no figure")
	}
	if has, _ := w.fit("瞄准项目推进、招商引资和壮大市场主体三个主攻方向"); has {
		t.Errorf("三个主攻方向 read as a figure for a target")
	}
	if _, fits := w.fit("力争市场主体规模突破3.1万户。"); !fits {
		t.Errorf("3.1万户 does not fit")
	}
	h := wantFigure(Plan{Lang: "en", Norm: "how many main directions does the district set?"})
	if _, fits := h.fit("瞄准三个主攻方向"); !fits {
		t.Errorf("三个 does not answer a how-many question")
	}
}

// TestComparedOnly: a time word that is only the base of a comparison (与去年持平) does not put a
// sentence in that time frame; one that is not (去年完成…) does.
func TestComparedOnly(t *testing.T) {
	words := []string{"一年来", "过去一年", "去年"}
	for text, want := range map[string]bool{
		"其中规上工业总产值613亿元,基本与去年持平;": true,
		"比去年增长5%": true,
		"去年完成工业总产值840亿元,比去年增长2%": false,
		"工业总产值840亿元,增长2.19%;":    false,
	} {
		if got := comparedOnly(text, words); got != want {
			t.Errorf("comparedOnly(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestSmallWordCountInOtherMeasure: a Chinese how-many question counting in one measure word
// (多少个) is not answered by a Chinese numeral of at most ten in another (中央八项规定 names a
// rule set), while the same numeral in the asked measure word (两个 for 几个) and an Arabic count
// in another (27个 for 多少项) still answer.
func TestSmallWordCountInOtherMeasure(t *testing.T) {
	for _, tt := range []struct {
		q, text string
		want    bool
	}{
		{"黎里镇今年重点项目有多少个?", "锲而不舍落实中央八项规定精神,全面实施重点项目专项监督。", false},
		{"那个镇今年有多少个“三大革命”?", "深化厕所、污水、垃圾“三大革命”。", false},
		{"那个镇今年要建几个口袋公园?", "新建两个口袋公园。", true},
		{"黎里镇今年重点项目有多少个?", "全力推进星舰超级工厂等27个区级以上重点项目建设。", true},
	} {
		w := wantFigure(Analyze(tt.q, nil))
		got := false
		for _, v := range figures(tt.text) {
			got = got || w.fits(tt.text, v)
		}
		if got != tt.want {
			t.Errorf("%s / %s: a fitting figure = %v; want %v", tt.q, tt.text, got, tt.want)
		}
	}
}
