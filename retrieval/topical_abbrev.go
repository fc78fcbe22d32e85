package retrieval

import (
	"regexp"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/facts"
)

// Words run together in a question (城乡居民医保参保人数, 文物保护单位): a report writes the
// same words in order but one of them shortened (文保单位 for 文物保护单位) or spelled out
// (城乡居民基本医疗保险参保 for 城乡居民医保参保), and states a count noun by its figure
// (参保9.3万人 for 参保人数).

// minAbbrevPieces is the number of two-character pieces from which a topic word is read as
// several words run together that a report may shorten or spell out one by one: fewer pieces
// (乡村旅游, 数字经济) are one word, whose shortening (乡旅) would be another word.
const minAbbrevPieces = 3

// countNounUnits are count nouns that may end a run-together topic word, with the unit a report
// states the count in instead (参保人数: 参保9.3万人).
var countNounUnits = map[string]string{"人数": "人", "户数": "户", "个数": "个", "家数": "家", "件数": "件", "次数": "次"}

// runTogetherPattern returns the expression of a topic word of minAbbrevPieces two-character
// pieces or more as its words in order, each a little apart: every piece also spelled out
// (医保 as 医疗保险: each character followed by one more), a final count noun also as a figure
// in its unit (人数 as 9.3万人), and any two neighbouring pieces also shortened to their first
// characters (文物保护 as 文保). "" for a shorter word.
func runTogetherPattern(word string) string {
	ps := evenPieces([]rune(word))
	if len(ps) < minAbbrevPieces {
		return ""
	}
	alts := make([]string, len(ps))
	for i, p := range ps {
		rs := []rune(p)
		alts[i] = regexp.QuoteMeta(p)
		if len(rs) == 2 {
			alts[i] += `|` + regexp.QuoteMeta(string(rs[0])) + clauseRun + regexp.QuoteMeta(string(rs[1])) + clauseRun
		}
		if unit, ok := countNounUnits[p]; ok && i == len(ps)-1 {
			alts[i] += `|\d+(?:\.\d+)?[万千百]?` + unit
		}
		alts[i] = `(?:` + alts[i] + `)`
	}
	const gap = clauseRun + `{0,2}`
	pats := []string{strings.Join(alts, gap)}
	for i := 0; i+1 < len(ps); i++ {
		a, b := []rune(ps[i]), []rune(ps[i+1])
		if len(a) != 2 || len(b) != 2 {
			continue
		}
		short := regexp.QuoteMeta(string(a[0]) + string(b[0]))
		seq := append(append(append([]string{}, alts[:i]...), short), alts[i+2:]...)
		pats = append(pats, strings.Join(seq, gap))
	}
	return strings.Join(pats, "|")
}

// evenPieces splits a word into pieces of two characters, an odd last character joining the
// last piece (as newTopicWord does).
func evenPieces(rs []rune) []string {
	var out []string
	for i := 0; i+1 < len(rs); i += 2 {
		end := i + 2
		if len(rs)-end == 1 {
			end++
		}
		out = append(out, string(rs[i:end]))
	}
	return out
}

// runTogether reports whether a topic word is read as words run together (runTogetherPattern):
// one of minAbbrevPieces pieces or more that is not an indicator's own wording (地区生产总值,
// 一般公共预算收入 are the reports' fixed terms, each a word of its own; a report states such an
// indicator in the wordings the indicator table gives, not by shortening or spelling out its
// pieces one by one).
func runTogether(word string) bool {
	if len(evenPieces([]rune(word))) < minAbbrevPieces {
		return false
	}
	_, indicator := facts.Lookup(word)
	return !indicator
}

// runTogetherChars returns, for each way runTogetherPattern may match a run-together word, the
// characters every match of that way holds: a piece whole or spelled out holds both its
// characters, the shortened pair only their first ones, and a final count noun as a figure only
// its unit (人数: 9.3万人), which is its first character. A text that holds none of these sets
// cannot match.
func runTogetherChars(word string) [][]rune {
	ps := evenPieces([]rune(word))
	need := func(short int) []rune {
		var out []rune
		for i, p := range ps {
			rs := []rune(p)
			_, count := countNounUnits[p]
			if i == short || i == short+1 || count && i == len(ps)-1 {
				rs = rs[:1]
			}
			for _, r := range rs {
				if !slices.Contains(out, r) {
					out = append(out, r)
				}
			}
		}
		return out
	}
	ways := [][]rune{need(-2)}
	for i := 0; i+1 < len(ps); i++ {
		if len([]rune(ps[i])) == 2 && len([]rune(ps[i+1])) == 2 {
			ways = append(ways, need(i))
		}
	}
	return ways
}
