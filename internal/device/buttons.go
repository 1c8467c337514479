package device

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/cause"
	"github.com/panicbutton/panicbutton/ent/emailtemplate"
	"github.com/panicbutton/panicbutton/ent/panicbutton"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/interventions"
)

// ButtonsChanged is the event that empties every instance's panic-button cache: a panic button, a cause, a
// medium, an email template, an intervention status or an organization was written (committed). It is published on organization 0's channel, which every
// instance's device service listens to; other subscribers ignore kinds they do not know.
const ButtonsChanged events.Kind = "panic_buttons_changed"

// ButtonCacheTTL bounds how long a cached panic button is used without a change being announced: the safety
// net for an announcement lost between instances (a Redis reconnection).
const ButtonCacheTTL = 10 * time.Second

// button is what the device path needs of a panic button, read once and shared by requests: the panic button
// with its organization, its active causes in order, its kiosk images' content hashes, its email templates and
// its organization's initial status. Read only.
type button struct {
	pb        *ent.PanicButton // with its Organization edge
	causes    []*ent.Cause     // active, by position then id
	media     map[string]string
	status    *ent.InterventionStatus // the organization's initial status
	templates []*ent.EmailTemplate    // every language's
	kiosk     *kioskContent           // the kiosk without the printer's variables, in every language it is shown in
	loaded    time.Time
}

// buttonCache keeps the device path's panic buttons by id. Any committed write to a panic button, cause, medium,
// email template, intervention status or organization empties it, on this instance at once (an ent hook) and on the others through the event broker.
// A read that began before an invalidation is not kept (generation), so a request never stores what a
// concurrent change made stale.
type buttonCache struct {
	client *ent.Client
	// prepare builds the parts of a button read computes once (its kiosk content).
	prepare func(*button)
	events  events.Broker
	log     *slog.Logger
	now     func() time.Time

	mu      sync.Mutex
	gen     uint64
	entries map[int]*button
}

func newButtonCache(client *ent.Client, broker events.Broker, log *slog.Logger, now func() time.Time) *buttonCache {
	c := &buttonCache{client: client, events: broker, log: log, now: now, entries: map[int]*button{}}
	client.Use(c.hook)
	return c
}

// listen empties the cache when another instance announces a change, until ctx ends.
func (c *buttonCache) listen(ctx context.Context) {
	if c.events == nil {
		return
	}
	in := c.events.Subscribe(ctx, 0)
	go func() {
		for e := range in {
			if e.Kind == ButtonsChanged {
				c.invalidate()
			}
		}
	}()
}

func (c *buttonCache) invalidate() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	clear(c.entries)
}

// get returns panic button id as it is now, from the cache or read (panic button, organization, causes,
// initial status, email templates; media when it has images). ctx must be a system context.
func (c *buttonCache) get(ctx context.Context, id int) (*button, error) {
	c.mu.Lock()
	b, gen := c.entries[id], c.gen
	c.mu.Unlock()
	if b != nil && c.now().Sub(b.loaded) < ButtonCacheTTL {
		return b, nil
	}
	b, err := c.read(ctx, id)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if c.gen == gen { // no change was committed while reading
		c.entries[id] = b
	}
	c.mu.Unlock()
	return b, nil
}

// read reads panic button id and what the device path needs with it, bypassing the cache.
func (c *buttonCache) read(ctx context.Context, id int) (*button, error) {
	pb, err := c.client.PanicButton.Query().Where(panicbutton.ID(id)).WithOrganization().Only(ctx)
	if err != nil {
		return nil, fmt.Errorf("load panic button: %w", err)
	}
	causes, err := c.client.Cause.Query().Where(cause.PanicButtonID(pb.ID), cause.Active(true)).
		Order(ent.Asc(cause.FieldPosition), ent.Asc(cause.FieldID)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("load causes: %w", err)
	}
	media, err := mediaHashes(ctx, c.client, pb)
	if err != nil {
		return nil, err
	}
	status, err := interventions.InitialStatus(ctx, c.client, pb.OrganizationID)
	if err != nil {
		return nil, err
	}
	templates, err := c.client.EmailTemplate.Query().Where(emailtemplate.PanicButtonID(pb.ID)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("load email templates: %w", err)
	}
	if templates == nil {
		templates = []*ent.EmailTemplate{} // none, known (nil would make interventions read them)
	}
	b := &button{pb: pb, causes: causes, media: media, status: status, templates: templates, loaded: c.now()}
	if c.prepare != nil {
		c.prepare(b)
	}
	return b, nil
}

// hook empties the cache after every committed write to what it holds (at once outside a transaction, on
// commit inside one), and announces it to the other instances.
func (c *buttonCache) hook(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		v, err := next.Mutate(ctx, m)
		if err != nil {
			return v, err
		}
		switch m.Type() {
		case ent.TypePanicButton, ent.TypeCause, ent.TypeMedia, ent.TypeOrganization, ent.TypeEmailTemplate,
			ent.TypeInterventionStatus:
		default:
			return v, nil
		}
		if txm, ok := m.(interface{ Tx() (*ent.Tx, error) }); ok {
			if tx, terr := txm.Tx(); terr == nil {
				tx.OnCommit(func(next ent.Committer) ent.Committer {
					return ent.CommitFunc(func(ctx context.Context, tx *ent.Tx) error {
						err := next.Commit(ctx, tx)
						if err == nil {
							c.changed(ctx)
						}
						return err
					})
				})
				return v, nil
			}
		}
		c.changed(ctx)
		return v, nil
	})
}

func (c *buttonCache) changed(ctx context.Context) {
	c.invalidate()
	if c.events == nil {
		return
	}
	if err := c.events.Publish(context.WithoutCancel(ctx), events.Event{Kind: ButtonsChanged}); err != nil {
		c.log.WarnContext(ctx, "announce panic button change", "err", err)
	}
}

// loadButton is the session's panic button for device requests, refusing a disabled organization's.
func (s *Service) loadButton(ctx context.Context, id int) (*button, error) {
	b, err := s.buttons.get(rule.SystemContext(ctx), id)
	if err != nil {
		return nil, err
	}
	if org := b.pb.Edges.Organization; org == nil || !org.Active {
		return nil, errOrganizationDisabled()
	}
	return b, nil
}
