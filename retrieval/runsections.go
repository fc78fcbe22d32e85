package retrieval

// sectionStartAt is sectionStart of chunk i of the reader's report: from the run's records
// (runSections) when chunk i and the one before it are in the run read, without decoding them.
func (rr *reportReader) sectionStartAt(i int) bool {
	if rr.same != nil && i > rr.lo && i < rr.hi {
		if same, ok := rr.same(i-1, i); ok {
			return !same
		}
	}
	return rr.sectionStart(rr.chunk(i))
}
