// Package config holds reportbot's one configuration struct and every default it takes: Load
// reads a .env file (when present) and the environment over the defaults below, parses every
// value into its type and fails, naming the variable and the form it wants, on a malformed one.
// Commands overlay their flags last.
package config

import (
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Defaults of the settings read from the environment.
const (
	// DefaultChatModel is the chat model used when OPENAI_API_KEY is set and
	// REPORTBOT_CHAT_MODEL is not.
	DefaultChatModel = "gpt-4o-mini"
	// DefaultLLMTimeout bounds a question's model stage — rewrite, answer and repair together
	// (REPORTBOT_LLM_TIMEOUT).
	DefaultLLMTimeout = 30 * time.Second
	// DefaultLogLevel is the level logged at (REPORTBOT_LOG_LEVEL).
	DefaultLogLevel = slog.LevelInfo
	// DefaultWorkers is how many Slack questions are answered at once (REPORTBOT_WORKERS).
	DefaultWorkers = 8
	// DefaultQueue is how many Slack questions may wait for a worker (REPORTBOT_QUEUE).
	DefaultQueue = 100
	// DefaultAnswerTimeout bounds one Slack answer, from worker to final message
	// (REPORTBOT_ANSWER_TIMEOUT).
	DefaultAnswerTimeout = 2 * time.Minute
	// DefaultRetrievalTimeout bounds the query embedding (REPORTBOT_RETRIEVAL_TIMEOUT): with a
	// model embedder it is a network call.
	DefaultRetrievalTimeout = 10 * time.Second
	// DefaultReloadInterval is how often serve checks the store for a new generation
	// (REPORTBOT_RELOAD_INTERVAL).
	DefaultReloadInterval = 2 * time.Second
	// DefaultSlackAPIURL is Slack's Web API (SLACK_API_URL).
	DefaultSlackAPIURL = "https://slack.com/api"
)

// Defaults of the Slack client that the environment does not set (bot.Config may).
const (
	// DefaultSlackAPITimeout bounds one Slack Web API call, including 429 waits.
	DefaultSlackAPITimeout = 30 * time.Second
	// DefaultStreamInterval is the least time between two edits of a Slack message
	// (chat.update is a tier-3 method).
	DefaultStreamInterval = time.Second
	// DefaultShutdownTimeout bounds how long serve waits for answers in flight when stopping.
	DefaultShutdownTimeout = 25 * time.Second
	// DefaultSlackRetries is how often a Slack Web API call is retried after HTTP 429.
	DefaultSlackRetries = 3
)

// Default rates of the Slack question limits (REPORTBOT_RATE_USER, REPORTBOT_RATE_GLOBAL).
var (
	DefaultRateUser   = Rate{N: 6, Per: time.Minute}
	DefaultRateGlobal = Rate{N: 120, Per: time.Minute}
)

// Config is reportbot's configuration. Load fills every field: a zero value here means what
// the field's comment says, never "use some default elsewhere".
type Config struct {
	// DB is the store directory (REPORTBOT_DB; default DefaultDB).
	DB string

	// OpenAIKey and OpenAIBaseURL select an OpenAI-compatible API (OPENAI_API_KEY,
	// OPENAI_BASE_URL). With neither set reportbot runs fully offline.
	OpenAIKey     string
	OpenAIBaseURL string
	// EmbedModel (REPORTBOT_EMBED_MODEL) makes ingest embed with the API by default.
	EmbedModel string
	// ChatModel (REPORTBOT_CHAT_MODEL) enables generated answers; DefaultChatModel when
	// OPENAI_API_KEY is set and it is not. "off" disables generation.
	ChatModel string
	// LLMTimeout bounds a question's model stage: the rewrite, the answer and the repair
	// together, from the first call (REPORTBOT_LLM_TIMEOUT). A hung model costs a question this
	// long once; it then gets the extractive answer. The model client also gives each request
	// this long.
	LLMTimeout time.Duration

	// Slack settings (SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL).
	// SlackCheck says which a mode needs. The tokens and the secret are never logged; log
	// SlackAPIURLRedacted rather than SlackAPIURL.
	SlackBotToken      string
	SlackAppToken      string
	SlackSigningSecret string
	SlackAPIURL        string

	// LogLevel is the level logged at (REPORTBOT_LOG_LEVEL: debug, info, warn or error).
	LogLevel slog.Level

	// RateUser and RateGlobal are token-bucket limits on Slack questions per user and in
	// total (REPORTBOT_RATE_USER, REPORTBOT_RATE_GLOBAL); the zero Rate is no limit.
	RateUser   Rate
	RateGlobal Rate
	// Workers and Queue bound the Slack answers computed at once and waiting
	// (REPORTBOT_WORKERS, REPORTBOT_QUEUE).
	Workers int
	Queue   int
	// AnswerTimeout bounds one Slack answer from worker to final message
	// (REPORTBOT_ANSWER_TIMEOUT); RetrievalTimeout bounds the query embedding
	// (REPORTBOT_RETRIEVAL_TIMEOUT).
	AnswerTimeout    time.Duration
	RetrievalTimeout time.Duration
	// ReloadInterval is how often serve checks the store for a new generation
	// (REPORTBOT_RELOAD_INTERVAL); 0 ("off") leaves only SIGHUP.
	ReloadInterval time.Duration
	// MetricsAddr is where serve offers /metrics, /healthz and /readyz in Socket Mode
	// (REPORTBOT_METRICS_ADDR, e.g. 127.0.0.1:9090; empty: not served). HTTP mode serves them
	// on its own listener as well.
	MetricsAddr string

	// defaultDB is the default store location as Load found it (see UsesDefaultDB).
	defaultDB string
}

// UsesDefaultDB reports whether DB is the default store location, not one named by
// REPORTBOT_DB or --db. Only there does reportbot build a store from the bundled corpus by
// itself; a store named explicitly must be made with `reportbot ingest`.
func (c Config) UsesDefaultDB() bool { return c.defaultDB != "" && c.DB == c.defaultDB }

// ModelConfigured reports whether an OpenAI-compatible API is configured.
func (c Config) ModelConfigured() bool { return c.OpenAIKey != "" || c.OpenAIBaseURL != "" }

// ChatEnabled reports whether answers should be generated by a chat model.
func (c Config) ChatEnabled() bool {
	return c.ModelConfigured() && c.ChatModel != "" && c.ChatModel != "off"
}

// Defaults returns the configuration with no variable set but the store location, which
// depends on the environment (DefaultDB).
func Defaults(getenv func(string) string) Config {
	db := DefaultDB(getenv)
	return Config{
		DB:               db,
		defaultDB:        db,
		LLMTimeout:       DefaultLLMTimeout,
		LogLevel:         DefaultLogLevel,
		SlackAPIURL:      DefaultSlackAPIURL,
		RateUser:         DefaultRateUser,
		RateGlobal:       DefaultRateGlobal,
		Workers:          DefaultWorkers,
		Queue:            DefaultQueue,
		AnswerTimeout:    DefaultAnswerTimeout,
		RetrievalTimeout: DefaultRetrievalTimeout,
		ReloadInterval:   DefaultReloadInterval,
	}
}

// Load builds the configuration from the defaults, the .env file in the working directory (if
// any; the environment wins over it) and getenv. A malformed value is an error naming the
// variable and the form it wants; all of them are reported at once.
func Load(getenv func(string) string) (Config, error) {
	dotenv := readDotEnv(".env")
	get := func(k string) string {
		if v := getenv(k); v != "" {
			return strings.TrimSpace(v)
		}
		return dotenv[k]
	}
	c := Defaults(get)
	for _, s := range []struct {
		name string
		dst  *string
	}{
		{"REPORTBOT_DB", &c.DB},
		{"OPENAI_API_KEY", &c.OpenAIKey},
		{"OPENAI_BASE_URL", &c.OpenAIBaseURL},
		{"REPORTBOT_EMBED_MODEL", &c.EmbedModel},
		{"REPORTBOT_CHAT_MODEL", &c.ChatModel},
		{"SLACK_BOT_TOKEN", &c.SlackBotToken},
		{"SLACK_APP_TOKEN", &c.SlackAppToken},
		{"SLACK_SIGNING_SECRET", &c.SlackSigningSecret},
		{"SLACK_API_URL", &c.SlackAPIURL},
		{"REPORTBOT_METRICS_ADDR", &c.MetricsAddr},
	} {
		if v := get(s.name); v != "" {
			*s.dst = v
		}
	}
	if c.ChatModel == "" && c.OpenAIKey != "" {
		c.ChatModel = DefaultChatModel
	}

	var errs []string
	bad := func(name, value, want string) {
		errs = append(errs, fmt.Sprintf("%s=%s: want %s", name, value, want))
	}
	for _, s := range []struct {
		name string
		dst  *int
	}{{"REPORTBOT_WORKERS", &c.Workers}, {"REPORTBOT_QUEUE", &c.Queue}} {
		if v := get(s.name); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 {
				bad(s.name, v, "a whole number ≥ 1")
				continue
			}
			*s.dst = n
		}
	}
	for _, s := range []struct {
		name string
		dst  *time.Duration
	}{
		{"REPORTBOT_LLM_TIMEOUT", &c.LLMTimeout},
		{"REPORTBOT_ANSWER_TIMEOUT", &c.AnswerTimeout},
		{"REPORTBOT_RETRIEVAL_TIMEOUT", &c.RetrievalTimeout},
	} {
		if v := get(s.name); v != "" {
			d, ok := parseDuration(v)
			if !ok || d <= 0 {
				bad(s.name, v, durationForm)
				continue
			}
			*s.dst = d
		}
	}
	if v := get("REPORTBOT_RELOAD_INTERVAL"); v != "" {
		if d, ok := parseDuration(v); ok && d >= 0 {
			c.ReloadInterval = d
		} else if strings.EqualFold(v, "off") {
			c.ReloadInterval = 0
		} else {
			bad("REPORTBOT_RELOAD_INTERVAL", v, durationForm+", or off (0) for SIGHUP only")
		}
	}
	for _, s := range []struct {
		name string
		dst  *Rate
	}{{"REPORTBOT_RATE_USER", &c.RateUser}, {"REPORTBOT_RATE_GLOBAL", &c.RateGlobal}} {
		if v := get(s.name); v != "" {
			r, err := ParseRate(v)
			if err != nil {
				bad(s.name, v, rateForm)
				continue
			}
			*s.dst = r
		}
	}
	if v := get("REPORTBOT_LOG_LEVEL"); v != "" {
		if err := c.LogLevel.UnmarshalText([]byte(v)); err != nil {
			bad("REPORTBOT_LOG_LEVEL", v, "debug, info, warn or error")
		}
	}
	if c.SlackAPIURL != DefaultSlackAPIURL {
		if u, err := url.Parse(c.SlackAPIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			bad("SLACK_API_URL", redactURL(c.SlackAPIURL), "an http(s) URL such as "+DefaultSlackAPIURL)
		}
	}
	if c.OpenAIBaseURL != "" {
		if u, err := url.Parse(c.OpenAIBaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			bad("OPENAI_BASE_URL", redactURL(c.OpenAIBaseURL), "an http(s) URL including /v1, such as http://localhost:11434/v1")
		}
	}
	if len(errs) > 0 {
		return c, errors.New("configuration: " + strings.Join(errs, "; "))
	}
	return c, nil
}

