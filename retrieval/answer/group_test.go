package answer

import "testing"

// TestOtherGroup: a count of people in a clause naming another group than the one asked is
// found; a clause naming the asked group, a count of visits (人次) and a question naming two
// groups or none are not.
func TestOtherGroup(t *testing.T) {
	for _, c := range []struct {
		q, quote string
		want     bool
	}{
		{"How many elderly people use day-care services in Daixi?", "提升老人幸福指数。残疾人事业健康发展,现有16名残疾人享受日间照料服务,", true},
		{"盘锦那个区为多少名大学生讨薪?", "依法为1596名农民工清欠讨薪3741余万元", true},
		{"How many migrant workers got their unpaid wages back?", "依法为1596名农民工清欠讨薪3741余万元", false},
		{"How many elderly people got free check-ups?", "为镇域1万余名60岁以上老人提供免费查体服务", false},
		{"How many elderly people were served?", "为残疾人服务5万人次", false},
		{"How many people use day-care services?", "现有16名残疾人享受日间照料服务", false},
		{"How many elderly and disabled people…?", "现有16名残疾人享受日间照料服务", false},
	} {
		if _, got := otherGroup(c.q, c.quote); got != c.want {
			t.Errorf("%s / %s: other group %v, want %v", c.q, c.quote, got, c.want)
		}
	}
}
