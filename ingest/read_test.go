package ingest

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// corpusPathForTest is the bundled corpus: a UTF-8 page scraped from a Chinese site.
const corpusPathForTest = "../data/2023-gov-work-reports.txt"

// readCorpusForTest returns the bundled corpus as UTF-8 text.
func readCorpusForTest(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(corpusPathForTest)
	if err != nil {
		tb.Fatalf("read corpus: %v", err)
	}
	return string(b)
}

// writeFileForTest writes b to name under dir and returns the path.
func writeFileForTest(tb testing.TB, dir, name string, b []byte) string {
	tb.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		tb.Fatal(err)
	}
	return p
}

func TestReadFileCorpus(t *testing.T) {
	doc, err := ReadFile(corpusPathForTest)
	if err != nil {
		t.Fatalf("ReadFile: %v", err)
	}
	if doc.Name != "2023-gov-work-reports.txt" || doc.Path != corpusPathForTest ||
		doc.Format != FormatText || doc.Encoding != EncodingUTF8 {
		t.Errorf("ReadFile = %+v (paragraphs elided)", Document{Name: doc.Name, Path: doc.Path, Format: doc.Format, Encoding: doc.Encoding})
	}
	if got, want := len(doc.Paragraphs), 438; got != want { // the corpus's non-blank lines
		t.Errorf("got %d paragraphs, want %d", got, want)
	}
	checkParagraphsForTest(t, doc.Paragraphs)
	for _, want := range []string{
		"诺仪文秘网 - www.zhuhainuoyiwuye.com 2024年04月28日 14:31 星期日", // spaces kept beside Latin and digits
		"• 当前位置首页 >专题范文 > 工作汇报 >",                               // NBSP folded to a space, Han run joined
		"各位代表:",
		"一、知重负重、唯实唯勤,经济社会稳中向好",
	} {
		if !slices.Contains(doc.Paragraphs, want) {
			t.Errorf("paragraphs lack %q", want)
		}
	}
	all := strings.Join(doc.Paragraphs, "\n")
	for _, want := range []string{"“锦绣中华丝韵江南”", "满意率96.5 %", "5G 通信"} {
		if !strings.Contains(all, want) {
			t.Errorf("paragraphs lack %q", want)
		}
	}
}

func TestReadFileEncodings(t *testing.T) {
	text := readCorpusForTest(t)
	want, err := ReadBytes("report.txt", []byte(text))
	if err != nil {
		t.Fatalf("ReadBytes: %v", err)
	}
	tests := []struct {
		encoding string
		content  []byte
	}{
		{EncodingUTF8, []byte(text)},
		{EncodingUTF8BOM, append([]byte("\uFEFF"), text...)},
		{EncodingUTF16LE, encodeUTF16ForTest(text, false)},
		{EncodingUTF16BE, encodeUTF16ForTest(text, true)},
		{EncodingGB18030, encodeGB18030ForTest(t, text)},
		{EncodingGB18030, encodeGB18030ForTest(t, strings.ReplaceAll(text, "\n", "\r\n"))},
	}
	for _, tt := range tests {
		t.Run(tt.encoding, func(t *testing.T) {
			path := writeFileForTest(t, t.TempDir(), "2023报告.TXT", tt.content)
			doc, err := ReadFile(path)
			if err != nil {
				t.Fatalf("ReadFile: %v", err)
			}
			if doc.Encoding != tt.encoding || doc.Format != FormatText || doc.Name != "2023报告.TXT" || doc.Path != path {
				t.Errorf("got encoding %q, format %q, name %q, path %q", doc.Encoding, doc.Format, doc.Name, doc.Path)
			}
			if !slices.Equal(doc.Paragraphs, want.Paragraphs) {
				t.Errorf("paragraphs differ from the UTF-8 reading (%d vs %d)", len(doc.Paragraphs), len(want.Paragraphs))
			}
		})
	}
}

