package answer

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/num"
)

// Figures num reads otherwise than a reader does: amounts of yuan without 元 after a money word
// (投资1000万), numbers that name a thing (14号线), the scale word after a figure (万吨级); round
// numbers without digits (近万名, 千亿规模) num reads with Options.Round.

// moneyLeads are the words a report writes an amount of money right after, so that a scaled
// number after them without 元 is yuan: 投资1000万, 资金1200万.
var moneyLeads = []string{"投资", "投入", "资金", "收入", "支出", "补贴", "补助", "融资", "金额", "总额", "营收", "税收", "产值", "销售额", "经费", "奖金"}

// leadWords may stand between a money word and its amount (投资达1000万, 收入超300万).
var leadWords = []string{"达到", "达", "为", "约", "超过", "超", "突破", "近", "逾", "共", "累计", "完成"}

// yuanAmount is a bare scaled number of the quote read as yuan when a money word stands right
// before it (投资1000万的李宅民宿: 10 million yuan); the value itself otherwise.
func yuanAmount(quote string, v num.Value) num.Value {
	if v.Unit != "" || v.Multiplier == "" || v.Ordinal || v.QualEnd != v.End {
		return v
	}
	lead := quote[:v.Start]
	for trimmed := true; trimmed; {
		trimmed = false
		for _, w := range leadWords {
			if strings.HasSuffix(lead, w) {
				lead, trimmed = strings.TrimSuffix(lead, w), true
			}
		}
	}
	if slices.ContainsFunc(moneyLeads, func(w string) bool { return strings.HasSuffix(lead, w) }) {
		v.Unit = "元"
	}
	return v
}

// identifier reports whether a bare number of the quote names a thing rather than counts it
// (地铁14号线, 5号楼, 228国道): a number before 号 or a road class.
func identifier(quote string, v num.Value) bool {
	rest := quote[v.End:]
	return v.Dim() == num.DimNone && !v.Ordinal && (strings.HasPrefix(rest, "号") ||
		slices.ContainsFunc(roadKinds, func(k string) bool { return strings.HasPrefix(rest, k) }))
}

// scaleSuffix is the word after a figure of the quote that makes it the scale of a thing (300亿
// 能级: a 30-billion scale; 万吨级码头: a 10,000-tonne class), with its English; "" for none.
func scaleSuffix(quote string, v num.Value) (suffix, english string) {
	rest := quote[v.QualEnd:]
	for _, s := range []struct{ zh, en string }{{"能级", "scale"}, {"规模", "scale"}, {"级", "class"}} {
		if strings.HasPrefix(rest, s.zh) {
			return s.zh, s.en
		}
	}
	return "", ""
}

// inQuotedName reports whether a number written in Chinese numerals stands inside a short
// quoted name (“一年一村一场戏”, “三篇大文章”, “五美三优”): a slogan's word, which counts nothing
// the question asks. Digits in quotes are left alone (“12345” is a hotline, but a reader may
// ask for it).
func inQuotedName(quote string, v num.Value) bool {
	if v.Form != num.FormChinese {
		return false
	}
	before, after := quote[:v.Start], quote[v.End:]
	open := strings.LastIndex(before, "“")
	if open < 0 || strings.Contains(before[open:], "”") {
		return false
	}
	end := strings.Index(after, "”")
	return end >= 0 && !strings.Contains(after[:end], "“") && utf8.RuneCountInString(before[open:])+utf8.RuneCountInString(after[:end]) <= 16
}
