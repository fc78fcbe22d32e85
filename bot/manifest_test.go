package bot

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// manifestList returns the "- item" lines that follow the line ending in key: (comments skipped).
func manifestList(lines []string, key string) []string {
	var out []string
	in := false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasSuffix(t, key+":"):
			in = true
		case !in || t == "" || strings.HasPrefix(t, "#"):
		case strings.HasPrefix(t, "- "):
			out = append(out, strings.TrimPrefix(t, "- "))
		default:
			in = false
		}
	}
	return out
}

// TestManifestMatchesTheBot keeps slack-app-manifest.yaml in step with what the bot handles:
// exactly the scopes it needs, the events it subscribes to, /ask, interactivity, Socket Mode.
func TestManifestMatchesTheBot(t *testing.T) {
	raw, err := os.ReadFile("../slack-app-manifest.yaml")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(raw), "\n")
	scopes := manifestList(lines, "bot")
	slices.Sort(scopes)
	if want := []string{"app_mentions:read", "chat:write", "commands", "files:write", "im:history"}; !slices.Equal(scopes, want) {
		t.Errorf("bot scopes = %v, want exactly %v", scopes, want)
	}
	if events := manifestList(lines, "bot_events"); !slices.Equal(events, []string{"app_mention", "message.im"}) {
		t.Errorf("bot events = %v", events)
	}
	for _, want := range []string{"command: /ask", "socket_mode_enabled: true", "is_enabled: true", "messages_tab_enabled: true"} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("manifest lacks %q", want)
		}
	}
}
