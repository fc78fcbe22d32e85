package lexicon

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/cedict"
)

// A word is straddled where it is only the meeting of two words of the reports (进项 in
// 推进项目); a word inside a longer one (创新 in 科技创新), one a single word overlaps (烟厂 in
// 卷烟厂) or one standing alone is not.
func TestStraddled(t *testing.T) {
	lex := BuildFrom([]cedict.Entry{
		cedict.NewEntry("推进", "to push forward"),
		cedict.NewEntry("项目", "project"),
		cedict.NewEntry("进项", "income; receipts"),
		cedict.NewEntry("创新", "innovation"),
		cedict.NewEntry("科技创新", "technological innovation"),
		cedict.NewEntry("卷烟", "cigarette"),
		cedict.NewEntry("烟厂", "cigarette factory"),
	}, slices.Values([]string{"加速推进项目建设。", "科技创新。", "增加进项。", "卷烟厂、烟厂。"}))
	for _, c := range []struct {
		text, w string
		want    bool
	}{
		{"加速推进项目建设", "进项", true},
		{"增加进项", "进项", false},
		{"推进项目,增加进项", "进项", false}, // one occurrence stands alone
		{"推动科技创新", "创新", false},
		{"推动科技创新", "进项", false},  // not held at all
		{"强化卷烟厂服务", "烟厂", false}, // 卷烟 + 厂: only one word overlaps
	} {
		if got := lex.Straddled(c.text, c.w); got != c.want {
			t.Errorf("Straddled(%q, %q) = %v, want %v", c.text, c.w, got, c.want)
		}
	}
	var none *Lexicon
	if none.Straddled("推进项目", "进项") {
		t.Error("a nil Lexicon straddles")
	}
}
