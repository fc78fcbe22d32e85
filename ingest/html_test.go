package ingest

import (
	"html"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestHTMLParagraphs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"nested blocks emit text once", "<div>一<div>二<p>三</p></div>四</div>", []string{"一", "二", "三", "四"}},
		{"br ends a paragraph", "<p>第一行<br>第二行<br/>第三行</p>", []string{"第一行", "第二行", "第三行"}},
		{"inline elements join", "<p><span>政府</span><b>工作</b><a href=#>报告</a></p>", []string{"政府工作报告"}},
		{"entities decoded", "<p>&ldquo;双减&rdquo;政策&nbsp;稳步落实 &amp; 5G&nbsp;通信 &#x4E00;</p>", []string{"“双减”政策稳步落实 & 5G 通信一"}},
		{"source line breaks between CJK removed", "<p>政府\n      工作\n报告 2023 年</p>", []string{"政府工作报告 2023 年"}},
		{"title is not a paragraph", "<html><head><title>标题</title><meta charset=utf-8></head><body><p>正文</p></body></html>", []string{"正文"}},
		{"code and chrome tags dropped", `<script>var a="<p>脚本</p>"</script><style>p{}</style><noscript>请启用</noscript>
			<template><p>模板</p></template><nav>导航</nav><header>站头</header><aside>侧栏</aside>
			<form><p>表单</p><button>提交</button><select><option>选项</option></select></form>
			<iframe>框架</iframe><svg><text>图形</text></svg><p>正文</p><footer>页脚</footer>`, []string{"正文"}},
		{"chrome classes and ids dropped", `<div class="top-nav">导航</div><div id="breadcrumb">位置</div>
			<ul class="menu_list"><li>菜单</li></ul><div class="hotSearch">热搜</div><div class="hot-search">热搜</div>
			<div class="article-share">分享</div><div id="comments">评论</div><div class="ads">广告</div>
			<div class="pagination">分页</div><div class="recommend-list">推荐</div><div class="Related">相关</div>
			<div class="siteHeader">站头</div><div id="side_bar sidebar">侧栏</div><p class="content">正文</p>`, []string{"正文"}},
		{"lookalike classes kept", `<div class="canvas-wrap">一</div><div class="address">二</div><div class="download">三</div>
			<div class="layout has-sidebar">四</div><div class="navigate-free readable">五</div>`, []string{"一", "二", "三", "四", "五"}},
		{"landmark roles and hidden elements dropped", `<div role="navigation">导航</div><div hidden>隐藏</div>
			<div style="display: none">隐藏</div><p>正文</p>`, []string{"正文"}},
		{"article header kept, page header dropped", "<header>网站</header><article><header><h1>标题</h1></header><p>正文</p></article>",
			[]string{"标题", "正文"}},
		{"pre lines are paragraphs", "<pre>\n第一行\n  第二行\n\n</pre>", []string{"第一行", "第二行"}},
		{"table cells", "<table><tr><th>指标</th><td>地区生产总值</td><td>168.8亿元</td></tr></table>", []string{"指标", "地区生产总值", "168.8亿元"}},
		{"comments ignored", "<p>正<!-- 广告 -->文</p>", []string{"正文"}},
		{"chrome-named wrapper falls back", `<body><div class="sidebar-layout"><p>正文</p></div></body>`, []string{"正文"}},
		{"body attributes never drop the page", `<html style="display:none"><body class="page-with-nav sidebar" hidden><p>正文</p></body></html>`, []string{"正文"}},
		{"ruby glosses dropped", "<p><ruby>汉<rp>(</rp><rt>hàn</rt><rp>)</rp></ruby>字</p>", []string{"汉字"}},
		{"plain text", "政府工作报告", []string{"政府工作报告"}},
		{"empty page", "<html><body>  </body></html>", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := htmlParagraphs(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("htmlParagraphs\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// reportPageForTest wraps real report paragraphs in the chrome of a scraped article page: head,
// scripts, header, navigation, breadcrumb, hot searches, share box, pagination, related
// articles, comments, sidebar and footer.
func reportPageForTest(title string, paras []string) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>` + html.EscapeString(title) + ` - 文秘网</title>
<script>var ad = "<p>广告</p>"; document.write('<div>推广</div>');</script>
<style>.content p { text-indent: 2em; }</style></head>
<body>
<div class="header"><a href="/">文秘网</a> www.example.com 2024年04月28日 星期日</div>
<nav><ul><li><a href="/">首页</a></li><li><a href="/fw/">专题范文</a></li></ul></nav>
<div class="hot-search">热门搜索:<a>工作总结</a></div>
<div id="breadcrumb">当前位置 <a>首页</a>&nbsp;&gt;<a>工作汇报</a> &gt;</div>
<div class="main"><div class="content">
<h1>` + html.EscapeString(title) + `</h1>
`)
	for i, p := range paras {
		switch i % 3 {
		case 0:
			b.WriteString("<p>\n\t" + html.EscapeString(p) + "\n</p>\n")
		case 1: // split into inline pieces, as editors' markup does
			half := []rune(p)[:len([]rune(p))/2]
			b.WriteString("<p><span>" + html.EscapeString(string(half)) + "</span><strong>" +
				html.EscapeString(strings.TrimPrefix(p, string(half))) + "</strong></p>\n")
		default: // <br> separated text in a div
			b.WriteString("<div>" + html.EscapeString(p) + "<br></div>\n")
		}
	}
	b.WriteString(`</div>
<div class="share_box">分享到:微信 微博</div>
<div class="pager"><a>上一篇:工作总结</a><a>下一篇:工作计划</a></div>
<div class="related-articles"><h3>相关文章</h3><ul><li><a>2022年政府工作报告</a></li></ul></div>
<div id="comment-list"><p>网友评论:写得好</p></div>
<aside><div class="recommend">推荐阅读</div></aside>
</div>
<footer><p>版权所有 © 文秘网</p></footer>
<script>console.log("统计")</script>
</body></html>
`)
	return b.String()
}

func TestReadFileHTMLPage(t *testing.T) {
	corpus, err := ReadBytes("corpus.txt", []byte(readCorpusForTest(t)))
	if err != nil {
		t.Fatalf("ReadBytes: %v", err)
	}
	start := slices.Index(corpus.Paragraphs, "各位代表:")
	if start < 0 {
		t.Fatal("corpus lacks the 各位代表: paragraph")
	}
	title := corpus.Paragraphs[start-1]
	paras := corpus.Paragraphs[start : start+12]
	page := reportPageForTest(title, paras)
	want := append([]string{title}, paras...)
	tests := []struct {
		name     string
		file     string
		content  []byte
		encoding string
	}{
		{"utf-8", "report.html", []byte(page), EncodingUTF8},
		{"gb18030", "report.htm", encodeGB18030ForTest(t, strings.Replace(page, "utf-8", "gbk", 1)), EncodingGB18030},
		{"utf-16le", "REPORT.HTML", encodeUTF16ForTest(page, false), EncodingUTF16LE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ReadFile(writeFileForTest(t, t.TempDir(), tt.file, tt.content))
			if err != nil {
				t.Fatalf("ReadFile: %v", err)
			}
			if doc.Format != FormatHTML || doc.Encoding != tt.encoding {
				t.Errorf("format %q, encoding %q; want html, %q", doc.Format, doc.Encoding, tt.encoding)
			}
			if !slices.Equal(doc.Paragraphs, want) {
				t.Errorf("paragraphs\n got %q\nwant %q", doc.Paragraphs, want)
			}
		})
	}
}

func FuzzHTML(f *testing.F) {
	f.Add("<p>政府<b>工作</b>报告<br>2023年</p>")
	f.Add(`<div class="nav"><p>导航</p></div><article><header><h1>标题</h1></header></article>`)
	f.Add("<pre>一\n二</pre><table><tr><td>甲<td>乙</table>")
	f.Add("&ldquo;双减&rdquo;&nbsp;政策 <!-- x --> <script>s</script>")
	f.Add("政府 工作\u3000报告\u200b a  b")
	f.Fuzz(func(t *testing.T, src string) {
		checkParagraphsForTest(t, htmlParagraphs(src))
		if !utf8.ValidString(src) {
			return
		}
		// Text that is only text must come through whole: as a page's body, and escaped inside
		// a block (the parser drops NUL characters from body text).
		want := nonSpaceForTest(strings.ReplaceAll(src, "\x00", ""))
		if !strings.ContainsAny(src, "<&") {
			if got := nonSpaceForTest(strings.Join(htmlParagraphs(src), "")); got != want {
				t.Fatalf("plain text lost characters:\n got %q\nwant %q", got, want)
			}
		}
		page := "<!DOCTYPE html><html><body><div>" + html.EscapeString(src) + "</div></body></html>"
		if got := nonSpaceForTest(strings.Join(htmlParagraphs(page), "")); got != want {
			t.Fatalf("escaped text lost characters:\n got %q\nwant %q", got, want)
		}
	})
}
