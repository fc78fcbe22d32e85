package scale

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/data"
	"github.com/reportbot/reportbot/internal/places"
)

// A decade corpus ("a province's decade") holds the same places over several years: every place
// is one of the bundled reports (its template) re-labelled with a synthesised name and moved to a
// gazetteer city; each year's report writes its year consistently (headings, 今年 sentences,
// "预计2023年", dates: every year the template names is shifted by the same amount) and states
// its own perturbed figures. Some places share a name with a place in another city, and every
// report names its city and province, so that a profile can tell them apart.
//
// Places are laid out in cohorts of nine (one per bundled report, in page order); a page holds
// one cohort's reports of one year and is named decade-cNNN-YYYY.txt.

// Manifest is what a decade corpus holds: its places and, for every report, where it is.
type Manifest struct {
	// Places are the places in cohort order (place i is report i%9+1 of cohort i/9's pages).
	Places []Place `json:"places"`
	// Reports are the reports in file order, then report order.
	Reports []Report `json:"reports"`
	// Paths are the files written, in order.
	Paths []string `json:"paths"`
}

// Place is one synthesised place.
type Place struct {
	// Name is the place's name without its level ("桂川"); Level is 镇 or 区.
	Name  string `json:"name"`
	Level string `json:"level"`
	// City and Province are the gazetteer city and province the place's reports name.
	City     string `json:"city"`
	Province string `json:"province"`
	// Template is the bundled report (1-based) the place's reports are made from.
	Template int `json:"template"`
	// SharesName is true when another place of the corpus has the same name and level.
	SharesName bool `json:"shares_name,omitempty"`
}

// Entity returns the place's full name ("桂川镇").
func (p Place) Entity() string { return p.Name + p.Level }

// Report is one report of a decade corpus.
type Report struct {
	// Source is the file's base name; Ordinal the report's 1-based position in it.
	Source  string `json:"source"`
	Ordinal int    `json:"ordinal"`
	// Place indexes Manifest.Places; Year is the year the report speaks of.
	Place int `json:"place"`
	Year  int `json:"year"`
}

// Decade defaults.
const (
	// DefaultYears is the number of years a place's reports span by default.
	DefaultYears = 10
	// DefaultLastYear is the latest year by default: the bundled reports' own year.
	DefaultLastYear = 2023
	templateYear    = 2023
)

