package retrieval

import "regexp"

// A Chinese list question may ask for a count by a count noun after 的 ("民生实事的具体件数",
// "新增学位的数量") rather than by 多少 or 几: the noun asks for a figure and names no topic of
// its own. The planner drops it from the terms (a report never writes 具体件数: it writes
// 12件民生实事), and a report that speaks of the topic with no figure is a near miss
// (Plan.AsksFigure).

// reZhCountOf matches a count noun a Chinese question asks a count by, after 的.
var reZhCountOf = regexp.MustCompile(`的(?:具体)?(?:数量|件数|个数|项数|人数|户数|家数|次数|数目|数字)`)
