package retrieval

// SetRowsDecide turns the threshold lists' rows-decided fast path (Plan.RowsDecide) on or off
// and returns what restores it.
func SetRowsDecide(on bool) (restore func()) {
	was := rowsDecide
	rowsDecide = on
	return func() { rowsDecide = was }
}