// decadeCities are the gazetteer's prefecture-level cities (parent a province) whose short name
// stands for that city alone, sorted, so that a city named in a generated report profiles as
// itself.
var decadeCities = func() []places.Place {
	var out []places.Place
	for _, n := range places.Names() {
		p, ok := places.Lookup(n)
		if !ok || p.Level != "市" || p.Parent == "" {
			continue
		}
		if par, ok := places.Lookup(p.Parent); !ok || par.Level != "省" || strings.HasSuffix(par.Name, "市") {
			continue
		}
		if len(places.LookupAll(places.Base(n))) != 1 || strings.Contains(string(data.Corpus), places.Base(n)) {
			continue
		}
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}()

// template is one bundled report as a decade corpus uses it.
type template struct {
	span
	level string
	// home are the gazetteer places of the report's own city (the city, its province, and the
	// districts and counties under it) that its text names, full names.
	home []places.Place
	city string
	prov string
}

// templates profiles the bundled reports.
func templates() ([]template, error) {
	spans, profiles, err := parseBundled(data.Corpus)
	if err != nil {
		return nil, err
	}
	var out []template
	for i, s := range spans {
		r := profiles[i]
		t := template{span: s, level: r.Level, city: r.City, prov: r.Province}
		for name := range places.FindIn(string(data.Corpus[s.start:s.end])) {
			p, ok := places.Lookup(name)
			if !ok {
				continue
			}
			if name == r.City || name == r.Province || p.Parent == r.City && r.City != "" {
				t.home = append(t.home, p)
			}
		}
		sort.Slice(t.home, func(i, j int) bool { return t.home[i].Name < t.home[j].Name })
		out = append(out, t)
	}
	return out, nil
}

// Plan returns the manifest of the decade corpus opts describes, without writing anything;
// Paths holds the file names the corpus would have under dir.
func Plan(dir string, opts Options) (*Manifest, error) {
	tpls, err := templates()
	if err != nil {
		return nil, err
	}
	return plan(dir, opts, tpls)
}

func plan(dir string, opts Options, tpls []template) (*Manifest, error) {
	years, last := opts.years()
	if opts.Places < 1 || years < 1 {
		return nil, errors.New("scale: a decade corpus needs Places and Years of at least 1")
	}
	if opts.SameName < 0 || opts.SameName > 1 {
		return nil, errors.New("scale: SameName is a share between 0 and 1")
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x9e3779b97f4a7c15))
	names := newNamer(string(data.Corpus))
	m := &Manifest{}
	byLevel := map[string][]int{}
	for i := range opts.Places {
		t := i % len(tpls)
		p := Place{Level: tpls[t].level, Template: t + 1}
		c := decadeCities[rng.IntN(len(decadeCities))]
		p.City, p.Province = c.Name, c.Parent
		// Only places of earlier cohorts lend their name: a page never holds two places of one
		// name (ingest takes a name common to a page's reports for a common word).
		prev := byLevel[p.Level]
		for len(prev) > 0 && prev[len(prev)-1]/len(tpls) == i/len(tpls) {
			prev = prev[:len(prev)-1]
		}
		if len(prev) > 0 && rng.Float64() < opts.SameName {
			// Share the name of an earlier place, in a city no place of that name is in.
			j := prev[rng.IntN(len(prev))]
			p.Name = m.Places[j].Name
			for k := i - i%len(tpls); k < i; k++ {
				if m.Places[k].Name == p.Name {
					p.Name = ""
				}
			}
		}
		if p.Name != "" {
			for taken := citiesNamed(m.Places, p.Name, p.Level); taken[p.City]; {
				c = decadeCities[rng.IntN(len(decadeCities))]
				p.City, p.Province = c.Name, c.Parent
			}
		} else {
			p.Name = names.next(rng)
		}
		byLevel[p.Level] = append(byLevel[p.Level], i)
		m.Places = append(m.Places, p)
	}
	count := map[string]int{}
	for _, p := range m.Places {
		count[p.Entity()]++
	}
	for i := range m.Places {
		m.Places[i].SharesName = count[m.Places[i].Entity()] > 1
	}
	for c := 0; c*len(tpls) < len(m.Places); c++ {
		for y := last - years + 1; y <= last; y++ {
			name := fmt.Sprintf("decade-c%03d-%d.txt", c, y)
			m.Paths = append(m.Paths, filepath.Join(dir, name))
			for k := 0; k < len(tpls) && c*len(tpls)+k < len(m.Places); k++ {
				m.Reports = append(m.Reports, Report{Source: name, Ordinal: k + 1, Place: c*len(tpls) + k, Year: y})
			}
		}
	}
	return m, nil
}

func citiesNamed(ps []Place, name, level string) map[string]bool {
	out := map[string]bool{}
	for _, p := range ps {
		if p.Name == name && p.Level == level {
			out[p.City] = true
		}
	}
	return out
}

func (o Options) years() (n, last int) {
	n, last = o.Years, o.LastYear
	if n == 0 {
		n = DefaultYears
	}
	if last == 0 {
		last = DefaultLastYear
	}
	return n, last
}

// GenerateDecade writes the decade corpus opts describes (opts.Places places, opts.Years years
// ending at opts.LastYear, a share opts.SameName of places named like another) into dir and
// returns its manifest.
func GenerateDecade(dir string, opts Options) (*Manifest, error) {
	tpls, err := templates()
	if err != nil {
		return nil, err
	}
	m, err := plan(dir, opts, tpls)
	if err != nil {
		return nil, err
	}
	err = m.pages(opts, tpls, func(path string, page []byte) error {
		return os.WriteFile(path, page, 0o644)
	})
	if err != nil {
		return nil, fmt.Errorf("scale: %w", err)
	}
	return m, nil
}

