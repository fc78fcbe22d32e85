package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"strings"
)

// reEitherLevel is a question that names two levels as alternatives ("towns or districts",
// "towns and districts", "镇或区", "乡镇和街道"): its scope is both, so it pins no level. Without
// it the first level word alone narrowed the scope, and "which towns or districts aim …" never
// checked the districts' reports.
var reEitherLevel = lazyre.New(`\b(?:towns?|townships?|districts?|count(?:y|ies)|sub-?districts?)\s*(?:or|and|/|,|&)\s*(?:towns?|townships?|districts?|count(?:y|ies)|sub-?districts?)\b|[镇乡区县](?:或者?|和|与|及|、|/)(?:乡镇|镇|乡|区|县|街道)`)

// eitherLevel drops the level a question pinned when it names two levels as alternatives.
func (a *Plan) eitherLevel() {
	if m := reEitherLevel.FindString(a.Norm); m != "" && levelOf(m) {
		a.Level = ""
	}
}

// levelOf reports whether the alternatives name two different levels ("towns or districts",
// not "town or towns").
func levelOf(m string) bool {
	seen := map[string]bool{}
	for i, lw := range levelWords {
		if levelWordRes[i].MatchString(m) {
			seen[lw.level] = true
		}
	}
	for _, r := range []string{"镇", "乡", "区", "县", "街道"} {
		if strings.Contains(m, r) {
			seen[r] = true
		}
	}
	return len(seen) >= 2
}
