package ingest

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/zh"
)

// FuzzPipeline runs the cleaner, splitter, sectioner and chunker on arbitrary text: nothing may
// panic, and every paragraph the cleaner keeps (other than report headings) must end up in the
// chunks, or — for heading paragraphs — in the section paths.
func FuzzPipeline(f *testing.F) {
	f.Add("各位代表:\n一、2023年工作回顾\n(一)聚焦培育优化,狠抓转型升级。推进“工业强区”。\n全年地区生产总值增长5%。")
	f.Add("热门搜索:\n汇编篇1\n各位代表:\n正文。\n汇编篇2\n正文二;第二句!\n推荐访问:x")
	f.Add("1.加快发展\n(1)小标题\n①项目\n" + strings.Repeat("很长的句子没有标点", 80))
	f.Add("\xff\xfe无效\x00字节。")
	f.Fuzz(func(t *testing.T, text string) {
		var paras []string
		for _, line := range strings.Split(text, "\n") {
			if p := zh.CollapseSpace(line); p != "" {
				paras = append(paras, p)
			}
		}
		kept, _ := Clean(paras)
		for _, rr := range Split(kept) {
			ps := Sections(rr.Paragraphs)
			for _, limit := range []int{7, 300} {
				cs := Chunks(corpus.Report{Source: "f", Report: rr.Ordinal}, ps, limit)
				var chunked strings.Builder
				for _, c := range cs {
					if len([]rune(c.Text)) > limit {
						t.Fatalf("chunk of %d runes over the limit %d", len([]rune(c.Text)), limit)
					}
					chunked.WriteString(c.Text)
				}
				var body strings.Builder
				for _, p := range ps {
					if !p.Heading {
						body.WriteString(p.Text)
					} else if len(p.Section) == 0 {
						t.Fatalf("heading paragraph %q has no section", p.Text)
					}
				}
				if zh.StripSpace(body.String()) != zh.StripSpace(chunked.String()) {
					t.Fatalf("chunks lost text:\nbody   %q\nchunks %q", body.String(), chunked.String())
				}
			}
		}
	})
}
