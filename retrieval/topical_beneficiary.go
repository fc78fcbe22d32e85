package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
)

// A Chinese list question may name whom its alternatives serve with 给, 为, 帮 or 替 before them:
// 哪些地方给老人搞了助餐或食堂?, 哪些地方为残疾人提供了照料或就业帮扶?. The beneficiary only
// qualifies the alternatives, as one joined by 的 does (老年人的助餐点或食堂): a report that
// speaks of the elderly alone (代跑、代办服务 for them) does not speak of their canteens, while
// one that names the canteen for them in a word of its own (长者食堂) does. And where an
// alternative is broad (就业, which most reports hold), a span that holds it speaks of the
// beneficiary's only when it names the beneficiary too (topical_broad.go).

// reZhBeneficiaryMark is the word that marks a beneficiary, right before it.
var reZhBeneficiaryMark = lazyre.New(`(?:给|为|帮|替)$`)

// zhBeneficiary reports whether a Chinese term standing at i in the question, before the
// alternatives that start at first, is marked as whom they serve.
func zhBeneficiary(p Plan, i, first int) bool {
	if p.Lang != "zh" || i < 0 || i >= first {
		return false
	}
	return reZhBeneficiaryMark.MatchString(p.Norm[:i])
}

// beneficiaryQualified reports whether a question's alternatives have a beneficiary
// (zhBeneficiary) among their qualifiers.
func beneficiaryQualified(p Plan, alts, quals map[string]bool) bool {
	if p.Lang != "zh" || len(quals) == 0 {
		return false
	}
	first := -1
	for _, t := range p.Terms {
		if i := termAt(p, t); i >= 0 && alts[t.From] && (first < 0 || i < first) {
			first = i
		}
	}
	for q := range quals {
		if i := strings.Index(p.Norm, q); zhBeneficiary(p, i, first) {
			return true
		}
	}
	return false
}
