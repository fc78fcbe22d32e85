package answer

import "testing"

// TestCountsBefore: the count written before the asked noun (13个老旧小区) answers "how many
// old residential compounds", not the count of their buildings after it (156栋).
func TestCountsBefore(t *testing.T) {
	q := "How many old residential compounds is the district going to renovate?"
	quote := "⑤完成13个老旧小区156栋楼宇改造;"
	a := enPlan(q, term("old residential compounds", "老旧小区"), term("renovate", "改造"))
	got := enFiguresLine("L", "", quoteFigures(a, quote), quote)
	if want := "L: 13 old residential compounds (13个)"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
