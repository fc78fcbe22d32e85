package answer

import (
	"strings"
	"testing"
)

// TestRenderedKindDeclines: a literal modifier the glossary does not word (ICU), and one a
// glossary phrase dropped (hospital of "hospital beds" as 床位), still name the kind counted, so
// a count of beds of another kind (养老驿站…床位1021张, 家庭养老照护床位) is declined; a count
// whose modifier the report words answers, and so does a phrase that words its whole noun
// ("government service items" as 政务服务事项).
func TestRenderedKindDeclines(t *testing.T) {
	for _, q := range []string{
		"How many ICU beds did the Beijing district add during the Covid wave?",
		"How many hospital beds will the Beijing district add this year?",
	} {
		ans := ask(t, q)
		if ans.Grounded || !strings.Contains(ans.Text, "gives no number of") {
			t.Errorf("%s: not declined for the other kind of beds:\n%s", q, ans.Text)
		}
	}
	for q, want := range map[string]string{
		"How many green factories does Lili have?":                                 "7",
		"How many home elderly-care beds will the Beijing district add this year?": "300",
	} {
		ans := ask(t, q)
		if !ans.Grounded || !strings.Contains(ans.Text, want) {
			t.Errorf("%s: %s not answered:\n%s", q, want, ans.Text)
		}
	}
}

// TestBoundAndRequestDecline: the answers of the two other decline rules say why.
func TestBoundAndRequestDecline(t *testing.T) {
	for q, want := range map[string]string{
		"浍沟镇60岁以上领取城乡居民养老金的有多少人?":                              "60岁以下",
		"Can you recommend a good hotpot place near Sanlitun?": "give no recommendations",
		"柳州螺蛳粉怎么煮才正宗?":                                         "不提供菜谱",
	} {
		ans := ask(t, q)
		if ans.Grounded || !strings.Contains(ans.Text, want) {
			t.Errorf("%s: not declined with %q:\n%s", q, want, ans.Text)
		}
	}
	ans := ask(t, "How much in start-up loans was applied for in Huigou?")
	if !ans.Grounded || !strings.Contains(ans.Text, "460") {
		t.Errorf("start-up loans applied for not answered:\n%s", ans.Text)
	}
}

// TestOtherGroupDeclines: a count of another group of people (16名残疾人) is no answer to how
// many elderly people; the count of the asked group still answers.
func TestOtherGroupDeclines(t *testing.T) {
	ans := ask(t, "How many elderly people use day-care services in Daixi?")
	if ans.Grounded || !strings.Contains(ans.Text, "another group") {
		t.Errorf("16名残疾人 not declined for the elderly:\n%s", ans.Text)
	}
	ans = ask(t, "岱西镇有多少名残疾人享受日间照料服务?")
	if !ans.Grounded || !strings.Contains(ans.Text, "16名") {
		t.Errorf("16名残疾人 not answered:\n%s", ans.Text)
	}
}
