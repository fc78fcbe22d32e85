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

// TestListsThresholdCountedThing: a threshold list decides by the figure of the thing it counts
// (政协委员提案8件 is not over 10, though the sentence's 建议65件 is), and a count of cases in 起
// meets one in 件 (成功调解纠纷2921起).
func TestListsThresholdCountedThing(t *testing.T) {
	checkListed(t, []listCase{
		{"哪些报告去年调解的矛盾纠纷超过1500件?", []int{5}},
		{"哪些报告说去年办理的政协提案超过10件?", []int{4}},
	})
}

// TestListsPositiveGrowth: a fall is a near miss for 正增长, not a match.
func TestListsPositiveGrowth(t *testing.T) {
	checkListed(t, []listCase{{"哪些报告去年地区生产总值是正增长?", []int{2, 9}}})
}

// TestListsIndicatorOrAlternative: a wording offered in place of an indicator (机种机收率 or
// 农业机械化率) is not asked of every statement beside the indicator's figure.
func TestListsIndicatorOrAlternative(t *testing.T) {
	checkListed(t, []listCase{{"哪些报告给出了农业机械化率或机种机收率的数字?", []int{1, 3}}})
}
