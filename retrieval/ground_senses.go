package retrieval

import "slices"

// A vague lexicon word ("courtyards": 大院, 院落, 院; "file": 档案, 文件) weighs little in a
// question by its focus, the share of its heaviest rendering: which sense the question means is
// unknown, so no one rare rendering may decide it. A sentence that holds one of its renderings
// has resolved the sense: there the word weighs as a focused word would, by the specificity of
// the rendering held times the word's credit, in proportion to how fully the sentence holds it.
// Otherwise a wrong but focused rendering of another word ("venues": 场馆 beside 闲散院落及九小
// 场所) outweighs the word the sentence does answer, and a sentence that holds the question's
// subject is judged weak. A common rendering resolves nothing: one less specific than a token
// no passage holds (项目 of "events", 手 of "hand") is what many sentences hold by chance.
// The words decisive for the question stay in the measure whatever the sentence resolves.

// minHeld is how many of the question's words a sentence must hold (in part at least) for the
// senses it resolves to count: a single word held in one of its senses is what a sentence
// matches by chance ("What was the birth rate…": 完成全年目标进度132%).
const minHeld = 2

// heldWording is a wording of a concept a sentence holds as whole words (zh.Tokens of the
// sentence, not characters that run across two words: 地和 of 基地和): its specificity and the
// credited share of its tokens held.
type heldWording struct {
	spec, cov float64
}

// weight is how much the held wording would weigh for a fully credited word.
func (h heldWording) weight() float64 { return h.spec * h.cov }

// resolveSenses re-weighs the concepts for the sentence they were measured against (Covered
// and held set): a trusted lexicon word held as whole words through a rendering at least bar
// specific (unknownShare of the highest IDF) weighs by that rendering, and the decisive words
// are drawn again from the new weights. Nothing is re-weighed while a decisive word nothing
// translates is missing from the sentence ("scholarships" beside 基地和, where "hand" has a
// rendering 地和), nor when the sentence holds fewer than minHeld of the question's words. It
// returns which concepts were decisive for the question itself.
func resolveSenses(cs []Concept, bar float64) []bool {
	asked := make([]bool, len(cs))
	for i, c := range cs {
		asked[i] = c.Decisive
	}
	if slices.ContainsFunc(cs, func(c Concept) bool { return c.Decisive && c.Layer == LayerUntranslated && c.Covered == 0 }) {
		return asked // the question turns on a word the sentence lacks, whatever else it holds
	}
	held := 0
	for _, c := range cs {
		if c.Covered > 0 {
			held++
		}
	}
	if held < minHeld {
		return asked // one word in a common sense (进度 of "rate", 本届 of "current") is chance
	}
	top := 0.0
	for i := range cs {
		c := &cs[i]
		if c.Layer == LayerLexicon && !c.Unsure && c.held.spec >= bar {
			c.Weight = max(c.Weight, c.held.weight()*c.Credit)
		}
		top = max(top, c.Weight)
	}
	for i := range cs {
		cs[i].Decisive = cs[i].Weight >= decisiveShare*top
	}
	return asked
}
