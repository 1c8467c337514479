package webhooks

import (
	"bytes"
	"context"
	stdsql "database/sql"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/predicate"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/webhookdelivery"
	"github.com/panicbutton/panicbutton/internal/store"
)

// Delivery promises (what a receiver may rely on):
//   - at least once: a delivery row is written in the transaction of its change, and tried until a 2xx answer;
//     a worker that dies mid-attempt leaves it claimed until its lease expires, and another worker tries again
//     (a duplicate then carries the same webhook-id, so receivers deduplicate on it);
//   - no order across events: deliveries are claimed oldest-due first, but several workers and retries mean a
//     later event may arrive before an earlier one (use the payload's timestamp and the objects' updatedAt);
//   - one event's attempts to one endpoint never overlap and come in order (one claim at a time per delivery).

const batchSize = 5

// MaxLoggedHeaders bounds the request headers an attempt logs (it sends five).
const MaxLoggedHeaders = 8

// Run delivers due events until ctx ends.
func (s *Service) Run(ctx context.Context) error {
	workers := s.cfg.Workers
	if s.cfg.DB.Dialect == dialect.SQLite {
		workers = 1
	}
	s.log.Info("webhook delivery started", "workers", workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() { s.work(ctx) })
	}
	wg.Wait()
	return nil
}

func (s *Service) work(ctx context.Context) {
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.wake:
		case <-timer.C:
		}
		for ctx.Err() == nil {
			n, err := s.DeliverDue(ctx)
			if err != nil {
				if ctx.Err() == nil {
					s.log.Error("webhook poll failed", "err", err)
				}
				break
			}
			if n < batchSize {
				break
			}
		}
		timer.Reset(s.cfg.PollInterval)
	}
}

// DeliverDue claims one batch of due deliveries and sends them; it returns how many it claimed.
func (s *Service) DeliverDue(ctx context.Context) (int, error) {
	sys := rule.SystemContext(ctx)
	rows, err := s.claim(sys)
	if err != nil {
		return 0, err
	}
	for _, d := range rows {
		s.deliver(sys, d)
	}
	return len(rows), nil
}

// claim takes up to batchSize due deliveries (expired leases first, then pending ones due now), as the email
// outbox does: FOR UPDATE SKIP LOCKED at READ COMMITTED on MySQL, the write lock on SQLite.
func (s *Service) claim(ctx context.Context) ([]*ent.WebhookDelivery, error) {
	now := s.now()
	lease := now.Add(s.cfg.Lease)
	var opts *stdsql.TxOptions
	if s.cfg.DB.Dialect == dialect.MySQL {
		opts = &stdsql.TxOptions{Isolation: stdsql.LevelReadCommitted}
	}
	var rows []*ent.WebhookDelivery
	err := store.WithTxOptions(ctx, s.client, opts, func(tx *ent.Tx) error {
		expired, err := s.claimQuery(tx.Client(), webhookdelivery.StatusSENDING, webhookdelivery.LockedUntilLT(now), batchSize).All(ctx)
		if err != nil {
			return err
		}
		due := []*ent.WebhookDelivery{}
		if left := batchSize - len(expired); left > 0 {
			if due, err = s.claimQuery(tx.Client(), webhookdelivery.StatusPENDING, webhookdelivery.NextAttemptAtLTE(now), left).All(ctx); err != nil {
				return err
			}
		}
		rows = append(expired, due...)
		if len(rows) == 0 {
			return nil
		}
		ids := make([]int, len(rows))
		for i, r := range rows {
			ids[i] = r.ID
		}
		return tx.WebhookDelivery.Update().Where(webhookdelivery.IDIn(ids...)).SetStatus(webhookdelivery.StatusSENDING).
			SetLockedUntil(lease).AddAttempts(1).AddTotalAttempts(1).Exec(ctx)
	})
	if err != nil {
		return nil, fmt.Errorf("claim webhook deliveries: %w", err)
	}
	for _, r := range rows {
		r.Status, r.LockedUntil = webhookdelivery.StatusSENDING, &lease
		r.Attempts++
		r.TotalAttempts++
	}
	return rows, nil
}

