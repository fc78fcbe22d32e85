package lexicon

import (
	"strings"

	"github.com/reportbot/reportbot/internal/en"
)

// stopwords are English function words, light verbs, the words questions are framed in ("what
// did the report say about …"), and the words of dates and amounts, which the question planner
// reads itself; they are neither translated nor reported as untranslated.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the of in on at to for from by with about into onto over under
		and or nor not no but if then than so as such
		is are was were be been being am do does did done doing have has had having
		can could will would shall should may might must
		i me my we our us you your he him his she her it its they them their there here
		myself ourselves yourself yourselves himself herself itself themselves oneself
		this that these those which who whom whose what when where why how
		many much more most less least few some any all each every both either neither other another
		very also just only too even still yet ever again already
		per via vs etc e.g i.e eg ie sb sth one's sb's sth's
		please tell say said says mention mentioned mentions show list give describe explain
		report reports reported document documents text
		up down out off s
		get got gotten give gave given put bring brought take took taken make made go goes going went gone
		come came see saw seen let keep kept
		now then far after before back away during while since until among within around
		actually really whether anything something anyone someone
		year years month months
		january february march april may june july august september october november december
		yuan million billion thousand hundred percent`) {
		m[en.Stem(w)] = true
	}
	return m
}()

// stopStem reports whether a stem is a stopword or holds no letter (a number).
func stopStem(s string) bool {
	return stopwords[s] || !strings.ContainsFunc(s, func(r rune) bool { return r >= 'a' && r <= 'z' || r > 0x7f })
}
