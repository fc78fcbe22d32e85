package answer

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/retrieval"
)

// A count of people is a count of one group: 16名残疾人 counts disabled people, not the elderly
// a question asks about, though the sentence before it speaks of 老人. A how-many question
// naming a group is answered only by a count of people whose clause names that group.

// peopleGroup is a group of people the reports count: its English and Chinese wordings in a
// question, and its wordings in a report.
type peopleGroup struct {
	name string
	ask  *lazyre.Regexp
	text *lazyre.Regexp
}

// peopleGroups are the groups the reports count people of. Each wording in a report is the
// group's own (农民工 is not 农民; 残疾人 is not 老人).
var peopleGroups = []peopleGroup{
	{"elderly people", lazyre.New(`(?i)\b(?:elderly|seniors?|older (?:people|residents|persons)|old people|aged)\b|老人|老年|长者`), lazyre.New(`老人|老年|长者|高龄`)},
	{"disabled people", lazyre.New(`(?i)\bdisab(?:led|ilit)|\bhandicapped\b|残疾`), lazyre.New(`残疾`)},
	{"migrant workers", lazyre.New(`(?i)\bmigrant workers?\b|农民工`), lazyre.New(`农民工`)},
	{"university students", lazyre.New(`(?i)\b(?:university|college) (?:students?|graduates?)\b|\bgraduates?\b|大学生|毕业生`), lazyre.New(`大学生|毕业生`)},
	{"children", lazyre.New(`(?i)\b(?:children|child|kids|minors|infants|toddlers)\b|儿童|未成年|婴幼儿|孩子`), lazyre.New(`儿童|未成年|婴幼儿|少儿`)},
	{"veterans", lazyre.New(`(?i)\bveterans?\b|\bex-servicem[ae]n\b|退役军人|退伍`), lazyre.New(`退役军人|退伍|军人`)},
	{"women", lazyre.New(`(?i)\bwomen\b|妇女|女性`), lazyre.New(`妇女|女性`)},
}

// rePeopleCount is a count of people: a number, an optional 万/千 and 余, then 名, 人 or 位 (人次
// is a count of visits, not of people).
var rePeopleCount = lazyre.New(`\d+(?:\.\d+)?[万千]?余?(?:名|人(?:[^次]|$)|位)`)

// groupsIn returns the groups whose report wordings s holds.
func groupsIn(s string) []string {
	var out []string
	for _, g := range peopleGroups {
		if g.text.MatchString(s) {
			out = append(out, g.name)
		}
	}
	return out
}

// otherGroup returns, for a question naming exactly one group, that group when quote counts
// people only in clauses naming another group and never in a clause naming it; ok false
// otherwise.
func otherGroup(question, quote string) (asked string, ok bool) {
	var named []peopleGroup
	for _, g := range peopleGroups {
		if g.ask.MatchString(question) {
			named = append(named, g)
		}
	}
	if len(named) != 1 {
		return "", false
	}
	asked = named[0].name
	other := false
	for _, cl := range strings.FieldsFunc(quote, func(r rune) bool { return strings.ContainsRune("，,；;。！!？?", r) }) {
		if !rePeopleCount.MatchString(cl) {
			continue
		}
		gs := groupsIn(cl)
		if slices.Contains(gs, asked) {
			return "", false
		}
		other = other || len(gs) > 0
	}
	return asked, other
}

// declineOtherGroup declines a how-many lookup about a group of people whose quote counts
// another group only: "How many elderly people use day-care services in Daixi?" quoted 现有16名
// 残疾人享受日间照料服务 and answered "16 elderly people".
func declineOtherGroup(a retrieval.Plan, res retrieval.Result, ans *Answer, path string) string {
	if path != PathLookup || res.Best == nil || !retrieval.AsksCount(a) {
		return path
	}
	asked, ok := otherGroup(a.Question, res.Best.Quote)
	if !ok {
		return path
	}
	if a.Lang == "zh" {
		return decline(a, ans, noFigureText(a, res, "问题所问人群")+"报告统计的是别的人群:“"+res.Best.Quote+"”[1]")
	}
	text := noFigureText(a, res, asked)
	return decline(a, ans, text[:len(text)-1]+"; what it counts is another group: “"+res.Best.Quote+"”[1]")
}
