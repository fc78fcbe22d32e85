package slacktest

import (
	"encoding/json"
	"unicode/utf8"
)

// CheckMessage applies the Block Kit limits Slack enforces to a message's text and blocks
// (JSON) and returns Slack's error code, or "" when the message would be accepted. Real Slack
// validates more; these are the limits a renderer most often breaks.
func CheckMessage(text, blocks string) string {
	if utf8.RuneCountInString(text) > 40000 {
		return "msg_too_long"
	}
	if blocks == "" {
		if text == "" {
			return "no_text"
		}
		return ""
	}
	var bs []map[string]json.RawMessage
	if err := json.Unmarshal([]byte(blocks), &bs); err != nil {
		return "invalid_blocks_format"
	}
	if len(bs) == 0 && text == "" {
		return "no_text"
	}
	if len(bs) > 50 {
		return "invalid_blocks"
	}
	for _, b := range bs {
		if !validBlock(b) {
			return "invalid_blocks"
		}
	}
	return ""
}

type textObject struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

type element struct {
	Type     string      `json:"type"`
	Text     *textObject `json:"text"`
	ActionID string      `json:"action_id"`
	Value    string      `json:"value"`
}

func validBlock(b map[string]json.RawMessage) bool {
	var typ, blockID string
	_ = json.Unmarshal(b["type"], &typ)
	_ = json.Unmarshal(b["block_id"], &blockID)
	if len(blockID) > 255 {
		return false
	}
	switch typ {
	case "section":
		var t *textObject
		_ = json.Unmarshal(b["text"], &t)
		if t == nil {
			return len(b["fields"]) > 0
		}
		return validText(t, 3000)
	case "context":
		var els []textObject
		if json.Unmarshal(b["elements"], &els) != nil || len(els) == 0 || len(els) > 10 {
			return false
		}
		for i := range els {
			if !validText(&els[i], 3000) {
				return false
			}
		}
		return true
	case "actions":
		var els []element
		if json.Unmarshal(b["elements"], &els) != nil || len(els) == 0 || len(els) > 25 {
			return false
		}
		for _, e := range els {
			if e.Type == "button" && (e.Text == nil || !validText(e.Text, 75) || len(e.ActionID) > 255 ||
				utf8.RuneCountInString(e.Value) > 2000) {
				return false
			}
		}
		return true
	case "header":
		var t *textObject
		_ = json.Unmarshal(b["text"], &t)
		return t != nil && t.Type == "plain_text" && validText(t, 150)
	case "divider":
		return true
	}
	return false
}

func validText(t *textObject, max int) bool {
	return (t.Type == "mrkdwn" || t.Type == "plain_text") && t.Text != "" && utf8.RuneCountInString(t.Text) <= max
}
