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
