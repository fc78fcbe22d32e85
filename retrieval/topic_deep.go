package retrieval

import (
	"slices"

	"github.com/reportbot/reportbot/internal/zh"
)

// List depth: a list judges each report by its first topicDepth passages of the lexical ranking.
// A report whose only sentence on the topic stands in a passage that shares few other words with
// the question ranks it lower, and the list missed the report. The postings tell which passages
// write the topic at all, whatever their rank: a report none of whose ranked passages speaks of
// the topic is judged again with its passages that write the question's own topic word (deep),
// and listed only on a sentence that holds that word whole (deepTopic). Only a topic word that
// at most half of the reports write is looked up so: a wide word (第一, 目标) is in every report,
// and its deeper passages would list reports on what merely shares it.

// deepPassages returns, by index in Reports, the passages allow admits (nil: all) that hold
// every Han bigram of the decisive term's first topic word, in passage order, at most topicDepth
// a report; nil when there is no such word or it is wide.
func (ix *Index) deepPassages(sc *scorer, allow func(int) bool) map[int32][]int {
	w, ok := sc.deepWord()
	if !ok {
		return nil
	}
	all := len(ix.Reports)
	if 2*ix.reportsWriting(w.word, all/2+1) > all {
		return nil
	}
	out := map[int32][]int{}
	for _, d := range ix.passagesInOrderHoldingBigrams(w.word) {
		if rep := ix.chunkReport[d]; (allow == nil || allow(d)) && len(out[rep]) < topicDepth {
			out[rep] = append(out[rep], d)
		}
	}
	return out
}

// deepWord returns the decisive term's first topic word (the question's own wording, cut of
// generic verbs and heads) when it is all Han and two characters or more; not for alternatives,
// any of which may be the topic.
func (sc *scorer) deepWord() (topicWord, bool) {
	if sc.decisive < 0 || sc.anyOf || len(sc.terms[sc.decisive].topics) == 0 {
		return topicWord{}, false
	}
	w := sc.terms[sc.decisive].topics[0]
	rs := []rune(w.word)
	return w, len(rs) >= 2 && zh.AllHan(rs)
}

// deepTopic is reportTopic for a report none of whose ranked passages speaks of the topic, with
// its deep passages (deepPassages) after the ranked ones: evidence only from a sentence that
// holds the topic word whole (topicWord.wholeIn).
func (ix *Index) deepTopic(sc *scorer, lists map[string][]uint64, gate *topicGate, rep int32, ranked []Scored, deep []int) *Evidence {
	w, ok := sc.deepWord()
	if !ok || len(ranked) == 0 {
		return nil
	}
	more := slices.Clone(ranked)
	for _, d := range deep {
		if !slices.ContainsFunc(ranked, func(s Scored) bool { return s.Doc == d }) {
			// After the ranked ones, as the lowest of them: its score only orders ties.
			more = append(more, Scored{Doc: d, Score: ranked[len(ranked)-1].Score})
		}
	}
	if len(more) == len(ranked) {
		return nil
	}
	e := ix.reportTopic(sc, lists, gate, rep, more)
	if e == nil || !w.wholeIn(normalize(e.Lead+e.Sentence)) {
		return nil
	}
	return e
}
