package reporter

import (
	"context"
	"fmt"
	"html"
	"log/slog"
	"net/url"
	"strings"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
	"github.com/panicbutton/panicbutton/internal/i18n"
	"github.com/panicbutton/panicbutton/internal/interventions"
	"github.com/panicbutton/panicbutton/internal/mail"
)

// Config wires a Service.
type Config struct {
	Client        *ent.Client
	Interventions *interventions.Service
	// Mail gets the send-time completion of reporter emails (their links and Reply-To).
	Mail      *mail.Queue
	Tokens    *Tokens
	PublicURL *url.URL
	// InboundDomain receives replies (reply+<token>@InboundDomain); empty: emails get no Reply-To.
	InboundDomain string
	// InboundUser and InboundPassword guard the webhook (basic credentials); empty: it answers 404.
	InboundUser, InboundPassword string
	// InboundMaxBytes caps one webhook request.
	InboundMaxBytes int64
	Logger          *slog.Logger
}

// Service is the reporter's side of interventions.
type Service struct{ c Config }

// ReporterKinds are the emails to reporters: each carries the tracking link (and the Reply-To).
var ReporterKinds = []emailmessage.Kind{emailmessage.KindREPORT_USER, emailmessage.KindSTATUS_CUSTOMER, emailmessage.KindNOTE_CUSTOMER}

// NewService returns a Service and registers, on c.Mail's outbox, the send-time completion of reporter emails.
func NewService(c Config) *Service {
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.InboundMaxBytes <= 0 {
		c.InboundMaxBytes = 30 << 20
	}
	s := &Service{c: c}
	for _, k := range ReporterKinds {
		c.Mail.OnSend(k, s.finish)
	}
	return s
}

// TrackingURL is the tracking page of it.
func (s *Service) TrackingURL(it *ent.Intervention) string {
	return s.c.PublicURL.JoinPath("track", s.c.Tokens.Make(purposeTrack, it)).String()
}

// ReplyAddress is the address replies about it go to ("" without an inbound domain).
func (s *Service) ReplyAddress(it *ent.Intervention) string {
	if s.c.InboundDomain == "" {
		return ""
	}
	return "reply+" + s.c.Tokens.Make(purposeReply, it) + "@" + s.c.InboundDomain
}

// footerTexts are the lines appended to every reporter email, by language.
var footerTexts = map[string]struct{ Follow, Reply, Fixed, Yes, No string }{
	"en": {"Follow your request %s:", "You can reply to this email to add information or photos.", "Is it fixed?", "Yes, it is fixed", "No, it is not fixed"},
	"fr": {"Suivre votre demande %s :", "Vous pouvez répondre à cet email pour ajouter des informations ou des photos.", "Est-ce réparé ?", "Oui, c'est réparé", "Non, ce n'est pas réparé"},
	"it": {"Segui la tua richiesta %s:", "Puoi rispondere a questa email per aggiungere informazioni o foto.", "È risolto?", "Sì, è risolto", "No, non è risolto"},
}

