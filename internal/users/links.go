package users

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"strings"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/auth"
	"github.com/panicbutton/panicbutton/internal/i18n"
	"github.com/panicbutton/panicbutton/internal/mail"
)

type linkKind int

const (
	linkInvite linkKind = iota
	linkReset
)

// linkText is one email of a set-password link, in one language.
type linkText struct{ Subject, Intro, Button, Expiry string }

var linkTexts = map[linkKind]map[string]linkText{
	linkInvite: {
		"en": {"Your Panic Button account", "An account was created for you on Panic Button. Choose your password to sign in:", "Choose my password", "This link works once and expires in 7 days."},
		"fr": {"Votre compte Panic Button", "Un compte a été créé pour vous sur Panic Button. Choisissez votre mot de passe pour vous connecter :", "Choisir mon mot de passe", "Ce lien ne fonctionne qu'une fois et expire dans 7 jours."},
		"it": {"Il tuo account Panic Button", "È stato creato un account per te su Panic Button. Scegli la tua password per accedere:", "Scegli la password", "Questo link funziona una sola volta e scade tra 7 giorni."},
	},
	linkReset: {
		"en": {"Reset your Panic Button password", "An administrator asked for your Panic Button password to be reset. Choose a new one:", "Choose a new password", "This link works once and expires in 2 hours. If you did not expect it, ignore this email."},
		"fr": {"Réinitialisez votre mot de passe Panic Button", "Un administrateur a demandé la réinitialisation de votre mot de passe Panic Button. Choisissez-en un nouveau :", "Choisir un nouveau mot de passe", "Ce lien ne fonctionne qu'une fois et expire dans 2 heures. Si vous ne l'attendiez pas, ignorez cet e-mail."},
		"it": {"Reimposta la password di Panic Button", "Un amministratore ha chiesto di reimpostare la tua password di Panic Button. Scegline una nuova:", "Scegli una nuova password", "Questo link funziona una sola volta e scade tra 2 ore. Se non te lo aspettavi, ignora questa email."},
	},
}

var linkHTML = template.Must(template.New("link").Parse(`<!doctype html>
<html><body style="font-family: sans-serif">
<p>{{.Text.Intro}}</p>
<p><a href="{{.URL}}" style="display:inline-block;padding:12px 20px;background:#c62828;color:#fff;text-decoration:none;border-radius:4px">{{.Text.Button}}</a></p>
<p style="color:#555">{{.Text.Expiry}}</p>
<p style="color:#555">{{.URL}}</p>
</body></html>`))

// LinkPlaceholder stands for the set-password link in the stored email (the outbox row, which the
// organization's admins read through emailMessages): the link itself is signed and put in only when the outbox
// hands the email to the provider (finishLink), so no stored or admin-visible copy carries a usable token.
const LinkPlaceholder = "[[[SET_PASSWORD_LINK]]]"

// finishLink is the outbox Finisher of invitation and reset emails: it signs the link of the message's
// recipient, or fails the message when its link could not work (account gone or disabled, or a newer link
// issued since, which voids this one).
func (s *Service) finishLink(ctx context.Context, row *ent.EmailMessage, msg *mail.Message) error {
	ttl := auth.InviteTTL
	if row.Kind == emailmessage.KindPASSWORD_RESET {
		ttl = auth.PasswordResetTTL
	}
	if len(row.To) != 1 {
		return &mail.PermanentError{Body: "a set-password email has exactly one recipient"}
	}
	u, err := s.c.Client.User.Query().Where(user.Email(row.To[0]), user.OrganizationID(row.OrganizationID)).Only(ctx)
	if ent.IsNotFound(err) {
		return &mail.PermanentError{Body: "not sent: the account no longer exists"}
	}
	if err != nil {
		return fmt.Errorf("set-password email: %w", err)
	}
	if !u.Active {
		return &mail.PermanentError{Body: "not sent: the account is disabled"}
	}
	newest, err := s.c.Auth.IsNewestLink(ctx, u, row.ID)
	if err != nil {
		return err
	}
	if !newest {
		return &mail.PermanentError{Body: "not sent: a newer set-password link was issued"}
	}
	token, err := s.c.Auth.SetPasswordToken(u, row.ID, row.CreatedAt, ttl)
	if err != nil {
		return err
	}
	link := s.c.PublicURL.JoinPath("/set-password")
	link.RawQuery = "token=" + token
	msg.Text = strings.ReplaceAll(msg.Text, LinkPlaceholder, link.String())
	msg.HTML = strings.ReplaceAll(msg.HTML, LinkPlaceholder, template.HTMLEscapeString(link.String()))
	return nil
}

// queueLink queues the invitation or reset email of u through client (the caller's transaction).
func (s *Service) queueLink(ctx context.Context, client *ent.Client, u *ent.User, kind linkKind) error {
	if u.OrganizationID == nil {
		return apperr.Invalid("id", "platform accounts have no organization to send email from")
	}
	msgKind := emailmessage.KindINVITE
	if kind == linkReset {
		msgKind = emailmessage.KindPASSWORD_RESET
	}
	texts := linkTexts[kind]
	t, ok := texts[u.Language]
	if !ok {
		t = texts[i18n.Fallback]
	}
	var html bytes.Buffer
	if err := linkHTML.Execute(&html, struct {
		Text linkText
		URL  string
	}{t, LinkPlaceholder}); err != nil {
		return fmt.Errorf("render %s email: %w", msgKind, err)
	}
	text := fmt.Sprintf("%s\n\n%s\n\n%s\n", t.Intro, LinkPlaceholder, t.Expiry)
	m := mail.QueuedMessage{OrganizationID: *u.OrganizationID, Kind: msgKind, From: s.c.Mail.From(), To: []string{u.Email},
		Subject: t.Subject, HTML: html.String(), Text: text, NotBefore: time.Time{}}
	// Server work on behalf of an allowed change: the caller need not be able to write the outbox.
	if _, err := s.c.Mail.Enqueue(rule.SystemContext(ctx), client, m); err != nil {
		return fmt.Errorf("queue %s email: %w", msgKind, err)
	}
	return nil
}
