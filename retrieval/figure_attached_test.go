package retrieval

import "testing"

// TestCountAttached: a count is written on a noun when its figure and measure word stand right
// before it (9处长者食堂) or the noun stands just before the figure (长者食堂共9处); a count of
// another noun whose name holds it (“幸福院+长者食堂”…综合养老服务中心3处) is not.
func TestCountAttached(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"做好22处农村幸福院、9处长者食堂日常管理维护。", true},
		{"建成长者食堂共9处。", true},
		{"年内计划新建集农村“幸福院+长者食堂”、卫生室等功能于一体的综合养老服务中心3处。", false},
		{"长者食堂服务老人3000人次。", false}, // 人次 counts the people served, after other words
		{"建成第3个长者食堂。", false},      // an ordinal counts nothing
	} {
		if got := countAttached(tt.text, "长者食堂"); got != tt.want {
			t.Errorf("countAttached(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	if countAttached("9处长者食堂", "") {
		t.Errorf("an empty noun is attached")
	}
}

// TestAttachedBestNeedsCountedNoun: only a Chinese question that counts a noun after its
// measure word looks for a count written on it, and only when its best sentence has none.
func TestAttachedBestNeedsCountedNoun(t *testing.T) {
	sc := &scorer{want: figureWant{asks: true}}
	b := Evidence{Figure: true, Sentence: "做好22处农村幸福院、9处长者食堂日常管理维护。"}
	zhq := Plan{Lang: "zh", Norm: "齐都镇现在有几个长者食堂?", Terms: []Term{{From: "长者食堂", Variants: []string{"长者食堂"}, Weight: 1}}}
	if _, ok := sc.attachedBest(zhq, nil, b); ok {
		t.Errorf("a best sentence that counts the noun gave way")
	}
	en := zhq
	en.Lang = "en"
	b.Sentence = "综合养老服务中心3处。"
	if _, ok := sc.attachedBest(en, nil, b); ok {
		t.Errorf("an English question looked for a Chinese counted noun")
	}
	if _, ok := (&scorer{}).attachedBest(zhq, nil, b); ok {
		t.Errorf("a question that asks no figure looked for one")
	}
}
