package answer

import (
	"strings"
	"testing"
)

// TestCountMentionedWithoutNumber: a how-many question whose quote mentions the asked thing
// without a count (增加救护车组和ICU床位, whose figures are shares), or holds the rest of the
// question in its time frame without a count (投入360万元…用于垃圾分类基础设施建设 for households
// covered), declines, naming the missing count; when another passage counts the asked thing
// beside the question's other words (27个区级以上重点项目) the answer is not declined for want
// of a count.
func TestCountMentionedWithoutNumber(t *testing.T) {
	ans := ask(t, "How many ambulance crews did the Beijing district add during the epidemic?")
	if ans.Grounded || !strings.Contains(ans.Text, "no number of ambulance crews") {
		t.Errorf("not declined for the missing count:\n%s", ans.Text)
	}
	ans = ask(t, "How many households does the Liuzhou district's garbage sorting system cover?")
	if ans.Grounded || !strings.Contains(ans.Text, "no number of households") {
		t.Errorf("not declined for the missing count of households:\n%s", ans.Text)
	}
	ans = ask(t, "How many key projects at district level or above is Lili pushing this year?")
	if strings.Contains(ans.Text, "gives no number") {
		t.Errorf("declined though a passage counts the key projects:\n%s", ans.Text)
	}
	ans = ask(t, "How many volunteers did the Beijing district mobilise during the Winter Olympics?")
	if !ans.Grounded || !strings.Contains(ans.Text, "5万余人次") {
		t.Errorf("not answered with 5万余人次:\n%s", ans.Text)
	}
}

// TestAmountForAnotherThing: asked what was spent on a thing the sentence counts in a clause of
// its own (维修烈士墓9座), an amount in another clause that names its own purpose (发放优抚怃恤金
// 218.47万元) is not the answer; an amount whose clause names the asked thing in the question's
// words (发放慰问金21万元 for condolence money) or names nothing but money (投入78万元资金,
// 购置飞机4台) answers. A sentence that names the asked thing and states no amount at all
// (完成水岙村等一批长者食堂建设) declines too.
func TestAmountForAnotherThing(t *testing.T) {
	ans := ask(t, "How much money went into repairing Huigou's martyrs' tombs?")
	if ans.Grounded || !strings.Contains(ans.Text, "states no amount for martyrs") {
		t.Errorf("answered with another thing's amount:\n%s", ans.Text)
	}
	ans = ask(t, "How much money did Shacheng spend building elderly canteens?")
	if ans.Grounded || !strings.Contains(ans.Text, "states no amount for elderly canteens") {
		t.Errorf("answered though no amount is stated:\n%s", ans.Text)
	}
	for q, want := range map[string]string{
		"How much condolence money did Daixi hand out to families in difficulty?": "21万元",
		"How much money did Huigou put into buying crop-spraying aircraft?":       "78万元",
	} {
		ans := ask(t, q)
		if !ans.Grounded || !strings.Contains(ans.Text, want) {
			t.Errorf("%s: not answered with %s:\n%s", q, want, ans.Text)
		}
	}
}

// TestAttendancesArePersonTimes: "attendances" (and attendees, participants) are counts of
// people: 惠及36万人次 answers, stated in English, instead of a decline for want of a number.
func TestAttendancesArePersonTimes(t *testing.T) {
	ans := ask(t, "How many attendances did the Liuzhou district's public cultural events draw last year?")
	if !ans.Grounded || !strings.Contains(ans.Text, "360,000") {
		t.Errorf("not answered with 360,000 (36万人次):\n%s", ans.Text)
	}
}
