package retrieval

import "testing"

// TestOtherKind: a count whose clause holds the asked noun's head but whose sentence has no
// wording of its kind (the leading modifier) counts a sibling kind; the kind worded in the
// report's own way, or a passage found that counts the kind, binds.
func TestOtherKind(t *testing.T) {
	zeroCarbon := Plan{Lang: "en", Norm: "how many zero-carbon factories does lili have?", Terms: []Term{
		{From: "zero carbon", Variants: []string{"零碳"}, Weight: 1},
		{From: "factories", Variants: []string{"工厂", "厂房"}, Weight: 1},
	}}
	national := Plan{Lang: "en", Norm: "how many national-level maker spaces did lili add last year?", Terms: []Term{
		{From: "national level", Variants: []string{"国家级", "国家"}, Weight: 1},
		{From: "add", Variants: []string{"新增", "增加"}, Weight: 1},
		{From: "maker spaces", Variants: []string{"众创空间"}, Weight: 0.57},
	}}
	headquarters := Plan{Lang: "en", Norm: "how many headquarters firms does lili have?", Terms: []Term{
		{From: "headquarters", Variants: []string{"总部"}, Weight: 1},
		{From: "firms", Variants: []string{"企业"}, Weight: 1},
	}}
	// "housing" stands next to the head: the report's 小区 words the compound by its head.
	housing := Plan{Lang: "en", Norm: "how many high-quality housing compounds did the panjin district build?", Terms: []Term{
		{From: "high quality", Variants: []string{"高质量"}, Weight: 1},
		{From: "housing", Variants: []string{"住宅", "住房"}, Weight: 1},
		{From: "compounds", Variants: []string{"小区"}, Weight: 1},
	}}
	guessed := Plan{Lang: "en", Norm: "how many zero-carbon factories does lili have?", Terms: []Term{
		{From: "zero", Variants: []string{"零", "清零"}, Weight: 0.14},
		{From: "carbon", Variants: []string{"低碳", "碳"}, Weight: 0.17},
		{From: "factories", Variants: []string{"工厂", "厂房"}, Weight: 1},
	}}
	coordinated := Plan{Lang: "en", Norm: "how many bridges and culverts were built in huigou?", Terms: []Term{
		{From: "bridges", Variants: []string{"桥梁"}, Weight: 1},
		{From: "culverts", Variants: []string{"涵洞"}, Weight: 1},
	}}
	parks := Plan{Lang: "en", Norm: "how many parks and squares did qidu build?", Terms: []Term{
		{From: "parks", Variants: []string{"公园"}, Weight: 1},
		{From: "squares", Variants: []string{"广场"}, Weight: 1},
	}}
	measure := Plan{Lang: "zh", Norm: "齐都镇排查整改了多少条次问题?", Terms: []Term{
		{From: "次问题", Variants: []string{"次问题"}, Weight: 1},
	}}
	benefit := Plan{Lang: "zh", Norm: "柳州这个区全年开展了多少场文化惠民活动?", Terms: []Term{
		{From: "文化惠民活动", Variants: []string{"文化惠民活动"}, Weight: 1},
	}}
	veterans := Plan{Lang: "zh", Norm: "沙埕镇慰问了多少名退役军人?", Terms: []Term{
		{From: "慰问", Variants: []string{"慰问"}, Weight: 1},
		{From: "退役军人", Variants: []string{"退役军人"}, Weight: 1},
	}}
	sports := Plan{Lang: "zh", Norm: "齐都镇今年计划建几个体育公园?", Terms: []Term{
		{From: "计划", Variants: []string{"计划"}, Weight: 0.3},
		{From: "体育公园", Variants: []string{"体育公园"}, Weight: 1},
	}}
	library := Plan{Lang: "zh", Norm: "北京那个区新增了多少家图书馆?", Terms: []Term{
		{From: "图书馆", Variants: []string{"图书馆"}, Weight: 1},
	}}
	training := Plan{Lang: "zh", Norm: "浍沟镇全年开展了多少次文化培训?", Terms: []Term{
		{From: "文化培训", Variants: []string{"文化培训"}, Weight: 1},
	}}
	oldCompounds := Plan{Lang: "zh", Norm: "柳州那个区今年要改造多少个老小区?", Terms: []Term{
		{From: "老小区", Variants: []string{"老小区"}, Weight: 1},
	}}
	homeCare := Plan{Lang: "zh", Norm: "北京那个区今年要加多少张居家养老的照护床位?", Terms: []Term{
		{From: "居家养老", Variants: []string{"居家养老"}, Weight: 1},
		{From: "照护床位", Variants: []string{"照护床位"}, Weight: 1},
	}}
	aboveQuota := Plan{Lang: "zh", Norm: "柳州那个区今年想新增多少家限额以上企业?", Terms: []Term{
		{From: "限额以上企业", Variants: []string{"限额以上企业"}, Weight: 1},
	}}
	ofForeign := Plan{Lang: "zh", Norm: "北京那个区有多少家外资企业的地区总部?", Terms: []Term{
		{From: "外资企业", Variants: []string{"外资企业"}, Weight: 1},
		{From: "地区总部", Variants: []string{"地区总部"}, Weight: 1},
	}}
	clause := Plan{Lang: "zh", Norm: "沙埕镇有几个村在创建宁德金牌旅游村?", Terms: []Term{
		{From: "村在创建", Variants: []string{"村在创建"}, Weight: 1},
	}}
	tests := []struct {
		name  string
		p     Plan
		quote string
		texts []string
		other bool
	}{
		{"sibling kind", zeroCarbon, "编制能源发展“十四五”规划,绿色工厂增至7家,分布式光伏项目备案装机容量位居吴江首位。", nil, true},
		{"kind bound", zeroCarbon, "新增零碳工厂2家,绿色工厂增至7家。", nil, false},
		{"another level", national, "新增省级众创空间3家、技术中心及研究中心8家。", nil, true},
		{"a passage found counts the kind", national, "新增省级众创空间3家。", []string{"新增国家级众创空间1家。"}, false},
		{"the kind alone elsewhere is no count of it", national, "新增省级众创空间3家。", []string{"新增国家级专精特新“小巨人”企业9家。"}, true},
		{"the kind in the report's own word", headquarters, "总部经济增至8家。新增国家级专精特新“小巨人”企业9家。", nil, false},
		{"the first character binds", housing, "新建10个高品质小区,建筑业市场有序发展。", nil, false},
		{"a lexicon's guess is no kind", guessed, "绿色工厂增至7家。", nil, false},
		{"coordinated things are no kind", coordinated, "新建、维修桥涵627座。", nil, false},
		{"coordinated heads", parks, "计划新增双拥广场1处、双拥示范点2家。", nil, false},
		{"a measure word is no kind", measure, "通过一线环境检查,排查整改问题1900条次。", nil, false},
		{"Chinese sibling kind", sports, "年内计划打造村级公园3处,建成口袋公园4处、提升15个村庄“四旁”绿化、立体绿化。", nil, true},
		{"the whole noun uncounted in the sentence", library, "新增10家博物馆、2家城市书屋,推动区图书馆新馆延时开放。", nil, true},
		{"the kind once for the sentence", training, "文化事业繁荣发展,全年开展培训19次、大型活动5场。", nil, false},
		{"the word next to the head binds a long kind", benefit, "文体活动蓬勃发展。全年开展各项惠民活动665场,惠及36万人次。", nil, false},
		{"a synonym of the kind binds", veterans, "全年慰问革命伤残军人、老复员军人、参战退伍军人175人。", nil, false},
		{"a contraction binds", oldCompounds, "改造提升老旧小区108个,惠及居民7178户。", nil, false},
		{"a near-synonym of the kind binds", homeCare, "加强基本养老服务体系建设,新增家庭养老照护床位不少于300张、老年餐桌10个。", nil, false},
		{"the report's shortening of the kind binds", aboveQuota, "不断完善限上企业储备库。扎实开展上规入统工作,力争新增限上企业100家。", nil, false},
		{"a shortening keeps the kind's characters", national, "新增省级众创空间3家。", nil, true},
		{"a noun before 的 modifies what is counted", ofForeign, "11家企业在境内外上市,跨国公司地区总部增至145家。", nil, false},
		{"a question's clause is no noun", clause, "敏灶、官城、小白鹭3个村启动创建宁德金牌旅游村。", nil, false},
	}
	for _, tt := range tests {
		_, other := OtherKind(tt.p, tt.quote, tt.texts)
		if other != tt.other {
			t.Errorf("%s: OtherKind(%q) = %v, want %v", tt.name, tt.quote, other, tt.other)
		}
	}
}
