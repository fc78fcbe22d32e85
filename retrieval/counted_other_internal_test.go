package retrieval

import "testing"

// TestNamesIndicator: a counted thing names a canonical indicator when one of its wordings is
// one of an indicator's (一般公共预算收入), not when none is (项目, 企业), whatever order its
// wordings come in.
func TestNamesIndicator(t *testing.T) {
	for _, c := range []struct {
		own  []string
		want bool
	}{
		{[]string{"一般公共预算收入"}, true},
		{[]string{"收入水平", "一般公共预算收入"}, true},
		{[]string{"项目"}, false},
		{[]string{"企业", "公司"}, false},
		{nil, false},
	} {
		if got := namesIndicator(c.own); got != c.want {
			t.Errorf("namesIndicator(%q) = %v, want %v", c.own, got, c.want)
		}
	}
}
