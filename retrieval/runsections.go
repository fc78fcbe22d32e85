package retrieval

// sectionStartAt is sectionStart of chunk i of the reader's report: from the run's records
// (runSections) when chunk i and the one before it are in the run read, without decoding them.
func (rr *reportReader) sectionStartAt(i int) bool {
	if rr.heads != nil && i > rr.lo && i < rr.hi {
		if same, ok := rr.heads.SameSection(i-1, i); ok {
			return !same
		}
	}
	return rr.sectionStart(rr.chunk(i))
}

// hasNext reports whether chunk i of the reader's report has a next passage (reportReader.next
// finds one): from the run's records when chunk i and the one after it are in the run read.
func (rr *reportReader) hasNext(i int) bool {
	if rr.heads != nil && i >= rr.lo && i+1 < rr.hi {
		if follows, ok := rr.heads.Follows(i, i+1); ok {
			return follows
		}
	}
	_, ok := rr.next(rr.chunk(i))
	return ok
}

// sectionStartDocs is withSectionStarts on chunk indices alone: the first passages of the
// sections of the passages at docs that are not among them, each with the position in docs of
// the passage it was found for; found from the run's records, no passage decoded (when the run
// was read: reportReader.load).
func (rr *reportReader) sectionStartDocs(docs []int) (starts, from []int) {
	seen := make(map[int]bool, len(docs))
	for _, d := range docs {
		seen[d] = true
	}
	for k, d := range docs {
		i := d
		for i > 0 && !rr.sectionStartAt(i) {
			i--
		}
		if !seen[i] && rr.ix.chunkReport[i] == rr.ix.chunkReport[d] {
			seen[i] = true
			starts = append(starts, i)
			from = append(from, k)
		}
	}
	return starts, from
}
