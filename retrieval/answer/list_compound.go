package answer

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/retrieval"
)

// An English list topic written as a compound the glossary and the lexicon know only by its parts
// ("smart parking lots", "deep-sea fish farming", "emergency drills") is searched as its parts,
// and a report that writes only one of them (养殖 on land, 应急 with no drill) was listed. The
// reports write such a compound with its parts together or near (深海养殖, 应急预案,强化实战演练).
// When some report in the list does so, the part that is rarer in the reports decides: a report
// whose passage lacks it speaks of the commoner word only and is not listed (养殖 without 深海,
// 应急 without 演练). The commoner part may be left implied: "COVID vaccination" is 疫苗接种
// without 新冠, "unicorn companies" 独角兽 without 企业. When no report writes the compound, the
// parts are all the reports have, and nothing is dropped.
//
// Only a pair the question names plainly counts: each word with a dominant rendering, the
// modifier no verb in -ing ("expanding hospitals" is an action on hospitals, not a kind of
// them), and the two renderings apart (光伏 for both "solar" and "photovoltaic" is one word).

// compoundGap is how many characters may stand between a compound's modifier and its head in a
// report (示范村 0; 应急预案,强化实战演练 7), within one item of an enumeration (not across 、).
const compoundGap = 8

// compoundPair is a modifier and its head: the renderings of two English words side by side.
// coordinated is true when "and" or "or" joins two modifiers of the head.
type compoundPair struct {
	mod, head   []string
	coordinated bool
}

// minFocus is the least share of its heaviest rendering a lexicon word of a compound needs: a
// vague word ("lots": 不少, 停车场, 许多) names no part to look for.
const minFocus = 0.5

// compoundPairs returns the translated words of an English question that stand side by side
// (only a space or a hyphen between them), as modifier and head. Modifiers joined by "and" or
// "or" before one head are alternatives ("vegetable and fruit bases", "deep-sea or offshore fish
// farming": either modifier with the head); a modifier no layer translated adds nothing.
func compoundPairs(a retrieval.Plan) []compoundPair {
	if a.Lang != "en" {
		return nil
	}
	var out []compoundPair
	for i := 1; i < len(a.English); i++ {
		m, h := a.English[i-1], a.English[i]
		if !plainPart(h, false) || !sideBySide(a.Norm, m, h) {
			continue
		}
		var mods []string
		if plainPart(m, true) {
			mods = slices.Clone(m.Chinese)
		} else if m.Layer != retrieval.LayerUntranslated {
			continue
		}
		coord := i >= 2 && coordinated(a.Norm, a.English[i-2], m)
		if coord && plainPart(a.English[i-2], true) {
			mods = append(mods, a.English[i-2].Chinese...)
		}
		if len(mods) > 0 && !overlapping(mods, h.Chinese) {
			out = append(out, compoundPair{mod: mods, head: h.Chinese, coordinated: coord})
		}
	}
	return out
}

// plainPart reports whether an English word may be part of a compound: translated, by the
// glossary or by a dominant lexicon rendering, and, as a modifier, not a verb in -ing.
func plainPart(e retrieval.EnglishTerm, modifier bool) bool {
	switch {
	case len(e.Chinese) == 0 || modifier && strings.HasSuffix(e.Text, "ing"):
		return false
	case e.Layer == retrieval.LayerGlossary:
		return true
	default:
		return e.Layer == retrieval.LayerLexicon && e.Focus >= minFocus
	}
}

// overlapping reports whether a modifier rendering and a head rendering share a word, one
// holding the other (光伏 for "solar" and "photovoltaic"; 厕所革命 and 革命).
func overlapping(mods, heads []string) bool {
	for _, m := range mods {
		for _, h := range heads {
			if strings.Contains(m, h) || strings.Contains(h, m) {
				return true
			}
		}
	}
	return false
}

