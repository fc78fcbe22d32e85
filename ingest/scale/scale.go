// Package scale generates larger corpora from the bundled one, for benchmarks at scale. Copies
// mode (Options.Copies) repeats the bundled page with its nine reports re-labelled with
// synthesised place names (replacing each report's own entity name, or the "xx" of a report that
// withholds it) and its figures perturbed, so that every copy's reports and facts are distinct.
// Decade mode (Options.Places, see GenerateDecade) writes the same places over several years,
// with consistent years, figures that change every year, and same-named places in different
// cities; EvalSet writes questions with known answers over it. Output is deterministic for a
// seed, written to a directory the caller chooses (a temporary one); it is never committed.
package scale

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/data"
	"github.com/reportbot/reportbot/ingest"
	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/places"
)

// Options configure Generate.
type Options struct {
	// Copies is the number of pages written (100 for a corpus 100× the bundled one).
	Copies int
	// Seed makes the names and figures reproducible.
	Seed uint64
	// KeepOriginal writes the bundled page unchanged as the first copy, under its own name, so
	// that questions about the bundled reports still have their answers at scale.
	KeepOriginal bool

	// Places, when positive, selects a decade corpus instead of copies (see Manifest): that many
	// places, each with a report for each of Years years (DefaultYears when 0) ending at
	// LastYear (DefaultLastYear when 0). Copies and KeepOriginal are then ignored.
	Places   int
	Years    int
	LastYear int
	// SameName is the share (0 to 1) of places of a decade corpus that take the name of an
	// earlier place of the same level, in another city.
	SameName float64
}

// Generate writes opts.Copies pages into dir, or the decade corpus when opts.Places is positive
// (see GenerateDecade), and returns their paths.
func Generate(dir string, opts Options) ([]string, error) {
	if opts.Places > 0 {
		m, err := GenerateDecade(dir, opts)
		if err != nil {
			return nil, err
		}
		return m.Paths, nil
	}
	if opts.Copies < 1 {
		return nil, errors.New("scale: Copies must be at least 1")
	}
	spans, err := reportSpans(data.Corpus)
	if err != nil {
		return nil, err
	}
	names := newNamer(string(data.Corpus))
	var paths []string
	for i := range opts.Copies {
		var page []byte
		name := fmt.Sprintf("scale-%03d.txt", i)
		if i == 0 && opts.KeepOriginal {
			page, name = data.Corpus, data.CorpusName
		} else {
			rng := rand.New(rand.NewPCG(opts.Seed, uint64(i)+1))
			page = relabel(data.Corpus, spans, names, rng)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, page, 0o644); err != nil {
			return nil, fmt.Errorf("scale: %w", err)
		}
		paths = append(paths, p)
	}
	return paths, nil
}

// span is one report's bytes in the page and the name that report goes by in its text ("盛泽",
// or "xx" when the name is withheld).
type span struct {
	start, end int
	base       string
}

// reportSpans finds each report of the bundled page (by its heading, as ingest splits it) and the
// base of its entity (as ingest profiles it).
func reportSpans(page []byte) ([]span, error) {
	spans, _, err := parseBundled(page)
	return spans, err
}

// parseBundled returns the spans of the bundled page's reports and their profiles.
func parseBundled(page []byte) ([]span, []corpus.Report, error) {
	doc, err := ingest.ReadBytes(data.CorpusName, page)
	if err != nil {
		return nil, nil, fmt.Errorf("scale: %w", err)
	}
	p, err := ingest.Parse(doc, data.CorpusName, ingest.DefaultChunkChars)
	if err != nil {
		return nil, nil, fmt.Errorf("scale: %w", err)
	}
	text := string(page)
	var out []span
	from := 0
	for _, r := range p.Reports {
		i := strings.Index(text[from:], r.Title)
		if r.Title == "" || i < 0 {
			return nil, nil, fmt.Errorf("scale: heading of report %d not found", r.Report)
		}
		start := from + i + len(r.Title)
		if n := len(out); n > 0 {
			out[n-1].end = from + i
		}
		out = append(out, span{start: start, end: len(text), base: places.Base(r.Entity)})
		from = start
	}
	return out, p.Reports, nil
}

