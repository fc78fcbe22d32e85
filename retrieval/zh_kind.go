package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/cedict/ordinary"
	"github.com/reportbot/reportbot/internal/glossary"
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

// A Chinese question may name a kind by an example: 像长者食堂这一类的, and may describe it in its own
// words first (给老人管饭的地方,像长者食堂这一类的). The example is what the reports write; the
// description (管饭) is the asker's paraphrase of it, a term no report holds, so the question would be
// declined as about a subject the reports never mention. And the example stands for its kind: a
// report that writes another word the glossary gives for the same thing (老年助餐点, 老年餐桌 for
// 长者食堂) speaks of it too.

var (
	// reZhLikeKind is a place-for description followed by an example of it: $1 is the example.
	reZhLikeKind = lazyre.New(`(?:给|供|让|为)\p{Han}{1,10}?的(?:地方|场所|去处|设施|服务)[,，、\s]*(?:像是?|比如|例如|诸如|譬如)(\p{Han}{2,8}?)(?:这|那)一?(?:类|种|样)的?(?:地方|场所|设施|服务)?`)
	// reZhLikeExample is an example of a kind without a description before it, with the
	// description after it if any: 像城市书屋这一类(给老百姓看书的地方).
	reZhLikeExample = lazyre.New(`(?:像是?|比如|例如|诸如|譬如)(\p{Han}{2,8}?)(?:这|那)一?(?:类|种|样)的?(?:(?:给|供|让|为)\p{Han}{1,10}?的?(?:地方|场所|去处|设施|服务))?`)
)

// cutLikeKind replaces a described kind and its example, or an example of a kind, by the
// example, and returns the examples as terms whose variants are the example's kin in the
// glossary (see above).
func cutLikeKind(q string) (string, []Term) {
	var terms []Term
	cut := func(re *lazyre.Regexp) {
		q = re.ReplaceAllStringFunc(q, func(m string) string {
			ex := re.FindStringSubmatch(m)[1]
			vs := glossary.Default().Kin(ex)
			if vs == nil {
				vs = []string{ex}
			}
			terms = append(terms, Term{From: ex, Variants: vs, Weight: 1})
			return " "
		})
	}
	cut(reZhLikeKind)
	cut(reZhLikeExample)
	return q, terms
}
