package config

import (
	"errors"
	"fmt"
	"strings"
)

// Mode is how Slack reaches `reportbot serve`.
type Mode string

// The serve modes.
const (
	// ModeSocket is Socket Mode: an outbound websocket, no public URL needed.
	ModeSocket Mode = "socket"
	// ModeHTTP is the Events API: Slack posts to the bot's public URL.
	ModeHTTP Mode = "http"
)

// ParseMode reads a serve mode (socket or http).
func ParseMode(s string) (Mode, error) {
	switch m := Mode(strings.ToLower(strings.TrimSpace(s))); m {
	case ModeSocket, ModeHTTP:
		return m, nil
	}
	return "", fmt.Errorf("mode %q: want socket or http", s)
}

// SlackCheck names every Slack variable mode needs that is missing or malformed: both modes
// need SLACK_BOT_TOKEN (xoxb-…); Socket Mode needs SLACK_APP_TOKEN (xapp-…), HTTP mode
// SLACK_SIGNING_SECRET. It is the one place these requirements are checked.
func (c Config) SlackCheck(mode Mode) error {
	type variable struct{ name, value, prefix string }
	vars := []variable{{"SLACK_BOT_TOKEN", c.SlackBotToken, "xoxb-"}}
	switch mode {
	case ModeSocket:
		vars = append(vars, variable{"SLACK_APP_TOKEN", c.SlackAppToken, "xapp-"})
	case ModeHTTP:
		vars = append(vars, variable{"SLACK_SIGNING_SECRET", c.SlackSigningSecret, ""})
	default:
		return fmt.Errorf("mode %q: want socket or http", mode)
	}
	var missing, wrong, needs []string
	for _, v := range vars {
		needs = append(needs, v.name)
		switch {
		case v.value == "":
			missing = append(missing, v.name)
		case v.prefix != "" && !strings.HasPrefix(v.value, v.prefix):
			wrong = append(wrong, fmt.Sprintf("%s should start with %q", v.name, v.prefix))
		}
	}
	var msgs []string
	if len(missing) > 0 {
		msgs = append(msgs, fmt.Sprintf("missing %s: %s mode needs %s; set them in the environment or .env (see the README's Slack section)",
			strings.Join(missing, " and "), mode, strings.Join(needs, " and ")))
	}
	msgs = append(msgs, wrong...)
	if len(msgs) == 0 {
		return nil
	}
	return errors.New(strings.Join(msgs, "; "))
}
