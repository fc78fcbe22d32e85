package bot

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"strings"
	"unicode/utf8"
)

// escaper escapes the three characters Slack's mrkdwn treats as control characters, so that
// report or model text can never become <!channel>, a mention or a link.
var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// escape makes untrusted text safe inside mrkdwn and message text.
func escape(s string) string { return escaper.Replace(s) }

// unescaper reverses what Slack does to user text before delivering it.
var unescaper = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&")

// slackMarkup matches Slack's <…> markup in message text: <@U123>, <#C1|name>, <url|label>,
// <!here>.
var slackMarkup = lazyre.New(`<([^<>]*)>`)

// cleanQuestion turns the text of a Slack message into a question: the bot's own mention goes,
// links become their labels (or URLs), other mentions their names, and entities are
// unescaped.
func cleanQuestion(text, botUserID string) string {
	text = slackMarkup.ReplaceAllStringFunc(text, func(m string) string {
		inner := m[1 : len(m)-1]
		target, label, hasLabel := strings.Cut(inner, "|")
		switch {
		case botUserID != "" && target == "@"+botUserID:
			return ""
		case hasLabel && label != "":
			if strings.HasPrefix(target, "@") || strings.HasPrefix(target, "#") {
				return target[:1] + label
			}
			return label
		case strings.HasPrefix(target, "!"):
			return "@" + strings.TrimPrefix(target, "!")
		}
		return target
	})
	return strings.TrimSpace(strings.Join(strings.Fields(unescaper.Replace(text)), " "))
}

// truncate shortens s to at most limit runes, ending with an ellipsis when it cut.
func truncate(s string, limit int) string {
	if utf8.RuneCountInString(s) <= limit {
		return s
	}
	r := []rune(s)
	return strings.TrimRightFunc(string(r[:limit-1]), isSpace) + "…"
}

func isSpace(r rune) bool { return r == ' ' || r == '\n' || r == '\t' }

// splitText cuts escaped mrkdwn text into pieces of at most limit runes, preferring paragraph,
// line, sentence and word boundaries, and never cutting inside an &entity;.
func splitText(s string, limit int) []string {
	var out []string
	for utf8.RuneCountInString(s) > limit {
		r := []rune(s)
		cut := bestCut(r[:limit])
		piece := strings.TrimRightFunc(string(r[:cut]), isSpace)
		if piece != "" {
			out = append(out, piece)
		}
		s = strings.TrimLeftFunc(string(r[cut:]), isSpace)
	}
	if s = strings.TrimSpace(s); s != "" {
		out = append(out, s)
	}
	return out
}

// bestCut returns where to cut a window of runes: after the last paragraph break, line break,
// sentence end or space in its second half, else at its end (moved before any &entity; it
// would split).
func bestCut(w []rune) int {
	half := len(w) / 2
	for _, stops := range []string{"\n\n", "\n", "。！？.!?；;", " "} {
		for i := len(w) - 1; i >= half; i-- {
			if stops == "\n\n" {
				if w[i] == '\n' && i > 0 && w[i-1] == '\n' {
					return i + 1
				}
				continue
			}
			if strings.ContainsRune(stops, w[i]) {
				return i + 1
			}
		}
	}
	cut := len(w)
	for i := cut - 1; i >= 0 && i >= cut-6; i-- { // entities are at most "&amp;" long
		if w[i] == ';' {
			break
		}
		if w[i] == '&' {
			return i
		}
	}
	return cut
}

// trimPassage shortens a cited passage to about limit runes for display, keeping quote (the
// sentence that carries the answer) whole when it is in the passage, and marking every cut
// with an ellipsis.
func trimPassage(text, quote string, limit int) string {
	text = strings.Join(strings.Fields(text), " ")
	quote = strings.Join(strings.Fields(quote), " ")
	r := []rune(text)
	if len(r) <= limit {
		return text
	}
	qs, qe := -1, -1
	if quote != "" {
		if i := strings.Index(text, quote); i >= 0 {
			qs = utf8.RuneCountInString(text[:i])
			qe = qs + utf8.RuneCountInString(quote)
		}
	}
	if qs < 0 { // no quote: the start of the passage
		return strings.TrimRightFunc(string(r[:limit]), isSpace) + "…"
	}
	if qe-qs >= limit { // the quote alone is too long: keep its start
		out := strings.TrimRightFunc(string(r[qs:qs+limit]), isSpace) + "…"
		if qs > 0 {
			out = "…" + out
		}
		return out
	}
	room := limit - (qe - qs)
	start, end := qs-room/2, qe+(room-room/2)
	if start < 0 {
		end, start = end-start, 0
	}
	if end > len(r) {
		start, end = max(0, start-(end-len(r))), len(r)
	}
	out := strings.TrimSpace(string(r[start:end]))
	if start > 0 {
		out = "…" + out
	}
	if end < len(r) {
		out += "…"
	}
	return out
}
