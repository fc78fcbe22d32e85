package retrieval

import "strings"

// contracts reports whether a word of two characters contracts a longer one: both its
// characters stand in the longer word, in order but apart (医保 of 医疗保险, 民企 of 民营企业),
// so that it names the same thing; a piece of it (诈骗 of 电信诈骗) drops what it is of. A word of two beside a longer one that does not (电动 "electric" beside
// 新能源汽车, 新建 beside 新开工项目) often names a wider topic.
func contracts(short, long string) bool {
	s, l := []rune(short), []rune(long)
	if len(s) != 2 || len(l) <= 2 || strings.Contains(long, short) {
		return false
	}
	return inOrder(s, l)
}
