package config

import (
	"log/slog"
	"os"
	"path/filepath"
	"strings"
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

// mustLoad is Load that fails the test on an error.
func mustLoad(tb testing.TB, getenv func(string) string) Config {
	tb.Helper()
	c, err := Load(getenv)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func TestLoadDefaults(t *testing.T) {
	inTempDir(t, "")
	c := mustLoad(t, env("HOME", "/home/ana"))
	want := Config{
		DB:               filepath.Join("/home/ana", ".local", "share", "reportbot"),
		LLMTimeout:       DefaultLLMTimeout,
		LogLevel:         slog.LevelInfo,
		SlackAPIURL:      DefaultSlackAPIURL,
		RateUser:         Rate{6, time.Minute},
		RateGlobal:       Rate{120, time.Minute},
		Workers:          8,
		Queue:            100,
		AnswerTimeout:    2 * time.Minute,
		RetrievalTimeout: 10 * time.Second,
		ReloadInterval:   2 * time.Second,
		defaultDB:        filepath.Join("/home/ana", ".local", "share", "reportbot"),
	}
	if c != want {
		t.Errorf("Load = %+v, want %+v", c, want)
	}
	if c.ModelConfigured() || c.ChatEnabled() {
		t.Errorf("defaults: ModelConfigured %v, ChatEnabled %v; want offline", c.ModelConfigured(), c.ChatEnabled())
	}
}

func TestUsesDefaultDB(t *testing.T) {
	inTempDir(t, "")
	c := mustLoad(t, env("HOME", "/home/ana"))
	if !c.UsesDefaultDB() {
		t.Error("the default location is not reported as the default")
	}
	c.DB = "/srv/reportbot" // --db
	if c.UsesDefaultDB() {
		t.Error("a --db location is reported as the default")
	}
	if c := mustLoad(t, env("HOME", "/home/ana", "REPORTBOT_DB", "/srv/reportbot")); c.UsesDefaultDB() {
		t.Error("a REPORTBOT_DB location is reported as the default")
	}
	if (Config{DB: "x"}).UsesDefaultDB() {
		t.Error("a Config not made by Load reports the default location")
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
	c := mustLoad(t, env(
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
		"REPORTBOT_RATE_USER", "10/h",
		"REPORTBOT_RATE_GLOBAL", "off",
		"REPORTBOT_WORKERS", "4",
		"REPORTBOT_QUEUE", "500",
		"REPORTBOT_ANSWER_TIMEOUT", "45s",
		"REPORTBOT_RETRIEVAL_TIMEOUT", "3",
		"REPORTBOT_RELOAD_INTERVAL", "500ms",
		"REPORTBOT_METRICS_ADDR", "127.0.0.1:9090",
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
		LogLevel:           slog.LevelDebug,
		RateUser:           Rate{10, time.Hour},
		Workers:            4,
		Queue:              500,
		AnswerTimeout:      45 * time.Second,
		RetrievalTimeout:   3 * time.Second,
		ReloadInterval:     500 * time.Millisecond,
		MetricsAddr:        "127.0.0.1:9090",
		defaultDB:          filepath.Join("/xdg", "reportbot"),
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
			c := mustLoad(t, tc.getenv)
			if c.ChatModel != tc.wantModel || c.ChatEnabled() != tc.wantEnabled {
				t.Errorf("ChatModel %q, ChatEnabled %v; want %q, %v", c.ChatModel, c.ChatEnabled(), tc.wantModel, tc.wantEnabled)
			}
		})
	}
}

func TestLoadDurations(t *testing.T) {
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
		{" 2m ", 2 * time.Minute},
	} {
		if got := mustLoad(t, env("REPORTBOT_LLM_TIMEOUT", tc.in)).LLMTimeout; got != tc.want {
			t.Errorf("REPORTBOT_LLM_TIMEOUT=%q: LLMTimeout %v, want %v", tc.in, got, tc.want)
		}
	}
	for _, off := range []string{"off", "OFF", "0", "0s"} {
		if got := mustLoad(t, env("REPORTBOT_RELOAD_INTERVAL", off)).ReloadInterval; got != 0 {
			t.Errorf("REPORTBOT_RELOAD_INTERVAL=%s: %v, want 0 (SIGHUP only)", off, got)
		}
	}
}

// TestLoadRejectsMalformedValues: every malformed value is an error naming the variable, the
// value and the form wanted; none is silently replaced by a default.
func TestLoadRejectsMalformedValues(t *testing.T) {
	inTempDir(t, "")
	for _, tc := range []struct{ name, value, want string }{
		{"REPORTBOT_WORKERS", "abc", "REPORTBOT_WORKERS=abc: want a whole number ≥ 1"},
		{"REPORTBOT_WORKERS", "0", "REPORTBOT_WORKERS=0: want a whole number ≥ 1"},
		{"REPORTBOT_QUEUE", "-3", "REPORTBOT_QUEUE=-3: want a whole number ≥ 1"},
		{"REPORTBOT_QUEUE", "1.5", "REPORTBOT_QUEUE=1.5: want a whole number ≥ 1"},
		{"REPORTBOT_LLM_TIMEOUT", "soon", "REPORTBOT_LLM_TIMEOUT=soon: want a positive Go duration"},
		{"REPORTBOT_LLM_TIMEOUT", "0", "REPORTBOT_LLM_TIMEOUT=0: want a positive Go duration"},
		{"REPORTBOT_LLM_TIMEOUT", "-5s", "REPORTBOT_LLM_TIMEOUT=-5s: want a positive Go duration"},
		{"REPORTBOT_ANSWER_TIMEOUT", "1.5", "REPORTBOT_ANSWER_TIMEOUT=1.5: want a positive Go duration (30s, 2m, 1m30s) or a whole number of seconds"},
		{"REPORTBOT_RETRIEVAL_TIMEOUT", "10 s", "REPORTBOT_RETRIEVAL_TIMEOUT=10 s: want"},
		{"REPORTBOT_RELOAD_INTERVAL", "never", "REPORTBOT_RELOAD_INTERVAL=never: want a positive Go duration"},
		{"REPORTBOT_RELOAD_INTERVAL", "-1s", "or off (0) for SIGHUP only"},
		{"REPORTBOT_RATE_USER", "lots", "REPORTBOT_RATE_USER=lots: want N/unit (6/min, 2/s, 100/h, 10/30s), or off"},
		{"REPORTBOT_RATE_GLOBAL", "10/fortnight", "REPORTBOT_RATE_GLOBAL=10/fortnight: want N/unit"},
		{"REPORTBOT_LOG_LEVEL", "loud", "REPORTBOT_LOG_LEVEL=loud: want debug, info, warn or error"},
		{"SLACK_API_URL", "slack.com/api", "SLACK_API_URL=slack.com/api: want an http(s) URL"},
		{"SLACK_API_URL", "ftp://u:hunter2@host/api", "SLACK_API_URL=ftp://u:xxxxx@host/api: want"},
		{"OPENAI_BASE_URL", "localhost:11434", "OPENAI_BASE_URL=localhost:11434: want an http(s) URL including /v1"},
	} {
		t.Run(tc.name+"="+tc.value, func(t *testing.T) {
			_, err := Load(env(tc.name, tc.value))
			if err == nil {
				t.Fatalf("%s=%q: no error", tc.name, tc.value)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not say %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "hunter2") {
				t.Errorf("error %q shows a password", err)
			}
		})
	}
	// Several bad values are reported together.
	_, err := Load(env("REPORTBOT_WORKERS", "many", "REPORTBOT_QUEUE", "few"))
	if err == nil || !strings.Contains(err.Error(), "REPORTBOT_WORKERS=many") || !strings.Contains(err.Error(), "REPORTBOT_QUEUE=few") {
		t.Errorf("two bad values: %v, want both named", err)
	}
}

func TestSlackAPIURLRedacted(t *testing.T) {
	for in, want := range map[string]string{
		"https://slack.com/api":                "https://slack.com/api",
		"https://bot:s3cret@proxy.example/api": "https://bot:xxxxx@proxy.example/api",
		"https://tokenonly@proxy.example/api":  "https://xxxxx@proxy.example/api",
		"http://127.0.0.1:9090/api/":           "http://127.0.0.1:9090/api/",
		"http://u:p%zz@host/":                  "xxxxx@host/",
	} {
		if got := (Config{SlackAPIURL: in}).SlackAPIURLRedacted(); got != want {
			t.Errorf("SlackAPIURLRedacted(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSlackCheck(t *testing.T) {
	for _, tc := range []struct {
		name  string
		c     Config
		mode  Mode
		wants []string
	}{
		{"socket, nothing set", Config{}, ModeSocket, []string{"missing SLACK_BOT_TOKEN and SLACK_APP_TOKEN", "socket mode needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN"}},
		{"socket, no app token", Config{SlackBotToken: "xoxb-1"}, ModeSocket, []string{"missing SLACK_APP_TOKEN"}},
		{"http, no secret", Config{SlackBotToken: "xoxb-1"}, ModeHTTP, []string{"missing SLACK_SIGNING_SECRET", "http mode"}},
		{"swapped tokens", Config{SlackBotToken: "xapp-1", SlackAppToken: "xoxb-1"}, ModeSocket,
			[]string{`SLACK_BOT_TOKEN should start with "xoxb-"`, `SLACK_APP_TOKEN should start with "xapp-"`}},
		{"socket ok", Config{SlackBotToken: "xoxb-1", SlackAppToken: "xapp-1"}, ModeSocket, nil},
		{"http ok", Config{SlackBotToken: "xoxb-1", SlackSigningSecret: "s"}, ModeHTTP, nil},
		{"http needs no app token", Config{SlackBotToken: "xoxb-1", SlackSigningSecret: "s", SlackAppToken: "junk"}, ModeHTTP, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.c.SlackCheck(tc.mode)
			if (err != nil) != (len(tc.wants) > 0) {
				t.Fatalf("SlackCheck = %v, want error %v", err, len(tc.wants) > 0)
			}
			for _, w := range tc.wants {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
			if err != nil && (strings.Contains(err.Error(), "xoxb-1") || strings.Contains(err.Error(), "xapp-1")) {
				t.Errorf("error %q shows a token", err)
			}
		})
	}
	if _, err := ParseMode("carrier-pigeon"); err == nil {
		t.Error("ParseMode accepted carrier-pigeon")
	}
}

func TestParseRate(t *testing.T) {
	cases := []struct {
		in   string
		want Rate
		bad  bool
	}{
		{"6/min", Rate{6, time.Minute}, false},
		{"120/min", Rate{120, time.Minute}, false},
		{" 2/s ", Rate{2, time.Second}, false},
		{"100/h", Rate{100, time.Hour}, false},
		{"10/30s", Rate{10, 30 * time.Second}, false},
		{"3/Minute", Rate{3, time.Minute}, false},
		{"", Rate{}, false},
		{"off", Rate{}, false},
		{"0", Rate{}, false},
		{"0/min", Rate{}, false},
		{"lots", Rate{}, true},
		{"x/min", Rate{}, true},
		{"-1/min", Rate{}, true},
		{"6/fortnight", Rate{}, true},
		{"6/-1s", Rate{}, true},
	}
	for _, c := range cases {
		got, err := ParseRate(c.in)
		if (err != nil) != c.bad || got != c.want {
			t.Errorf("ParseRate(%q) = %v, %v; want %v, error %v", c.in, got, err, c.want, c.bad)
		}
	}
	for _, r := range []Rate{{6, time.Minute}, {2, time.Second}, {100, time.Hour}, {10, 30 * time.Second}, {}} {
		if back, err := ParseRate(r.String()); err != nil || back != r {
			t.Errorf("ParseRate(%q) = %v, %v; want %v", r.String(), back, err, r)
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
	c := mustLoad(t, env(
		"HOME", "/home/ana",
		"REPORTBOT_LOG_LEVEL", "debug", // the environment wins
		"SLACK_BOT_TOKEN", "xoxb-from-env",
	))
	want := Defaults(env("XDG_DATA_HOME", "/xdg-from-dotenv"))
	want.OpenAIKey = "sk-from-dotenv"
	want.OpenAIBaseURL = "http://127.0.0.1:8080/v1"
	want.ChatModel = "off"
	want.LLMTimeout = 45 * time.Second
	want.SlackBotToken = "xoxb-from-env"
	want.SlackAppToken = "xapp=with=equals"
	want.LogLevel = slog.LevelDebug
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
	if c := mustLoad(t, env("HOME", "/home/ana")); c.OpenAIKey != "" {
		t.Errorf("a parent directory's .env was read: OpenAIKey %q", c.OpenAIKey)
	}
}
