package answer

import (
	"testing"

	"github.com/reportbot/reportbot/retrieval"
)

// TestMissingCode: a code the question names (5G, PM2.5) must be in the quoted sentence; words
// with Chinese renderings (covid 19: 新冠) are no codes.
func TestMissingCode(t *testing.T) {
	p := retrieval.Plan{Terms: []retrieval.Term{{From: "5g", Variants: []string{"5G"}, Weight: 1}, {From: "covid 19", Variants: []string{"新冠"}, Weight: 1}}}
	if !missingCode(p, &retrieval.Evidence{Sentence: "浍沟镇公交车站建设项目正在加快施工。"}) {
		t.Error("a sentence without 5G holds the code")
	}
	if missingCode(p, &retrieval.Evidence{Sentence: "打造以大数据、5g 通信为主导的特色产业园。"}) {
		t.Error("a sentence with 5g (any case) misses the code")
	}
	if !missingCode(p, &retrieval.Evidence{Lead: "新建停车位5", Sentence: "G20峰会保障有力。"}) {
		t.Error("a code made across the lead and the sentence is held")
	}
	if allCodes([]string{"PM2.5"}) != true || allCodes([]string{"12345", "热线"}) || allCodes([]string{"GDP"}) {
		t.Error("allCodes: PM2.5 is a code; 12345 with 热线 and GDP are not")
	}
	if ans := ask(t, "How many 5G base stations were built in these places last year?"); ans.Grounded {
		t.Errorf("answered without 5G:\n%s", ans.Text)
	}
}
