package notify

import (
	"context"
	"fmt"
	"html"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/notification"
	"github.com/panicbutton/panicbutton/ent/notificationsettings"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/i18n"
	"github.com/panicbutton/panicbutton/internal/mail"
)

// silenceTexts are the texts of a printer falling silent or coming back: %[1]s is the printer (name and
// serial), %[2]s the time it was last seen (UTC).
var silenceTexts = map[string]map[bool]struct{ subject, body string }{
	"en": {
		false: {"Printer %[1]s is silent", "Printer %[1]s has not been seen (no launch, no successful SNMP poll) since %[2]s."},
		true:  {"Printer %[1]s is back", "Printer %[1]s is seen again (it was silent since %[2]s)."},
	},
	"fr": {
		false: {"L'imprimante %[1]s ne répond plus", "L'imprimante %[1]s n'a pas été vue (aucun lancement, aucune interrogation SNMP réussie) depuis le %[2]s."},
		true:  {"L'imprimante %[1]s est de retour", "L'imprimante %[1]s est de nouveau vue (elle était silencieuse depuis le %[2]s)."},
	},
	"it": {
		false: {"La stampante %[1]s non risponde", "La stampante %[1]s non è stata vista (nessun avvio, nessuna interrogazione SNMP riuscita) dal %[2]s."},
		true:  {"La stampante %[1]s è tornata", "La stampante %[1]s è di nuovo visibile (era silenziosa dal %[2]s)."},
	},
}

func silenceText(lang string, back bool, printer, since string) (subject, body string) {
	texts, ok := silenceTexts[lang]
	if !ok {
		texts = silenceTexts[i18n.Fallback]
	}
	t := texts[back]
	return fmt.Sprintf(t.subject, printer), fmt.Sprintf(t.body, printer, since)
}

// OnPrinterSilence tells the organization's active admins, as its notification settings say (push_admins: a
// bell notification; email_admins: an email through the outbox), that printer p fell silent (back false) or
// is seen again (back true); lastSeen is when it was last seen. It writes in tx, the transaction that marks
// the printer, so each silence is announced once; the caller publishes the result after committing.
func (s *Service) OnPrinterSilence(ctx context.Context, tx *ent.Client, p *ent.Printer, back bool, lastSeen time.Time) (*Published, error) {
	name := printerName(p)
	kind := map[bool]string{false: "PRINTER_SILENT", true: "PRINTER_BACK"}[back]
	since := lastSeen.UTC().Format("2006-01-02 15:04 UTC")
	return s.tellAdmins(ctx, tx, p.OrganizationID, kind, func(lang string) (string, string) {
		return silenceText(lang, back, name, since)
	})
}

// supplyLowTexts: %[1]s is the supply, %[2]d its percent, %[3]s the printer.
var supplyLowTexts = map[string]struct{ subject, body string }{
	"en": {"%[1]s low on %[3]s", "%[1]s is at %[2]d%% on printer %[3]s."},
	"fr": {"%[1]s presque épuisé sur %[3]s", "%[1]s est à %[2]d %% sur l'imprimante %[3]s."},
	"it": {"%[1]s in esaurimento su %[3]s", "%[1]s è al %[2]d%% sulla stampante %[3]s."},
}

// OnSupplyLow tells the organization's admins (as OnPrinterSilence does) that a supply of p is low: a
// low-supply rule whose action is NOTIFY. It writes in tx; the caller publishes after committing.
func (s *Service) OnSupplyLow(ctx context.Context, tx *ent.Client, p *ent.Printer, supply string, percent int) (*Published, error) {
	name := printerName(p)
	return s.tellAdmins(ctx, tx, p.OrganizationID, "SUPPLY_LOW", func(lang string) (string, string) {
		t, ok := supplyLowTexts[lang]
		if !ok {
			t = supplyLowTexts[i18n.Fallback]
		}
		return fmt.Sprintf(t.subject, supply, percent, name), fmt.Sprintf(t.body, supply, percent, name)
	})
}

func printerName(p *ent.Printer) string {
	if p.Name != "" {
		return p.Name + " (" + p.Serial + ")"
	}
	return p.Serial
}

// tellAdmins writes, for each active admin of the organization, a bell notification (push_admins) and an email
// (email_admins) of the given kind, in the admin's language.
func (s *Service) tellAdmins(ctx context.Context, tx *ent.Client, orgID int, kind string, text func(lang string) (subject, body string)) (*Published, error) {
	pub := &Published{OrgID: orgID}
	ns, err := tx.NotificationSettings.Query().Where(notificationsettings.OrganizationID(orgID)).First(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, fmt.Errorf("notify: settings: %w", err)
	}
	emailAdmins, pushAdmins := true, true // the schema's defaults when an organization has no settings row
	if ns != nil {
		emailAdmins, pushAdmins = ns.EmailAdmins, ns.PushAdmins
	}
	if !emailAdmins && !pushAdmins {
		return pub, nil
	}
	admins, err := tx.User.Query().Where(user.OrganizationID(orgID), user.RoleEQ(user.RoleADMIN), user.Active(true)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("notify: admins: %w", err)
	}
	now := s.now()
	for _, u := range admins {
		subject, body := text(u.Language)
		if pushAdmins {
			n, err := tx.Notification.Create().SetOrganizationID(orgID).SetRecipientID(u.ID).
				SetKind(notification.Kind(kind)).SetText(truncate(subject, 500)).SetCreatedAt(now).Save(ctx)
			if err != nil {
				return nil, fmt.Errorf("notify: bell: %w", err)
			}
			pub.Notifications = append(pub.Notifications, PublishedNotification{ID: n.ID, UserID: u.ID})
		}
		if emailAdmins && s.mail != nil {
			link := s.publicURL.JoinPath("printers").String()
			m := mail.QueuedMessage{OrganizationID: orgID, Kind: emailmessage.Kind(kind), From: s.mail.Sender("", ""),
				To: []string{u.Email}, Subject: subject, Text: body + "\n\n" + link,
				HTML: "<p>" + html.EscapeString(body) + `</p><p><a href="` + html.EscapeString(link) + `">` + html.EscapeString(link) + "</a></p>"}
			if _, err := s.mail.Enqueue(ctx, tx, m); err != nil {
				return nil, fmt.Errorf("notify: queue email: %w", err)
			}
		}
	}
	return pub, nil
}

// PublishNotifications announces committed bell notifications that are about no intervention.
func (s *Service) PublishNotifications(ctx context.Context, p *Published) {
	if s.events == nil || p == nil {
		return
	}
	for _, n := range p.Notifications {
		if err := s.events.Publish(ctx, events.Event{Kind: events.NotificationAdded, OrgID: p.OrgID,
			NotificationID: n.ID, UserID: n.UserID}); err != nil {
			s.log.WarnContext(ctx, "publish notification", "err", err)
		}
	}
}

func truncate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s
}
