package retrieval

import "testing"

// TestGrowthBeside: a growth is stated of an indicator when a percentage follows it in its part
// of the sentence (to the next semicolon), a comma between level and rate included; not when
// the rate belongs to the next indicator of a list.
func TestGrowthBeside(t *testing.T) {
	w := []string{"社会消费品零售总额"}
	tests := []struct {
		sent string
		want bool
	}{
		{"社会消费品零售总额完成50亿元,同比下降6%;", true},
		{"规模以上工业增加值、社会消费品零售总额、进出口总额均增长10%以上,固定资产投资增长15%以上。", true},
		{"社会消费品零售总额 172.59亿元;城镇居民人均可支配收入51796元,同比增长2.7%;", false},
		{"社会消费品零售总额172.59亿元。", false},
	}
	for _, tt := range tests {
		if got := growthBeside(tt.sent, w); got != tt.want {
			t.Errorf("growthBeside(%q) = %v, want %v", tt.sent, got, tt.want)
		}
	}
}

// TestNamesOtherIndicator: a sentence naming only other indicators states their figures; one
// naming the asked indicator (or a narrower one) or none does not.
func TestNamesOtherIndicator(t *testing.T) {
	asked := []string{"社会消费品零售总额"}
	tests := []struct {
		text string
		want bool
	}{
		{"进出口总额完成4.7亿元,同比增长9.3%;", true},
		{"城镇居民人均可支配收入51796元,同比增长2.7%;", true},
		{"社会消费品零售总额完成50亿元,同比下降6%;", false},
		{"同比增长5%。", false},
	}
	for _, tt := range tests {
		if got := namesOtherIndicator(tt.text, asked); got != tt.want {
			t.Errorf("namesOtherIndicator(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	if !namesOtherIndicator("城镇居民人均可支配收入51796元;", []string{"地区生产总值"}) || namesOtherIndicator("城镇居民人均可支配收入51796元;", []string{"居民人均可支配收入"}) {
		t.Errorf("a narrower indicator is not told from another")
	}
}
