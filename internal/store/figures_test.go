package store

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/num"
)

func figureKeys(t *testing.T, tab *FigureTable, i int) []string {
	t.Helper()
	var out []string
	_, known := tab.Lists(i, func(v num.Value) bool {
		out = append(out, figureKey(v))
		return false
	})
	if !known {
		t.Fatalf("passage %d: the table cannot say", i)
	}
	return out
}

// TestFiguresRoundTrip: the table read from its file gives each passage's figures as
// PassageFigures found them, and says so for no passage beyond.
func TestFiguresRoundTrip(t *testing.T) {
	chunks := []corpus.Chunk{
		{Source: "a", Report: 0, Entity: "甲镇", Seq: 0, Text: "一般公共预算收入增长8%左右。新开工项目12个,完成投资14.2亿元。", Section: []string{"二、2023年主要目标"}},
		{Source: "a", Report: 0, Entity: "甲镇", Seq: 1, Text: "没有数字的段落。"},
		{Source: "b", Report: 0, Entity: "乙镇", Seq: 0, Text: "新增就业2万余人,城镇登记失业率控制在3%以内。"},
	}
	figs := PassageFigures(chunks)
	tab := NewFigureTable(figs)
	for i := range chunks {
		var want []string
		for _, v := range flat(figs[i]) {
			want = append(want, figureKey(v))
		}
		if got := figureKeys(t, tab, i); !slices.Equal(got, want) {
			t.Errorf("passage %d: the table holds %v, PassageFigures found %v", i, got, want)
		}
	}
	if len(flat(figs[1])) != 0 || len(flat(figs[0])) < 4 || len(figs[0].Sentences) != 2 || len(figs[0].Heads) != 1 {
		t.Errorf("figures %v", figs)
	}
	if _, known := tab.Lists(len(chunks), func(num.Value) bool { return true }); known {
		t.Error("a passage beyond the table is known")
	}
	// Approximate figures and qualifiers survive (the bound a threshold reads).
	got := strings.Join(figureKeys(t, tab, 2), " ")
	if !strings.Contains(got, "/true/") || !strings.Contains(got, "以内") {
		t.Errorf("passage 2's figures lost their bounds: %s", got)
	}
}

// TestPassageFiguresJoins: a lead that does not end a clause (a heading) runs into the statement
// after it, and the figure the join makes (12个 | 项目: twelve projects) is in the table, though
// neither side states it alone; a lead that ends a sentence makes none.
func TestPassageFiguresJoins(t *testing.T) {
	has := func(f Figures, noun string, n float64) bool {
		return slices.ContainsFunc(f.Joins, func(v num.Value) bool { return v.Noun == noun && v.Number == n })
	}
	vs := passageFigures("项目全部开工建设。", []string{"新开工12个"}, "")
	if !has(vs, "项目", 12) {
		t.Errorf("the join of heading and statement: %v", vs)
	}
	vs = passageFigures("新开工12个", nil, "项目全部开工建设。")
	if !has(vs, "项目", 12) {
		t.Errorf("the join of an unfinished last sentence and the next passage: %v", vs)
	}
	if vs := passageFigures("新开工12个。项目全部开工建设。", nil, ""); has(vs, "项目", 12) {
		t.Errorf("a sentence's end joined: %v", vs)
	}
}

// TestFiguresOtherRule: a file written under another rule (figuresRule) is no table; a damaged
// one is an error.
func TestFiguresOtherRule(t *testing.T) {
	var b strings.Builder
	if err := writeFigures(&b, []Figures{{}}); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := parseFigures(b.String(), 1); !ok || err != nil {
		t.Fatalf("this rule's file: ok %v, err %v", ok, err)
	}
	other := strings.Replace(b.String(), figureSpans, "figures 0", 1)
	if _, ok, err := parseFigures(other, 1); ok || err != nil {
		t.Errorf("another rule's file: ok %v, err %v", ok, err)
	}
	if _, _, err := parseFigures(b.String()[:len(b.String())-1], 1); err == nil {
		t.Error("a cut file parsed")
	}
	if _, _, err := parseFigures(b.String(), 2); err == nil {
		t.Error("a file of another segment's size parsed")
	}
}

// flat is a passage's figures, list after list.
func flat(f Figures) []num.Value {
	var out []num.Value
	for _, vs := range f.Sentences {
		out = append(out, vs...)
	}
	for _, vs := range f.Heads {
		out = append(out, vs...)
	}
	return append(out, f.Joins...)
}

// TestFiguresLists: a table says of each list of a passage whether it holds a figure the test
// accepts — the sentence that states it, not its neighbours.
func TestFiguresLists(t *testing.T) {
	tab := NewFigureTable(PassageFigures([]corpus.Chunk{{Text: "项目全部开工。一般公共预算收入增长8%左右。没有数字。", Section: []string{"新开工12个"}}}))
	m, known := tab.Lists(0, func(v num.Value) bool { return v.Unit == "%" && v.Number >= 8 })
	if !known || !slices.Equal(m.Sentences, []bool{false, true, false}) || !slices.Equal(m.Heads, []bool{false}) || m.Joins || !m.Any() {
		t.Errorf("lists %+v (known %v)", m, known)
	}
	m, _ = tab.Lists(0, func(v num.Value) bool { return v.Noun != "" })
	if !m.Joins || m.Heads[0] {
		t.Errorf("the heading's 12个 runs into the passage's first sentence's noun: %+v", m)
	}
}

// TestFiguresAfterPrune: a generation whose segments a later writer pruned (serve still
// answering from it) reads its figures table from the files mapped when it was opened; a segment
// without a figures file (written before it existed) is no table.
func TestFiguresAfterPrune(t *testing.T) {
	fresh, held := openedTwice(t)
	want, err := fresh.Figures()
	if err != nil || want == nil {
		t.Fatalf("no table: %v", err)
	}
	all := func(tab *FigureTable) (keys []string) {
		for i := range fresh.Chunks.Len() {
			keys = append(keys, figureKeys(t, tab, i)...)
		}
		return keys
	}
	before := all(want)
	if len(before) == 0 {
		t.Fatal("the table holds no figure: the test reads nothing")
	}
	pruneSegments(t, held)
	got, err := held.Figures()
	if err != nil || got == nil {
		t.Fatalf("after the prune: table %v, %v; want the table mapped before", got, err)
	}
	if after := all(got); !slices.Equal(after, before) {
		t.Errorf("after the prune the table holds %v, before %v", after, before)
	}

	// A store whose segment has no figures file has no table.
	dir := t.TempDir()
	mustWrite(t, dir, newSnapshot(t, "a"))
	g, err := OpenGeneration(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range g.Segments {
		if err := os.Remove(s.File(figuresFile)); err != nil {
			t.Fatal(err)
		}
	}
	g.Close()
	if g, err = OpenGeneration(dir); err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	if tab, err := g.Figures(); tab != nil || err != nil {
		t.Errorf("a segment without figures: table %v, err %v; want none", tab, err)
	}
}