func (s *Service) claimQuery(c *ent.Client, status webhookdelivery.Status, p predicate.WebhookDelivery, limit int) *ent.WebhookDeliveryQuery {
	q := c.WebhookDelivery.Query().Where(webhookdelivery.StatusEQ(status), p).
		Order(webhookdelivery.ByNextAttemptAt()).Limit(limit)
	if s.cfg.DB.Dialect == dialect.MySQL {
		q = q.ForUpdate(entsql.WithLockAction(entsql.SkipLocked))
	}
	return q
}

// outcome is what one attempt came back with.
type outcome struct {
	status     int
	body       string
	err        error
	retryAfter time.Duration
	duration   time.Duration
	headers    map[string]string
}

func (o outcome) ok() bool { return o.err == nil && o.status >= 200 && o.status < 300 }

// client is the HTTP client of deliveries: every connection checked by the guard (after resolution), no proxy,
// no redirects followed, the configured timeout.
func (s *Service) httpClient() *http.Client {
	return &http.Client{
		Timeout: s.cfg.Timeout,
		Transport: &http.Transport{
			Proxy:                 nil,
			DialContext:           s.cfg.Guard.dialer().DialContext,
			TLSHandshakeTimeout:   10 * time.Second,
			ResponseHeaderTimeout: s.cfg.Timeout,
			MaxIdleConnsPerHost:   2,
			IdleConnTimeout:       30 * time.Second,
		},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

// send makes one attempt of d to h.
func (s *Service) send(ctx context.Context, h *ent.Webhook, d *ent.WebhookDelivery) outcome {
	now := s.cfg.Now()
	secrets := []string{h.Secret}
	if h.PreviousSecret != "" && h.PreviousSecretExpiresAt != nil && now.Before(*h.PreviousSecretExpiresAt) {
		secrets = append(secrets, h.PreviousSecret)
	}
	body := []byte(d.Payload)
	hdr, err := Sign(d.EventID, now, body, secrets...)
	if err != nil {
		return outcome{err: err}
	}
	hdr.Set("Content-Type", "application/json")
	hdr.Set("User-Agent", "PanicButton-Webhooks/1")
	logged := map[string]string{}
	for k := range hdr {
		logged[strings.ToLower(k)] = hdr.Get(k)
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.URL, bytes.NewReader(body))
	if err != nil {
		return outcome{err: err, headers: logged}
	}
	req.Header = hdr
	start := time.Now()
	resp, err := s.httpClient().Do(req)
	if err != nil {
		return outcome{err: err, headers: logged, duration: time.Since(start)}
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, MaxResponseBody))
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // let the connection be reused when small
	o := outcome{status: resp.StatusCode, body: strings.ToValidUTF8(string(b), "\uFFFD"), headers: logged,
		duration: time.Since(start), retryAfter: retryAfter(resp.Header.Get("Retry-After"), s.cfg.Now())}
	return o
}

// retryAfter reads a Retry-After header (seconds or an HTTP date); 0 when absent or past.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil && n > 0 {
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// Wait is the wait before the next attempt after the attempt-th attempt of a round failed (attempt counts
// from 1), with ±10 % jitter; false when the schedule is exhausted.
func (s *Service) Wait(attempt int) (time.Duration, bool) {
	if attempt < 1 || attempt > len(s.cfg.Schedule) {
		return 0, false
	}
	w := s.cfg.Schedule[attempt-1]
	j := int64(w) / 10
	if j > 0 {
		w += time.Duration(rand.Int64N(2*j+1) - j)
	}
	return w, true
}

// maxRetryAfter bounds how long a receiver's Retry-After may push an attempt back.
const maxRetryAfter = 24 * time.Hour

// deliver makes one attempt of a claimed delivery and records it.
func (s *Service) deliver(ctx context.Context, d *ent.WebhookDelivery) {
	h, err := s.client.Webhook.Get(ctx, d.WebhookID)
	if err != nil {
		s.log.Error("webhook of a delivery", "delivery", d.ID, "err", err)
		return // the lease expires; the delivery is claimed again
	}
	var o outcome
	if !h.Active && d.EventType != TestEvent {
		o = outcome{err: errors.New("the endpoint is disabled")}
	} else {
		o = s.send(ctx, h, d)
	}
	now := s.now()
	test := d.EventType == TestEvent
	var next *time.Time
	var lastErr, disable string
	status := webhookdelivery.StatusSUCCEEDED
	if !o.ok() {
		if o.err != nil {
			lastErr = o.err.Error()
		} else {
			lastErr = fmt.Sprintf("HTTP %d", o.status)
		}
		wait, more := s.Wait(d.Attempts)
		if o.status == http.StatusTooManyRequests || o.status >= 500 {
			wait = max(wait, min(o.retryAfter, maxRetryAfter))
		}
		status = webhookdelivery.StatusFAILED
		switch {
		case !h.Active && !test:
		case o.status == http.StatusGone && !test:
			disable = "the endpoint answered 410 Gone"
		case !more:
			lastErr = fmt.Sprintf("gave up after %d attempts: %s", d.Attempts, lastErr)
		default:
			t := now.Add(wait).UTC().Truncate(time.Microsecond)
			next, status = &t, webhookdelivery.StatusPENDING
		}
	}
	var notified []notice
	err = store.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		upd := tx.WebhookDelivery.UpdateOneID(d.ID).
			Where(webhookdelivery.StatusEQ(webhookdelivery.StatusSENDING), webhookdelivery.TotalAttemptsEQ(d.TotalAttempts)).
			ClearLockedUntil().SetStatus(status).SetUpdatedAt(now)
		if o.status != 0 {
			upd.SetLastStatusCode(o.status)
		}
		if status == webhookdelivery.StatusSUCCEEDED {
			upd.SetDeliveredAt(now).ClearLastError()
		} else {
			upd.SetLastError(lastErr)
		}
		if next != nil {
			upd.SetNextAttemptAt(*next)
		}
		if err := upd.Exec(ctx); err != nil {
			return err
		}
		at := tx.WebhookAttempt.Create().SetOrganizationID(d.OrganizationID).SetDeliveryID(d.ID).
			SetAttempt(d.TotalAttempts).SetRequestHeaders(o.headers).SetDurationMs(int(o.duration.Milliseconds())).
			SetResponseBody(o.body).SetError(errText(o.err)).SetCreatedAt(now).SetNillableNextAttemptAt(next)
		if o.status != 0 {
			at.SetResponseStatus(o.status)
		}
		if err := at.Exec(ctx); err != nil {
			return err
		}
		if test || !h.Active {
			return nil
		}
		switch {
		case o.ok():
			if h.FailingSince != nil {
				return tx.Webhook.UpdateOneID(h.ID).ClearFailingSince().Exec(ctx)
			}
			return nil
		case h.FailingSince == nil:
			if err := tx.Webhook.UpdateOneID(h.ID).SetFailingSince(now).Exec(ctx); err != nil {
				return err
			}
		case disable == "" && now.Sub(*h.FailingSince) >= s.cfg.DisableAfter:
			disable = fmt.Sprintf("every attempt has failed since %s", h.FailingSince.UTC().Format(time.RFC3339))
		}
		if disable == "" {
			return nil
		}
		var err error
		notified, err = s.disable(ctx, tx.Client(), h, disable, now)
		return err
	})
	switch {
	case ent.IsNotFound(err):
		s.log.Warn("webhook attempt not recorded: lease lost", "delivery", d.ID)
		return
	case err != nil:
		s.log.Error("webhook attempt not recorded", "delivery", d.ID, "err", err)
		return
	}
	s.publish(ctx, notified)
	if disable != "" {
		s.log.Warn("webhook disabled", "webhook", h.ID, "organization", h.OrganizationID, "reason", disable)
	}
	if !o.ok() {
		s.log.Info("webhook attempt failed", "delivery", d.ID, "event", d.EventType, "attempt", d.TotalAttempts,
			"status", o.status, "err", lastErr, "next", next)
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
