package retrieval

import (
	"context"
	"testing"
)

// TestSecondLook: a report whose best span on the topic covers too little of the question
// (深入推进矛盾纠纷多元预防调处化解专项行动) is still listed by a span that writes the topic whole
// (矛盾纠纷化解调处率100%).
func TestSecondLook(t *testing.T) {
	ix := bundledIndex(t)
	res, err := ix.Search(context.Background(), Analyze("哪些报告提到排查化解矛盾纠纷?", ix), 10)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range res.Topic {
		if e.Hit.Chunk.Report == 9 {
			found = true
		}
	}
	if !found {
		t.Error("report 9 (矛盾纠纷化解调处率100%) is not listed for 排查化解矛盾纠纷")
	}
}

// TestWrittenIn: a topic word of fewer than four characters is written in a text only as a
// word (企业数据 holds no 企业数); a longer one wherever it stands.
func TestWrittenIn(t *testing.T) {
	lex := bundledIndex(t).Lexicon()
	tests := []struct {
		text, word string
		want       bool
	}{
		{"成立跨国企业数据流通服务中心", "企业数", false},
		{"全镇企业数120家", "企业数", true},
		{"矛盾纠纷化解调处率100%", "矛盾纠纷化解", true},
		{"深入推进矛盾纠纷多元预防调处化解专项行动", "矛盾纠纷化解", false},
	}
	for _, tt := range tests {
		if got := newTopicWord(tt.word).writtenIn(tt.text, lex); got != tt.want {
			t.Errorf("%s written in %q = %v, want %v", tt.word, tt.text, got, tt.want)
		}
	}
}
