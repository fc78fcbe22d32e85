package retrieval

import (
	"slices"
	"testing"
)

// TestTrimEtc: the 等 that ends a question's list of examples is not part of its last term; the
// 等 of an ordinary word (平等, 均等) is.
func TestTrimEtc(t *testing.T) {
	tests := []struct{ in, want string }{
		{"燃气隐患排查整治等", "燃气隐患排查整治"},
		{"海蜇紫菜等等", "海蜇紫菜"},
		{"基本公共服务均等", "基本公共服务均等"},
		{"男女平等", "男女平等"},
		{"等", "等"},
	}
	for _, tt := range tests {
		if got := trimEtc(tt.in); got != tt.want {
			t.Errorf("trimEtc(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNewlyWordings: a question's count of new things (新增数量) is also matched by the verbs a
// report counts them with (新增, 新设); other segments keep their one wording.
func TestNewlyWordings(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"新增数量", []string{"新增数量", "新增", "新设"}},
		{"新增市场主体", []string{"新增市场主体"}},
		{"增长率", []string{"增长率"}},
	}
	for _, tt := range tests {
		if got := newlyWordings(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("newlyWordings(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestDoneVerbEndsTerm: a verb of completion that ends a run of a question is a term of its
// own, so that the thing completed is searched by its name (老楼加装电梯, not 老楼加装电梯要完工);
// one inside a word (建成区) is left alone.
func TestDoneVerbEndsTerm(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"老楼加装电梯要完工多少部", []string{"老楼加装电梯", "完工"}},
		{"沙埕镇今年码头泊位建成几个?", []string{"码头泊位", "建成"}},
		{"黎里镇安置房将竣工多少套", []string{"安置房", "竣工"}},
		{"黎里镇建成区面积是多少?", []string{"建成区面积"}},
	}
	ix := bundledIndex(t)
	for _, tt := range tests {
		p := Analyze(tt.q, ix)
		var got []string
		for _, term := range p.Terms {
			if term.Weight == 1 {
				got = append(got, term.From)
			}
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: terms %q, want %q among them", tt.q, got, w)
			}
		}
	}
}

// TestWhichPlaceCoordinatedLevels: a which-place question that names two levels (哪些镇或区,
// 哪些镇和街道) asks which places, as 哪些镇 does; no level word is left to join the words after
// it (区在), and the question has no level of its own. One level said twice keeps it.
func TestWhichPlaceCoordinatedLevels(t *testing.T) {
	tests := []struct {
		q, level string
		want     []string
	}{
		{"哪些镇或区在搞美丽乡村建设?", "", []string{"美丽乡村建设"}},
		{"哪些镇和街道提到美丽乡村?", "", []string{"美丽乡村"}},
		{"哪几个区、县提到美丽乡村?", "", []string{"美丽乡村"}},
		{"哪些镇提到美丽乡村?", "镇", []string{"美丽乡村"}},
	}
	ix := bundledIndex(t)
	for _, tt := range tests {
		p := Analyze(tt.q, ix)
		var got []string
		for _, term := range p.Terms {
			got = append(got, term.From)
		}
		if !slices.Equal(got, tt.want) || p.Level != tt.level {
			t.Errorf("Analyze(%q): terms %q level %q, want %q level %q", tt.q, got, p.Level, tt.want, tt.level)
		}
	}
}

// TestTrimFunctionCharsParticleWord: a closing modal particle is the question's tone and goes,
// unless it ends a word with the character before it (网吧, 酒吧): dropped there, it left 网 and
// the question no subject, answered with the report's main targets instead of declined.
func TestTrimFunctionCharsParticleWord(t *testing.T) {
	none := seamVocab{} // the reports write neither 网吧 nor 好吧
	tests := []struct{ in, want string }{
		{"网吧", "网吧"},
		{"有几家网吧", "家网吧"},
		{"酒吧", "酒吧"},
		{"工业产值吧", "工业产值"},
		{"好吧", "好"},
		{"产值呢", "产值"},
	}
	for _, tt := range tests {
		if got := trimFunctionChars(tt.in, none); got != tt.want {
			t.Errorf("trimFunctionChars(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