// reCoordinator is the "and" or "or" between two modifiers of one head.
var reCoordinator = lazyre.New(`^[ ,]*\b(?:and|or)\b[ ,]*$`)

// gapBetween returns what stands between English words m and h of norm, and whether m comes
// before h.
func gapBetween(norm string, m, h retrieval.EnglishTerm) (string, bool) {
	end := m.At + len(m.Text)
	if end > h.At || h.At > len(norm) {
		return "", false
	}
	return norm[end:h.At], true
}

// sideBySide reports whether English words m and h stand next to each other in norm, with only
// a space or a hyphen between them.
func sideBySide(norm string, m, h retrieval.EnglishTerm) bool {
	gap, ok := gapBetween(norm, m, h)
	return ok && gap != "" && strings.Trim(gap, " -") == ""
}

// coordinated reports whether "and" or "or" alone joins English words m and h of norm.
func coordinated(norm string, m, h retrieval.EnglishTerm) bool {
	gap, ok := gapBetween(norm, m, h)
	return ok && reCoordinator.MatchString(gap)
}

// holdsCompound reports whether text writes a rendering of the pair's modifier with a rendering
// of its head after it, at most compoundGap characters on and within one sentence.
func (c compoundPair) holdsCompound(text string) bool {
	for _, m := range c.mod {
		for from := 0; from < len(text); {
			i := strings.Index(text[from:], m)
			if i < 0 {
				break
			}
			i += from
			if c.headNear(text, i, i+len(m)) {
				return true
			}
			from = i + len(m)
		}
	}
	return false
}

// headNear reports whether a head rendering starts at or after start (it may hold the
// modifier's own characters: 停车 in 停车场) and at most compoundGap characters after end.
func (c compoundPair) headNear(text string, start, end int) bool {
	for _, h := range c.head {
		if h == "" {
			continue
		}
		if strings.HasPrefix(text[start:], h) {
			return true
		}
		rest := text[end:]
		j := strings.Index(rest, h)
		gap := compoundGap
		if utf8.RuneCountInString(h) == 1 {
			gap = 1 // one character (村) is part of many words (乡村): only right after the modifier
		}
		if j < 0 || utf8.RuneCountInString(rest[:j]) > gap || strings.ContainsAny(rest[:j], "。;;!!??、") {
			continue
		}
		return true
	}
	return false
}

// dropCompoundApart drops the reports whose passage lacks the rarer part of a compound of the
// question that another listed report's passage writes together (see above).
func dropCompoundApart(a retrieval.Plan, fs []retrieval.Evidence, df func(string) (int, bool)) []retrieval.Evidence {
	for _, c := range compoundPairs(a) {
		if a.AnyOf && !c.coordinated {
			continue // "parking spaces, car parks or parking lanes": one alternative of several
		}
		if !slices.ContainsFunc(fs, func(e retrieval.Evidence) bool { return c.holdsCompound(e.Lead + e.Quote) }) {
			continue
		}
		rareHead, rareMod := rarer(c.head, c.mod, df), rarer(c.mod, c.head, df)
		fs = slices.DeleteFunc(fs, func(e retrieval.Evidence) bool {
			text := e.Lead + e.Quote
			if c.holdsCompound(text) {
				return false
			}
			holds := func(ws []string) bool {
				return slices.ContainsFunc(ws, func(w string) bool { return strings.Contains(text, w) })
			}
			// The rarer part decides: a passage without it speaks of the commoner word only.
			return rareHead && !holds(c.head) || rareMod && !holds(c.mod)
		})
	}
	return fs
}

// rarer reports whether the heaviest of words occurs in fewer passages of the reports than the
// heaviest of others (false when either is unknown).
func rarer(words, others []string, df func(string) (int, bool)) bool {
	if df == nil || len(words) == 0 || len(others) == 0 {
		return false
	}
	a, okA := df(words[0])
	b, okB := df(others[0])
	return okA && okB && a < b
}
