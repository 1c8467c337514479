// Package printers owns the printers: their registration data, what a printer app or SNMP poll tells of them
// (sightings, meter readings, alerts), and the admin's edits.
package printers

import (
	"context"
	"slices"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/sqljson"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/printer"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/emailaddr"
)

// Service is the admin's printer operations (the caller's privacy applies).
type Service struct {
	client *ent.Client
	now    func() time.Time
}

// NewService returns a Service.
func NewService(client *ent.Client) *Service { return &Service{client: client, now: time.Now} }

// PrinterUpdate holds the changes of UpdatePrinter (nil: unchanged).
type PrinterUpdate struct {
	Name, Location, CustomerContactEmail *string
	SNMPEnabled                          *bool
	SNMPVersion                          *string
	SNMPCommunity                        *string // write-only: never returned
	SNMPv3                               *schematype.SNMPv3Credentials
	SNMPProfile                          *string
}

var (
	authProtocols = []string{"MD5", "SHA", "SHA224", "SHA256", "SHA384", "SHA512"}
	privProtocols = []string{"DES", "AES", "AES192", "AES256"}
	secLevels     = []string{"noAuthNoPriv", "authNoPriv", "authPriv"}
)

func checkV3(c *schematype.SNMPv3Credentials) error {
	if strings.TrimSpace(c.User) == "" {
		return apperr.Invalid("input.snmpV3.user", "is required")
	}
	if c.AuthProtocol != "" && !slices.Contains(authProtocols, strings.ToUpper(c.AuthProtocol)) {
		return apperr.Invalid("input.snmpV3.authProtocol", "want one of %s", strings.Join(authProtocols, ", "))
	}
	if c.PrivProtocol != "" && !slices.Contains(privProtocols, strings.ToUpper(c.PrivProtocol)) {
		return apperr.Invalid("input.snmpV3.privProtocol", "want one of %s", strings.Join(privProtocols, ", "))
	}
	if c.SecurityLevel != "" && !slices.Contains(secLevels, c.SecurityLevel) {
		return apperr.Invalid("input.snmpV3.securityLevel", "want one of %s", strings.Join(secLevels, ", "))
	}
	if c.AuthPassword != "" && len(c.AuthPassword) < 8 {
		return apperr.Invalid("input.snmpV3.authPassword", "SNMPv3 passwords are at least 8 characters")
	}
	if c.PrivPassword != "" && len(c.PrivPassword) < 8 {
		return apperr.Invalid("input.snmpV3.privPassword", "SNMPv3 passwords are at least 8 characters")
	}
	return nil
}

// UpdatePrinter edits a printer.
func (s *Service) UpdatePrinter(ctx context.Context, id int, in PrinterUpdate) (*ent.Printer, error) {
	upd := s.client.Printer.UpdateOneID(id)
	for _, f := range []struct {
		field string
		v     *string
		set   func(string) *ent.PrinterUpdateOne
	}{{"input.name", in.Name, upd.SetName}, {"input.location", in.Location, upd.SetLocation}, {"input.snmpProfile", in.SNMPProfile, upd.SetSnmpProfile}} {
		if f.v == nil {
			continue
		}
		v := strings.TrimSpace(*f.v)
		if len([]rune(v)) > 200 {
			return nil, apperr.Invalid(f.field, "must be at most 200 characters")
		}
		f.set(v)
	}
	if in.CustomerContactEmail != nil {
		if v := strings.TrimSpace(*in.CustomerContactEmail); v == "" {
			upd.ClearCustomerContactEmail()
		} else if e, err := emailaddr.Normalize(v); err != nil {
			return nil, apperr.Invalid("input.customerContactEmail", "must be an email address")
		} else {
			upd.SetCustomerContactEmail(e)
		}
	}
	if in.SNMPEnabled != nil {
		upd.SetSnmpEnabled(*in.SNMPEnabled)
	}
	if in.SNMPVersion != nil {
		v := printer.SnmpVersion(strings.ToUpper(*in.SNMPVersion))
		if printer.SnmpVersionValidator(v) != nil {
			return nil, apperr.Invalid("input.snmpVersion", "want V1, V2C or V3")
		}
		upd.SetSnmpVersion(v)
	}
	if in.SNMPCommunity != nil {
		upd.SetSnmpCommunity(*in.SNMPCommunity)
	}
	if in.SNMPv3 != nil {
		if err := checkV3(in.SNMPv3); err != nil {
			return nil, err
		}
		c := *in.SNMPv3
		c.AuthProtocol, c.PrivProtocol = strings.ToUpper(c.AuthProtocol), strings.ToUpper(c.PrivProtocol)
		upd.SetSnmpV3(c)
	}
	return upd.Save(ctx)
}

// MovePrinter moves a printer to another panic button of its organization.
func (s *Service) MovePrinter(ctx context.Context, id, pbID int) (*ent.Printer, error) {
	p, err := s.client.Printer.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	pb, err := s.client.PanicButton.Get(ctx, pbID)
	if err != nil || pb.OrganizationID != p.OrganizationID {
		return nil, apperr.Invalid("panicButtonId", "not a panic button of this organization")
	}
	return p.Update().SetPanicButtonID(pb.ID).Save(ctx)
}

// DeletePrinter deletes a printer; its interventions keep their printer snapshot.
func (s *Service) DeletePrinter(ctx context.Context, id int) error {
	return s.client.Printer.DeleteOneID(id).Exec(ctx)
}

// SilentPrinters are the printers flagged silent, longest silent first (n: 1 to 100).
func (s *Service) SilentPrinters(ctx context.Context, n int) ([]*ent.Printer, error) {
	if n < 1 || n > 100 {
		return nil, apperr.Invalid("first", "must be between 1 and 100")
	}
	return s.client.Printer.Query().Where(printer.SilentSinceNotNil()).
		Order(ent.Asc(printer.FieldSilentSince), ent.Asc(printer.FieldID)).Limit(n).All(ctx)
}

// PrintersWithAlerts are the printers reporting SNMP alerts or error messages now, most recently seen first
// (n: 1 to 100).
func (s *Service) PrintersWithAlerts(ctx context.Context, n int) ([]*ent.Printer, error) {
	if n < 1 || n > 100 {
		return nil, apperr.Invalid("first", "must be between 1 and 100")
	}
	return s.client.Printer.Query().
		Where(func(sel *sql.Selector) {
			sel.Where(sql.Or(sqljson.LenGT(printer.FieldLastAlerts, 0), sqljson.LenGT(printer.FieldLastErrors, 0)))
		}).
		Order(ent.Desc(printer.FieldLastSeenAt)).Limit(n).All(ctx)
}
