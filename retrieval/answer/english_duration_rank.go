package answer

// asksDuration reports whether an English question asks how long something has lasted ("how
// long", "for how many years"): then a rank it names is what lasted, not what it asks. "For
// how long has Shengze been ranked first …" asks 连续7年, not the 第一 it restates.
func asksDuration(w wantFigure) bool {
	return w.long || timeNouns[w.head]
}
