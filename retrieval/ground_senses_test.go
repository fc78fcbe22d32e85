package retrieval_test

import "testing"

// A vague lexicon word ("courtyards": 大院, 院落, 院) weighs little in the question, but a
// sentence holding one of its specific renderings (院落) has resolved its sense: there it weighs
// as a focused word, and the sentence that holds the question's subject is grounded although a
// wrong but focused rendering of another word ("venues": 场馆) is absent. A single word held in
// a common sense grounds nothing ("rate": 进度), nor does a rendering while a decisive word
// nothing translates is missing ("scholarships").
func TestGroundResolvedSense(t *testing.T) {
	q := "How many idle courtyards and small venues did Qidu check?"
	g := ground(t, q, "逐一摸排镇域闲散院落及九小场所1378个")
	if c := concept(t, g, "courtyards"); !c.Decisive || c.Covered != 1 {
		t.Errorf("courtyards: %+v, want decisive and covered in a sentence holding 院落", c)
	}
	if !concept(t, g, "venues").Decisive {
		t.Errorf("venues: the question's decisive word left the measure: %+v", g.Concepts)
	}
	if g.Share < 0.5 {
		t.Errorf("share %.2f, want the sentence holding the resolved senses grounded", g.Share)
	}
	if other := ground(t, q, "推进全镇重点项目建设"); other.Share > 0.1 {
		t.Errorf("a sentence without the subject: share %.2f", other.Share)
	}
	if g := ground(t, "What was the birth rate in the Guangxi district?", "完成投资66亿元,完成全年目标进度132%。"); g.Share >= 0.5 {
		t.Errorf("birth rate: share %.2f, want a single word in a common sense not to ground", g.Share)
	}
	g = ground(t, "How much did Shacheng hand out in scholarships to students?", "携手为学生完善帆板帆船基地建设。")
	if c := concept(t, g, "hand"); c.Decisive || len(g.Missing) == 0 {
		t.Errorf("hand: %+v missing %v, want no sense resolved while scholarships is missing", c, g.Missing)
	}
}
