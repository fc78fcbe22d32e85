package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
)

// A list question that asks which of the reports' figures is bigger, the biggest or in what
// order ("…, and which one is bigger?", "哪个更多?", "按规模从大到小排列") compares figures: only
// a report that states one answers it, and its evidence is the sentence that states it
// (Plan.AsksFigure). A report that speaks of the topic without a figure is a near miss.

// reEnWhichMore is an English question's ask for the bigger, biggest or the order of figures.
// "More" or "fewer" followed by "than" states a threshold instead ("which reports handled more
// than 100 suggestions").
var reEnWhichMore = lazyre.New(`\bwhich (?:[a-z'\-]+ ){0,2}(?:the )?(?:bigger|larger|greater|higher|more|most|biggest|largest|greatest|highest|lower|lowest|smaller|smallest|fewer|fewest|least)\b( than\b)?|\b(?:rank|order) them\b|\bfrom (?:largest|biggest|highest|smallest|lowest) to\b`)

// reZhWhichMore is a Chinese question's ask for the bigger, biggest or the order of figures.
var reZhWhichMore = lazyre.New(`哪(?:个|家|份|里|些)?(?:更|最)(?:多|大|高|少|小|低)|从(?:大到小|小到大|高到低|低到高|多到少|少到多)|排(?:列|序|名)`)

// asksMagnitude reports whether a question compares the reports' figures by size.
func (p Plan) asksMagnitude() bool {
	switch p.Lang {
	case "zh":
		return reZhWhichMore.MatchString(p.Norm)
	case "en":
		for _, m := range reEnWhichMore.FindAllStringSubmatchIndex(p.Norm, -1) {
			if m[2] < 0 {
				return true
			}
		}
	}
	return false
}

// placesOnly reports whether every full-weight term of a question is one of its places ("Which
// towns are in Wujiang?"), so that a list is scoped to the reports that name them.
func placesOnly(a Plan) bool {
	for _, t := range a.Terms {
		if t.Weight >= 1 && !slices.Contains(a.Places, t.From) {
			return false
		}
	}
	return true
}
