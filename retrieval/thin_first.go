package retrieval

// A how-much question's first hits may quote a sentence that states some figure but holds
// little of the question (紧扣“一体化”和“高质量”两个关键… for "盛泽镇今年版权登记受理量的目标是多少
// 件?", found by its 目标 alone) while the sentence that answers is a hit or two further down
// (年受理版权登记量不少于2000件). Search reads further hits when the first best states no fitting
// figure; thinFirst also reads them when it states one but leaves part of the question
// uncovered: too little to answer (thinCoverage), or less than a deeper sentence fills (gapShare).

// thinCoverage is the coverage under which the first hits' best sentence is too thin to
// answer a how-much question when a deeper sentence covers at least thinGain times as much:
// below the answer package's grounding share (0.35), so such a quote would be declined as weak.
const (
	thinCoverage = 0.3
	thinGain     = 2
)

// gapShare is how much of what the first hits' best sentence leaves of a how-much question a
// deeper one must cover besides to replace it whatever its coverage: 整改完成率98% (0.42, for its
// 整改 and 问题) gives way to 累计巡查发现并整改突出问题2000余条 two hits down (0.80), which holds
// the 创城 and 巡查 of "岱西去年创城巡查整改了多少问题?" too.
const gapShare = 0.5

// thinFirst reports whether d, the best sentence of the deeper hits, should replace b, the
// first hits' best, for a how-much question: d is in the asked time frame, states a figure of
// the kind asked, and either b covers under thinCoverage and d at least thinGain times as much,
// or d covers at least gapShare of what b leaves uncovered besides all b covers (fillsGap).
func thinFirst(sc *scorer, b, d Evidence) bool {
	if !sc.want.asks || d.OffFrame || !d.Figure {
		return false
	}
	return b.Coverage < thinCoverage && d.Coverage >= thinGain*b.Coverage || fillsGap(b, d) && sc.framed(d)
}

// framed reports whether d is in the asked time frame by its passage and its own words
// (scorer.fits), not only not marked off it: a first sentence that is not thin gives way only to
// one sure to be in the asked frame (实现纺博会…意向交易额同比增长10% of the plan does not replace
// last year's 意向交易额超12.98亿元 for "盛泽纺博会去年的意向交易额是多少?").
func (sc *scorer) framed(d Evidence) bool {
	return sc.fits == nil || sc.fits(d.Hit.Chunk, d.Sentence)
}

// fillsGap reports whether d covers at least gapShare of the question b leaves uncovered, on top
// of what b covers.
func fillsGap(b, d Evidence) bool {
	return b.Coverage < 1 && d.Coverage-b.Coverage >= gapShare*(1-b.Coverage)
}

// thinDeeper returns the deeper hits' best sentence (read by deeper) when it should replace b,
// the first hits' best (thinFirst), and ok false otherwise, so that Search goes on to its other
// readings of deeper hits (otherFrameFirst) for a thin b that no deeper figure replaces. eligible
// says whether b was found within fewer hits than deeper reads; deeper is called only when b
// leaves some of the question uncovered (a deeper sentence may then fill the gap: fillsGap).
func (sc *scorer) thinDeeper(eligible bool, b Evidence, deeper func() (Evidence, bool)) (Evidence, bool) {
	if !eligible || !sc.want.asks || b.Coverage >= 1 {
		return Evidence{}, false
	}
	d, ok := deeper()
	if !ok || !thinFirst(sc, b, d) {
		return Evidence{}, false
	}
	return d, true
}
