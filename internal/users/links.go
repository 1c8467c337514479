package users

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
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

// queueLink queues the invitation or reset email of u through client (the caller's transaction).
func (s *Service) queueLink(ctx context.Context, client *ent.Client, u *ent.User, kind linkKind) error {
	if u.OrganizationID == nil {
		return apperr.Invalid("id", "platform accounts have no organization to send email from")
	}
	ttl, msgKind := auth.InviteTTL, emailmessage.KindINVITE
	if kind == linkReset {
		ttl, msgKind = auth.PasswordResetTTL, emailmessage.KindPASSWORD_RESET
	}
	token, err := s.c.Auth.SetPasswordToken(u, ttl)
	if err != nil {
		return err
	}
	link := s.c.PublicURL.JoinPath("/set-password")
	link.RawQuery = "token=" + token
	texts := linkTexts[kind]
	t, ok := texts[u.Language]
	if !ok {
		t = texts[i18n.Fallback]
	}
	var html bytes.Buffer
	if err := linkHTML.Execute(&html, struct {
		Text linkText
		URL  string
	}{t, link.String()}); err != nil {
		return fmt.Errorf("render %s email: %w", msgKind, err)
	}
	text := fmt.Sprintf("%s\n\n%s\n\n%s\n", t.Intro, link.String(), t.Expiry)
	m := mail.QueuedMessage{OrganizationID: *u.OrganizationID, Kind: msgKind, From: s.c.Mail.From(), To: []string{u.Email},
		Subject: t.Subject, HTML: html.String(), Text: text, NotBefore: time.Time{}}
	// Server work on behalf of an allowed change: the caller need not be able to write the outbox.
	if _, err := s.c.Mail.Enqueue(rule.SystemContext(ctx), client, m); err != nil {
		return fmt.Errorf("queue %s email: %w", msgKind, err)
	}
	return nil
}
