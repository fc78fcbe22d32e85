package main

import (
	"context"
	"errors"
)

// Placeholders while the subcommands are written; each file that implements one removes its line.
func runIngest(ctx context.Context, e env, args []string) error  { return errors.New("not yet") }
func runReports(ctx context.Context, e env, args []string) error { return errors.New("not yet") }
func runFacts(ctx context.Context, e env, args []string) error   { return errors.New("not yet") }
func runAsk(ctx context.Context, e env, args []string) error     { return errors.New("not yet") }
func runEval(ctx context.Context, e env, args []string) error    { return errors.New("not yet") }
func runServe(ctx context.Context, e env, args []string) error   { return errors.New("not yet") }
