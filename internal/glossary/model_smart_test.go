package glossary

import (
	"slices"
	"testing"
)

// TestModelAndSmart: "model" before a noun is the reports' showcase (示范村, 样板路), not the
// dictionary's mode or scale model, unless a kind of model names the mode ("development model"
// → 发展模式); "smart" is 智慧 (智慧停车场, 智慧校园) as well as 智能.
func TestModelAndSmart(t *testing.T) {
	for q, want := range map[string]string{
		"Which reports mention model villages?":     "示范",
		"What is the district's development model?": "发展模式",
		"Which reports mention smart parking lots?": "智慧",
	} {
		if !slices.ContainsFunc(Default().Translate(q), func(m Match) bool { return slices.Contains(m.Chinese, want) }) {
			t.Errorf("Translate(%q) = %+v, want a rendering %s", q, Default().Translate(q), want)
		}
	}
}
