package retrieval

import "strings"

// Actions among alternatives: "大桥或桥涵的建设、改建或维修" offers two things (bridges,
// culverts) and, after 的, three things done to them. A report that repairs roads
// (维修改造农村公路) speaks of none of the things; the actions only say what is done with them,
// as a generic verb joined to alternatives does (qualifierTerms: 举办或筹办体育赛事).

// actionAlternatives returns the alternatives (by Term.From) of a Chinese question that stand
// after 的 when alternatives also stand before it and one of those after it is what is done to a
// thing (doneTo: 建设, 改建); else nil.
func actionAlternatives(p Plan, alts map[string]bool) map[string]bool {
	if p.Lang != "zh" || len(alts) == 0 {
		return nil
	}
	// The 的 that joins them stands right after an alternative: not the first 的 of the
	// question (哪些报告的工作涉及大桥或桥涵的建设…).
	de := -1
	for _, t := range p.Terms {
		if i := termAt(p, t); alts[t.From] && i >= 0 && strings.HasPrefix(p.Norm[i+len(t.From):], "的") && (de < 0 || i+len(t.From) < de) {
			de = i + len(t.From)
		}
	}
	if de < 0 {
		return nil
	}
	after, before, action := map[string]bool{}, false, false
	for _, t := range p.Terms {
		i := termAt(p, t)
		if !alts[t.From] || i < 0 {
			continue
		}
		if i < de {
			before = true
			continue
		}
		after[t.From] = true
		action = action || doneTo(t.From)
	}
	if !before || !action {
		return nil
	}
	return after
}

// union returns the keys of a and b together (a itself when b is empty).
func union(a, b map[string]bool) map[string]bool {
	if len(b) == 0 {
		return a
	}
	out := map[string]bool{}
	for _, m := range []map[string]bool{a, b} {
		for k, v := range m {
			out[k] = out[k] || v
		}
	}
	return out
}
