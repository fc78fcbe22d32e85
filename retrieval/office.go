package retrieval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/lazyre"
)

// A question may ask who holds an office ("Who is the head of the Beijing district
// government?", "盛泽镇的镇长是谁?"). The reports speak as the government ("我代表…人民政府")
// and seldom name a person; a sentence holding the office's words (总书记 for "Party
// secretary", 首家 for "head") answers only when it names someone beside them.

// officeWords are the Chinese titles of offices whose holder a question may ask for.
const officeWords = `书记|镇长|区长|市长|县长|乡长|省长|主任|局长|主席|负责人|一把手|领导`

// enOfficeWords are the English names of those offices ("party chief", "mayor", "head").
const enOfficeWords = `mayor|head|secretary|party chief|governor|director|chairman|chairwoman|chair|chief|leader|magistrate|officials?`

var (
	// reEnAsksHolder matches an English question for the person who holds an office: "who is
	// the mayor of …", "who's the current Party secretary …", "what is the name of Shacheng's
	// Party secretary", "who heads the … government".
	reEnAsksHolder = lazyre.New(`\bwho(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?:[a-z'-]+\s+){0,3}?(` + enOfficeWords + `)\b` +
		`|\bnames?\s+of\s+(?:the\s+)?(?:[a-z'-]+\s+){0,4}?(` + enOfficeWords + `)\b` +
		`|\b(` + enOfficeWords + `)(?:'s)?\s+name\b` +
		`|\bwho\s+(?:heads|leads|runs)\s+(?:the\s+)?(?:[a-z'-]+\s+){0,3}?(?:government|town|district|county|city|township|village|province|bureau|office|committee|party)\b`)
	// reEnNotOffice matches an office's word naming a business, not a post: a market or
	// industry leader, a head enterprise, a chief contractor.
	reEnNotOffice = lazyre.New(`\b(?:industry|market|sector|business|technology|tech|world|global)\s+(?:` + enOfficeWords + `)\b` +
		`|\b(?:` + enOfficeWords + `)\s+(?:enterprises?|compan(?:y|ies)|firms?|contractors?|investors?|projects?|brands?|industr(?:y|ies))\b`)
	// reZhAsksHolder matches a Chinese question for the holder of an office: 镇长是谁, 谁是区委
	// 书记, 书记叫什么名字, 主任的姓名.
	reZhAsksHolder = lazyre.New(`(` + officeWords + `)(?:是谁|是哪位|叫什么|的名字|的姓名|姓名|名字)|谁(?:是|担任)[^?？]*?(` + officeWords + `)`)
	// reZhNotOffice matches 领导 naming a business, not a post: 产业的领导者, 领导企业.
	reZhNotOffice = lazyre.New(`(?:产业|行业|市场|领域)的?领导|领导(?:企业|公司|品牌|型)`)
	// reZhOffice finds an office's title in a report's text.
	reZhOffice = lazyre.New(officeWords)
)

// AsksHolder reports whether p's question asks who holds an office (a mayor, a Party
// secretary, the head of a government), not what a report did or names: "Who won the national
// science and technology progress award" or "海蜇品牌叫什么名字" ask for a company or a brand,
// which the reports do name, and are not held to NamesHolder.
func AsksHolder(p Plan) bool {
	q := strings.ToLower(p.Norm)
	if p.Lang == "zh" {
		return reZhAsksHolder.MatchString(q) && !reZhNotOffice.MatchString(q)
	}
	return reEnAsksHolder.MatchString(q) && !reEnNotOffice.MatchString(q)
}

// commonSurnames are the surnames most Chinese names begin with, less those that often start
// the words written before a title (区委书记, 各方面负责人, 如何领导, 田长制): 区委书记 and 方面
// 负责人 name nobody.
const commonSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡余杜叶苏魏吕丁沈姚卢姜崔钟谭陆汪范贾韦傅邹孟熊秦邱尹薛闫雷侯陶贺顾郝龚邵覃戴莫孔汤习"

// institutionRunes end the names of bodies and places, not of people (镇党委, 区政府, 县委).
const institutionRunes = "镇区县市乡村委府会部局党省州组院厅处所街道"

// NamesHolder reports whether text names a person by an office's title: two or three Han
// characters beginning with a common surname written right before the title (张明镇长) or
// right after it (镇长张明). Titles standing alone (镇党委书记, 乡镇长, 区政府负责人) name no
// one, nor does 习近平总书记 (the run before 书记 is 近平总): a report's quote of the national
// leader answers no question about a local office.
func NamesHolder(text string) bool {
	for _, loc := range reZhOffice.FindAllStringIndex(text, -1) {
		if personBefore(text[:loc[0]]) || personAfter(text[loc[1]:]) {
			return true
		}
	}
	return false
}

// personBefore reports whether before ends with a name of two or three Han characters
// beginning with a common surname and ending in no character of an institution.
func personBefore(before string) bool {
	var rs []rune
	for len(rs) < 3 && before != "" {
		r, n := utf8.DecodeLastRuneInString(before)
		if !unicode.Is(unicode.Han, r) {
			break
		}
		rs = append([]rune{r}, rs...)
		before = before[:len(before)-n]
	}
	return nameRunes(rs)
}

// personAfter reports whether after begins with a name: a common surname and a further Han
// character (镇长王建国, 书记张明同志; not 镇长有约, 领导下).
func personAfter(after string) bool {
	r, n := utf8.DecodeRuneInString(after)
	next, _ := utf8.DecodeRuneInString(after[n:])
	return strings.ContainsRune(commonSurnames, r) && unicode.Is(unicode.Han, next)
}

// nameRunes reports whether the last two or three of rs (or all of them, when they are two or
// three) read as a person's name: a common surname first and no institution's character last.
func nameRunes(rs []rune) bool {
	for n := 3; n >= 2; n-- {
		if len(rs) < n {
			continue
		}
		run := rs[len(rs)-n:]
		if strings.ContainsRune(commonSurnames, run[0]) && !strings.ContainsRune(institutionRunes, run[n-1]) {
			return true
		}
	}
	return false
}
