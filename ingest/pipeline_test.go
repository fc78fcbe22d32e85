package ingest

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/zh"
)

var update = flag.Bool("update", false, "rewrite golden files")

const corpusPath = "../data/2023-gov-work-reports.txt"

// golden compares got with testdata/name, rewriting it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file (run `go test ./ingest -run %s -update` and review the diff)", name, t.Name())
	}
}

func readCorpus(t testing.TB) *Document {
	t.Helper()
	doc, err := ReadFile(corpusPath)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestCleanCorpusDropsPageFurniture(t *testing.T) {
	doc := readCorpus(t)
	kept, dropped := Clean(doc.Paragraphs)
	var droppedText []string
	keptSet := map[string]bool{}
	for _, p := range kept {
		keptSet[p] = true
	}
	for _, p := range doc.Paragraphs {
		if !keptSet[p] {
			droppedText = append(droppedText, p)
		}
	}
	if dropped != len(droppedText) {
		t.Errorf("dropped %d, but %d paragraphs are missing", dropped, len(droppedText))
	}
	golden(t, "corpus.dropped.golden", strings.Join(droppedText, "\n")+"\n")
	all := strings.Join(kept, "\n")
	for _, furniture := range []string{"热门搜索", "当前位置", "浏览数", "发布时间", "推荐访问", "相关文章", "凤都镇", "zhuhainuoyiwuye", "Top"} {
		if strings.Contains(all, furniture) {
			t.Errorf("cleaned text still holds %q", furniture)
		}
	}
}

func TestCleanRules(t *testing.T) {
	tests := []struct {
		para string
		drop bool
	}{
		{"某某网 - www.example.cn 2023年05月01日 09:12 星期一", true},
		{"• 当前位置 首页 > 范文 >", true},
		{"浏览数: 发布时间:2023-12-09 10:45:02", true},
		{"以下是小编为大家收集的政府工作报告范文3篇,仅供参考。", true},
		{"Top", true},
		{"各位代表:", false},
		{"一、2023年工作回顾", false},
		{"全年完成一般公共预算收入8.5亿元,同比下降16.5%。", false},
		{"加强网站www集约化建设,推进政务公开。", false},
	}
	for _, tt := range tests {
		_, dropped := Clean([]string{tt.para})
		if (dropped == 1) != tt.drop {
			t.Errorf("Clean(%q) dropped=%v, want %v", tt.para, dropped == 1, tt.drop)
		}
	}
	// The footer runs to the end of the file, but a report heading ends it.
	kept, _ := Clean([]string{"正文。", "推荐访问:政府部门", "2021年工作计划", "报告汇编篇2", "正文二。"})
	if strings.Join(kept, "|") != "正文。|报告汇编篇2|正文二。" {
		t.Errorf("footer handling: kept %q", kept)
	}
}

func TestSplitCorpusIntoNineReports(t *testing.T) {
	doc := readCorpus(t)
	kept, _ := Clean(doc.Paragraphs)
	reports := Split(kept)
	if len(reports) != 9 {
		t.Fatalf("got %d reports, want 9", len(reports))
	}
	for i, r := range reports {
		if r.Ordinal != i+1 {
			t.Errorf("report %d has ordinal %d", i+1, r.Ordinal)
		}
		if !strings.HasSuffix(r.Title, "篇"+string(rune('0'+i+1))) {
			t.Errorf("report %d title %q", i+1, r.Title)
		}
		if len(r.Paragraphs) < 10 {
			t.Errorf("report %d has only %d paragraphs", i+1, len(r.Paragraphs))
		}
	}
	if got := Split([]string{"各位代表:", "正文。"}); len(got) != 1 || got[0].Ordinal != 1 || len(got[0].Paragraphs) != 2 {
		t.Errorf("a file without report headings must be one report, got %+v", got)
	}
}

func TestSections(t *testing.T) {
	paras := []string{
		"各位代表:",
		"一、2023年工作回顾",
		"(一)稳疫情、促发展,经济运行总体平稳",
		"全年实现地区生产总值增长5%。",
		"二、2024年工作安排",
		"(一)聚焦培育优化,狠抓转型升级,多措并举构建产业新格局。推进“工业强区”。",
		"1.呈现区域融合精彩篇章。深化规划协同。",
		"(二)聚焦乡村振兴",
		"正文。",
	}
	want := []struct {
		section string
		heading bool
	}{
		{"", false},
		{"一、2023年工作回顾", true},
		{"一、2023年工作回顾 › (一)稳疫情、促发展,经济运行总体平稳", true},
		{"一、2023年工作回顾 › (一)稳疫情、促发展,经济运行总体平稳", false},
		{"二、2024年工作安排", true},
		{"二、2024年工作安排 › (一)聚焦培育优化,狠抓转型升级,多措并举构建产业新格局", false},
		{"二、2024年工作安排 › (一)聚焦培育优化,狠抓转型升级,多措并举构建产业新格局 › 1.呈现区域融合精彩篇章", false},
		{"二、2024年工作安排 › (二)聚焦乡村振兴", true},
		{"二、2024年工作安排 › (二)聚焦乡村振兴", false},
	}
	got := Sections(paras)
	for i, w := range want {
		if s := corpus.JoinSection(got[i].Section); s != w.section || got[i].Heading != w.heading {
			t.Errorf("paragraph %d %q: section %q heading %v, want %q %v", i, paras[i], s, got[i].Heading, w.section, w.heading)
		}
	}
	// An unnumbered heading above numbered ones (report 7's layout) nests them.
	got = Sections([]string{"2023年工作计划", "一、产业赋能,在推动高质量发展上起新势", "正文。"})
	if s := corpus.JoinSection(got[2].Section); s != "2023年工作计划 › 一、产业赋能,在推动高质量发展上起新势" {
		t.Errorf("nested plain heading: %q", s)
	}
}

func TestCorpusSectionsGolden(t *testing.T) {
	doc := readCorpus(t)
	kept, _ := Clean(doc.Paragraphs)
	var b strings.Builder
	for _, rr := range Split(kept) {
		b.WriteString("== " + rr.Title + "\n")
		last := ""
		for _, p := range Sections(rr.Paragraphs) {
			s := corpus.JoinSection(p.Section)
			if s != last {
				b.WriteString(s + "\n")
				last = s
			}
		}
	}
	golden(t, "corpus.sections.golden", b.String())
}

func TestChunksKeepTextAndLimits(t *testing.T) {
	doc := readCorpus(t)
	kept, _ := Clean(doc.Paragraphs)
	for _, limit := range []int{100, 300, 800} {
		for _, rr := range Split(kept) {
			ps := Sections(rr.Paragraphs)
			r := corpus.Report{Source: "c.txt", Report: rr.Ordinal}
			cs := Chunks(r, ps, limit)
			var body, chunked strings.Builder
			for _, p := range ps {
				if !p.Heading {
					body.WriteString(p.Text)
				}
			}
			for i, c := range cs {
				if n := utf8.RuneCountInString(c.Text); n > limit {
					t.Errorf("limit %d: chunk %s has %d characters", limit, c.ID, n)
				}
				if c.Seq != i || c.ID != ChunkID("c.txt", rr.Ordinal, i) {
					t.Errorf("chunk %d has seq %d id %s", i, c.Seq, c.ID)
				}
				chunked.WriteString(c.Text)
			}
			if zh.StripSpace(body.String()) != zh.StripSpace(chunked.String()) {
				t.Errorf("limit %d report %d: chunks do not give back the report text", limit, rr.Ordinal)
			}
		}
	}
}

func TestChunkSplitsOnlyLongSentences(t *testing.T) {
	r := corpus.Report{Source: "x", Report: 1}
	ps := []Para{{Text: "第一句话。第二句话;第三句话!"}}
	cs := Chunks(r, ps, 6)
	var got []string
	for _, c := range cs {
		got = append(got, c.Text)
	}
	if strings.Join(got, "|") != "第一句话。|第二句话;|第三句话!" {
		t.Errorf("sentence chunks: %q", got)
	}
	cs = Chunks(r, []Para{{Text: "甲乙丙丁戊,己庚辛壬癸、子丑寅卯。"}}, 7)
	got = got[:0]
	for _, c := range cs {
		got = append(got, c.Text)
	}
	if strings.Join(got, "|") != "甲乙丙丁戊,|己庚辛壬癸、|子丑寅卯。" {
		t.Errorf("clause chunks: %q", got)
	}
}

func TestProfilesOfCorpus(t *testing.T) {
	doc := readCorpus(t)
	p, err := Parse(doc, "2023-gov-work-reports.txt", DefaultChunkChars)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		entity, level string
	}{
		{"xx区", "区"}, {"黎里镇", "镇"}, {"浍沟镇", "镇"}, {"xx区", "区"}, {"盛泽镇", "镇"},
		{"岱西镇", "镇"}, {"齐都镇", "镇"}, {"沙埕镇", "镇"}, {"xx区", "区"},
	}
	if len(p.Reports) != len(want) {
		t.Fatalf("got %d reports", len(p.Reports))
	}
	for i, w := range want {
		r := p.Reports[i]
		if r.Entity != w.entity || r.Level != w.level || r.Report != i+1 {
			t.Errorf("report %d: entity %q level %q, want %q %q (evidence %q)", i+1, r.Entity, r.Level, w.entity, w.level, r.Evidence)
		}
		if r.Year != 2023 {
			t.Errorf("report %d: year %d", i+1, r.Year)
		}
		if len(r.Evidence) == 0 {
			t.Errorf("report %d has no evidence", i+1)
		}
	}
	if p.Reports[0].City != "盘锦市" {
		t.Errorf("report 1 city %q, want 盘锦市 (evidence %q)", p.Reports[0].City, p.Reports[0].Evidence)
	}
	for _, r := range p.Reports {
		if strings.Contains(r.Entity, "凤都") {
			t.Errorf("the page teaser's town became an entity: %+v", r)
		}
	}
}
