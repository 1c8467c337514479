package device

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/cause"
	"github.com/panicbutton/panicbutton/ent/media"
	"github.com/panicbutton/panicbutton/ent/panicbutton"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/internal/i18n"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/printers"
)

// ready builds the READY answer: a session token bound to the printer and its panic button pb (loaded with its
// organization, which the caller checked is active), and the kiosk.
func (s *Service) ready(ctx context.Context, p *ent.Printer, pb *ent.PanicButton, badge, lang string) (*LaunchPayload, error) {
	token, err := s.signSession(p.ID, pb.ID)
	if err != nil {
		return nil, err
	}
	k, err := s.kiosk(ctx, pb, p, lang)
	if err != nil {
		return nil, err
	}
	out := &LaunchPayload{Status: StatusReady, SessionToken: &token, Kiosk: k}
	if badge != "" {
		out.PrefillEmail = &badge
	}
	return out, nil
}

// chooseLanguage is the requested language when the panic button enables it, else the organization's default.
func chooseLanguage(pb *ent.PanicButton, requested string) string {
	if requested != "" && slices.Contains(pb.Languages, requested) {
		return requested
	}
	if org := pb.Edges.Organization; org != nil && org.DefaultLanguage != "" {
		return org.DefaultLanguage
	}
	return pb.DefaultLanguage
}

func orgDefault(pb *ent.PanicButton) string {
	if org := pb.Edges.Organization; org != nil && org.DefaultLanguage != "" {
		return org.DefaultLanguage
	}
	return pb.DefaultLanguage
}

// kiosk renders the panic button's content for lang with the printer's variables.
func (s *Service) kiosk(ctx context.Context, pb *ent.PanicButton, p *ent.Printer, requested string) (*Kiosk, error) {
	lang := chooseLanguage(pb, requested)
	def := orgDefault(pb)
	vars := printers.Vars(p)
	keys := map[string]bool{}
	for _, texts := range pb.Texts {
		for k := range texts {
			keys[k] = true
		}
	}
	k := &Kiosk{Language: lang, Languages: pb.Languages}
	for _, key := range sortedKeys(keys) {
		tpl := pb.Texts[lang][key]
		if tpl == "" {
			tpl = pb.Texts[def][key]
		}
		k.Texts = append(k.Texts, &KeyValue{Key: key, Value: mail.Render(tpl, vars, mail.ModeKiosk)})
	}
	images, err := s.Images(ctx, pb)
	if err != nil {
		return nil, err
	}
	k.Images = images
	for _, key := range sortedKeys(boolKeys(pb.Colors)) {
		k.Colors = append(k.Colors, &KeyValue{Key: key, Value: pb.Colors[key]})
	}
	causes, err := s.client.Cause.Query().Where(cause.PanicButtonID(pb.ID), cause.Active(true)).
		Order(ent.Asc(cause.FieldPosition), ent.Asc(cause.FieldID)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("kiosk: causes: %w", err)
	}
	for _, c := range causes {
		k.Causes = append(k.Causes, &KioskCause{ID: strconv.Itoa(c.ID), Label: i18n.Pick(c.Labels, lang, def)})
	}
	if k.Texts == nil {
		k.Texts = []*KeyValue{}
	}
	if k.Images == nil {
		k.Images = []*KioskImage{}
	}
	if k.Colors == nil {
		k.Colors = []*KeyValue{}
	}
	if k.Causes == nil {
		k.Causes = []*KioskCause{}
	}
	return k, nil
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func boolKeys(m map[string]string) map[string]bool {
	out := map[string]bool{}
	for k, v := range m {
		if v != "" {
			out[k] = true
		}
	}
	return out
}

// samplePrinter stands in for a real printer in the admin's live kiosk preview.
func samplePrinter(pb *ent.PanicButton) *ent.Printer {
	total, black, color, large := int64(125000), int64(98000), int64(27000), int64(3100)
	return &ent.Printer{Serial: "SN-SAMPLE-001", Model: "WorkCentre 7845", Name: "Copier 2nd floor",
		Location: "Floor 2, Room 201", IP: "10.0.0.42", LastTotal: &total, LastBlack: &black, LastColor: &color,
		LastLarge: &large, LastErrors: []string{"Paper jam in tray 2"}, PanicButtonID: pb.ID, OrganizationID: pb.OrganizationID}
}

// Preview renders the panic button's kiosk in lang for a sample printer (the admin's live preview). The caller
// has loaded pb with its own viewer; the rest is read in a system context.
func (s *Service) Preview(ctx context.Context, pb *ent.PanicButton, lang string) (*Kiosk, error) {
	sys := rule.SystemContext(ctx)
	full, err := s.client.PanicButton.Query().Where(panicbutton.ID(pb.ID)).WithOrganization().Only(sys)
	if err != nil {
		return nil, err
	}
	return s.kiosk(sys, full, samplePrinter(full), normalizeLanguage(&lang))
}

// Images are the panic button's kiosk images with their public URLs: /media/<sha256 of the content>, unguessable
// (the panic button stores the media id; the URL is built here from the content hash).
func (s *Service) Images(ctx context.Context, pb *ent.PanicButton) ([]*KioskImage, error) {
	out := []*KioskImage{}
	if len(pb.Images) == 0 {
		return out, nil
	}
	var ids []int
	for _, v := range pb.Images {
		if id, err := strconv.Atoi(v); err == nil {
			ids = append(ids, id)
		}
	}
	ms, err := s.client.Media.Query().Where(media.IDIn(ids...), media.OrganizationID(pb.OrganizationID)).
		Select(media.FieldID, media.FieldSha256).All(rule.SystemContext(ctx))
	if err != nil {
		return nil, fmt.Errorf("kiosk: images: %w", err)
	}
	hashes := map[string]string{}
	for _, m := range ms {
		hashes[strconv.Itoa(m.ID)] = m.Sha256
	}
	for _, key := range sortedKeys(boolKeys(pb.Images)) {
		if h := hashes[pb.Images[key]]; h != "" {
			out = append(out, &KioskImage{Key: key, URL: s.publicURL.JoinPath("media", h).String()})
		}
	}
	return out, nil
}
