package retrieval

// otherFrameFirst reports whether the first depth hits' best sentence with no regard to time
// frame covers more of the question than b (their best in the asked frame) and is in the other
// frame: the asked thing is spoken of there, and its statement in the asked frame may be
// further down. It reads with a copy of the scorer (as inFrameBest does), leaving sc as it is.
func (sc *scorer) otherFrameFirst(hits []Hit, depth int, b Evidence) bool {
	if sc.fits == nil {
		return false
	}
	loose := *sc
	loose.fits = nil
	o, ok := loose.best(hits, depth, nil)
	return ok && o.Coverage > b.Coverage && !sc.fits(o.Hit.Chunk, o.Sentence)
}
