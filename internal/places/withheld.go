package places

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"strings"
)

// reWithheldBase is a name a publisher put in place of the real one: xx, XXX, ××, 某, ***, ○○.
var reWithheldBase = lazyre.New(`^(?i:x{1,3}|××|某|\*+|○+)$`)

// levelSuffixes are the level words a place name may end in, longest first where one ends
// another (自治区 before 区).
var levelSuffixes = []string{"街道", "自治区", "镇", "乡", "区", "县", "市", "省"}

// LevelSuffix returns the level word a place name ends in (镇, 街道, 自治区, …; levelSuffixes),
// "" when it ends in none or is only a level word.
func LevelSuffix(name string) string {
	for _, l := range levelSuffixes {
		if strings.HasSuffix(name, l) && len(name) > len(l) {
			return l
		}
	}
	return ""
}

// Withheld reports whether a place name, with or without its level word, is one the publisher
// withheld: "xx区", "XX镇", "某县", "××" (and "", which names nothing). Ingest
// and retrieval use it to keep such names out of place matching; answers label them by city.
func Withheld(name string) bool {
	base := strings.TrimSuffix(name, LevelSuffix(name))
	return base == "" || reWithheldBase.MatchString(base)
}
