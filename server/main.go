// Command panicbutton is the Panic Button server and its tools: serve (default), migrate, snmp collect, agent.
// It parses commands and flags; the server itself is wired by internal/app.
package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/panicbutton/panicbutton/internal/app"
	"github.com/panicbutton/panicbutton/internal/config"
)

const usage = `usage: panicbutton [command]

commands:
  serve            run the server (default), migrating the database first
  migrate          apply database migrations and exit
  snmp collect     read a printer over SNMP and print it as JSON
  agent            read printers over SNMP and call launch on the cloud (panicbutton agent -h)
  help             show this help

Configuration comes from the environment; see README.md.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr))
}

// run dispatches a command and returns the process exit code: 0 ok, 1 failure, 2 usage or configuration error.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	cmd := "serve"
	if len(args) > 0 {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "serve", "migrate":
		if len(args) > 0 {
			fmt.Fprintf(stderr, "panicbutton %s: unexpected argument %q\n\n%s", cmd, args[0], usage)
			return 2
		}
		cfg, err := config.Load(getenv)
		if err != nil {
			fmt.Fprintf(stderr, "panicbutton: %v\n", err)
			return 2
		}
		logger := newLogger(cfg, stderr)
		if cmd == "migrate" {
			err = app.Migrate(ctx, cfg, logger)
		} else {
			err = app.Serve(ctx, cfg, logger)
		}
		if err != nil {
			logger.Error("panicbutton stopped", "err", err)
			return 1
		}
		return 0
	case "snmp":
		return runSNMP(ctx, args, stdout, stderr)
	case "agent":
		return runAgent(ctx, args, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "panicbutton: unknown command %q\n\n%s", cmd, usage)
		return 2
	}
}

func newLogger(cfg *config.Config, w io.Writer) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(cfg.LogLevel))
	opts := &slog.HandlerOptions{Level: level}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
