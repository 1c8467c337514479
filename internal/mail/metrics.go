package mail

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the outbox's Prometheus metrics. They are registered on the Registerer given to
// NewMetrics, never on the global registry; serve them with
// promhttp.HandlerFor(registry, promhttp.HandlerOpts{}) where the registry is built (server/).
type Metrics struct {
	queued   *prometheus.CounterVec
	sent     *prometheus.CounterVec
	failed   *prometheus.CounterVec
	dead     *prometheus.CounterVec
	attempts *prometheus.CounterVec
	inFlight prometheus.Gauge
	pending  *pendingCollector
}

// NewMetrics creates the outbox metrics and registers them on reg (nil: not registered, e.g. when
// metrics are not wanted). Every counter has the label "kind" (REPORT_TECH, INVITE, …):
//
//	panicbutton_email_queued_total    messages put in the queue (enqueued, or re-queued by an admin)
//	panicbutton_email_attempts_total  delivery attempts made
//	panicbutton_email_sent_total      messages the provider accepted
//	panicbutton_email_failed_total    messages the provider refused for good (FAILED)
//	panicbutton_email_dead_total      messages given up after the last attempt (DEAD)
//
// and the gauges (the backlog):
//
//	panicbutton_email_pending{status="QUEUED"|"SENDING"}  messages not yet delivered in the whole database
//	                                                      (all instances), read from the database when scraped
//	panicbutton_email_backlog_age_seconds                 how long the oldest due QUEUED message has been
//	                                                      waiting (0: none), read likewise
//	panicbutton_email_in_flight                           sends of this instance waiting for the provider
func NewMetrics(reg prometheus.Registerer) (*Metrics, error) {
	counter := func(name, help string) *prometheus.CounterVec {
		return prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "panicbutton", Subsystem: "email", Name: name, Help: help,
		}, []string{"kind"})
	}
	m := &Metrics{
		queued:   counter("queued_total", "Emails put in the outbox queue (enqueued or re-queued by an admin)."),
		sent:     counter("sent_total", "Emails accepted by the provider."),
		failed:   counter("failed_total", "Emails refused by the provider for good (not retried)."),
		dead:     counter("dead_total", "Emails given up after their last attempt."),
		attempts: counter("attempts_total", "Delivery attempts made."),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "panicbutton", Subsystem: "email", Name: "in_flight",
			Help: "Sends of this instance waiting for the email provider."}),
		pending: &pendingCollector{desc: prometheus.NewDesc("panicbutton_email_pending",
			"Emails waiting in the outbox (QUEUED) or being sent (SENDING), across all instances.",
			[]string{"status"}, nil),
			age: prometheus.NewDesc("panicbutton_email_backlog_age_seconds",
				"How long the oldest due email in the outbox (QUEUED) has been waiting, across all instances; 0 when none.",
				nil, nil)},
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.queued, m.sent, m.failed, m.dead, m.attempts, m.inFlight, m.pending} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("register outbox metrics: %w", err)
		}
	}
	return m, nil
}

// pendingSource counts the undelivered messages by status and tells how long the oldest due one has waited.
type pendingSource func(ctx context.Context) (map[string]int, time.Duration, error)

// pendingCollector reads the pending gauge from the database at scrape time: no goroutine keeps it
// fresh, and every instance reports the same shared queue.
type pendingCollector struct {
	desc, age *prometheus.Desc

	mu     sync.Mutex
	source pendingSource
}

// pendingScrapeTimeout bounds the count query of a scrape, so a slow database cannot hang /metrics.
const pendingScrapeTimeout = 5 * time.Second

func (c *pendingCollector) setSource(s pendingSource) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.source = s
}

func (c *pendingCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.desc; ch <- c.age }

func (c *pendingCollector) Collect(ch chan<- prometheus.Metric) {
	c.mu.Lock()
	source := c.source
	c.mu.Unlock()
	if source == nil {
		return // no outbox attached yet
	}
	ctx, cancel := context.WithTimeout(context.Background(), pendingScrapeTimeout)
	defer cancel()
	counts, age, err := source(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(c.desc, err)
		return
	}
	ch <- prometheus.MustNewConstMetric(c.age, prometheus.GaugeValue, age.Seconds())
	for _, status := range []string{"QUEUED", "SENDING"} {
		ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, float64(counts[status]), status)
	}
}
