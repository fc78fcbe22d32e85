package retrieval

import "strings"

// A bracket of alternatives after a term of a Chinese question glosses it: 托育(婴幼儿托位或托育
// 机构), 非遗(非物质文化遗产的项目、传承基地或非遗活动). The glossed term and each term of the
// gloss name the one topic, so each is an alternative of it, even the gloss's first item when
// a 的 phrase (非物质文化遗产的项目) keeps the joining words from reaching it: a report that writes
// only the full name (非物质文化遗产传承保护) or only the abbreviation (非遗活动) speaks of it.

// glossAlternatives marks as alternatives (in out) the term right before a Chinese bracket
// that joins terms with 或 or 、, and the bracket's first term; alternativeTerms has marked
// the rest of the gloss already.
func glossAlternatives(p Plan, ps []termSpan, out map[string]bool) {
	if p.Lang != "zh" {
		return
	}
	for i := 0; i+1 < len(ps); i++ {
		a, b := ps[i], ps[i+1]
		if b.start < a.end || strings.TrimSpace(p.Norm[a.end:b.start]) != "(" {
			continue
		}
		closeAt := strings.Index(p.Norm[b.start:], ")")
		if closeAt < 0 {
			continue
		}
		inner := p.Norm[b.start : b.start+closeAt]
		if !reAnyOf.MatchString(inner) && !strings.Contains(inner, "、") {
			continue
		}
		out[a.from], out[b.from] = true, true
	}
}