func TestTextParagraphs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"lines are paragraphs", "第一段\r\n\r\n第二段\r第三段\f第四段\u2029第五段", []string{"第一段", "第二段", "第三段", "第四段", "第五段"}},
		{"spaces between CJK removed", "  政府  工作\t报告\u3000\u3000审议 ", []string{"政府工作报告审议"}},
		{"spaces between CJK punctuation removed", "“不忘初心 牢记使命” 主题教育 。", []string{"“不忘初心牢记使命”主题教育。"}},
		{"spaces beside Latin and digits folded", "GDP  增长\u00a0\u00a05.2% ,  5G\t通信", []string{"GDP 增长 5.2% , 5G 通信"}},
		{"ideographic space beside digits folded", "2023年\u30002月", []string{"2023年 2月"}},
		{"zero-width characters removed", "政\u200b府 Work\u200bReport\ufeff", []string{"政府 WorkReport"}},
		{"control characters are white space", "政府\x1a工作 a\x1bb", []string{"政府工作 a b"}},
		{"full-width characters kept", "增长\uff15\uff05\uff0c（一）\u3000达到", []string{"增长\uff15\uff05\uff0c（一）达到"}},
		{"blank lines only", " \n\t\n\u3000\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := textParagraphs(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("textParagraphs(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMarkdownParagraphs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"atx headings", "# 2023年政府工作报告\n## 一、过去一年工作回顾 ##\n###### 六级", []string{"2023年政府工作报告", "一、过去一年工作回顾", "六级"}},
		{"hash without space is text", "#话题#", []string{"#话题#"}},
		{"bold", "**坚持稳中求进**,推动__高质量__发展", []string{"坚持稳中求进,推动高质量发展"}},
		{"bullets stripped", "- 新增学位2940个\n* 成立教育集团\n  + 投用3所学校\n- [x] 已完成", []string{"新增学位2940个", "成立教育集团", "投用3所学校", "已完成"}},
		{"numbered headings kept", "1.加快建设现代化产业体系\n2. 扩大有效投资\n(一)稳增长", []string{"1.加快建设现代化产业体系", "2. 扩大有效投资", "(一)稳增长"}},
		{"blockquote", "> 各位代表:\n>> - 嵌套列表", []string{"各位代表:", "嵌套列表"}},
		{"links and images", "详见[政府工作报告](https://example.gov.cn/a_(1).html)全文 ![盛泽镇](img.png) [第一篇][1]", []string{"详见政府工作报告全文盛泽镇第一篇"}},
		{"footnote marks kept", "“一枚印章管审批”[9]改革", []string{"“一枚印章管审批”[9]改革"}},
		{"link reference definitions dropped", "正文\n[1]: https://example.gov.cn/report", []string{"正文"}},
		{"autolink", "来源 <https://example.gov.cn/r>", []string{"来源 https://example.gov.cn/r"}},
		{"escapes", `\*注\*:1\. 数据为预计数 \\`, []string{`*注*:1. 数据为预计数 \`}},
		{"code fence lines dropped, content kept", "```text\n原文 **照录**\n```\n正文", []string{"原文 **照录**", "正文"}},
		{"inline code is not a fence", "```代码```\n正文", []string{"```代码```", "正文"}},
		{"tilde fence", "~~~~\n# 不是标题\n~~~~", []string{"# 不是标题"}},
		{"inline comment", "正文<!-- 广告位 -->继续", []string{"正文继续"}},
		{"multi-line comment", "<!--\n广告\n-->\n正文\n甲<!-- a --><!-- b -->乙", []string{"正文", "甲乙"}},
		{"breaks and underlines", "标题\n===\n---\n* * *\n| 指标 | 数值 |\n|:---|---:|", []string{"标题", "| 指标 | 数值 |"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := markdownParagraphs(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("markdownParagraphs(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestReadFileErrors(t *testing.T) {
	dir := t.TempDir()
	random := []byte{0x13, 0x8f, 0x00, 0x00, 0x42, 0xfe, 0x00, 0x07, 0x99, 0x00, 0x01, 0xaa}
	tests := []struct {
		name    string
		path    string
		wantErr error
		errHas  []string
	}{
		{"png", writeFileForTest(t, dir, "logo.png", pngHeaderForTest), ErrNotText,
			[]string{"logo.png: not a text file (binary content at byte 6): only .txt, .md and .html report files can be ingested"}},
		{"binary named .txt", writeFileForTest(t, dir, "x.txt", random), ErrNotText, []string{"x.txt", "binary content at byte 0"}},
		{"undecodable", writeFileForTest(t, dir, "latin1.txt", []byte("Caf\xE9 au lait")), ErrNotText,
			[]string{"latin1.txt: not a text file (not UTF-8, UTF-16 or GB18030: invalid byte 0xE9 at byte 3): save it as UTF-8"}},
		{"empty", writeFileForTest(t, dir, "empty.md", nil), ErrEmptyFile, []string{"empty.md: empty file"}},
		{"missing", filepath.Join(dir, "missing.txt"), fs.ErrNotExist, []string{"missing.txt: no such file or directory"}},
		{"unsupported extension", writeFileForTest(t, dir, "report.docx", []byte("政府工作报告")), ErrUnsupportedFormat,
			[]string{`report.docx: unsupported file type ".docx"`}},
		{"no extension", writeFileForTest(t, dir, "README", []byte("政府工作报告")), ErrUnsupportedFormat, []string{"README", "no extension"}},
		{"directory", dir, nil, []string{"is a directory"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ReadFile(tt.path)
			if err == nil {
				t.Fatalf("ReadFile = %+v, want an error", doc)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("ReadFile error %v does not wrap %v", err, tt.wantErr)
			}
			for _, s := range tt.errHas {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("ReadFile error %q does not say %q", err, s)
				}
			}
		})
	}
}

func TestCollect(t *testing.T) {
	root := t.TempDir()
	for _, name := range []string{
		"reports/b.md", "reports/a.txt", "reports/c.html", "reports/d.HTM", "reports/notes.pdf",
		"reports/.draft.txt", "reports/.git/x.txt", "reports/sub/z.markdown", "reports/sub/y.text",
		"pdfs/x.pdf", ".hidden/h.txt", "one.txt", "slides.pptx",
	} {
		writeFileForTest(t, root, name, []byte("政府工作报告"))
	}
	p := func(name string) string { return filepath.Join(root, name) }
	dirFiles := []string{p("reports/a.txt"), p("reports/b.md"), p("reports/c.html"), p("reports/d.HTM"),
		p("reports/sub/y.text"), p("reports/sub/z.markdown")}
	tests := []struct {
		name    string
		paths   []string
		want    []string
		wantErr error
		errHas  string
	}{
		{name: "directory walked and sorted", paths: []string{p("reports")}, want: dirFiles},
		{name: "argument order kept, duplicates dropped", paths: []string{p("one.txt"), p("reports"), p("reports/a.txt")},
			want: append([]string{p("one.txt")}, dirFiles...)},
		{name: "hidden directory named explicitly", paths: []string{p(".hidden")}, want: []string{p(".hidden/h.txt")}},
		{name: "directory without reports", paths: []string{p("pdfs")}, errHas: "no .txt, .md or .html files under " + p("pdfs")},
		{name: "missing path", paths: []string{p("reports"), p("nope")}, wantErr: fs.ErrNotExist, errHas: p("nope")},
		{name: "unsupported file named explicitly", paths: []string{p("slides.pptx")}, wantErr: ErrUnsupportedFormat, errHas: "slides.pptx"},
		{name: "nothing given", paths: nil, errHas: "no report files"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Collect(tt.paths)
			if tt.errHas == "" {
				if err != nil {
					t.Fatalf("Collect: %v", err)
				}
				if !slices.Equal(got, tt.want) {
					t.Errorf("Collect\n got %q\nwant %q", got, tt.want)
				}
				return
			}
			if err == nil {
				t.Fatalf("Collect = %q, want an error", got)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("Collect error %v does not wrap %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.errHas) {
				t.Errorf("Collect error %q does not say %q", err, tt.errHas)
			}
		})
	}
}
