package answer

import "testing"

// TestListsByGeneralRulesLists7: a topic glued to the verb 根治 is spoken of without it (岱西镇:
// 欠薪); an odd-length topic may split after its third character (电瓶车违规充电 for 电瓶车充电);
// a threshold ("more than 50") lists only the reports whose figure meets it (黎里镇 65,
// 北京's district 162, 盛泽镇 131; not 柳州's district's 20 nor its 满意率100%); companies
// going public (企业上市) are new listed companies (新增上市公司).
func TestListsByGeneralRulesLists7(t *testing.T) {
	tests := []listCase{
		{"哪些报告提到根治欠薪?", []int{6, 9}},
		{"哪些报告提到电瓶车充电?", []int{6}},
		{"哪些报告提到企业上市?", []int{2, 4}}, // 黎里镇: 新增上市公司1家
		{"Which reports handled more than 50 suggestions from deputies?", []int{2, 4, 5}},
	}
	checkListed(t, tests)
}
