package answer

import (
	"testing"

	"github.com/reportbot/reportbot/retrieval"
)

// TestZhAskedStage: a Chinese question asks a count at the stage it names in a report's words
// (要完工多少部, 开工几个) or at completion in others (建好, 建成): of counts listed by stage
// side by side, the one at the asked stage answers, not the first.
func TestZhAskedStage(t *testing.T) {
	quote := "老旧小区综合整治项目开工15个、完工15个,老楼加装电梯开工50部、完工150部。"
	for q, want := range map[string]string{
		"北京那个区今年老楼加装电梯要完工多少部?":   "150部",
		"北京那个区今年老楼加装电梯大概能建好多少部?": "150部",
		"北京这个区今年老楼加装电梯开工多少部?":    "50部",
		"那个区今年老旧小区综合整治建成几个?":     "15个",
	} {
		figs := quoteFigures(retrieval.Analyze(q, nil), quote)
		if len(figs) == 0 || figs[0].original(quote) != want {
			t.Errorf("%s: figures %+v; want %s first", q, figs, want)
		}
	}
	if got := askedStage(retrieval.Analyze("北京那个区今年老楼加装电梯要完工多少部?", nil)); got != "finish" {
		t.Errorf("askedStage(要完工多少部) = %q; want finish", got)
	}
	if got := askedStage(retrieval.Analyze("北京那个区去年老楼加装电梯开工了多少部?", nil)); got != "start" {
		t.Errorf("askedStage(开工了多少部) = %q; want start", got)
	}
}
