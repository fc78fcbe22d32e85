package retrieval

import "testing"

func TestAnswersFor(t *testing.T) {
	tests := []struct {
		ind, asked string
		want       bool
	}{
		{"出口总额", "出口总额", true},
		{"城镇居民人均可支配收入", "居民人均可支配收入", true},
		{"规模以上工业增加值", "工业增加值", true},
		{"进出口总额", "出口总额", false}, // imports and exports together
		{"净出口", "出口", false},
		{"出口总额", "进出口总额", false}, // a part never answers for the whole
	}
	for _, tt := range tests {
		if got := answersFor(tt.ind, tt.asked); got != tt.want {
			t.Errorf("answersFor(%q, %q) = %v, want %v", tt.ind, tt.asked, got, tt.want)
		}
	}
}

func TestOtherIndicatorOnly(t *testing.T) {
	p := Plan{Indicators: []string{"出口总额"}}
	if other, ok := OtherIndicatorOnly(p, "进出口总额完成4.7亿元,同比增长9.3%;"); !ok || other != "进出口总额" {
		t.Errorf("进出口总额 not told from 出口总额: %q %v", other, ok)
	}
	if _, ok := OtherIndicatorOnly(p, "外贸进出口总额26.5亿美元;国际贸易集聚区完成出口额5400万美元。"); ok {
		t.Error("a sentence stating exports too declined")
	}
	if _, ok := OtherIndicatorOnly(Plan{Indicators: []string{"进出口总额"}}, "进出口总额完成4.7亿元"); ok {
		t.Error("the asked indicator declined")
	}
}
