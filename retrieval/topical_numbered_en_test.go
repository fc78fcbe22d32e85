package retrieval

import "testing"

// TestNumberedSloganKept: an English question quoting a numbered slogan ("Four Good Rural
// Roads") lists the named programme (四好农村路), not the ordinary rural roads (农村公路) its
// other words also render.
func TestNumberedSloganKept(t *testing.T) {
	ix := bundledIndex(t)
	sc := ix.newScorer(ix.listPlan(Analyze(`Which reports mention the "Four Good Rural Roads" programme?`, ix)))
	if !sc.topical(normalize("积极推进“四好农村路”路面提升改造、中修罩面及户户通路面硬化工程")) {
		t.Error("the named programme itself not taken")
	}
	if sc.topical(normalize("维修改造农村公路157公里,被授予xx省首批省级城乡交通运输一体化示范创建县。")) {
		t.Error("ordinary rural roads taken for the Four Good Rural Roads")
	}
	// Unquoted, "rural roads" keeps both renderings.
	sc = ix.newScorer(ix.listPlan(Analyze("Which reports mention rural roads?", ix)))
	if !sc.topical(normalize("维修改造农村公路157公里,被授予xx省首批省级城乡交通运输一体化示范创建县。")) {
		t.Error("rural roads without a slogan lost 农村公路")
	}
}
