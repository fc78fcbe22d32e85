package retrieval

import "github.com/reportbot/reportbot/internal/lazyre"

// Spoken money: askers name spending and income as the money spent or earned (花在民生上的钱,
// 靠经营挣的钱, 收的税), which the reports write as 支出, 收入 and 税收. Left as they are, 花在民生上
// is one run no report writes and the question is declined, or answered only weakly.

var (
	// reZhSpentOn is "the money spent on X" (花在民生上的钱, 花在教育方面的钱) or "the money X took"
	// (民生上花的钱): X's 支出.
	reZhSpentOn = lazyre.New(`花在(\p{Han}{1,8}?)(?:方面|上面|上)的钱|(\p{Han}{1,8}?)(?:方面|上面|上)花(?:了|掉)?的钱`)
	// reZhEarned is "the money earned or taken in" (挣的钱, 赚到的钱, 收上来的钱): 收入.
	reZhEarned = lazyre.New(`(?:挣|赚|收)(?:到|了|来|回|上来|进来)?的钱`)
	// reZhTaxTaken is "the tax taken" (收的税, 收了多少税): 税收.
	reZhTaxTaken = lazyre.New(`收(?:到|了|上来)?的税|收了(多少|几)(?:万|亿)?(?:元)?税`)
)

// spokenMoney rewrites q's spoken spending and income in the reports' words (X支出, 收入, 税收).
func spokenMoney(q string) string {
	q = reZhSpentOn.ReplaceAllString(q, "$1${2}支出")
	q = reZhEarned.ReplaceAllString(q, "收入")
	return reZhTaxTaken.ReplaceAllString(q, "${1}税收")
}
