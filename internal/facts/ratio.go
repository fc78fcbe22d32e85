package facts

import (
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
)

// ClauseRun is a character within a clause of a normalised text: no punctuation that ends one,
// nor a list's 、.
const ClauseRun = `[^、，。；：！？,.;:!?]`

// RatioMeasure is a ratio named by its measure in a normalised text: energy per unit of
// something (单位…能耗), a share of it (占…比重). An indicator named only there is not spoken of:
// 单位地区生产总值能耗 is energy per unit of GDP, 占地区生产总值的比重 a share of it. A match
// lies within a clause (ClauseRun), but for the point of a decimal in its closing percentage.
var RatioMeasure = lazyre.New(`单位` + ClauseRun + `{1,8}?(?:能耗|水耗|电耗|耗能|排放)|占` + ClauseRun + `{1,12}?(?:比重|比例|\d+(?:\.\d+)?%)`)

// MayNameRatio reports whether a text holds what RatioMeasure opens with: 单位 or 占.
func MayNameRatio(text string) bool {
	return strings.Contains(text, "单位") || strings.Contains(text, "占")
}
