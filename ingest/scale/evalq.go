package scale

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/places"
)

// evalGen draws the questions of a scaled set.
type evalGen struct {
	ec    *evalCorpus
	rng   *rand.Rand
	cands map[int][]corpus.Fact
	golds map[string]string // report index and fact key → gold passage ("" for none)
	used  map[string]bool
	out   []Question
}

// add draws up to n questions of one form; a draw that gives none (no suitable fact, or a
// question already asked) is retried, up to a bound.
func (g *evalGen) add(form string, n int, draw func() *Question) {
	made := 0
	for tries := 0; made < n && tries < 50*n; tries++ {
		q := draw()
		if q == nil {
			continue
		}
		key := q.Form + q.Lang + q.Q
		if g.used[key] {
			continue
		}
		g.used[key] = true
		made++
		q.ID = fmt.Sprintf("s%s%03d", form[:1], made)
		g.out = append(g.out, *q)
	}
}

// facts returns the candidate facts of report ri (gold passages are found on demand: checking
// that a passage is unique is the costly part).
func (g *evalGen) facts(ri int) []corpus.Fact {
	fs, ok := g.cands[ri]
	if !ok {
		fs = g.ec.candidates(ri)
		g.cands[ri] = fs
	}
	return fs
}

// goldFact returns fact f of report ri with its gold passage; ok is false when it has none.
func (g *evalGen) goldFact(ri int, f corpus.Fact) (goldFact, bool) {
	key := strconv.Itoa(ri) + "|" + factKey(f)
	gold, ok := g.golds[key]
	if !ok {
		gold = g.ec.gold(ri, f)
		g.golds[key] = gold
	}
	return goldFact{f, gold}, gold != ""
}

// pickFact returns a random fact of report ri that has a gold passage.
func (g *evalGen) pickFact(ri int) (goldFact, bool) {
	fs := g.facts(ri)
	k := pick(g.rng, fs)
	if k < 0 {
		return goldFact{}, false
	}
	return g.goldFact(ri, fs[k])
}

func (g *evalGen) lang() string {
	if g.rng.IntN(2) == 0 {
		return "en"
	}
	return "zh"
}

// pick returns a random element's index, -1 for none.
func pick[T any](rng *rand.Rand, xs []T) int {
	if len(xs) == 0 {
		return -1
	}
	return rng.IntN(len(xs))
}

// base fills the fields every form shares for the reports ris and the fact gf of the first.
func (g *evalGen) base(form, typ, lang string, year int, gf goldFact, ris []int, golds []string) *Question {
	q := &Question{Form: form, Type: typ, Lang: lang, Year: year, Gold: golds,
		Indicator: gf.f.Indicator, Kind: gf.f.Kind, Measure: gf.f.Measure}
	for _, ri := range ris {
		r := g.ec.reports[ri]
		p := g.ec.m.Places[r.Place]
		q.Reports = append(q.Reports, r.Ordinal)
		q.Sources = append(q.Sources, r.Source)
		q.Places = append(q.Places, p.Entity())
		q.Cities = append(q.Cities, p.City)
		q.Provinces = append(q.Provinces, p.Province)
	}
	return q
}

// yearQuestion names a place (with its city when its name is shared) and a year.
func (g *evalGen) yearQuestion() *Question {
	ri := g.rng.IntN(len(g.ec.reports))
	gf, ok := g.pickFact(ri)
	if !ok {
		return nil
	}
	r := g.ec.reports[ri]
	p := g.ec.m.Places[r.Place]
	lang := g.lang()
	text := g.phrase(lang, FormYear, gf, g.placeName(lang, p, p.SharesName), r.Year)
	if text == "" {
		return nil
	}
	q := g.base(FormYear, "lookup", lang, r.Year, gf, []int{ri}, []string{gf.gold})
	q.Q = text
	return q
}

// latestQuestion names a place alone; the answer is in its latest report.
func (g *evalGen) latestQuestion() *Question {
	pi := g.rng.IntN(len(g.ec.m.Places))
	ris := g.ec.byPlace[pi]
	if len(ris) == 0 {
		return nil
	}
	ri := ris[len(ris)-1]
	gf, ok := g.pickFact(ri)
	if !ok {
		return nil
	}
	p := g.ec.m.Places[pi]
	lang := g.lang()
	text := g.phrase(lang, FormLatest, gf, g.placeName(lang, p, p.SharesName), 0)
	if text == "" {
		return nil
	}
	q := g.base(FormLatest, "lookup", lang, g.ec.reports[ri].Year, gf, []int{ri}, []string{gf.gold})
	q.Q = text
	return q
}