// finish is the outbox Finisher of reporter emails: it appends the tracking link (and, while the intervention is
// closed and unanswered, "Is it fixed?") and sets the Reply-To, at send time, so the stored row and the copy
// admins see carry no usable token. The answer links open the page, which asks before recording anything (mail
// scanners follow links).
func (s *Service) finish(ctx context.Context, row *ent.EmailMessage, msg *mail.Message) error {
	if row.InterventionID == nil {
		return nil
	}
	it, err := s.linked(ctx, *row.InterventionID)
	if err != nil {
		return fmt.Errorf("reporter email: %w", err)
	}
	if it == nil {
		return nil // deleted since: the email still goes, without links
	}
	if s.c.Tokens.Expired(it) {
		return nil
	}
	t, ok := footerTexts[it.Language]
	if !ok {
		t = footerTexts[i18n.Fallback]
	}
	link := s.TrackingURL(it)
	reply := s.ReplyAddress(it)
	var h, txt strings.Builder
	fmt.Fprintf(&h, `<hr><p style="font-size:14px">%s <a href="%s">%s</a></p>`, html.EscapeString(fmt.Sprintf(t.Follow, it.Reference)), html.EscapeString(link), html.EscapeString(link))
	fmt.Fprintf(&txt, "\n\n--\n%s %s\n", fmt.Sprintf(t.Follow, it.Reference), link)
	if st := it.Edges.Status; st != nil && st.Category == interventionstatus.CategoryCLOSED {
		asked, answered, err := s.c.Interventions.FixedAnswer(ctx, it)
		if err != nil {
			return err
		}
		if asked && answered == nil {
			yes, no := link+"?fixed=yes", link+"?fixed=no"
			fmt.Fprintf(&h, `<p style="font-size:16px"><b>%s</b> <a href="%s">%s</a> · <a href="%s">%s</a></p>`,
				html.EscapeString(t.Fixed), html.EscapeString(yes), html.EscapeString(t.Yes), html.EscapeString(no), html.EscapeString(t.No))
			fmt.Fprintf(&txt, "%s\n%s: %s\n%s: %s\n", t.Fixed, t.Yes, yes, t.No, no)
		}
	}
	if reply != "" {
		fmt.Fprintf(&h, `<p style="font-size:14px">%s</p>`, html.EscapeString(t.Reply))
		fmt.Fprintf(&txt, "%s\n", t.Reply)
		msg.ReplyTo = mail.Address{Email: reply}
	}
	if i := strings.LastIndex(strings.ToLower(msg.HTML), "</body>"); i >= 0 {
		msg.HTML = msg.HTML[:i] + h.String() + msg.HTML[i:]
	} else if msg.HTML != "" {
		msg.HTML += h.String()
	}
	if msg.Text != "" || msg.HTML == "" {
		msg.Text += txt.String()
	}
	return nil
}

// linked reads what a reporter email's links are made of: the intervention's id, reference, language, tracking
// nonce and closure, and its status's category, in one statement (the outbox calls finish for every reporter
// email: the whole row, with its printer snapshot and causes to decode, and a second query for the status were
// about a third of the outbox's CPU). nil: the intervention is gone. The Status edge holds only its category.
func (s *Service) linked(ctx context.Context, id int) (*ent.Intervention, error) {
	var rows []struct {
		ID            int                         `json:"id"`
		Reference     string                      `json:"reference"`
		Language      string                      `json:"language"`
		TrackingNonce string                      `json:"tracking_nonce"`
		StatusID      int                         `json:"status_id"`
		ClosedAt      entsql.NullTime             `json:"closed_at"`
		Category      interventionstatus.Category `json:"category"`
	}
	err := s.c.Client.Intervention.Query().Where(intervention.ID(id)).Modify(func(q *entsql.Selector) {
		st := entsql.Table(interventionstatus.Table)
		q.Join(st).On(q.C(intervention.FieldStatusID), st.C(interventionstatus.FieldID)).
			Select(q.C(intervention.FieldID), q.C(intervention.FieldReference), q.C(intervention.FieldLanguage),
				q.C(intervention.FieldTrackingNonce), q.C(intervention.FieldStatusID), q.C(intervention.FieldClosedAt),
				entsql.As(st.C(interventionstatus.FieldCategory), "category"))
	}).Scan(ctx, &rows)
	if err != nil || len(rows) == 0 {
		return nil, err
	}
	r := rows[0]
	it := &ent.Intervention{ID: r.ID, Reference: r.Reference, Language: r.Language, TrackingNonce: r.TrackingNonce, StatusID: r.StatusID}
	if r.ClosedAt.Valid {
		closed := r.ClosedAt.Time
		it.ClosedAt = &closed
	}
	it.Edges.Status = &ent.InterventionStatus{ID: r.StatusID, Category: r.Category}
	return it, nil
}
