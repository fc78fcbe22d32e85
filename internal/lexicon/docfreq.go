package lexicon

import "strings"

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

// HoldsAlone reports whether text holds the Chinese character ch where it is not part of a
// longer word of the reports, the words being found leftmost-longest: 茶 in 茶香 and 核 in 核电站
// (no such words), not 核 in 核心 ("core", not "nuclear"). A nil Lexicon knows no words and
// finds ch wherever text holds it.
func (l *Lexicon) HoldsAlone(text, ch string) bool {
	i := strings.Index(text, ch)
	if i < 0 || l == nil {
		return i >= 0
	}
	for m := range l.wordDict().Scan(text) {
		if i < m.Start {
			return true // an occurrence before this word
		}
		for i < m.End { // inside this word: the next occurrence
			j := strings.Index(text[i+len(ch):], ch)
			if j < 0 {
				return false
			}
			i += len(ch) + j
		}
	}
	return true
}

// HoldsWord reports whether text holds the Chinese word w where it is a word of its own: at an
// occurrence that no longer word of the reports, found leftmost-longest, holds or crosses. 海陆
// ("land and sea", the lexicon's rendering of "hotpot") inside 海陆空 is no occurrence of it.
// A nil Lexicon knows no words and finds w wherever text holds it.
func (l *Lexicon) HoldsWord(text, w string) bool {
	if w == "" || !strings.Contains(text, w) {
		return false
	}
	if l == nil {
		return true
	}
	words := l.wordDict().FindAll(text)
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(w)
		covered := false
		for _, m := range words {
			if m.End <= start || m.Start >= end {
				continue
			}
			if m.Start < start || m.End > end {
				covered = true // a longer word holds or crosses this occurrence
				break
			}
		}
		if !covered {
			return true
		}
		i = start + len(w)
	}
}

// Straddled reports whether text holds the Chinese word w only where two words of the reports,
// found leftmost-longest, meet inside it: at each occurrence a word begins before it and ends
// inside it, and the next word begins there and ends after it. 进项 ("income", the lexicon's
// rendering of "earn") in 推进项目 is 推进 + 项目, no 进项. A word inside a longer one (创新 in
// 科技创新) is not straddled, nor one that only a single word overlaps (烟厂 in 卷烟厂: 卷烟 + 厂,
// and 厂 is no word of two characters): the scan's greed alone does not hide a word.
// False when text lacks w; a nil Lexicon knows no words and straddles nothing.
func (l *Lexicon) Straddled(text, w string) bool {
	if w == "" || l == nil || !strings.Contains(text, w) {
		return false
	}
	words := l.wordDict().FindAll(text)
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return true
		}
		start, end := i+j, i+j+len(w)
		straddled := false
		for k := 0; k+1 < len(words) && !straddled; k++ {
			a, b := words[k], words[k+1]
			straddled = a.Start < start && a.End > start && a.End < end && b.Start == a.End && b.End > end
		}
		if !straddled {
			return false
		}
		i = start + len(w)
	}
}
