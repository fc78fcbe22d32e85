package lexicon

// DocFreq returns the number of documents that hold the Chinese word (as the build scanned
// them: every occurrence, also inside longer words), and whether the lexicon has it. For a
// single character it is the number of documents holding that character anywhere, which a
// bigram index cannot tell. A nil Lexicon has no words.
func (l *Lexicon) DocFreq(chinese string) (int, bool) {
	if l == nil {
		return 0, false
	}
	l.dfOnce.Do(func() {
		l.byText = make(map[string]int32, len(l.words))
		for i, w := range l.words {
			l.byText[w.text] = int32(i)
		}
	})
	i, ok := l.byText[chinese]
	if !ok {
		return 0, false
	}
	return l.words[i].df, true
}

// Docs returns the number of documents the lexicon was built from.
func (l *Lexicon) Docs() int {
	if l == nil {
		return 0
	}
	return l.docs
}