// pages builds every page of the manifest, in order, and hands it to emit.
func (m *Manifest) pages(opts Options, tpls []template, emit func(path string, page []byte) error) error {
	// Every place keeps one synthesised district name for the districts of its city the template
	// names (吴江区 → 桂川区), drawn after the place names so that they never collide.
	names := newNamer(string(data.Corpus))
	for _, p := range m.Places {
		names.used[p.Name], names.used["py:"+places.PinyinBase(p.Name)] = true, true
	}
	drng := rand.New(rand.NewPCG(opts.Seed, 0x51ed270b27f1a3c9))
	districts := make([]string, len(m.Places))
	for i := range districts {
		districts[i] = names.next(drng)
	}
	text := string(data.Corpus)
	next := 0
	for _, path := range m.Paths {
		var b strings.Builder
		b.Grow(len(text) + len(text)/10)
		prev, year, n := 0, 0, 0
		for ; next < len(m.Reports) && m.Reports[next].Source == filepath.Base(path); next++ {
			r := m.Reports[next]
			year, n = r.Year, n+1
			t := tpls[r.Ordinal-1]
			b.WriteString(text[prev:t.start])
			p := m.Places[r.Place]
			b.WriteString(subtitle(p))
			rng := rand.New(rand.NewPCG(opts.Seed, uint64(r.Place)<<16|uint64(r.Year)))
			b.WriteString(perturb(relocate(text[t.start:t.end], t, p, districts[r.Place]), rng))
			prev = t.end
		}
		if n == len(tpls) {
			b.WriteString(text[prev:]) // a full cohort keeps the page's footer
		}
		if err := emit(path, []byte(shiftYears(b.String(), year-templateYear))); err != nil {
			return err
		}
	}
	return nil
}

// subtitle is the line under a report's heading that names its place in full, as published
// reports do ("——在绍兴市桂川镇第十八届人民代表大会第三次会议上"); it names the city twice so
// that the city outweighs other cities the template mentions in passing.
func subtitle(p Place) string {
	return "\n\n      ——在" + p.City + p.Entity() + "人民代表大会会议上\n\n      " +
		p.Province + p.City + p.Entity() + "人民政府"
}

// relocate renames a template report's place to p and moves it to p's city and province: the
// template's city and province become p's, the districts of its city become district.
func relocate(part string, t template, p Place, district string) string {
	if strings.EqualFold(t.base, "xx") || strings.EqualFold(t.base, "xxx") {
		part = replaceWithheld(part, p.Name)
	} else if t.base != "" {
		part = strings.ReplaceAll(part, t.base, p.Name)
	}
	city, _ := places.Lookup(p.City)
	prov, _ := places.Lookup(p.Province)
	var full, short []string
	for _, h := range t.home {
		var to places.Place
		switch {
		case h.Name == t.city:
			to = city
		case h.Name == t.prov:
			to = prov
		default:
			to = places.Place{Name: district + strings.TrimPrefix(h.Name, places.Base(h.Name))}
		}
		full = append(full, h.Name, to.Name)
		if b := places.Base(h.Name); b != h.Name && len([]rune(b)) >= 2 {
			short = append(short, b, places.Base(to.Name))
		}
	}
	if len(full) == 0 {
		return part
	}
	return strings.NewReplacer(append(full, short...)...).Replace(part)
}

// shiftYears adds delta to every year s names: "2023年", "2023-12-09" (four digits from 2000 to
// 2039 that are not part of a longer number or a decimal).
func shiftYears(s string, delta int) string {
	if delta == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prev := 0
	for i := 0; ; {
		j := strings.Index(s[i:], "20")
		if j < 0 {
			break
		}
		i += j
		if isYearAt(s, i) {
			y, _ := strconv.Atoi(s[i : i+4])
			b.WriteString(s[prev:i])
			b.WriteString(strconv.Itoa(y + delta))
			prev = i + 4
			i += 4
			continue
		}
		i++
	}
	b.WriteString(s[prev:])
	return b.String()
}

// isYearAt tells whether s names a year at i: "20" and two digits (the first 0 to 3), not after
// a digit or a decimal point, followed by 年 or by "-MM-".
func isYearAt(s string, i int) bool {
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	if i+4 > len(s) || s[i+2] < '0' || s[i+2] > '3' || !digit(s[i+3]) {
		return false
	}
	if i > 0 && (digit(s[i-1]) || s[i-1] == '.') {
		return false
	}
	rest := s[i+4:]
	return strings.HasPrefix(rest, "年") ||
		len(rest) >= 4 && rest[0] == '-' && (rest[1] == '0' || rest[1] == '1') && digit(rest[2]) && rest[3] == '-'
}
