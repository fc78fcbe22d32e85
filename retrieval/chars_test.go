package retrieval_test

import "testing"

// A one-character rendering is found inside the words it sits in: "tea" is 茶, which the
// reports write in 茶香 and 茶园, never alone.
func TestGroundSingleCharacterRendering(t *testing.T) {
	g := ground(t, "What tea culture experiences did Qidu open?", "开设了齐悦茶香等传统文化主题体验")
	if c := concept(t, g, "tea"); c.Covered < 0.99 {
		t.Errorf("tea: %+v, want covered by 茶香", c)
	}
	if g2 := ground(t, "What tea culture experiences did Qidu open?", "开设了传统文化主题体验"); g2.Share >= g.Share {
		t.Errorf("a sentence without 茶: share %.2f, with it %.2f", g2.Share, g.Share)
	}
}

// A vague word's lesser one-character renderings (送, 交 beside 输送 for "deliver") do not
// cover it as fully as its main rendering.
func TestGroundLesserSingleCharacter(t *testing.T) {
	const q = "Which parcels did Lili deliver?"
	main := concept(t, ground(t, q, "输送快递包裹"), "deliver")
	lesser := concept(t, ground(t, q, "建成交通场站"), "deliver")
	if main.Covered < 0.99 || lesser.Covered >= main.Covered {
		t.Errorf("deliver covered %.2f by 输送, %.2f by 交 alone; want 1 and less", main.Covered, lesser.Covered)
	}
}

// A character inside a longer word of the reports counts half: 核 "nuclear" in 核心 "core" is
// not about nuclear power, 核 on its own is.
func TestGroundCharacterInsideWord(t *testing.T) {
	const q = "Which nuclear reactors did Panjin build?"
	inside := concept(t, ground(t, q, "加快建设核心优质商圈"), "nuclear")
	alone := concept(t, ground(t, q, "新建核电站一座"), "nuclear")
	if alone.Covered < 0.99 || inside.Covered > 0.51 {
		t.Errorf("nuclear covered %.2f by 核电站, %.2f by 核心; want 1 and at most a half", alone.Covered, inside.Covered)
	}
}