// ambiguousQuestion names a shared name without its city, for one year and an indicator as many
// of the candidates as possible state; the answer must name every candidate's city and
// province.
func (g *evalGen) ambiguousQuestion() *Question {
	groups := map[string][]int{}
	for i, p := range g.ec.m.Places {
		if p.SharesName {
			groups[p.Entity()] = append(groups[p.Entity()], i)
		}
	}
	names := make([]string, 0, len(groups))
	for n := range groups {
		names = append(names, n)
	}
	sort.Strings(names)
	k := pick(g.rng, names)
	if k < 0 {
		return nil
	}
	cands := groups[names[k]]
	first := g.ec.byPlace[cands[0]]
	year := g.ec.reports[first[g.rng.IntN(len(first))]].Year
	var ris []int
	byKey := map[string][]goldFact{}
	var keys []string
	for _, pi := range cands {
		for _, ri := range g.ec.byPlace[pi] {
			if g.ec.reports[ri].Year != year {
				continue
			}
			ris = append(ris, ri)
			for _, f := range g.facts(ri) {
				gf, ok := g.goldFact(ri, f)
				if !ok {
					continue
				}
				if byKey[factKey(gf.f)] == nil {
					keys = append(keys, factKey(gf.f))
				}
				byKey[factKey(gf.f)] = append(byKey[factKey(gf.f)], gf)
			}
		}
	}
	if len(keys) == 0 {
		return nil
	}
	sort.SliceStable(keys, func(a, b int) bool { return len(byKey[keys[a]]) > len(byKey[keys[b]]) })
	best := keys[:1]
	for _, key := range keys[1:] {
		if len(byKey[key]) == len(byKey[keys[0]]) {
			best = append(best, key)
		}
	}
	gfs := byKey[best[g.rng.IntN(len(best))]]
	lang := g.lang()
	text := g.phrase(lang, FormYear, gfs[0], g.placeName(lang, g.ec.m.Places[cands[0]], false), year)
	if text == "" {
		return nil
	}
	var golds []string
	for _, gf := range gfs {
		golds = append(golds, gf.gold)
	}
	q := g.base(FormAmbiguous, "aggregate", lang, year, gfs[0], ris, golds)
	q.Q = text
	seen := map[string]bool{}
	for i := range q.Cities {
		for _, e := range []string{q.Cities[i], q.Provinces[i]} {
			if !seen[e] {
				seen[e] = true
				q.Entities = append(q.Entities, e)
			}
		}
	}
	return q
}

// compareQuestion compares one indicator across two to four places (of unshared names) in one
// year.
func (g *evalGen) compareQuestion() *Question {
	ri := g.rng.IntN(len(g.ec.reports))
	r := g.ec.reports[ri]
	if g.ec.m.Places[r.Place].SharesName {
		return nil
	}
	gf0, ok := g.pickFact(ri)
	if !ok {
		return nil
	}
	want := factKey(gf0.f)
	peers := g.ec.byYear[r.Year]
	ris, gfs := []int{ri}, []goldFact{gf0}
	n := 2 + g.rng.IntN(3)
	for _, j := range g.rng.Perm(len(peers)) {
		if len(ris) == n {
			break
		}
		pj := peers[j]
		if pj == ri || g.ec.m.Places[g.ec.reports[pj].Place].SharesName {
			continue
		}
		for _, f := range g.facts(pj) {
			if factKey(f) != want {
				continue
			}
			if gf, ok := g.goldFact(pj, f); ok {
				ris, gfs = append(ris, pj), append(gfs, gf)
			}
			break
		}
	}
	if len(ris) < 2 {
		return nil
	}
	lang := g.lang()
	var names []string
	for _, x := range ris {
		names = append(names, g.placeName(lang, g.ec.m.Places[g.ec.reports[x].Place], false))
	}
	text := g.comparePhrase(lang, gf0, names, r.Year)
	if text == "" {
		return nil
	}
	var golds []string
	for _, gf := range gfs {
		golds = append(golds, gf.gold)
	}
	q := g.base(FormCompare, "aggregate", lang, r.Year, gf0, ris, golds)
	q.Q = text
	q.Entities = q.Places
	return q
}

// placeName is how a question names p: "桂川镇", "绍兴市桂川镇", "Guichuan town", "Guichuan
// town in Shaoxing".
func (g *evalGen) placeName(lang string, p Place, withCity bool) string {
	if lang == "zh" {
		if !withCity {
			return p.Entity()
		}
		if g.rng.IntN(2) == 0 {
			return p.City + p.Entity()
		}
		return p.Province + p.City + "的" + p.Entity()
	}
	lvl := map[string]string{"镇": "town", "区": "district"}[p.Level]
	if lvl == "" {
		lvl = "township"
	}
	if g.rng.IntN(3) == 0 {
		lvl = titleCase(lvl)
	}
	name := titleCase(places.Pinyin(p.Name)) + " " + lvl
	if withCity {
		name += " in " + titleCase(places.Pinyin(places.Base(p.City)))
	}
	return name
}

func titleCase(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// english returns an English name of a canonical indicator, "" when it has none.
func english(indicator string) string {
	if ind, ok := facts.Lookup(indicator); ok && len(ind.English) > 0 {
		return ind.English[0]
	}
	return ""
}

// phrase words a question about fact gf of place for year (0: no year) from a random pattern
// of its language, form, kind and measure; "" when there is none.
func (g *evalGen) phrase(lang, form string, gf goldFact, place string, year int) string {
	ind := gf.f.Indicator
	if lang == "en" {
		if ind = english(ind); ind == "" {
			return ""
		}
	}
	pats := questionPatterns[lang+"/"+form+"/"+gf.f.Kind+"/"+gf.f.Measure]
	if len(pats) == 0 {
		return ""
	}
	return fill(pats[g.rng.IntN(len(pats))], place, ind, year)
}

// comparePhrase words a comparison of fact gf's indicator across places in one year.
func (g *evalGen) comparePhrase(lang string, gf goldFact, names []string, year int) string {
	ind := gf.f.Indicator
	var list string
	if lang == "en" {
		if ind = english(ind); ind == "" {
			return ""
		}
		list = strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	} else {
		list = strings.Join(names[:len(names)-1], "、") + "和" + names[len(names)-1]
	}
	pats := questionPatterns[lang+"/"+FormCompare+"/"+gf.f.Kind+"/"+gf.f.Measure]
	if len(pats) == 0 {
		return ""
	}
	return fill(pats[g.rng.IntN(len(pats))], list, ind, year)
}

func fill(pat, place, ind string, year int) string {
	return strings.NewReplacer("{P}", place, "{I}", ind, "{Y}", strconv.Itoa(year)).Replace(pat)
}
