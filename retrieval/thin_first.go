package retrieval

// A how-much question's first hits may quote a sentence that states some figure but holds
// little of the question (紧扣“一体化”和“高质量”两个关键… for "盛泽镇今年版权登记受理量的目标是多少
// 件?", found by its 目标 alone) while the sentence that answers is a hit or two further down
// (年受理版权登记量不少于2000件). Search reads further hits when the first best states no fitting
// figure; thinFirst also reads them when it states one but covers too little to answer.

// thinCoverage is the coverage under which the first hits' best sentence is too thin to
// answer a how-much question when a deeper sentence covers at least thinGain times as much:
// below the answer package's grounding share (0.35), so such a quote would be declined as weak.
const (
	thinCoverage = 0.3
	thinGain     = 2
)

// thinFirst reports whether d, the best sentence of the deeper hits, should replace b, the
// first hits' best, for a how-much question: b covers under thinCoverage, d is in the asked
// time frame, states a figure of the kind asked and covers at least thinGain times as much.
func thinFirst(sc *scorer, b, d Evidence) bool {
	return sc.want.asks && b.Coverage < thinCoverage && !d.OffFrame && d.Figure && d.Coverage >= thinGain*b.Coverage
}

// thinDeeper returns the deeper hits' best sentence (read by deeper) when it should replace b,
// the first hits' best (thinFirst), and ok false otherwise, so that Search goes on to its other
// readings of deeper hits (otherFrameFirst) for a thin b that no deeper figure replaces. eligible
// says whether b was found within fewer hits than deeper reads; deeper is called only when b is
// thin enough to give way.
func (sc *scorer) thinDeeper(eligible bool, b Evidence, deeper func() (Evidence, bool)) (Evidence, bool) {
	if !eligible || !sc.want.asks || b.Coverage >= thinCoverage {
		return Evidence{}, false
	}
	d, ok := deeper()
	if !ok || !thinFirst(sc, b, d) {
		return Evidence{}, false
	}
	return d, true
}
