package answer

import "testing"

// TestListsThresholdAcrossScales: a list over money lists the report whose figure is written in
// another scale than the question's number (浍沟镇's 333万元 is under 5亿元), and the number's unit
// (亿元) asks nothing of a statement beside its figure.
func TestListsThresholdAcrossScales(t *testing.T) {
	checkListed(t, []listCase{
		{"哪些镇去年财政收入不足5亿元?", []int{3, 6, 7}},
		{"哪些镇去年规模以上工业产值低于50亿元?", []int{3, 6}},
	})
}

// TestListsCountByAnyMeasureWord: 的套数 asks for a count like 的件数 (reZhCountOf); it is not a
// subject no report mentions.
func TestListsCountByAnyMeasureWord(t *testing.T) {
	checkListed(t, []listCase{{"哪些报告给出了人才公寓的套数?", []int{2, 5}}})
}
