package facts

import (
	"fmt"
	"github.com/reportbot/reportbot/internal/lazyre"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
)

// Cues that decide whether a sentence states a target or an actual. Strong cues decide alone;
// the section heading comes next; weak cues only when nothing else speaks. 争取 is weak: in a
// review it means "secured" (争取上级资金5亿元).
var (
	// doneTarget is "完成(全年)目标(任务)": an achievement, not a plan.
	doneTarget   = lazyre.New(`(?:超额)?完成了?(?:全年|年度|年初)?(?:各项|既定|确定的?)?(?:目标|计划)(?:任务)?(?:进度)?`)
	strongTarget = lazyre.New(`预期目标|主要预期|主要目标|目标任务|目标(?:是|为)|为目标|力争|确保(?:[^了]|$)`)
	strongActual = lazyre.New(`同比|比上年|较上年|比去年|较去年|上年同期|去年同期|截至|截止|年初以来|今年以来|一年来|过去一年|过去的一年|` +
		`\d+\s*(?:-|—|–|~|至)\s*\d+\s*月|全年预计|预计全年|预计.{0,12}?(?:完成|实现|达到)`)
	weakTarget = lazyre.New(`将|要|计划|拟|明年|年底|力求|努力|争取`)
	weakActual = lazyre.New(`完成|实现|达到|全年|去年|上年|已经|已`)

	reviewHeading = lazyre.New(`回顾|过去|一年来|这一年|五年来|上年|去年`)
	planHeading   = lazyre.New(`安排|任务|目标|展望|计划|思路|打算|部署|做好|今年|明年|重点工作|工作重点`)
)

// sectionKind reads the heading path from the innermost heading out; the first heading with a
// clear cue decides. A heading naming the year after the report's year is a plan.
func sectionKind(section []string, year int) string {
	for i := len(section) - 1; i >= 0; i-- {
		h := strings.ToLower(section[i])
		review := reviewHeading.MatchString(h)
		plan := planHeading.MatchString(h)
		if year > 0 && strings.Contains(h, fmt.Sprintf("%d年", year+1)) {
			plan = true
		}
		switch {
		case review && !plan:
			return corpus.KindActual
		case plan && !review:
			return corpus.KindTarget
		}
	}
	return ""
}

// strongKind returns the kind a sentence's own strong cues give, or "".
func strongKind(s string, year int) string {
	done := doneTarget.MatchString(s)
	s = doneTarget.ReplaceAllString(s, "")
	if strongTarget.MatchString(s) {
		return corpus.KindTarget
	}
	if done || strongActual.MatchString(s) {
		return corpus.KindActual
	}
	if year > 0 && strings.Contains(s, fmt.Sprintf("预计%d年", year)) {
		return corpus.KindActual
	}
	return ""
}

// weakKind returns the kind the sentence's weak cues give, or "".
func weakKind(s string, year int) string {
	if weakTarget.MatchString(s) || year > 0 && strings.Contains(s, fmt.Sprintf("%d年", year+1)) {
		return corpus.KindTarget
	}
	if weakActual.MatchString(s) {
		return corpus.KindActual
	}
	return ""
}
