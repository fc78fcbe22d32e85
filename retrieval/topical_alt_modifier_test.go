package retrieval

import "testing"

// Alternatives that share a modifier: a report naming only an alternative without it does not
// speak of the topic (12345热线或平台 is not any 平台; 便民服务中心或服务站 is not any 服务站).
func TestAltModifier(t *testing.T) {
	ix := bundledIndex(t)
	for _, c := range []struct {
		q, text string
		want    bool
	}{
		{"哪些报告提到了12345热线或平台?", "发挥临港经济开发区对外开放平台作用。", false},
		{"哪些报告提到了12345热线或平台?", "共受理12345平台群众诉求95件。", true},
		{"哪些报告提到了12345热线或平台?", "提升“12345”便民服务效能。", true},
		{"哪些报告提到了便民服务中心或服务站?", "社区社会工作室、日照中心、退役军人服务站实现全覆盖。", false},
		{"哪些报告提到了便民服务中心或服务站?", "岱西镇便民服务中心和摇星浦村便民服务站被评为标杆示范大厅。", true},
		{"哪些报告提到了便民服务中心或服务站?", "摇星浦村便民服务站被评为标杆示范大厅。", true},
		{"哪些报告提到了集中供热或供热管道?", "燃气、供热、供排水老化管道更新。", true},
	} {
		sc := ix.newScorer(Analyze(c.q, ix))
		if got := sc.topical(c.text); got != c.want {
			t.Errorf("%s: topical(%q) = %v, want %v", c.q, c.text, got, c.want)
		}
	}
}

func TestOpeningShared(t *testing.T) {
	for _, c := range []struct{ first, second, want string }{
		{"便民服务中心", "服务站", "便民服务站"},
		{"服务中心", "服务站", ""}, // the second opens the first: nothing shared before it
		{"长者食堂", "老年助餐", ""},
		{"集中供热", "供热管道", ""}, // the first's last word: the second qualifies it
		{"瓶装燃气", "燃气隐患排查整治", ""},
	} {
		if got := openingShared(c.first, c.second); got != c.want {
			t.Errorf("openingShared(%q, %q) = %q, want %q", c.first, c.second, got, c.want)
		}
	}
}
