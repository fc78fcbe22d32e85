package retrieval

import (
	"slices"
	"strings"
)

// Building asked for: "Which reports mention building charging facilities?" is not answered by
// a sentence that names charging only as a hazard (电瓶车违规充电), nor "built hospitals" by a
// hospital renamed or rated. A list question whose terms hold a verb of building lists a report
// only when its quoted span also says something is built, in any of the words reports write
// for it (buildWords), whatever the question's topic.

// buildVerbs are the terms (by Term.From) that ask for something to be built. "construction"
// is left out: it is mostly a noun (construction safety, the construction industry).
var buildVerbs = []string{"build", "builds", "building", "built", "construct", "constructs", "constructing",
	"constructed", "新建", "兴建", "修建", "建成"}

// enlargeVerbs ask for something built larger: as alternatives of a verb of building ("building
// or expanding hospitals") they still ask for building, not for anything else.
var enlargeVerbs = []string{"expand", "expands", "expanding", "expanded", "enlarge", "enlarges", "enlarging",
	"enlarged", "extend", "extends", "extending", "extended", "扩建", "改扩建", "改建"}

// buildWords are the words a report says that something is (being) built with: begun, under
// way, its structure finished or topped out (主体结构, 封顶), finished, opened, enlarged.
var buildWords = []string{"建设", "新建", "建成", "兴建", "修建", "扩建", "改建", "筹建", "在建", "续建", "开工",
	"竣工", "投用", "投入使用", "落成", "打造", "建起", "搭建", "主体结构", "封顶"}

// asksBuilding reports whether a plan's terms hold a verb of building that is not one of the
// question's alternatives (by Term.From, alternativeTerms), or alternatives that are all verbs of
// building or enlarging: "the 'toilet revolution' or building/upgrading toilets" also asks for a
// campaign that builds nothing, "building or expanding hospitals" for nothing but building.
func asksBuilding(p Plan, alts map[string]bool) bool {
	builds := func(t Term) bool { return slices.Contains(buildVerbs, strings.ToLower(t.From)) || buildsThing(t.From) }
	if slices.ContainsFunc(p.Terms, func(t Term) bool { return !alts[t.From] && builds(t) }) {
		return true
	}
	// Alternatives that are all verbs of building or enlarging ask for building either way.
	n := 0
	for _, t := range p.Terms {
		switch {
		case !alts[t.From]:
		case builds(t):
			n++
		case !slices.Contains(enlargeVerbs, strings.ToLower(t.From)):
			return false
		}
	}
	return n > 0
}

// saysBuilt reports whether a normalised text says that something is built (buildWords).
func saysBuilt(norm string) bool {
	return slices.ContainsFunc(buildWords, func(w string) bool { return strings.Contains(norm, w) })
}

// buildsThing reports whether a Chinese term is a verb of building and its object (建设污水处理厂,
// 新建幼儿园): the question asks for the thing built, as the English verb does.
func buildsThing(from string) bool {
	for _, v := range []string{"新建", "兴建", "修建", "建成", "建设"} {
		if rest, ok := strings.CutPrefix(from, v); ok && len([]rune(rest)) >= 2 {
			return true
		}
	}
	return false
}
