package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/internal/zh"
)

// Alternatives that share a modifier: "12345热线或平台" asks of the 12345 hotline or the 12345
// platform, not of any platform; "便民服务中心或服务站" of 便民 service centres or 便民 service
// stations, not of any service station. A report that names only the alternative without the
// modifier (临港经济开发区对外开放平台, 退役军人服务站) does not speak of the topic.

// altModifier returns the index in sc.terms of a term of a Chinese question that stands right
// before the first of its alternatives, with nothing between them ("12345" in 12345热线或平台):
// it modifies every alternative. -1 when there is none.
func (sc *scorer) altModifier(p Plan, alts map[string]bool) int {
	if p.Lang != "zh" || len(alts) == 0 {
		return -1
	}
	ps := termSpans(p)
	for i := 0; i+1 < len(ps); i++ {
		a, b := ps[i], ps[i+1]
		if alts[a.from] || !alts[b.from] || a.end != b.start || !orJoined(p, ps[i+1:]) {
			continue
		}
		for k, t := range sc.terms {
			if t.from == a.from && !t.number && !t.qualifier {
				return k
			}
		}
	}
	return -1
}

// modifierHeld reports, for a question whose alternatives share a modifier (altModifier), whether
// a normalised text holds it, and whether that settles the topic: a modifier that is not Chinese
// words (12345, 5G) names the thing itself (“12345”便民服务 is the hotline); a Chinese one
// still needs one of the alternatives. ok is false when the question has no such modifier.
func (sc *scorer) modifierHeld(norm string) (held, enough, ok bool) {
	if sc.modifier < 0 {
		return false, false, false
	}
	m := sc.terms[sc.modifier]
	if !m.holdsTopic(norm) {
		return false, false, true
	}
	return true, !zh.AllHan([]rune(m.from)), true
}

// shareOpening gives the later of two Chinese alternatives the opening its first one has before
// the piece they share (便民服务中心或服务站: 服务站 is 便民服务站): a second alternative that
// repeats a later piece of the first is that piece of the same thing.
func (ix *Index) shareOpening(p Plan, sc *scorer, alts map[string]bool) {
	if p.Lang != "zh" || len(alts) == 0 {
		return
	}
	ps := termSpans(p)
	for i := 0; i+1 < len(ps); i++ {
		a, b := ps[i], ps[i+1]
		if !alts[a.from] || !alts[b.from] || !orJoined(p, ps[i:]) {
			continue
		}
		w := openingShared(a.from, b.from)
		if w == "" {
			continue
		}
		opening := strings.TrimSuffix(w, b.from)
		for k := range sc.terms {
			if sc.terms[k].from != b.from {
				continue
			}
			// Only the wordings that keep the opening: the bare alternative is what it rules out.
			var keep []topicWord
			for _, tw := range ix.questionTopicWords(p, []string{w}) {
				if strings.Contains(tw.word, opening) {
					keep = append(keep, tw)
				}
			}
			sc.terms[k].topics = keep
		}
	}
}

// openingShared returns second with the opening of first before the two characters second
// opens with, when first holds them after an opening of two characters at least and second
// does not already open first (便民服务中心, 服务站 → 便民服务站); else "".
func openingShared(first, second string) string {
	fr, sr := []rune(first), []rune(second)
	if len(sr) < 2 || !zh.AllHan(fr) || !zh.AllHan(sr) || strings.HasPrefix(first, string(sr[:2])) {
		return ""
	}
	i := strings.Index(first, string(sr[:2]))
	if i < 0 || len([]rune(first[:i])) < 2 || len([]rune(first[i:])) <= 2 {
		// Not shared, or the first alternative's last word (集中供热或供热管道: the pipes of
		// heating, not of central heating), which the second qualifies rather than repeats.
		return ""
	}
	return first[:i] + second
}

// orJoined reports whether the first two of spans are joined by 或 (或者, 或是) alone: a list
// with 、 names things of its own, not alternatives of one (瓶装燃气、燃气隐患排查整治).
func orJoined(p Plan, spans []termSpan) bool {
	if len(spans) < 2 || spans[1].start < spans[0].end {
		return false
	}
	return reOrJoin.MatchString(p.Norm[spans[0].end:spans[1].start])
}

// reOrJoin is 或 between two alternatives.
var reOrJoin = lazyre.New(`^\s*(?:或者?|或是)\s*$`)
