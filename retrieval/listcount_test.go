package retrieval

import "testing"

// TestFigureUnit: a count noun that names its unit (亩数) and "in mu" ask for a figure in that
// unit; other count nouns and questions name none. A figure in another unit (粮十条, a count)
// is not one in mu.
func TestFigureUnit(t *testing.T) {
	tests := []struct{ q, want string }{
		{"哪些报告给出了复垦的亩数?", "亩"},
		{"哪些报告给出了新建道路的公里数?", "公里"},
		{"Which reports give the area of new farmland in mu?", "亩"},
		{"Which reports give a grain output figure in tonnes?", "吨"},
		{"哪些报告给出了民生实事的具体件数?", ""},
		{"哪些报告给出了去年拆除违法建设的户数?", "户"},
		{"哪些报告给出了人才公寓的套数?", "套"},
		{"Which reports mention farmland in Jiangsu?", ""},
	}
	for _, tt := range tests {
		p := Analyze(tt.q, nil)
		if got := p.FigureUnit(); got != tt.want {
			t.Errorf("FigureUnit(%s) = %q, want %q", tt.q, got, tt.want)
		}
		if tt.want != "" && !p.AsksFigure() {
			t.Errorf("%s does not ask for a figure", tt.q)
		}
	}
	if StatesFigureIn("坚决贯彻落实“粮十条”,全面完成撂荒地复耕复垦任务", "亩") {
		t.Error("a count of ten items taken for a figure in mu")
	}
	if !StatesFigureIn("实施完成土地增减挂复垦地块107亩", "亩") {
		t.Error("107亩 not a figure in mu")
	}
}
