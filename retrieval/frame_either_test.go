package retrieval

import "testing"

func TestDropEitherFrame(t *testing.T) {
	for _, c := range []struct{ q, lang, want string }{
		{"which reports mention pocket parks, whether already built or planned?", "en", "which reports mention pocket parks?"},
		{"which reports mention gyms, whether already put in or only planned?", "en", "which reports mention gyms?"},
		{"which reports mention charging stations, built or planned?", "en", "which reports mention charging stations?"},
		{"哪些报告提到了农贸市场,不管是已经改造好的还是准备建的?", "zh", "哪些报告提到了农贸市场?"},
		// The pair said with nouns: what it is of stays.
		{"which places mention homestays / b&bs in their tourism results or plans?", "en", "which places mention homestays / b&bs in their tourism ?"},
		{"which reports mention pocket parks in their achievements or targets?", "en", "which reports mention pocket parks in their ?"},
		{"哪些地方建了驿站,无论已建或在建?", "zh", "哪些地方建了驿站?"},
		// Two kinds of work, not two frames: the question stays.
		{"how many bridges and culverts were newly built or repaired in huigou?", "en", "how many bridges and culverts were newly built or repaired in huigou?"},
		{"which reports deal with parking, whether new parking spaces or illegal parking?", "en", "which reports deal with parking, whether new parking spaces or illegal parking?"},
		// Done and done asks the done: it narrows and stays.
		{"which towns have canteens, whether built or completed?", "en", "which towns have canteens, whether built or completed?"},
		{"哪些报告提到了公园,不管是大公园还是小公园?", "zh", "哪些报告提到了公园,不管是大公园还是小公园?"},
	} {
		if got := dropEitherFrame(c.q, c.lang); got != c.want {
			t.Errorf("dropEitherFrame(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

func TestEitherFrameIsNoTermNorTarget(t *testing.T) {
	p := Analyze("Which reports mention pocket parks, whether already built or planned?", nil)
	if p.Intent == "target" {
		t.Errorf("Intent = %q: built or planned asks both frames", p.Intent)
	}
	for _, term := range p.Terms {
		if term.From == "planned" || term.From == "built" {
			t.Errorf("term %q from the frame clause", term.From)
		}
	}
	z := Analyze("哪些报告提到了农贸市场,不管是已经改造好的还是准备建的?", nil)
	for _, term := range z.Terms {
		for _, w := range []string{"不管", "准备", "改造"} {
			if term.From == w {
				t.Errorf("term %q from the frame clause", term.From)
			}
		}
	}
}

func TestDropZhFrameRun(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"哪些地方在建或在办长者食堂?", "哪些地方 长者食堂?"},
		{"哪些镇已建成或计划建驿站?", "哪些镇 驿站?"},
		// Done and done narrows to the done: it stays.
		{"哪些镇已建成或已改造驿站?", "哪些镇已建成或已改造驿站?"},
		// One frame alone stays.
		{"哪些地方在建长者食堂?", "哪些地方在建长者食堂?"},
	} {
		if got := dropZhFrameRun(c.q); got != c.want {
			t.Errorf("dropZhFrameRun(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
