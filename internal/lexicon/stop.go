package lexicon

import (
	"strings"

	"github.com/reportbot/reportbot/internal/en"
)

// stopwords are English function words and the words questions are framed in ("what did the
// report say about …"); they are neither translated nor reported as untranslated.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the of in on at to for from by with about into onto over under
		and or nor not no but if then than so as such
		is are was were be been being am do does did done doing have has had having
		can could will would shall should may might must
		i me my we our us you your he him his she her it its they them their there here
		this that these those which who whom whose what when where why how
		many much more most less least few some any all each every both either neither other another
		very also just only too even still yet ever again already
		per via vs etc e.g i.e eg ie sb sth one's sb's sth's
		please tell say said says mention mentioned mentions show list give describe explain
		report reports reported document documents text
		up down out off s`) {
		m[en.Stem(w)] = true
	}
	return m
}()

// stopStem reports whether a stem is a stopword or holds no letter (a number).
func stopStem(s string) bool {
	return stopwords[s] || !strings.ContainsFunc(s, func(r rune) bool { return r >= 'a' && r <= 'z' || r > 0x7f })
}
