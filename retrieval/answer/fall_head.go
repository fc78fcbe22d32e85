package answer

import (
	"strings"

	"github.com/reportbot/reportbot/retrieval"
)

// afterHead is afterTerm for a term the quote does not hold as written but by its head: the
// longest end of it, of two characters or more, that the quote holds. A list of falls decides
// each report by whether the fall follows the thing that fell, and a report may split the
// question's compound over a list whose items share the modifier (事故死亡人数 asked,
// 生产安全事故起数、死亡人数分别下降 written: the fall follows 死亡人数). The list has already
// found the quote to speak of the whole term (retrieval's topic words); this only places the
// fall after it. Terms of one or two characters, and questions naming indicators (whose
// wordings afterTerm reads), are left to afterTerm.
func afterHead(a retrieval.Plan, quote string, ok func(window string) bool) bool {
	if len(a.Indicators) > 0 {
		return false
	}
	for _, t := range a.Terms {
		for _, v := range t.Variants {
			rs := []rune(v)
			if len(rs) < 4 || strings.Contains(quote, v) {
				continue
			}
			for i := 1; i+2 <= len(rs); i++ {
				head := string(rs[i:])
				if j := strings.Index(quote, head); j >= 0 {
					if ok(retrieval.WindowAfter(quote[j+len(head):], 0)) {
						return true
					}
					break
				}
			}
		}
	}
	return false
}
