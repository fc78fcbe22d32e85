package ingest

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/internal/zh"
)

// The cleaner removes what a scraped web page adds around report text: the site's header (name,
// address, date), navigation ("热门搜索", "当前位置"), page statistics ("浏览数", "发布时间"), the
// editor's teaser ("以下是为大家整理的…欢迎参考"), and the footer ("推荐访问", "相关文章", "Top…").
// The rules describe the kinds of line such pages carry, not this corpus's strings.

// navPrefixes start lines that are page furniture, never report text.
var navPrefixes = []string{
	"热门搜索", "热搜", "当前位置", "您的位置", "您现在的位置", "所在位置", "首页>", "首页 >", "首页»",
	"浏览数", "浏览次数", "浏览量", "阅读数", "阅读量", "点击数", "发布时间", "发布日期", "更新时间",
	"来源:", "来源:", "作者:", "作者:", "责任编辑", "编辑:", "编辑:", "打印本页", "关闭窗口", "分享到",
	"版权所有", "copyright", "©", "扫一扫", "免责声明", "网站地图", "字号", "【字体", "[字体",
}

// footerPrefixes start the page's footer: everything after them up to the next report heading
// is dropped too.
var footerPrefixes = []string{
	"推荐访问", "相关文章", "相关阅读", "相关推荐", "猜你喜欢", "热门文章", "上一篇", "下一篇", "返回顶部", "top",
}

var (
	// A time stamp such as "2024年04月28日 14:31 星期日" or "2023-12-09 10:45:02".
	reStamp = lazyre.New(`(\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})\s*\d{1,2}:\d{2}|星期[一二三四五六日天]`)
	// A web address or domain.
	reURL = lazyre.New(`(?i)(https?://|www\.|\.(com|cn|net|org|gov)\b)`)
	// The editor's voice: "以下是为大家整理的…", "欢迎大家前来参考查阅", "仅供参考".
	reTeaser = lazyre.New(`(以下是|下面是|本文是|小编)[^。]{0,30}(整理|收集|精心|分享|为大家|为您)|(欢迎|仅供)[^。]{0,8}(参考|阅读|借鉴|查阅|下载|收藏)`)
)

// stripBullet removes list bullets a page puts before navigation items.
func stripBullet(p string) string {
	return strings.TrimLeft(p, "•·●◆■□▪▶>»-*+| \t\u3000")
}

// isNavLine reports whether paragraph p is page furniture.
func isNavLine(p string) bool {
	s := strings.ToLower(stripBullet(p))
	for _, pre := range navPrefixes {
		if strings.HasPrefix(s, pre) {
			return true
		}
	}
	short := len([]rune(s)) <= 80
	if short && (reStamp.MatchString(s) || reURL.MatchString(s)) {
		return true
	}
	// Lines without a single CJK character (page numbers, "Top", stray menu words) are not part
	// of a Chinese report.
	if !strings.ContainsFunc(s, zh.IsHan) && len([]rune(s)) <= 40 {
		return true
	}
	return reTeaser.MatchString(s)
}

// isFooterStart reports whether p starts the page's footer.
func isFooterStart(p string) bool {
	s := strings.ToLower(stripBullet(p))
	for _, pre := range footerPrefixes {
		if strings.HasPrefix(s, pre) {
			rest := strings.TrimSpace(s[len(pre):])
			// "Top" must stand alone or before digits/colon ("Top5:", "Top"), not start a word.
			if pre == "top" && rest != "" && !unicode.IsDigit([]rune(rest)[0]) && !strings.HasPrefix(rest, ":") {
				continue
			}
			return true
		}
	}
	return false
}

// Clean drops page furniture from a file's paragraphs and returns what is left, in order, with
// the number of paragraphs dropped. Paragraphs that are report headings (see isReportHeading)
// are always kept, and they end a footer.
func Clean(paras []string) (kept []string, dropped int) {
	inFooter := false
	for _, p := range paras {
		if isReportHeading(p) {
			inFooter = false
			kept = append(kept, p)
			continue
		}
		if inFooter || isFooterStart(p) {
			inFooter = true
			dropped++
			continue
		}
		if isNavLine(p) {
			dropped++
			continue
		}
		kept = append(kept, p)
	}
	return kept, dropped
}
