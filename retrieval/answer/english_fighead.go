package answer

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
	"github.com/reportbot/reportbot/retrieval"
)

// A figure counts the noun of its own clause: in 完成400户困难家庭适老化改造,新建1个普惠性托育机构
// the renovations (改造) are the first clause's, so 1个 counts nurseries, not renovations, though
// 改造 stands three characters before it.

// ownClause is the clause of quote that holds figure v (cut at commas, semicolons, colons and
// full stops, not at the enumeration comma 、 of a list sharing its noun), and v with its
// offsets in that clause.
func ownClause(quote string, v num.Value) (string, num.Value) {
	lo := zh.AfterLast(quote[:v.Start], ",;:，；：。")
	for lo > 0 && lo < len(quote) && quote[lo]&0xC0 == 0x80 {
		lo++ // past the rest of a multi-byte separator
	}
	hi := len(quote)
	if j := strings.IndexAny(quote[v.End:], ",;:，；：。"); j >= 0 {
		hi = v.End + j
	}
	w := v
	w.Start, w.NumStart, w.NumEnd, w.End, w.QualEnd = v.Start-lo, v.NumStart-lo, v.NumEnd-lo, v.End-lo, v.QualEnd-lo
	return quote[lo:hi], w
}

// headEndsClause reports whether the run of Han characters after a count to its clause's end
// (at most nounPhrase of them) ends on a wording of the asked head noun: a Chinese noun phrase
// ends on its head, so 400户困难家庭适老化改造 counts renovations (改造) by households.
func headEndsClause(a retrieval.Plan, quote string, v num.Value, head string) bool {
	if v.Dim() != num.DimCount || v.Ordinal {
		return false
	}
	clause, w := ownClause(quote, v)
	rest := clause[w.QualEnd:]
	if n := len([]rune(rest)); n < 2 || n > nounPhrase || strings.ContainsFunc(rest, func(r rune) bool { return !zh.IsHan(r) }) {
		return false
	}
	return slices.ContainsFunc(headTerms(a, head, 0.1), func(t retrieval.Term) bool {
		return slices.ContainsFunc(t.Variants, func(s string) bool { return len([]rune(s)) >= 2 && strings.HasSuffix(rest, s) })
	})
}