// reFigure matches a figure with its unit; years ("2023年") and heading numbers have none.
var reFigure = regexp.MustCompile(`([0-9]+(?:\.[0-9]+)?)([%％亿万千元个家项亩吨人户所条座台辆次名倍套栋件公平])`)

// relabel returns a copy of page with every report renamed and its figures perturbed.
func relabel(page []byte, spans []span, names *namer, rng *rand.Rand) []byte {
	text := string(page)
	var b strings.Builder
	b.Grow(len(text) + len(text)/20)
	prev := 0
	for _, s := range spans {
		b.WriteString(text[prev:s.start])
		part := text[s.start:s.end]
		name := names.next(rng)
		if strings.EqualFold(s.base, "xx") || strings.EqualFold(s.base, "xxx") {
			part = replaceWithheld(part, name)
		} else if s.base != "" {
			part = strings.ReplaceAll(part, s.base, name)
		}
		b.WriteString(perturb(part, rng))
		prev = s.end
	}
	b.WriteString(text[prev:])
	return []byte(b.String())
}

// replaceWithheld replaces each withheld name ("xx", "XX", "xxx": two or three x's that are not
// part of a Latin word) with name.
func replaceWithheld(s, name string) string {
	var b strings.Builder
	isX := func(c byte) bool { return c == 'x' || c == 'X' }
	isLetter := func(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
	for i := 0; i < len(s); {
		if !isX(s[i]) {
			b.WriteByte(s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && isX(s[j]) {
			j++
		}
		if n := j - i; n >= 2 && n <= 3 && (i == 0 || !isLetter(s[i-1])) && (j == len(s) || !isLetter(s[j])) {
			b.WriteString(name)
		} else {
			b.WriteString(s[i:j])
		}
		i = j
	}
	return b.String()
}

// perturb scales every figure by a random factor between 0.6 and 1.4 (never 1), keeping its
// number of decimals, so that copies of one report state different values.
func perturb(s string, rng *rand.Rand) string {
	return reFigure.ReplaceAllStringFunc(s, func(m string) string {
		sub := reFigure.FindStringSubmatch(m)
		num, unit := sub[1], sub[2]
		v, err := strconv.ParseFloat(num, 64)
		if err != nil {
			return m
		}
		decimals := 0
		if i := strings.IndexByte(num, '.'); i >= 0 {
			decimals = len(num) - i - 1
		}
		step := math.Pow(10, -float64(decimals))
		f := 0.05 + 0.35*rng.Float64()
		if rng.IntN(2) == 0 {
			f = -f
		}
		nv := math.Round(v*(1+f)/step) * step
		if nv == v || nv <= 0 {
			nv = v + step
		}
		return strconv.FormatFloat(nv, 'f', decimals, 64) + unit
	})
}

// namePool holds characters common in Chinese place names; none of them is a level word or a
// function word that ingest's place finder treats as a boundary.
const namePool = "安宝碧滨昌辰澄川春淳丹道德定渡方丰芙福阜岗高歌官冠广桂禾和鹤恒红洪虹华槐徽吉佳嘉蛟锦晋景靖静君开康兰澜朗黎莲良林岭柳龙隆芦鹿罗洛茂梅蒙鸣宁埔浦栖祁旗黔桥青庆秋泉仁荣瑞润尚邵深石顺泗松苏泰棠桃亭桐潼湾皖旺渭汶梧溪霞仙湘祥翔星兴秀旭轩雅延杨姚宜益银英营涌攸榆玉裕源岳云泽樟漳昭肇枝芝舟珠竹庄梓紫遵"

// namer hands out two-character place names that the bundled corpus does not contain, that are
// not in the gazetteer, and whose pinyin differs from every name handed out before.
type namer struct {
	pool   []rune
	corpus string
	used   map[string]bool
}

func newNamer(corpus string) *namer {
	return &namer{pool: []rune(namePool), corpus: corpus, used: map[string]bool{}}
}

func (n *namer) next(rng *rand.Rand) string {
	for {
		name := string([]rune{n.pool[rng.IntN(len(n.pool))], n.pool[rng.IntN(len(n.pool))]})
		py := places.PinyinBase(name)
		if py == "" || n.used[name] || n.used["py:"+py] || strings.Contains(n.corpus, name) || len(places.LookupAll(name)) > 0 {
			continue
		}
		n.used[name], n.used["py:"+py] = true, true
		return name
	}
}
