package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
)

// A Chinese question may ask for things "of a kind" (助餐或食堂类服务, 照料或就业类帮扶, 文体类设施):
// the words before 类 name the kind, which is what the reports write (老年助餐点, 长者食堂,
// 日间照料), and 类 with its head (服务, 帮扶, 设施, 项目, 活动) only says "things of that kind".
// Left joined, 食堂类服务 is a term no report writes, and the alternative it belongs to is lost.

// reZhKindOf is a kind word with its general head after a word of the question: 类服务, 类的设施.
// A 类 that ends a word of its own (分类, 各类, 这类, 人类, 门类, 种类, 品类, 归类, 同类, 大类)
// stays.
var reZhKindOf = lazyre.New(`(\p{Han})类的?(?:服务|帮扶|设施|项目|活动|场所|机构|措施|工作|举措)`)

// zhKindOwners are the characters that make 类 a word with them (分类, 各类): never a kind.
const zhKindOwners = "分各这那此该人门种品归同大小一两几多另某每全异"

// cutKindOf reduces "X类服务" to X in a Chinese question (see above).
func cutKindOf(q string) string {
	return reZhKindOf.ReplaceAllStringFunc(q, func(m string) string {
		first := reZhKindOf.FindStringSubmatch(m)[1]
		if strings.Contains(zhKindOwners, first) {
			return m
		}
		return first + " "
	})
}
