package webhooks

import (
	"context"
	"fmt"
	"html"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/notification"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/ent/webhook"
	"github.com/panicbutton/panicbutton/ent/webhookdelivery"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/i18n"
	"github.com/panicbutton/panicbutton/internal/mail"
)

// notice is a bell notification to announce once its transaction commits.
type notice struct{ orgID, id, userID int }

// disabledTexts are the "endpoint disabled" bell and email texts: %[1]s is the URL, %[2]s the reason.
var disabledTexts = map[string]struct{ bell, subject, body string }{
	"en": {"Webhook %[1]s was disabled: %[2]s", "Webhook disabled: %[1]s",
		"Panic Button stopped sending events to %[1]s: %[2]s. Undelivered events are kept as failed deliveries: turn the webhook back on under Webhooks, then redeliver them."},
	"fr": {"Le webhook %[1]s a été désactivé : %[2]s", "Webhook désactivé : %[1]s",
		"Panic Button n'envoie plus d'événements à %[1]s : %[2]s. Les événements non livrés sont conservés comme livraisons échouées : réactivez le webhook dans Webhooks, puis relivrez-les."},
	"it": {"Il webhook %[1]s è stato disattivato: %[2]s", "Webhook disattivato: %[1]s",
		"Panic Button ha smesso di inviare eventi a %[1]s: %[2]s. Gli eventi non consegnati restano come consegne fallite: riattiva il webhook in Webhook, poi riconsegnali."},
}

func disabledText(lang string) struct{ bell, subject, body string } {
	if t, ok := disabledTexts[lang]; ok {
		return t
	}
	return disabledTexts[i18n.Fallback]
}

// disable turns an endpoint off for reason, fails its queued deliveries (they can be redelivered once it is
// back on) and tells the organization's admins by email (through the outbox) and bell, all in tx. It returns
// the bell notifications to announce after commit; none when another worker disabled it first.
func (s *Service) disable(ctx context.Context, tx *ent.Client, h *ent.Webhook, reason string, now time.Time) ([]notice, error) {
	n, err := tx.Webhook.Update().Where(webhook.ID(h.ID), webhook.Active(true)).SetActive(false).
		SetDisabledAt(now).SetDisabledReason(truncate(reason, 500)).Save(ctx)
	if err != nil || n == 0 {
		return nil, err
	}
	if err := tx.WebhookDelivery.Update().Where(webhookdelivery.WebhookID(h.ID), webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING)).
		SetStatus(webhookdelivery.StatusFAILED).SetLastError("the endpoint was disabled: " + reason).Exec(ctx); err != nil {
		return nil, err
	}
	admins, err := tx.User.Query().Where(user.OrganizationID(h.OrganizationID), user.RoleEQ(user.RoleADMIN), user.Active(true)).All(ctx)
	if err != nil {
		return nil, err
	}
	link := s.cfg.PublicURL.JoinPath("webhooks").String()
	var out []notice
	for _, a := range admins {
		t := disabledText(a.Language)
		nt, err := tx.Notification.Create().SetOrganizationID(h.OrganizationID).SetRecipientID(a.ID).
			SetKind(notification.KindWEBHOOK_DISABLED).SetText(truncate(fmt.Sprintf(t.bell, h.URL, reason), 500)).
			SetCreatedAt(now).Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("bell: %w", err)
		}
		out = append(out, notice{orgID: h.OrganizationID, id: nt.ID, userID: a.ID})
		body := fmt.Sprintf(t.body, h.URL, reason)
		_, err = s.cfg.Mail.Enqueue(ctx, tx, mail.QueuedMessage{OrganizationID: h.OrganizationID,
			Kind: emailmessage.KindWEBHOOK_DISABLED, To: []string{a.Email}, Subject: truncate(fmt.Sprintf(t.subject, h.URL), 500),
			HTML: "<p>" + html.EscapeString(body) + "</p><p><a href=\"" + html.EscapeString(link) + "\">" + html.EscapeString(link) + "</a></p>",
			Text: body + "\n\n" + link + "\n"})
		if err != nil {
			return nil, fmt.Errorf("email: %w", err)
		}
	}
	return out, nil
}

// publish announces committed bell notifications.
func (s *Service) publish(ctx context.Context, ns []notice) {
	if s.cfg.Events == nil {
		return
	}
	for _, n := range ns {
		if err := s.cfg.Events.Publish(ctx, events.Event{Kind: events.NotificationAdded, OrgID: n.orgID,
			NotificationID: n.id, UserID: n.userID}); err != nil {
			s.log.WarnContext(ctx, "publish notification", "err", err)
		}
	}
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
