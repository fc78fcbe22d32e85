package answer

import "testing"

// TestListsByGeneralRulesLists8: words run together in the question are held by a report that
// shortens or spells one out (柳州's district: 城乡居民基本医疗保险参保9.3万人; 黎里镇: 文保单位);
// a name quoted whole (“一网通办”) is not held by another name with its numeral head (齐都镇's
// “一网三联”).
func TestListsByGeneralRulesLists8(t *testing.T) {
	tests := []listCase{
		{"哪些报告给出了城乡居民医保参保人数?", []int{3, 9}},
		{"哪些报告提到了文物保护单位?", []int{2, 7}},
		{"哪些报告提到了“一网通办”?", []int{1, 2}},
	}
	checkListed(t, tests)
}

// TestListsQuotedNameHead: the words a question puts right after a quoted name are its head,
// which a report names otherwise: 盛泽镇's “雪亮技防”工程 speaks of “雪亮”视频监控工程, as 沙埕镇's
// “雪亮工程” does; 齐都镇's “专精特新”中小企业 and 柳州's district's “专精特新”…企业 of “专精特新”中小企业.
func TestListsQuotedNameHead(t *testing.T) {
	tests := []listCase{
		{"哪些镇提到了“雪亮”视频监控工程?", []int{5, 8}},
	}
	checkListed(t, tests)
}

// TestListsTopN: "Top 500" is the reports' 500强 (盛泽镇 世界500强, 齐都镇 合作社500强, 柳州's district
// “四类500强”), not the top hundred (百强).
func TestListsTopN(t *testing.T) {
	checkListed(t, []listCase{{"Which reports mention any 'Top 500' list?", []int{5, 7, 9}}})
}

// TestListsBracketGloss: a bracket in an English question glosses the words before it (浍沟镇's
// 镇农贸市场 are "farmers' markets (wet markets)") or, after a name no term renders, names the
// thing the words after it describe (盛泽镇's “雪亮技防”工程 is "the 'Xueliang' (sharp eyes) video
// surveillance project"); a bracket of several things elaborates and glosses nothing (auditing:
// 监督 alone is not 审计).
func TestListsBracketGloss(t *testing.T) {
	checkListed(t, []listCase{
		{"Which reports mention farmers' markets (wet markets)?", []int{3, 5}},
		{"Which towns mention the 'Xueliang' (sharp eyes) video surveillance project?", []int{5, 8}},
		{"Which reports mention auditing (audit supervision or fixing audit findings)?", []int{1, 2, 4, 9}},
	})
}

// TestListsCountOf: a count asked by a count noun after 的 (民生实事的具体件数) asks for a figure:
// the reports that state one are listed (盘锦's district 12件, 北京's district 30件, 岱西镇 6项),
// the others that speak of the topic are near misses, not answers.
func TestListsCountOf(t *testing.T) {
	checkListed(t, []listCase{{"哪些报告给出了民生实事的具体件数?", []int{1, 4, 6}}})
}

// TestListsWeakHeadWorks: 工程 ("works") after a topic is a weak head, which a report may leave
// out where the rest is a topic few reports speak of: 浍沟镇's 村庄…亮化水平 speaks of 亮化工程.
func TestListsWeakHeadWorks(t *testing.T) {
	checkListed(t, []listCase{{"哪些报告提到了亮化工程?", []int{3, 8}}})
}
