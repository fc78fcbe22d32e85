package retrieval

import "testing"

// TestYearsBack: a year counted back from now in either language; last year and numbers that
// are not a count of years back are not.
func TestYearsBack(t *testing.T) {
	for _, c := range []struct {
		q    string
		want int
	}{
		{"what was huigou's fixed-asset investment three years ago?", 3},
		{"what was lili's gdp two years ago?", 2},
		{"how much did shengze invest the year before last?", 2},
		{"盛泽镇前年的工业投资是多少?", 2},
		{"齐都镇大前年的地区生产总值是多少?", 3},
		{"黎里镇三年前的地区生产总值是多少?", 3},
		{"黎里镇两年前引进了多少项目?", 2},
		{"what was lili's gdp last year?", 0},
		{"黎里镇去年的地区生产总值是多少?", 0},
		{"how many projects did shengze sign 2023年前?", 0},
		{"what was solved after nearly 200 days?", 0},
	} {
		if got := yearsBack(c.q); got != c.want {
			t.Errorf("yearsBack(%q) = %d, want %d", c.q, got, c.want)
		}
	}
}

// TestStripYearsBack: the counted-back year is blanked, and only it (not the character before
// a numeral).
func TestStripYearsBack(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"盛泽镇前年的工业投资是多少?", "盛泽镇 的工业投资是多少?"},
		{"投资三年前是多少?", "投资 是多少?"},
		{"黎里镇去年的地区生产总值是多少?", "黎里镇去年的地区生产总值是多少?"},
	} {
		if got := stripYearsBack(c.q); got != c.want {
			t.Errorf("stripYearsBack(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
