package config

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// env returns a getenv over the given key, value pairs.
func env(kv ...string) func(string) string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return func(k string) string { return m[k] }
}

// inTempDir makes the test run in an empty directory, holding a .env file when dotenv is not
// empty, so that no .env of the developer's leaks in.
func inTempDir(tb testing.TB, dotenv string) string {
	tb.Helper()
	dir := tb.TempDir()
	if dotenv != "" {
		if err := os.WriteFile(filepath.Join(dir, ".env"), []byte(dotenv), 0o600); err != nil {
			tb.Fatal(err)
		}
	}
	tb.Chdir(dir)
	return dir
}

func TestLoadDefaults(t *testing.T) {
	inTempDir(t, "")
	c := Load(env("HOME", "/home/ana"))
	want := Config{
		DB:         filepath.Join("/home/ana", ".local", "share", "reportbot"),
		LLMTimeout: 30 * time.Second,
		LogLevel:   "info",
	}
	if c != want {
		t.Errorf("Load = %+v, want %+v", c, want)
	}
	if c.ModelConfigured() || c.ChatEnabled() {
		t.Errorf("defaults: ModelConfigured %v, ChatEnabled %v; want offline", c.ModelConfigured(), c.ChatEnabled())
	}
}

func TestDefaultDB(t *testing.T) {
	for _, tc := range []struct {
		name   string
		getenv func(string) string
		want   string
	}{
		{"XDG_DATA_HOME", env("XDG_DATA_HOME", "/data", "HOME", "/home/ana"), filepath.Join("/data", "reportbot")},
		{"HOME", env("HOME", "/home/ana"), filepath.Join("/home/ana", ".local", "share", "reportbot")},
		{"empty XDG_DATA_HOME is unset", env("XDG_DATA_HOME", "", "HOME", "/home/ana"), filepath.Join("/home/ana", ".local", "share", "reportbot")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := DefaultDB(tc.getenv); got != tc.want {
				t.Errorf("DefaultDB = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDefaultDBFallbacks(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	if got, want := DefaultDB(env()), filepath.Join(home, ".local", "share", "reportbot"); got != want {
		t.Errorf("DefaultDB with getenv lacking HOME = %q, want the process home %q", got, want)
	}
	t.Setenv("HOME", "")
	if got, want := DefaultDB(env()), ".reportbot"; got != want {
		t.Errorf("DefaultDB with no home at all = %q, want %q", got, want)
	}
}

func TestLoadEnv(t *testing.T) {
	inTempDir(t, "")
	c := Load(env(
		"HOME", "/home/ana",
		"XDG_DATA_HOME", "/xdg",
		"REPORTBOT_DB", "/srv/reportbot",
		"OPENAI_API_KEY", "sk-test",
		"OPENAI_BASE_URL", "http://127.0.0.1:8080/v1",
		"REPORTBOT_EMBED_MODEL", "text-embedding-3-small",
		"REPORTBOT_CHAT_MODEL", "qwen2.5",
		"REPORTBOT_LLM_TIMEOUT", "2m",
		"SLACK_BOT_TOKEN", "xoxb-test",
		"SLACK_APP_TOKEN", "xapp-test",
		"SLACK_SIGNING_SECRET", "secret",
		"SLACK_API_URL", "http://127.0.0.1:9090/api/",
		"REPORTBOT_LOG_LEVEL", "debug",
	))
	want := Config{
		DB:                 "/srv/reportbot",
		OpenAIKey:          "sk-test",
		OpenAIBaseURL:      "http://127.0.0.1:8080/v1",
		EmbedModel:         "text-embedding-3-small",
		ChatModel:          "qwen2.5",
		LLMTimeout:         2 * time.Minute,
		SlackBotToken:      "xoxb-test",
		SlackAppToken:      "xapp-test",
		SlackSigningSecret: "secret",
		SlackAPIURL:        "http://127.0.0.1:9090/api/",
		LogLevel:           "debug",
	}
	if c != want {
		t.Errorf("Load =\n %+v\nwant\n %+v", c, want)
	}
}

func TestLoadChatModel(t *testing.T) {
	inTempDir(t, "")
	for _, tc := range []struct {
		name        string
		getenv      func(string) string
		wantModel   string
		wantEnabled bool
	}{
		{"offline", env(), "", false},
		{"API key gives the default", env("OPENAI_API_KEY", "sk-test"), DefaultChatModel, true},
		{"API key and model", env("OPENAI_API_KEY", "sk-test", "REPORTBOT_CHAT_MODEL", "gpt-4.1"), "gpt-4.1", true},
		{"off disables", env("OPENAI_API_KEY", "sk-test", "REPORTBOT_CHAT_MODEL", "off"), "off", false},
		{"base URL alone has no default model", env("OPENAI_BASE_URL", "http://127.0.0.1:8080/v1"), "", false},
		{"base URL and model", env("OPENAI_BASE_URL", "http://127.0.0.1:8080/v1", "REPORTBOT_CHAT_MODEL", "qwen2.5"), "qwen2.5", true},
		{"model without any API", env("REPORTBOT_CHAT_MODEL", "qwen2.5"), "qwen2.5", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Load(tc.getenv)
			if c.ChatModel != tc.wantModel || c.ChatEnabled() != tc.wantEnabled {
				t.Errorf("ChatModel %q, ChatEnabled %v; want %q, %v", c.ChatModel, c.ChatEnabled(), tc.wantModel, tc.wantEnabled)
			}
		})
	}
}

func TestLoadLLMTimeout(t *testing.T) {
	inTempDir(t, "")
	for _, tc := range []struct {
		in   string
		want time.Duration
	}{
		{"", 30 * time.Second},
		{"45s", 45 * time.Second},
		{"45", 45 * time.Second},
		{"1m30s", 90 * time.Second},
		{"500ms", 500 * time.Millisecond},
		{"0", 30 * time.Second},
		{"0s", 30 * time.Second},
		{"-5s", 30 * time.Second},
		{"-5", 30 * time.Second},
		{"1.5", 30 * time.Second},
		{"soon", 30 * time.Second},
	} {
		if got := Load(env("REPORTBOT_LLM_TIMEOUT", tc.in)).LLMTimeout; got != tc.want {
			t.Errorf("REPORTBOT_LLM_TIMEOUT=%q: LLMTimeout %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestLoadDotEnv(t *testing.T) {
	inTempDir(t, `# reportbot settings

export OPENAI_API_KEY=sk-from-dotenv
OPENAI_BASE_URL = "http://127.0.0.1:8080/v1"
REPORTBOT_CHAT_MODEL='off'
REPORTBOT_LLM_TIMEOUT=45
REPORTBOT_LOG_LEVEL=warn
XDG_DATA_HOME=/xdg-from-dotenv
SLACK_BOT_TOKEN=xoxb-from-dotenv
not a setting
  # indented comment
SLACK_APP_TOKEN=xapp=with=equals
`)
	c := Load(env(
		"HOME", "/home/ana",
		"REPORTBOT_LOG_LEVEL", "debug", // the environment wins
		"SLACK_BOT_TOKEN", "xoxb-from-env",
	))
	want := Config{
		DB:            filepath.Join("/xdg-from-dotenv", "reportbot"),
		OpenAIKey:     "sk-from-dotenv",
		OpenAIBaseURL: "http://127.0.0.1:8080/v1",
		ChatModel:     "off",
		LLMTimeout:    45 * time.Second,
		SlackBotToken: "xoxb-from-env",
		SlackAppToken: "xapp=with=equals",
		LogLevel:      "debug",
	}
	if c != want {
		t.Errorf("Load =\n %+v\nwant\n %+v", c, want)
	}
	if c.ChatEnabled() {
		t.Error("REPORTBOT_CHAT_MODEL=off in .env did not disable chat")
	}
}

func TestLoadDotEnvOnlyInWorkingDir(t *testing.T) {
	dir := inTempDir(t, "OPENAI_API_KEY=sk-parent\n")
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(sub)
	if c := Load(env("HOME", "/home/ana")); c.OpenAIKey != "" {
		t.Errorf("a parent directory's .env was read: OpenAIKey %q", c.OpenAIKey)
	}
}
