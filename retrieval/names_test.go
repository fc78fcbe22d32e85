package retrieval

import (
	"sort"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/data"
	"github.com/reportbot/reportbot/internal/zh"
)

func TestZhNamesCorpusDump(t *testing.T) {
	seen := map[string]int{}
	for _, line := range strings.Split(string(data.Corpus), "\n") {
		for _, s := range zh.Sentences(line) {
			for _, n := range zhNames(zh.Normalize(s), nil, nil) {
				seen[n]++
			}
		}
	}
	var names []string
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	t.Log(len(names), names)
}
