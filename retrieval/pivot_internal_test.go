package retrieval

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/cedict"
	"github.com/reportbot/reportbot/internal/lexicon"
)

// TestPivoted checks each way a question word no report writes reaches the evidence's word of
// the same sense, on the embedded CC-CEDICT, and that a shared sense alone, without the
// evidence holding the other word, never does.
func TestPivoted(t *testing.T) {
	tests := []struct {
		run, sentence string
		want          bool
	}{
		// A whole gloss shared with a word of two or more characters.
		{"竣工", "全年完工重点项目12个", true},
		{"货轮", "和泰船舶优化型1.4万吨江海直达散货船交付运营", true},
		// The head of a noun gloss: 抽查 "random inspection", 检查 "inspection".
		{"抽查", "检查药品经营和使用单位302家次", true},
		// A character of the word itself sharing a gloss: 堵 "to block up", 除 "to get rid of".
		{"堵住", "封堵整治入河入海排污口213个", true},
		{"清除", "互花米草除治面积达681亩", true},
		// A word CC-CEDICT lacks: one character swapped for one of the same sense (撂, 抛 "to abandon").
		{"撂荒", "超额完成抛荒地整治520亩", true},
		{"抛荒", "全年闲置土地盘活", true}, // 抛荒 and 闲置 "lie idle"
		// … its two characters reversed.
		{"排摸", "逐一摸排镇域闲散院落及九小场所1378个", true},
		// … an abbreviation of a compound of the evidence (社会消费品零售总额).
		{"社零", "社会消费品零售总额增长7%,居民人均可支配收入与经济增长基本同步", true},
		// … a verb and its resultative complement.
		{"拆掉", "拆除违章搭建13宗", true},
		// A spoken noun that is its character's (案子 "case" as 案, 小册子 "booklet" as 册), where
		// the evidence writes the character in a word that is a kind of it (立案 "file a case",
		// 手册 "handbook").
		{"案子", "镇综合执法队全年立案26起", true},
		{"小册子", "发放宣传手册2万余份", true},
		// … but not a word of another sense (方案 "plan"), nor where the character is only the
		// English head (果树 "fruit tree", 古树 "old tree") or modifier (房价 "house price", 房
		// "house") of the word's gloss.
		{"案子", "制定实施方案", false},
		{"果树", "加强古树名木管护", false},
		{"房价", "解危严重损坏房96幢", false},
		// A noun with a size before it (大树, 小册子) is the noun's word (树 "tree", 乔木 "tree").
		{"大树", "栽植乔木2500余株", true},
		{"大树", "栽植花灌木1.5万余株", false},
		// A shared sense is no answer where the evidence does not hold the other word.
		{"竣工", "新开工重点项目12个", false},
		{"货轮", "新增渔船12艘", false},
		{"撂荒", "完成土地整治520亩", false},
		// A single character of another word is what sentences hold by chance (露营 "camping", 营).
		{"露营", "经营性收入683万元", false},
		// The evidence's word must mean the asked thing as a whole gloss: 代表 "in the name of".
		{"名字", "每2个月组织一次企业代表和乡镇长、人大代表面对面交流", false},
		{"邮轮", "和泰船舶优化型1.4万吨江海直达散货船交付运营", false},
		// Subjects no report mentions, beside the closest evidence.
		{"消费券", "发放“瓶改电”等补贴13余万元", false},
		{"海水淡化", "加快实施农村生活污水治理", false},
		// Known misses: CC-CEDICT gives the pairs no shared sense (清 and 挖 none with 疏浚 "dredge";
		// 整顿 "rectify" and 整治 "regulate"; 铲除 "eradicate" and 拆除 "demolish").
		{"清挖", "疏浚条山沟7.1公里", false},
		{"整顿", "完成13家低效企业整治", false},
		{"铲除", "拆除违章搭建13宗", false},
	}
	for _, tc := range tests {
		if got := pivoted(lexicon.SenseKeys, nil, tc.run, tc.sentence); got != tc.want {
			t.Errorf("pivoted(%s, %s) = %v, want %v", tc.run, tc.sentence, got, tc.want)
		}
	}
}

func TestPivotedWithoutSenses(t *testing.T) {
	if pivoted(nil, nil, "竣工", "全年完工重点项目12个") {
		t.Error("pivoted without a sense index")
	}
}

// TestPivotedSkipsStraddled: a run of the sentence held only where two words of the reports meet
// is no word of it: 收入 ("income") does not reach 进项 ("income") in 推进项目 (推进 + 项目), as
// grounding does not (lexicon.Straddled), but does where the sentence writes 进项 itself.
func TestPivotedSkipsStraddled(t *testing.T) {
	lex := lexicon.BuildFrom([]cedict.Entry{
		cedict.NewEntry("推进", "to push forward"),
		cedict.NewEntry("项目", "project"),
		cedict.NewEntry("进项", "income; receipts"),
	}, slices.Values([]string{"加速推进项目建设。", "增加进项。"}))
	if !pivoted(lexicon.SenseKeys, nil, "收入", "加速推进项目建设") {
		t.Fatal("without straddled, 收入 does not reach 进项 in 推进项目: the case tests nothing")
	}
	if pivoted(lexicon.SenseKeys, lex.Straddled, "收入", "加速推进项目建设") {
		t.Error("收入 pivoted to 进项 straddling 推进项目")
	}
	if !pivoted(lexicon.SenseKeys, lex.Straddled, "收入", "增加进项") {
		t.Error("收入 did not pivot to 进项 written as a word")
	}
}
