package retrieval

import (
	"strings"
	"testing"
)

// TestWindowAfterWholeFigure: the window after a term never ends inside a figure: a level and
// its rate (26.1亿元,同比增长66.17%) reach past FigureReach, and the rate is read with its
// percent sign; text past the figure is still cut.
func TestWindowAfterWholeFigure(t *testing.T) {
	s := "全年实现工业总产值27.8亿元,其中规上工业产值26.1亿元,同比增长66.17%;财政总收入1.89亿元"
	end := strings.Index(s, "规上工业产值") + len("规上工业产值")
	if w := WindowAfter(s, end); w != "26.1亿元,同比增长66.17%" {
		t.Errorf("WindowAfter = %q, want the rate whole", w)
	}
	list := "一般公共预算收入与上一年持平,固定资产投资增长7%,社会消费品零售总额增长7%"
	if w := WindowAfter(list, len("一般公共预算收入")); strings.Contains(w, "7%") {
		t.Errorf("WindowAfter = %q, read the next indicator's rate", w)
	}
	long := "产值" + strings.Repeat("很", 20) + "5%"
	if w := WindowAfter(long, len("产值")); strings.Contains(w, "5%") {
		t.Errorf("WindowAfter = %q, read a figure past the reach", w)
	}
}
