package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"strings"

	"github.com/reportbot/reportbot/bot"
	"github.com/reportbot/reportbot/internal/config"
)

// runServe runs the Slack bot in Socket Mode (default: no public URL needed) or HTTP mode.
func runServe(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	mode := fs.String("mode", "socket", "how Slack reaches the bot: socket (Socket Mode, outbound websocket) or http (Events API on --addr)")
	addr := fs.String("addr", ":3000", "listen address in http mode")
	db := fs.String("db", "", "store directory (default $REPORTBOT_DB, else ~/.local/share/reportbot)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: reportbot serve [--mode socket|http] [--addr :3000] [--db DIR]")
		fmt.Fprintln(fs.Output(), "\nSocket mode needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN; http mode needs SLACK_BOT_TOKEN and")
		fmt.Fprintln(fs.Output(), "SLACK_SIGNING_SECRET. SLACK_API_URL overrides the Web API base URL (GovSlack, tests).")
		fmt.Fprintln(fs.Output(), "\nflags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: serve takes no arguments (got %q)", errUsage, strings.Join(fs.Args(), " "))
	}
	if *mode != "socket" && *mode != "http" {
		return fmt.Errorf("%w: --mode must be socket or http, not %q", errUsage, *mode)
	}

	cfg := config.Load(e.getenv)
	if *db != "" {
		cfg.DB = *db
	}
	if err := checkSlackConfig(cfg, *mode); err != nil {
		return err
	}
	logger := newLogger(e.stderr, cfg.LogLevel)
	log := logger.With("component", "serve")

	svc, err := openService(ctx, e, cfg, logger)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	b, err := bot.New(bot.Config{
		BotToken:      cfg.SlackBotToken,
		AppToken:      cfg.SlackAppToken,
		SigningSecret: cfg.SlackSigningSecret,
		APIURL:        cfg.SlackAPIURL,
	}, svc, logger)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	log.Info("starting", "mode", *mode, "db", cfg.DB, "model", cfg.ChatEnabled(), "api_url", cfg.SlackAPIURL)

	if *mode == "socket" {
		err = b.RunSocket(ctx)
	} else {
		ln, lerr := net.Listen("tcp", *addr)
		if lerr != nil {
			return fmt.Errorf("serve: listen on %s: %w", *addr, lerr)
		}
		err = b.RunHTTP(ctx, ln)
	}
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	log.Info("stopped")
	return nil
}

// checkSlackConfig names every Slack variable the mode needs that is missing or malformed.
func checkSlackConfig(cfg config.Config, mode string) error {
	type variable struct{ name, value, prefix string }
	vars := []variable{{"SLACK_BOT_TOKEN", cfg.SlackBotToken, "xoxb-"}}
	if mode == "socket" {
		vars = append(vars, variable{"SLACK_APP_TOKEN", cfg.SlackAppToken, "xapp-"})
	} else {
		vars = append(vars, variable{"SLACK_SIGNING_SECRET", cfg.SlackSigningSecret, ""})
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
		msgs = append(msgs, fmt.Sprintf("missing %s: %s mode needs %s; set them in the environment or .env (see docs/slack.md)",
			strings.Join(missing, " and "), mode, strings.Join(needs, " and ")))
	}
	msgs = append(msgs, wrong...)
	if len(msgs) == 0 {
		return nil
	}
	return errors.New("serve: " + strings.Join(msgs, "; "))
}
