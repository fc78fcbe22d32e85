// Command reportbot answers questions about Chinese government work reports, with every claim
// cited to a verbatim passage: on the command line and in Slack.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
)

// env is what a subcommand gets from the process: streams and the environment.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

// subcommand runs one subcommand with its arguments (after the subcommand's name).
type subcommand struct {
	run     func(ctx context.Context, e env, args []string) error
	summary string
}

var subcommands = map[string]subcommand{
	"ingest":  {runIngest, "build the store from report files (default: the bundled corpus)"},
	"reports": {runReports, "list the reports in the store"},
	"facts":   {runFacts, "print the extracted indicator targets and actuals"},
	"ask":     {runAsk, "answer a question with cited passages"},
	"eval":    {runEval, "score a question set (default: the bundled dev set)"},
	"serve":   {runServe, "run the Slack bot (Socket Mode or HTTP)"},
}

// errUsage marks errors in the command line (exit status 2).
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	e := env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	endProfile, err := startProfile(e.getenv)
	if err == nil {
		err = run(ctx, os.Args[1:], e)
		endProfile()
	}
	stop()
	if err != nil {
		fmt.Fprintf(os.Stderr, "reportbot: %v\n", err)
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// run runs the command line args (without the program name).
func run(ctx context.Context, args []string, e env) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stdout)
		if len(args) == 0 {
			return fmt.Errorf("%w: name a subcommand", errUsage)
		}
		return nil
	}
	sc, ok := subcommands[args[0]]
	if !ok {
		usage(e.stderr)
		return fmt.Errorf("%w: unknown subcommand %q", errUsage, args[0])
	}
	return sc.run(ctx, e, args[1:])
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: reportbot <subcommand> [flags] [args]")
	fmt.Fprintln(w, "\nsubcommands:")
	names := make([]string, 0, len(subcommands))
	for n := range subcommands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, subcommands[n].summary)
	}
	fmt.Fprintln(w, "\nRun `reportbot <subcommand> -h` for its flags.")
}

// flagError turns a flag-parsing error into a usage error (help is not an error).
func flagError(err error) error {
	if err == nil || strings.Contains(err.Error(), "help requested") {
		return nil
	}
	return fmt.Errorf("%w: %v", errUsage, err)
}
