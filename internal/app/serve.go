package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/panicbutton/panicbutton/internal/config"
	"github.com/panicbutton/panicbutton/internal/store"
)

// Migrate opens the configured database, applies its migrations and closes it.
func Migrate(ctx context.Context, cfg *config.Config, log *slog.Logger) error {
	db, err := store.Open(ctx, cfg.DatabaseURL)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		return err
	}
	log.Info("database migrated", "dialect", db.Dialect)
	return nil
}

// Serve migrates the configured database, seeds it when asked to, and serves HTTP on cfg.Addr with the outbox,
// the SNMP poller and the search index's backfill running, until ctx ends; then it drains the HTTP server before
// stopping the workers. The backfill (interventions not indexed for search yet, after an upgrade) runs once the
// server listens, and ends when none is left: until then searches miss those interventions (searchIndex says
// how many), but the server does not wait for them.
func Serve(ctx context.Context, cfg *config.Config, log *slog.Logger) error {
	if cfg.SessionSecretGenerated {
		log.Warn("SESSION_SECRET is not set: using a random one; sessions and launch tokens will not survive a restart or work across instances")
	}
	db, err := store.Open(ctx, cfg.DatabaseURL)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		return err
	}
	a, err := New(ctx, cfg, log, db)
	if err != nil {
		return err
	}
	defer a.Close()
	if err := a.Seed(ctx); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.Addr, err)
	}
	srv := &http.Server{Handler: a.Handler(), ReadHeaderTimeout: 10 * time.Second, BaseContext: func(net.Listener) context.Context { return ctx }}
	log.Info("panicbutton listening", "addr", ln.Addr().String(), "url", cfg.PublicURL.String(),
		"graphql", cfg.PublicURL.JoinPath("/graphql").String(), "dialect", db.Dialect)
	workCtx, stopWork := context.WithCancel(context.WithoutCancel(ctx))
	outboxDone := make(chan error, 1)
	go func() { outboxDone <- a.outbox.Run(workCtx) }()
	hooksDone := make(chan error, 1)
	go func() { hooksDone <- a.hooks.Run(workCtx) }()
	pollerDone := make(chan error, 1)
	if cfg.SNMPPollInterval > 0 {
		go func() { pollerDone <- a.poller.Run(workCtx) }()
	} else {
		pollerDone <- nil
	}
	silenceDone := make(chan error, 1)
	if cfg.PrinterSilentAfter > 0 {
		go func() { silenceDone <- a.silence.Run(workCtx) }()
	} else {
		silenceDone <- nil
	}
	backfillDone := make(chan error, 1)
	go func() { backfillDone <- a.backfill.Run(workCtx) }()
	defer func() {
		stopWork() // after the HTTP server drained: a send under way finishes first
		if err := <-silenceDone; err != nil && !errors.Is(err, context.Canceled) {
			log.Warn("silent printers watcher stopped", "err", err)
		}
		if err := <-outboxDone; err != nil && !errors.Is(err, context.Canceled) {
			log.Warn("outbox stopped", "err", err)
		}
		if err := <-hooksDone; err != nil && !errors.Is(err, context.Canceled) {
			log.Warn("webhook delivery stopped", "err", err)
		}
		if err := <-pollerDone; err != nil && !errors.Is(err, context.Canceled) {
			log.Warn("SNMP poller stopped", "err", err)
		}
		if err := <-backfillDone; err != nil && !errors.Is(err, context.Canceled) {
			log.Warn("search index backfill stopped", "err", err)
		}
	}()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
