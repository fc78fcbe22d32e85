package retrieval

// otherFrameFirst reports whether the first depth hits' best sentence with no regard to time
// frame covers more of the question than b (their best in the asked frame) and is in the other
// frame: the asked thing is spoken of there, and its statement in the asked frame may be
// further down.
func (sc *scorer) otherFrameFirst(hits []Hit, depth int, b Evidence) bool {
	fits := sc.fits
	if fits == nil {
		return false
	}
	sc.fits = nil
	o, ok := sc.best(hits, depth, nil)
	sc.fits = fits
	return ok && o.Coverage > b.Coverage && !fits(o.Hit.Chunk, o.Sentence)
}
