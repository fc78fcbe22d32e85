package lexicon

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/cedict"
)

// compoundEntries: compounds the documents below never write (水果店, 邮递员, 足球场, 助力车, 船坞)
// beside the words they do (水果, 邮递, 体育场, 足球, 助力, 船).
var compoundEntries = []cedict.Entry{
	cedict.NewEntry("水果", "fruit"),
	cedict.NewEntry("水果店", "greengrocer; fruit shop"),
	cedict.NewEntry("邮递", "to mail; to deliver by post"),
	cedict.NewEntry("邮递员", "mailman; postman"),
	cedict.NewEntry("体育场", "stadium"),
	cedict.NewEntry("足球", "soccer; football"),
	cedict.NewEntry("足球场", "football field; stadium"),
	cedict.NewEntry("助力", "to help; to assist"),
	cedict.NewEntry("助力车", "moped; electric bicycle"),
	cedict.NewEntry("船", "boat; vessel; ship"),
	cedict.NewEntry("船坞", "dock; shipyard"),
}

var compoundDocs = []string{"邮递服务覆盖全镇,水果产业发展。", "新建体育场一座,举办足球联赛。", "助力乡村振兴,船舶制造。"}

// An absent compound lends its keys to the word the reports write, below a word's own senses.
func TestCompoundLendsKeys(t *testing.T) {
	l := BuildFrom(compoundEntries, slices.Values(compoundDocs))
	lentBelow(t, l, "greengrocer", "水果", "fruit")
	if got := top(l, "moped"); got != "助力" {
		t.Errorf("moped: %q, want 助力 from 助力车", got)
	}
}

// A compound lends no key a reported word has in its own senses, no phrase or closed-up pair,
// and nothing to a one-character word.
func TestCompoundLendsOnlyNewWords(t *testing.T) {
	l := BuildFrom(compoundEntries, slices.Values(compoundDocs))
	if m, _ := l.Lookup("stadium"); len(m.Terms) != 1 || m.Terms[0].Chinese != "体育场" {
		t.Errorf("stadium: %+v, want 体育场 only (足球场 must not lend it to 足球)", m.Terms)
	}
	for _, phrase := range []string{"electric bicycle", "electricbicycle", "shipyard", "dock"} {
		if m, ok := l.Lookup(phrase); ok {
			t.Errorf("%s translated: %+v", phrase, m.Terms)
		}
	}
}

// A compound that makes a person of the word (邮递员 "postman") lends its keys at agentShare:
// "postman" finds 邮递, less confidently than "greengrocer" finds 水果 through 水果店.
func TestCompoundPersonLendsLess(t *testing.T) {
	l := BuildFrom(compoundEntries, slices.Values(compoundDocs))
	m, ok := l.Lookup("postman")
	if !ok || m.Terms[0].Chinese != "邮递" {
		t.Fatalf("postman: %+v (found %v), want 邮递 from 邮递员", m, ok)
	}
	g, _ := l.Lookup("greengrocer")
	if m.Confidence >= g.Confidence {
		t.Errorf("postman confidence %.3f not below greengrocer %.3f", m.Confidence, g.Confidence)
	}
}

// A compound's later senses lend their words too (水果店's second, "grocer's shop": shop),
// below its first sense's (greengrocer); before, only the first sense lent.
func TestCompoundLaterSensesLend(t *testing.T) {
	entries := []cedict.Entry{
		cedict.NewEntry("水果", "fruit"),
		cedict.NewEntry("水果店", "greengrocer", "grocer's shop"),
	}
	l := BuildFrom(entries, slices.Values([]string{"水果产业发展。"}))
	lentBelow(t, l, "shop", "水果", "greengrocer")
}

// lentBelow checks that key is rendered first by want, less confidently than key above is.
func lentBelow(t *testing.T, l *Lexicon, key, want, above string) {
	t.Helper()
	m, ok := l.Lookup(key)
	if !ok || m.Terms[0].Chinese != want {
		t.Fatalf("%s: %+v (found %v), want %s", key, m, ok, want)
	}
	if ref, _ := l.Lookup(above); m.Confidence >= ref.Confidence {
		t.Errorf("%s confidence %.3f not below %s's %.3f", key, m.Confidence, above, ref.Confidence)
	}
}
