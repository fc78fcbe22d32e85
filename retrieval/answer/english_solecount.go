package answer

import "github.com/reportbot/reportbot/internal/num"

// soleCount reports whether vs[i] is the only figure of its quote and a count in a measure word
// of no class of its own (10条, 200余场次): chosen to answer "how many model streets", it is
// stated in the question's words ("10 model streets (10条)"), since the quote holds nothing else
// it could count and a bare "10 (10条)" leaves the reader to guess what was counted.
func soleCount(vs []num.Value, i int) bool {
	v := vs[i]
	return len(vs) == 1 && v.Dim() == num.DimCount && v.Class() == "" && !v.Ordinal && v.Unit != "" && v.Unit != "个"
}
