package device

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/media"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/internal/i18n"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/printers"
)

// ready builds the READY answer: a session token bound to the printer and its panic button b (whose
// organization the caller checked is active), and the kiosk.
func (s *Service) ready(ctx context.Context, p *ent.Printer, b *button, badge, lang string) (*LaunchPayload, error) {
	token, err := s.signSession(p.ID, b.pb.ID)
	if err != nil {
		return nil, err
	}
	out := &LaunchPayload{Status: StatusReady, SessionToken: &token, Kiosk: s.kiosk(b, p, lang)}
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
	return orgDefault(pb)
}

func orgDefault(pb *ent.PanicButton) string {
	if org := pb.Edges.Organization; org != nil && org.DefaultLanguage != "" {
		return org.DefaultLanguage
	}
	return pb.DefaultLanguage
}

// kioskLang is the part of a panic button's kiosk that does not depend on the printer, in one language: built
// once when the panic button is read (buttonCache) and shared, read only, by every request.
type kioskLang struct {
	texts  []kioskText
	causes []*KioskCause
	vars   bool // some text has variables: the printer's are needed
}

// kioskText is one kiosk text's template in a language. A text without variables is its own rendering,
// made once (static); one with variables is rendered for each printer.
type kioskText struct {
	key, tpl string
	static   *KeyValue
}

// kioskContent is what kiosk needs of a panic button, prepared once per cached read: every language the
// kiosk can be shown in (those the panic button enables and the organization's default), its colours and
// its images with their URLs.
type kioskContent struct {
	langs  map[string]*kioskLang
	colors []*KeyValue
	images []*KioskImage
}

// newKioskContent prepares pb's kiosk with its active causes and its images' content hashes.
func (s *Service) newKioskContent(pb *ent.PanicButton, causes []*ent.Cause, hashes map[string]string) *kioskContent {
	def := orgDefault(pb)
	keys := map[string]bool{}
	for _, texts := range pb.Texts {
		for k := range texts {
			keys[k] = true
		}
	}
	sorted := sortedKeys(keys)
	kc := &kioskContent{langs: map[string]*kioskLang{}, colors: []*KeyValue{}, images: s.images(pb, hashes)}
	for _, key := range sortedKeys(boolKeys(pb.Colors)) {
		kc.colors = append(kc.colors, &KeyValue{Key: key, Value: pb.Colors[key]})
	}
	for _, lang := range append(slices.Clone(pb.Languages), def) {
		if kc.langs[lang] != nil {
			continue
		}
		kl := &kioskLang{texts: make([]kioskText, 0, len(sorted)), causes: make([]*KioskCause, 0, len(causes))}
		for _, key := range sorted {
			tpl := pb.Texts[lang][key]
			if tpl == "" {
				tpl = pb.Texts[def][key]
			}
			t := kioskText{key: key, tpl: tpl}
			if mail.HasVariables(tpl) {
				kl.vars = true
			} else {
				t.static = &KeyValue{Key: key, Value: tpl}
			}
			kl.texts = append(kl.texts, t)
		}
		for _, c := range causes {
			kl.causes = append(kl.causes, &KioskCause{ID: strconv.Itoa(c.ID), Label: i18n.Pick(c.Labels, lang, def)})
		}
		kc.langs[lang] = kl
	}
	return kc
}

// kiosk renders the panic button's content for lang with the printer's variables: only the texts that have
// variables are rendered now, the rest was prepared with the cached panic button and is shared.
func (s *Service) kiosk(b *button, p *ent.Printer, requested string) *Kiosk {
	pb := b.pb
	lang := chooseLanguage(pb, requested)
	kl := b.kiosk.langs[lang]
	k := &Kiosk{Language: lang, Languages: pb.Languages, Texts: make([]*KeyValue, len(kl.texts)), Colors: b.kiosk.colors,
		Causes: kl.causes, Images: b.kiosk.images}
	var vars mail.Vars
	if kl.vars {
		vars = printers.Vars(p)
	}
	for i, t := range kl.texts {
		if t.static != nil {
			k.Texts[i] = t.static
			continue
		}
		k.Texts[i] = &KeyValue{Key: t.key, Value: mail.Render(t.tpl, vars, mail.ModeKiosk)}
	}
	return k
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
// has loaded pb with its own viewer; the rest is read now (not cached) in a system context.
func (s *Service) Preview(ctx context.Context, pb *ent.PanicButton, lang string) (*Kiosk, error) {
	b, err := s.buttons.read(rule.SystemContext(ctx), pb.ID)
	if err != nil {
		return nil, err
	}
	return s.kiosk(b, samplePrinter(b.pb), normalizeLanguage(&lang)), nil
}

// Images are the panic button's kiosk images with their public URLs: /media/<sha256 of the content>, unguessable
// (the panic button stores the media id; the URL is built here from the content hash).
func (s *Service) Images(ctx context.Context, pb *ent.PanicButton) ([]*KioskImage, error) {
	hashes, err := mediaHashes(rule.SystemContext(ctx), s.client, pb)
	if err != nil {
		return nil, err
	}
	return s.images(pb, hashes), nil
}

func (s *Service) images(pb *ent.PanicButton, hashes map[string]string) []*KioskImage {
	out := []*KioskImage{}
	for _, key := range sortedKeys(boolKeys(pb.Images)) {
		if h := hashes[pb.Images[key]]; h != "" {
			out = append(out, &KioskImage{Key: key, URL: s.publicURL.JoinPath("media", h).String()})
		}
	}
	return out
}

// mediaHashes maps the media ids pb's images name (as stored) to their content hashes.
func mediaHashes(ctx context.Context, client *ent.Client, pb *ent.PanicButton) (map[string]string, error) {
	hashes := map[string]string{}
	if len(pb.Images) == 0 {
		return hashes, nil
	}
	var ids []int
	for _, v := range pb.Images {
		if id, err := strconv.Atoi(v); err == nil {
			ids = append(ids, id)
		}
	}
	ms, err := client.Media.Query().Where(media.IDIn(ids...), media.OrganizationID(pb.OrganizationID)).
		Select(media.FieldID, media.FieldSha256).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("kiosk: images: %w", err)
	}
	for _, m := range ms {
		hashes[strconv.Itoa(m.ID)] = m.Sha256
	}
	return hashes, nil
}
