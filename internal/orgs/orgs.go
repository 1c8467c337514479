// Package orgs owns organizations: provisioning one with the defaults every customer account starts with
// (statuses, notification settings, a first panic button), and the super-admin's create, change and disable.
package orgs

import (
	"context"
	"crypto/rand"
	"fmt"
	"math/big"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
)

// DefaultStatus is one of the statuses an organization starts with.
type DefaultStatus struct {
	Name     string
	Names    map[string]string
	Category interventionstatus.Category
	Initial  bool
}

// DefaultStatuses are New, Open, In progress, Waiting for parts, Closed.
var DefaultStatuses = []DefaultStatus{
	{"New", map[string]string{"en": "New", "fr": "Nouvelle", "it": "Nuovo"}, interventionstatus.CategoryOPEN, true},
	{"Open", map[string]string{"en": "Open", "fr": "Ouverte", "it": "Aperto"}, interventionstatus.CategoryOPEN, false},
	{"In progress", map[string]string{"en": "In progress", "fr": "En cours", "it": "In corso"}, interventionstatus.CategoryIN_PROGRESS, false},
	{"Waiting for parts", map[string]string{"en": "Waiting for parts", "fr": "En attente de pièces", "it": "In attesa di ricambi"}, interventionstatus.CategoryIN_PROGRESS, false},
	{"Closed", map[string]string{"en": "Closed", "fr": "Clôturée", "it": "Chiuso"}, interventionstatus.CategoryCLOSED, false},
}

// DefaultTriggers are the statuses whose entry notifies, as in the Italian document's example.
var DefaultTriggers = []string{"Open", "Closed"}

// NewOrg describes an organization to create.
type NewOrg struct {
	Name            string
	Slug            string
	DefaultLanguage string
	PanicButtonName string
	PrinterCode     string // random when empty
}

// Provisioned is what Provision created.
type Provisioned struct {
	Org         *ent.Organization
	Statuses    []*ent.InterventionStatus
	PanicButton *ent.PanicButton
}

// Provision creates the organization and its defaults with tx's client; the caller commits.
func Provision(ctx context.Context, client *ent.Client, in NewOrg) (*Provisioned, error) {
	lang := in.DefaultLanguage
	if lang == "" {
		lang = "en"
	}
	org, err := client.Organization.Create().SetName(in.Name).SetSlug(in.Slug).SetDefaultLanguage(lang).Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("create organization: %w", err)
	}
	p := &Provisioned{Org: org}
	var triggers []int
	for i, s := range DefaultStatuses {
		st, err := client.InterventionStatus.Create().SetOrganizationID(org.ID).SetName(s.Name).SetNames(s.Names).
			SetPosition(i).SetCategory(s.Category).SetIsInitial(s.Initial).Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("create status %q: %w", s.Name, err)
		}
		p.Statuses = append(p.Statuses, st)
		for _, t := range DefaultTriggers {
			if t == s.Name {
				triggers = append(triggers, st.ID)
			}
		}
	}
	if err := client.NotificationSettings.Create().SetOrganizationID(org.ID).AddTriggerStatusIDs(triggers...).Exec(ctx); err != nil {
		return nil, fmt.Errorf("create notification settings: %w", err)
	}
	code := in.PrinterCode
	if code == "" {
		if code, err = NewPrinterCode(); err != nil {
			return nil, err
		}
	}
	name := in.PanicButtonName
	if name == "" {
		name = in.Name
	}
	p.PanicButton, err = client.PanicButton.Create().SetOrganizationID(org.ID).SetName(name).
		SetPrinterCode(code).SetDefaultLanguage(lang).Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("create panic button: %w", err)
	}
	return p, nil
}

// codeAlphabet avoids look-alike characters (0/O, 1/I/L) since people type the code on a printer panel.
const codeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

// NewPrinterCode returns a random printer code: 10 characters of a 31-letter alphabet (~49 bits), which with
// the registration rate limit makes guessing infeasible.
func NewPrinterCode() (string, error) {
	b := make([]byte, 10)
	for i := range b {
		n, err := rand.Int(rand.Reader, big.NewInt(int64(len(codeAlphabet))))
		if err != nil {
			return "", fmt.Errorf("printer code: %w", err)
		}
		b[i] = codeAlphabet[n.Int64()]
	}
	return string(b), nil
}

// RotatePrinterCode gives a panic button a new random printer code. ctx carries the admin's viewer: the
// privacy rules decide whether they may.
func RotatePrinterCode(ctx context.Context, client *ent.Client, id int) (*ent.PanicButton, error) {
	code, err := NewPrinterCode()
	if err != nil {
		return nil, err
	}
	pb, err := client.PanicButton.UpdateOneID(id).SetPrinterCode(code).SetPrinterCodeRotatedAt(time.Now()).Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("rotate printer code: %w", err)
	}
	return pb, nil
}
