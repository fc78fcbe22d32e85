package answer

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"strconv"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/retrieval"
)

// The time frame of English answers: the year a figure is for (from its sentence, its section's
// headings, the report's profile) and which part of the report a passage is from.

// yearRE matches a year as reports write it (2023年).
var yearRE = lazyre.New(`(?:19|20)\d\d年`)

// onlyYear is the one year s names ("2023年…"), 0 when it names none or several.
func onlyYear(s string) int {
	y := 0
	for _, m := range yearRE.FindAllString(s, -1) {
		n, _ := strconv.Atoi(m[:4])
		if y != 0 && n != y {
			return 0
		}
		y = n
	}
	return y
}

// factYear is the year a fact's figure is for: the year its sentence names, else the year of
// its section's heading, else (for a target) the report's year; 0 when unknown.
func factYear(f corpus.Fact, res retrieval.Result, hit corpus.Chunk, r corpus.Report) int {
	if y := onlyYear(f.Sentence); y > 0 {
		return y
	}
	c, ok := res.Passage(f.ChunkID)
	if !ok && hit.ID == f.ChunkID {
		c, ok = hit, true
	}
	if ok {
		if y := sectionYear(c.Section); y > 0 {
			return y
		}
	}
	if f.Kind == corpus.KindTarget {
		return r.Year
	}
	return 0
}

// sectionYear is the year the innermost heading naming one speaks of (0: none does).
func sectionYear(section []string) int {
	for i := len(section) - 1; i >= 0; i-- {
		if y := onlyYear(section[i]); y > 0 {
			return y
		}
	}
	return 0
}
