package retrieval

import "testing"

func TestDropFrameAside(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"哪些地方给老人搞了助餐服务(已建或计划建)?", "哪些地方给老人搞了助餐服务 ?"},
		{"哪些地方搞了照料服务(已做或计划做)?", "哪些地方搞了照料服务 ?"},
		{"哪些地方开展了洗浴服务(已开展或试行)?", "哪些地方开展了洗浴服务 ?"},
		{"哪些地方建了驿站(已经建成、在建或计划建)?", "哪些地方建了驿站 ?"},
		// A gloss stays: its 或 joins topics.
		{"哪几篇讲到了托育(婴幼儿托位或托育机构)?", "哪几篇讲到了托育(婴幼儿托位或托育机构)?"},
		// One frame alone narrows the question: it stays.
		{"哪些镇建了食堂(已建)?", "哪些镇建了食堂(已建)?"},
		{"Which towns built canteens (built or planned)?", "Which towns built canteens (built or planned)?"},
	} {
		lang := "zh"
		if c.q[0] == 'W' {
			lang = "en"
		}
		if got := dropFrameAside(c.q, lang); got != c.want {
			t.Errorf("dropFrameAside(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

func TestFrameAsideIsNoAlternative(t *testing.T) {
	p := Analyze("哪些地方给老人搞了助餐服务(已建或计划建)?", nil)
	if p.AnyOf || p.When != "" {
		t.Errorf("AnyOf=%v When=%q: the frame aside joins frames, not topics, and asks both", p.AnyOf, p.When)
	}
	for _, term := range p.Terms {
		if term.From == "计划" || term.From == "已建" {
			t.Errorf("term %q from the frame aside", term.From)
		}
	}
}
