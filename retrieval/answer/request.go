package answer

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/retrieval"
)

// privateRequest is a kind of request a government work report cannot answer whatever place or
// word of the reports it names: a recommendation, a recipe, directions, the weather, advice to
// the asker. The reports speak of what a government did and plans; they do not address the
// reader's own plans.
type privateRequest struct {
	en, zh string         // what the reports give none of, for the answer
	ask    *lazyre.Regexp // a wording of the request, English or Chinese
}

// privateRequests are the kinds of request declined. Each wording asks for the kind itself
// (recommend a …, 怎么蒸, 怎么坐车), not a word the reports use too: "how many loans were applied
// for" and "打算怎么打响河蟹品牌" ask about the report and are not matched.
var privateRequests = []privateRequest{
	{
		en: "recommendations (restaurants, hotels, places to stay or eat)",
		zh: "推荐(饭店、酒店、住宿、美食)",
		ask: lazyre.New(`(?i)\b(?:can|could|would) you (?:please )?(?:recommend|suggest)\b|\brecommend (?:me )?(?:a|an|some|any|the best|good)\b|` +
			`\b(?:best|good|nice|cheap|tasty) (?:restaurants?|hotpot|food|places? to (?:eat|stay)|bars?|caf[eé]s?)\b|` +
			`推荐一?[下个家些]|求推荐|哪家[^，,。？?]{0,12}(?:好吃|最好|靠谱|值得|地道|正宗)|哪里[^，,。？?]{0,6}好吃|(?:哪家|哪个|哪里的?)(?:饭店|餐厅|馆子|酒店|民宿)`),
	},
	{
		en: "recipes or cooking advice",
		zh: "菜谱或烹饪方法",
		ask: lazyre.New(`(?i)\brecipes?\b|\bhow (?:do|should|can) (?:i|you|we|one) (?:cook|steam|boil|fry|prepare)\b|\bhow to (?:cook|steam|boil|fry)\b|` +
			`怎么(?:煮|蒸|炒|炖|烧|做)才?(?:好吃|正宗|地道)|怎么(?:煮|蒸|炒|炖)|菜谱|食谱|好吃`),
	},
	{
		en: "travel directions",
		zh: "出行路线",
		ask: lazyre.New(`(?i)\bhow (?:do|can|should) (?:i|we) (?:get|go|travel) to\b|\bhow to get to\b|\bbest way to (?:get|go|travel) to\b|\bdirections to\b|` +
			`怎么(?:坐车|乘车|到达)|(?:去|到)[^，,。？?\s]{1,12}怎么走|怎么去[^，,。？?]{0,12}(?:最快|最方便|方便|最近)|坐什么车|乘什么车|(?:坐|乘)车[^，,。？?]{0,6}(?:方便|最快)`),
	},
	{
		en:  "weather forecasts or climate",
		zh:  "天气或气候",
		ask: lazyre.New(`(?i)\b(?:what(?:'s| is| will)|how(?:'s| is)) (?:the )?weather\b|\bweather (?:be )?(?:usually )?(?:like|forecast|today|tomorrow|this)\b|天气(?:怎么样|如何|好吗|预报)|气温多少|会不会下雨|下雨吗`),
	},
	{
		en: "personal advice",
		zh: "个人建议",
		ask: lazyre.New(`(?i)\b(?:how|where|when) (?:do|can|should|could) i\b|\bshould i\b|\bcan i\b|\bhow to (?:apply|register|sign up)\b|` +
			`我(?:该|应该|能不能|可不可以|可以|想|要怎么|怎么|适合)|(?:怎么|如何)(?:申请|报名)`),
	},
}

// reKnowAsk is the asker asking to know, see or find something in the reports ("can I see",
// "where can I read", "I'd like to know"): a lead-in of a question about the reports, not a
// request for advice. It is cut, with the Chinese verbs of wanting to know (我想知道, 想了解),
// before the requests are matched, so "我想知道…是多少" and "How can I find the growth rate" are
// not taken for personal advice.
var reKnowAsk = lazyre.New(`(?i)\b(?:(?:how|where|when) )?(?:do|can|could|may|should) i (?:please )?(?:see|find|know|learn|read|check|look up|tell)\b|\bi(?:'d| would) like to (?:know|see|learn|find out)\b`)

// asksPrivate returns the kind of private request q makes, ok false for a question about the
// reports.
func asksPrivate(q string) (privateRequest, bool) {
	q = reKnowAsk.ReplaceAllString(retrieval.CutAskVerbsZh(q), " ")
	for _, r := range privateRequests {
		if r.ask.MatchString(q) {
			return r, true
		}
	}
	return privateRequest{}, false
}

// declinePrivate declines a question that asks for something no government work report gives
// (a restaurant recommendation, a recipe, directions, the weather, personal advice), even when a
// place or word of the reports matched a passage: "Can you recommend a hotpot place near
// Sanlitun?" quoted a sentence on the 三里屯 shopping district, "柳州螺蛳粉怎么煮才正宗?" a
// sentence on a 螺蛳粉 event.
func declinePrivate(a retrieval.Plan, ans *Answer, path string) string {
	if path == PathDeclined {
		return path
	}
	r, ok := asksPrivate(a.Question)
	if !ok {
		return path
	}
	if a.Lang == "zh" {
		return decline(a, ans, "这些报告是政府工作报告,讲的是政府做了什么、打算做什么,不提供"+r.zh+"。")
	}
	return decline(a, ans, "The reports are government work reports: they say what the governments did and plan, and give no "+r.en+".")
}
