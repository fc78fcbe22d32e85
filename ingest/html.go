package ingest

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlSkipTags are elements whose content is never report text: code, styling, page chrome
// and form controls. Comparison is by name so that the svg and math namespaces match too.
var htmlSkipTags = map[string]bool{
	"head": true, "title": true, "script": true, "style": true, "noscript": true, "template": true,
	"nav": true, "header": true, "footer": true, "aside": true, "form": true, "button": true,
	"select": true, "textarea": true, "iframe": true, "object": true, "embed": true, "svg": true,
	"math": true, "canvas": true, "audio": true, "video": true, "dialog": true,
	"rt": true, "rp": true, // ruby pronunciation glosses
}

// htmlBlockTags end one paragraph and start the next.
var htmlBlockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Td: true, atom.Th: true, atom.Tr: true,
	atom.Section: true, atom.Article: true, atom.Blockquote: true, atom.Pre: true, atom.Dd: true,
	atom.Dt: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Table: true, atom.Caption: true,
	atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Main: true, atom.Body: true,
	atom.Figure: true, atom.Figcaption: true, atom.Address: true, atom.Center: true, atom.Hr: true,
	atom.Details: true, atom.Summary: true, atom.Fieldset: true, atom.Legend: true, atom.Hgroup: true,
}

// htmlBoilerplateWords are the class and id words of page chrome. A word matches a whole part
// of the attribute value split at spaces, hyphens, underscores and camel case, so "nav-bar",
// "top_menu" and "mainNav" match while "canvas" and "address" do not.
var htmlBoilerplateWords = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "menus": true, "menubar": true,
	"breadcrumb": true, "breadcrumbs": true, "crumbs": true, "footer": true, "header": true,
	"sidebar": true, "share": true, "sharing": true, "comment": true, "comments": true,
	"ad": true, "ads": true, "advert": true, "adverts": true, "advertisement": true,
	"recommend": true, "recommended": true, "recommendation": true, "related": true,
	"hotsearch": true, "pager": true, "pagination": true, "paging": true,
}

// htmlBoilerplateRoles are ARIA landmark roles of page chrome.
var htmlBoilerplateRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "menu": true, "menubar": true,
}

// htmlParagraphs returns the paragraphs of an HTML page: one per block element and per <br>
// line, in document order, without scripts, styles, the <title> or page chrome (navigation,
// headers, footers, breadcrumbs, share and comment boxes, adverts, recommendations, hot
// searches, pagination). If dropping chrome by class and id would leave nothing — a page
// whose content wrapper is called "has-sidebar", say — the page is read again without that
// rule.
func htmlParagraphs(src string) []string {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil { // only a failing reader makes Parse fail
		return textParagraphs(src)
	}
	x := htmlExtractor{byClass: true}
	x.walk(doc)
	x.flush()
	if len(x.paras) == 0 {
		x = htmlExtractor{}
		x.walk(doc)
		x.flush()
	}
	return x.paras
}

// htmlExtractor gathers the text of inline content until a block boundary flushes it as a
// paragraph, so text inside nested blocks is emitted exactly once.
type htmlExtractor struct {
	byClass   bool // drop elements whose class or id names page chrome
	paras     []string
	buf       strings.Builder
	pre       int // depth of <pre>, where line breaks end paragraphs
	inArticle int // depth of <article> and <main>, whose <header> holds the title
}

func (x *htmlExtractor) flush() {
	if p := collapseParagraphSpace(x.buf.String()); p != "" {
		x.paras = append(x.paras, p)
	}
	x.buf.Reset()
}

func (x *htmlExtractor) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		x.text(n.Data)
		return
	case html.DocumentNode:
		x.walkChildren(n)
		return
	case html.ElementNode:
	default: // comments, doctypes
		return
	}
	if x.skip(n) {
		return
	}
	if n.DataAtom == atom.Br {
		x.flush()
		return
	}
	block := htmlBlockTags[n.DataAtom]
	if block {
		x.flush()
	}
	switch n.DataAtom {
	case atom.Pre:
		x.pre++
		defer func() { x.pre-- }()
	case atom.Article, atom.Main:
		x.inArticle++
		defer func() { x.inArticle-- }()
	}
	x.walkChildren(n)
	if block {
		x.flush()
	}
}

func (x *htmlExtractor) walkChildren(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		x.walk(c)
	}
}

// text adds a text node; inside <pre> each line is a paragraph of its own.
func (x *htmlExtractor) text(s string) {
	if x.pre == 0 {
		x.buf.WriteString(s)
		return
	}
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			x.flush()
		}
		x.buf.WriteString(line)
	}
}

// skip reports whether element n and everything inside it is not report text.
func (x *htmlExtractor) skip(n *html.Node) bool {
	// An article's own <header> carries its title, so only a page's header is chrome.
	if name := strings.ToLower(n.Data); htmlSkipTags[name] && !(name == "header" && x.inArticle > 0) {
		return true
	}
	if n.DataAtom == atom.Html || n.DataAtom == atom.Body {
		// Attributes never drop the whole page: "has-sidebar" layouts, and pages hidden with
		// style="display:none" until their scripts run.
		return false
	}
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "style":
			if style := strings.ToLower(strings.ReplaceAll(a.Val, " ", "")); strings.Contains(style, "display:none") ||
				strings.Contains(style, "visibility:hidden") {
				return true
			}
		case "role":
			if htmlBoilerplateRoles[strings.ToLower(strings.TrimSpace(a.Val))] {
				return true
			}
		case "class", "id":
			if x.byClass && x.boilerplateName(a.Val) {
				return true
			}
		}
	}
	return false
}

// boilerplateName reports whether a class or id value names page chrome. A word right after
// "has", "with", "no" or "without" describes a layout ("has-sidebar"), not the chrome itself.
func (x *htmlExtractor) boilerplateName(v string) bool {
	parts := attributeWords(v)
	for i, p := range parts {
		if i > 0 {
			switch parts[i-1] {
			case "has", "with", "no", "without":
				continue
			}
		}
		if p == "header" && x.inArticle > 0 {
			continue
		}
		if htmlBoilerplateWords[p] || (p == "hot" && i+1 < len(parts) && parts[i+1] == "search") {
			return true
		}
	}
	return false
}

// attributeWords splits a class or id value into lower-case words at every character that is
// not a letter or digit and at camel-case boundaries ("mainNav" → main, nav; "BBSComment" →
// bbs, comment).
func attributeWords(v string) []string {
	var words []string
	var cur []rune
	end := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(v)
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			end()
			continue
		}
		if unicode.IsUpper(r) && len(cur) > 0 {
			prev := cur[len(cur)-1]
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if unicode.IsLower(prev) || unicode.IsDigit(prev) || (unicode.IsUpper(prev) && nextLower) {
				end()
			}
		}
		cur = append(cur, r)
	}
	end()
	return words
}
