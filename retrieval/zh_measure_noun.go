package retrieval

// A Chinese question names a measure of an action as object + verb + 量 (版权登记受理量, "the
// number of copyright registrations accepted"), where the reports put the verb first (年受理版权
// 登记量不少于2000件): the question's run is then found nowhere and the passage that answers
// ranks low and reads as weak. measureNounWordings adds the reports' order.

// measureNounWordings returns the other wordings of a question segment that is a measure noun
// written object + two-character verb + 量: the verb before the object (受理版权登记量) and the
// object's own measure (版权登记量), when the reports hold the verb-object seam (理版) and not
// the question's object-verb one (记受) — the reports write it the other way. nil otherwise.
func measureNounWordings(seg string, v Vocabulary) []string {
	rs := []rune(seg)
	n := len(rs)
	if v == nil || n < 5 || rs[n-1] != '量' {
		return nil
	}
	obj, verb := rs[:n-3], rs[n-3:n-1]
	if v.Known(string([]rune{obj[len(obj)-1], verb[0]})) || !v.Known(string([]rune{verb[1], obj[0]})) {
		return nil
	}
	return []string{string(verb) + string(obj) + "量", string(obj) + "量"}
}
