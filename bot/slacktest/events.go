package slacktest

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"time"
)

// EventCallback wraps an inner event the way the Events API delivers it.
func EventCallback(eventID string, inner any) map[string]any {
	return map[string]any{
		"token": "verification-token-unused", "team_id": TeamID, "api_app_id": "AFAKE",
		"type": "event_callback", "event_id": eventID, "event_time": time.Now().Unix(),
		"event": inner,
	}
}

// Mention is an app_mention event. threadTS is "" for a top-level message.
func Mention(channel, user, text, ts, threadTS string) map[string]any {
	ev := map[string]any{"type": "app_mention", "channel": channel, "user": user, "text": text,
		"ts": ts, "event_ts": ts}
	if threadTS != "" {
		ev["thread_ts"] = threadTS
	}
	return ev
}

// DirectMessage is a message.im event from a user. threadTS is "" for a top-level message.
func DirectMessage(channel, user, text, ts, threadTS string) map[string]any {
	ev := map[string]any{"type": "message", "channel": channel, "channel_type": "im", "user": user,
		"text": text, "ts": ts, "event_ts": ts, "client_msg_id": "cm-" + ts}
	if threadTS != "" {
		ev["thread_ts"] = threadTS
	}
	return ev
}

// BotMessage is a message.im event posted by a bot (bot_message subtype).
func BotMessage(channel, botID, text, ts string) map[string]any {
	return map[string]any{"type": "message", "subtype": "bot_message", "channel": channel,
		"channel_type": "im", "bot_id": botID, "text": text, "ts": ts, "event_ts": ts}
}

// EditedMessage is a message_changed event in a DM.
func EditedMessage(channel, user, text, ts string) map[string]any {
	return map[string]any{"type": "message", "subtype": "message_changed", "channel": channel,
		"channel_type": "im", "ts": ts, "event_ts": ts, "hidden": true,
		"message": map[string]any{"type": "message", "user": user, "text": text, "ts": ts,
			"edited": map[string]any{"user": user, "ts": ts}}}
}

// SlashCommand is the payload of a slash command (form fields in HTTP mode).
type SlashCommand struct {
	Command     string `json:"command"`
	Text        string `json:"text"`
	UserID      string `json:"user_id"`
	UserName    string `json:"user_name"`
	ChannelID   string `json:"channel_id"`
	ChannelName string `json:"channel_name"`
	TeamID      string `json:"team_id"`
	ResponseURL string `json:"response_url"`
	TriggerID   string `json:"trigger_id"`
	APIAppID    string `json:"api_app_id"`
}

// Form returns the command as the form fields Slack posts in HTTP mode.
func (c SlashCommand) Form() map[string]string {
	return map[string]string{"command": c.Command, "text": c.Text, "user_id": c.UserID,
		"user_name": c.UserName, "channel_id": c.ChannelID, "channel_name": c.ChannelName,
		"team_id": c.TeamID, "response_url": c.ResponseURL, "trigger_id": c.TriggerID,
		"api_app_id": c.APIAppID}
}

// BlockAction is a block_actions payload for a click on a button with actionID and value in a
// message (messageTS; ephemeral when the message was ephemeral).
func BlockAction(user, channel, messageTS, actionID, value, responseURL string, ephemeral bool) map[string]any {
	container := map[string]any{"type": "message", "message_ts": messageTS, "channel_id": channel,
		"is_ephemeral": ephemeral}
	p := map[string]any{
		"type": "block_actions", "team": map[string]any{"id": TeamID}, "api_app_id": "AFAKE",
		"user":      map[string]any{"id": user, "username": "user-" + user, "name": "user-" + user},
		"channel":   map[string]any{"id": channel, "name": "general"},
		"container": container, "trigger_id": "trigger-1", "response_url": responseURL,
		"actions": []map[string]any{{"type": "button", "action_id": actionID, "block_id": "actions",
			"value": value, "action_ts": "1700000001.000001",
			"text": map[string]any{"type": "plain_text", "text": "button"}}},
	}
	if !ephemeral {
		p["message"] = map[string]any{"type": "message", "ts": messageTS, "text": "answer"}
	}
	return p
}

// Sign sets the X-Slack-Request-Timestamp and X-Slack-Signature headers that Slack's v0
// request signing puts on every HTTP request.
func Sign(h http.Header, secret string, body []byte, at time.Time) {
	ts := strconv.FormatInt(at.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte("v0:" + ts + ":"))
	mac.Write(body)
	h.Set("X-Slack-Request-Timestamp", ts)
	h.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
}
