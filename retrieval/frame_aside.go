package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
)

// A bracket in a Chinese question may say which time frames it asks about rather than gloss
// a word: 哪些地方给老人搞了助餐服务(已建或计划建)?, (已做或计划做), (已开展或试行). Asking both
// the done and the planned is asking no time frame at all, and the bracket's 或 joins frames,
// not topics: left in, 已建 and 计划 would be search terms no passage needs, and the question
// would read as one of alternatives. dropFrameAside takes such a bracket out.

var (
	// reZhAside is a bracketed part of a normalised Chinese question.
	reZhAside = lazyre.New(`[(（]([^()（）]{1,24})[)）]`)
	// reZhAsideJoin joins the frames of an aside.
	reZhAsideJoin = lazyre.New(`或者|或是|还是|或|、|/|和`)
	// reZhFramePart is one time frame: done (已建, 已经开展, 建成), planned (计划建, 打算做, 拟建,
	// 将要), under way (在建, 正在做), tried (试行, 试点).
	reZhFramePart = lazyre.New(`^(?:(?:已经?|计划|打算|准备|拟|正在|将要?|要|在)\p{Han}{0,3}|建成|完成|试行|试点|在建|规划)$`)
)

// dropFrameAside removes the brackets of a Chinese question that hold only time frames
// joined by 或, 、 or 和 (see above); a bracket holding anything else (a gloss: 托育(婴幼儿托位
// 或托育机构)) stays.
func dropFrameAside(q, lang string) string {
	if lang == "en" {
		return q
	}
	return reZhAside.ReplaceAllStringFunc(q, func(m string) string {
		inner := reZhAside.FindStringSubmatch(m)[1]
		parts := reZhAsideJoin.Split(inner, -1)
		if len(parts) < 2 {
			return m
		}
		for _, p := range parts {
			if !reZhFramePart.MatchString(strings.TrimSpace(p)) {
				return m
			}
		}
		return " "
	})
}