// The accepted forms, as the errors state them.
const (
	durationForm = "a positive Go duration (30s, 2m, 1m30s) or a whole number of seconds"
	rateForm     = "N/unit (6/min, 2/s, 100/h, 10/30s), or off"
)

// parseDuration reads a Go duration ("30s", "2m") or a whole number of seconds.
func parseDuration(v string) (time.Duration, bool) {
	if d, err := time.ParseDuration(v); err == nil {
		return d, true
	}
	if n, err := strconv.Atoi(v); err == nil {
		return time.Duration(n) * time.Second, true
	}
	return 0, false
}

// SlackAPIURLRedacted is SlackAPIURL with any password in it replaced by "xxxxx", for logs.
func (c Config) SlackAPIURLRedacted() string { return redactURL(c.SlackAPIURL) }

// redactURL hides the password of a URL with user:password; anything else is returned as is.
func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		// An unparsable URL may still hold a secret before an @: keep only what follows it.
		if i := strings.LastIndex(s, "@"); i >= 0 {
			return "xxxxx@" + s[i+1:]
		}
		return s
	}
	if u.User == nil {
		return s
	}
	if _, ok := u.User.Password(); !ok {
		u.User = url.User("xxxxx") // a user name alone may be a token
		return u.String()
	}
	return u.Redacted()
}
