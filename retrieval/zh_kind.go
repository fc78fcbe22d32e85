package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/cedict/ordinary"
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

// A list of examples may end in the kind they are examples of (工会、共青团、妇联这些群团组织,
// 燃气、消防等安全隐患): the kind is one more alternative, which a report may write instead of the
// items (工青妇群团, 群团组织). Left joined to the last item, 妇联这些群团组织 is a term no report
// writes, and the last item is lost with it.

// reZhListKind is a list's last item, the word that points back at the list (这些, 这类, 等), and the
// kind after it.
var reZhListKind = lazyre.New(`、(\p{Han}{1,8}?)(?:等等|这些|那些|这几[个类种]|这类|那类|之类的?|等)(\p{Han}{2})`)

// cutListKind separates a question's list of examples from the kind that ends it (see above). An
// 等 that ends an ordinary word (平等, 均等) is none.
func cutListKind(q string) string {
	return reZhListKind.ReplaceAllStringFunc(q, func(m string) string {
		sm := reZhListKind.FindStringSubmatch(m)
		item, kindStart := sm[1], sm[2]
		pointer := strings.TrimSuffix(strings.TrimPrefix(m, "、"+item), kindStart)
		if pointer == "等" && ordinary.Has(string([]rune(item)[len([]rune(item))-1:])+"等") {
			return m
		}
		return "、" + item + " " + kindStart
	})
}
