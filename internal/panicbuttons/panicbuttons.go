// Package panicbuttons owns panic buttons: their kiosk texts, colours and images, causes, email settings and
// templates, and the printer code. Callers' viewers decide what they may change: every write runs with the
// caller's context, so the privacy rules apply.
package panicbuttons

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/cause"
	"github.com/panicbutton/panicbutton/ent/media"
	"github.com/panicbutton/panicbutton/ent/organization"
	"github.com/panicbutton/panicbutton/ent/panicbutton"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/i18n"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/orgs"
	"github.com/panicbutton/panicbutton/internal/store"
)

// MaxImageBytes caps uploaded images.
const MaxImageBytes = 2 << 20

// MaxKioskText caps one kiosk text.
const MaxKioskText = 2000

var (
	keyRe    = regexp.MustCompile(`^[a-z][a-z0-9_]{0,63}$`)
	colorRe  = regexp.MustCompile(`^(#[0-9a-fA-F]{3,8}|rgba?\([0-9., %]+\)|hsla?\([0-9., %deg]+\))$`)
	imageCTs = []string{"image/png", "image/jpeg", "image/gif", "image/webp"}
)

// Service edits panic button content.
type Service struct {
	client *ent.Client
	mail   *mail.Queue
}

// NewService returns a Service; test emails go through queue.
func NewService(client *ent.Client, queue *mail.Queue) *Service {
	return &Service{client: client, mail: queue}
}

// KeyValue is a key/value pair of input.
type KeyValue struct{ Key, Value string }

func checkLanguage(field, lang string, pb *ent.PanicButton) error {
	if !i18n.Supported(lang) {
		return apperr.Invalid(field, "unsupported language %q", lang)
	}
	if pb != nil && !slices.Contains(pb.Languages, lang) {
		return apperr.Invalid(field, "language %q is not enabled on this panic button", lang)
	}
	return nil
}

// templateError names the field and the unknown variables of a template.
func templateError(field, tpl string) error {
	if err := mail.Validate(tpl); err != nil {
		return apperr.Invalid(field, "%v", err)
	}
	return nil
}

// CreatePanicButton adds a panic button (with a fresh printer code) to the caller's organization.
func (s *Service) CreatePanicButton(ctx context.Context, name string, languages []string, defaultLanguage string) (*ent.PanicButton, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.OrgID == 0 {
		return nil, apperr.New(apperr.Forbidden, "panic buttons belong to an organization")
	}
	name = strings.TrimSpace(name)
	if name == "" || len(name) > 200 {
		return nil, apperr.Invalid("name", "must be 1 to 200 characters")
	}
	if len(languages) == 0 {
		languages = slices.Clone(i18n.UILanguages)
	}
	for _, l := range languages {
		if err := checkLanguage("languages", l, nil); err != nil {
			return nil, err
		}
	}
	if defaultLanguage == "" {
		defaultLanguage = languages[0]
	}
	if !slices.Contains(languages, defaultLanguage) {
		return nil, apperr.Invalid("defaultLanguage", "must be one of the enabled languages")
	}
	code, err := orgs.NewPrinterCode()
	if err != nil {
		return nil, err
	}
	return s.client.PanicButton.Create().SetOrganizationID(v.OrgID).SetName(name).SetLanguages(languages).
		SetDefaultLanguage(defaultLanguage).SetPrinterCode(code).Save(ctx)
}

// PanicButtonUpdate holds the changes of UpdatePanicButton (nil: unchanged).
type PanicButtonUpdate struct {
	Name            *string
	Languages       []string
	DefaultLanguage *string
	ErrorOIDs       []string
	Active          *bool
}

var oidRe = regexp.MustCompile(`^\.?[0-9]+(\.[0-9]+)+$`)

// UpdatePanicButton changes a panic button's settings.
func (s *Service) UpdatePanicButton(ctx context.Context, id int, in PanicButtonUpdate) (*ent.PanicButton, error) {
	pb, err := s.client.PanicButton.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	upd := pb.Update()
	if in.Name != nil {
		n := strings.TrimSpace(*in.Name)
		if n == "" || len(n) > 200 {
			return nil, apperr.Invalid("input.name", "must be 1 to 200 characters")
		}
		upd.SetName(n)
	}
	langs := pb.Languages
	if in.Languages != nil {
		if len(in.Languages) == 0 {
			return nil, apperr.Invalid("input.languages", "enable at least one language")
		}
		for _, l := range in.Languages {
			if err := checkLanguage("input.languages", l, nil); err != nil {
				return nil, err
			}
		}
		langs = in.Languages
		upd.SetLanguages(langs)
	}
	def := pb.DefaultLanguage
	if in.DefaultLanguage != nil {
		def = *in.DefaultLanguage
	}
	if !slices.Contains(langs, def) {
		return nil, apperr.Invalid("input.defaultLanguage", "must be one of the enabled languages")
	}
	upd.SetDefaultLanguage(def)
	if in.ErrorOIDs != nil {
		if len(in.ErrorOIDs) > 4 {
			return nil, apperr.Invalid("input.errorOids", "at most 4 OIDs (OID1 to OID4)")
		}
		for i, o := range in.ErrorOIDs {
			if o = strings.TrimSpace(o); o != "" && !oidRe.MatchString(o) {
				return nil, apperr.Invalid("input.errorOids", "OID%d %q is not a numeric OID like 1.3.6.1.2.1.43.18.1.1.8.1.1", i+1, o)
			}
			in.ErrorOIDs[i] = strings.TrimPrefix(strings.TrimSpace(o), ".")
		}
		upd.SetErrorOids(in.ErrorOIDs)
	}
	if in.Active != nil {
		upd.SetActive(*in.Active)
	}
	return upd.Save(ctx)
}

// SetKioskTexts replaces the given keys of a language's kiosk texts (an empty value removes the key).
// Templates with unknown variables are refused, naming them.
func (s *Service) SetKioskTexts(ctx context.Context, pbID int, lang string, texts []KeyValue) (*ent.PanicButton, error) {
	pb, err := s.client.PanicButton.Get(ctx, pbID)
	if err != nil {
		return nil, err
	}
	if err := checkLanguage("language", lang, pb); err != nil {
		return nil, err
	}
	all := map[string]map[string]string{}
	for l, m := range pb.Texts {
		all[l] = map[string]string{}
		for k, v := range m {
			all[l][k] = v
		}
	}
	if all[lang] == nil {
		all[lang] = map[string]string{}
	}
	for _, t := range texts {
		field := "texts." + t.Key
		if !keyRe.MatchString(t.Key) {
			return nil, apperr.Invalid("texts", "key %q: use lower-case letters, digits and _", t.Key)
		}
		if len([]rune(t.Value)) > MaxKioskText {
			return nil, apperr.Invalid(field, "must be at most %d characters", MaxKioskText)
		}
		if err := templateError(field, t.Value); err != nil {
			return nil, err
		}
		if strings.TrimSpace(t.Value) == "" {
			delete(all[lang], t.Key)
		} else {
			all[lang][t.Key] = t.Value
		}
	}
	return pb.Update().SetTexts(all).Save(ctx)
}

// SetKioskColors replaces the kiosk colours.
func (s *Service) SetKioskColors(ctx context.Context, pbID int, colors []KeyValue) (*ent.PanicButton, error) {
	m := map[string]string{}
	for _, c := range colors {
		if !keyRe.MatchString(c.Key) {
			return nil, apperr.Invalid("colors", "key %q: use lower-case letters, digits and _", c.Key)
		}
		v := strings.TrimSpace(c.Value)
		if !colorRe.MatchString(v) {
			return nil, apperr.Invalid("colors."+c.Key, "%q is not a CSS colour (#rrggbb, rgb(), hsl())", v)
		}
		m[c.Key] = v
	}
	return s.client.PanicButton.UpdateOneID(pbID).SetColors(m).Save(ctx)
}

// SetKioskImage stores an uploaded image (sniffed, size-capped, de-duplicated) as the panic button's key image.
func (s *Service) SetKioskImage(ctx context.Context, pbID int, key, filename string, r io.Reader) (*ent.PanicButton, error) {
	if !keyRe.MatchString(key) {
		return nil, apperr.Invalid("key", "use lower-case letters, digits and _")
	}
	pb, err := s.client.PanicButton.Get(ctx, pbID)
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxImageBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read upload: %w", err)
	}
	if len(data) > MaxImageBytes {
		return nil, apperr.Invalid("file", "images are limited to %d MB", MaxImageBytes>>20)
	}
	ct := http.DetectContentType(data) // the bytes decide, not the client's declared type
	if !slices.Contains(imageCTs, ct) {
		return nil, apperr.Invalid("file", "not a PNG, JPEG, GIF or WebP image")
	}
	sum := sha256.Sum256(data)
	hash := hex.EncodeToString(sum[:])
	var out *ent.PanicButton
	err = store.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		m, err := tx.Media.Query().Where(media.OrganizationID(pb.OrganizationID), media.Sha256(hash)).First(ctx)
		if ent.IsNotFound(err) {
			m, err = tx.Media.Create().SetOrganizationID(pb.OrganizationID).SetFilename(filename).SetContentType(ct).
				SetSize(len(data)).SetSha256(hash).SetData(bytes.Clone(data)).Save(ctx)
		}
		if err != nil {
			return fmt.Errorf("store image: %w", err)
		}
		out, err = setImage(ctx, tx, pbID, key, strconv.Itoa(m.ID))
		return err
	})
	return out, err
}

// RemoveKioskImage removes the key image of a panic button; the image itself goes when no panic button of the
// organization uses it any more.
func (s *Service) RemoveKioskImage(ctx context.Context, pbID int, key string) (*ent.PanicButton, error) {
	var out *ent.PanicButton
	err := store.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		var err error
		out, err = setImage(ctx, tx, pbID, key, "")
		return err
	})
	return out, err
}

// setImage sets (or, with an empty mediaID, removes) the key image of a panic button in tx, and deletes the image
// it replaces when no panic button of the organization references it any more: its URL then answers 404.
func setImage(ctx context.Context, tx *ent.Tx, pbID int, key, mediaID string) (*ent.PanicButton, error) {
	pb, err := tx.PanicButton.Get(ctx, pbID)
	if err != nil {
		return nil, err
	}
	old := pb.Images[key]
	images := map[string]string{}
	for k, v := range pb.Images {
		if k != key {
			images[k] = v
		}
	}
	if mediaID != "" {
		images[key] = mediaID
	}
	pb, err = pb.Update().SetImages(images).Save(ctx)
	if err != nil {
		return nil, err
	}
	if old == "" || old == mediaID {
		return pb, nil
	}
	oldID, err := strconv.Atoi(old)
	if err != nil {
		return pb, nil
	}
	// Every panic button of the organization counts, also those the caller cannot see.
	sys := rule.SystemContext(ctx)
	pbs, err := tx.PanicButton.Query().Where(panicbutton.OrganizationID(pb.OrganizationID)).All(sys)
	if err != nil {
		return nil, fmt.Errorf("image references: %w", err)
	}
	for _, other := range pbs {
		for _, v := range other.Images {
			if v == old {
				return pb, nil
			}
		}
	}
	if _, err := tx.Media.Delete().Where(media.ID(oldID), media.OrganizationID(pb.OrganizationID)).Exec(sys); err != nil {
		return nil, fmt.Errorf("delete unused image: %w", err)
	}
	return pb, nil
}

func labelsMap(field string, labels []KeyValue, pb *ent.PanicButton) (map[string]string, error) {
	m := map[string]string{}
	for _, l := range labels {
		if err := checkLanguage(field, l.Key, nil); err != nil {
			return nil, err
		}
		v := strings.TrimSpace(l.Value)
		if len([]rune(v)) > 200 {
			return nil, apperr.Invalid(field, "labels are at most 200 characters")
		}
		if v != "" {
			m[l.Key] = v
		}
	}
	if len(m) == 0 {
		return nil, apperr.Invalid(field, "give a label in at least one language")
	}
	return m, nil
}

// MaxCauses is the most causes a panic button can have (the kiosk shows them on one page): a real bound the
// GraphQL cost limit counts PanicButton.causes by.
const MaxCauses = 50

// CreateCause adds a cause at the end of the panic button's list.
func (s *Service) CreateCause(ctx context.Context, pbID int, labels []KeyValue) (*ent.Cause, error) {
	pb, err := s.client.PanicButton.Get(ctx, pbID)
	if err != nil {
		return nil, err
	}
	m, err := labelsMap("labels", labels, pb)
	if err != nil {
		return nil, err
	}
	n, err := s.client.Cause.Query().Where(cause.PanicButtonID(pb.ID)).Count(ctx)
	if err != nil {
		return nil, err
	}
	if n >= MaxCauses {
		return nil, apperr.Invalid("panicButtonId", "a panic button has at most %d causes", MaxCauses)
	}
	return s.client.Cause.Create().SetOrganizationID(pb.OrganizationID).SetPanicButtonID(pb.ID).SetLabels(m).
		SetPosition(n).Save(ctx)
}

// CauseLabel is a cause's label in lang with the product's one fallback (i18n.Pick): the organization's default
// language, then any language, as the kiosk shows it.
func (s *Service) CauseLabel(ctx context.Context, c *ent.Cause, lang string) (string, error) {
	if v := c.Labels[lang]; v != "" {
		return v, nil
	}
	def, err := s.client.Organization.Query().Where(organization.ID(c.OrganizationID)).
		Select(organization.FieldDefaultLanguage).String(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return "", fmt.Errorf("cause label: organization: %w", err)
	}
	return i18n.Pick(c.Labels, lang, def), nil
}

// UpdateCause changes a cause's labels (merged per language) or active flag. Interventions keep the labels
// they were reported with.
func (s *Service) UpdateCause(ctx context.Context, id int, labels []KeyValue, active *bool) (*ent.Cause, error) {
	c, err := s.client.Cause.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	upd := c.Update()
	if labels != nil {
		m := map[string]string{}
		for k, v := range c.Labels {
			m[k] = v
		}
		for _, l := range labels {
			if err := checkLanguage("labels", l.Key, nil); err != nil {
				return nil, err
			}
			if v := strings.TrimSpace(l.Value); v == "" {
				delete(m, l.Key)
			} else {
				m[l.Key] = v
			}
		}
		if len(m) == 0 {
			return nil, apperr.Invalid("labels", "give a label in at least one language")
		}
		upd.SetLabels(m)
	}
	if active != nil {
		upd.SetActive(*active)
	}
	return upd.Save(ctx)
}

// DeleteCause deletes a cause; interventions reported with it keep its label.
func (s *Service) DeleteCause(ctx context.Context, id int) error {
	return s.client.Cause.DeleteOneID(id).Exec(ctx)
}

// ReorderCauses orders a panic button's causes as ids lists them (each once).
func (s *Service) ReorderCauses(ctx context.Context, pbID int, ids []int) ([]*ent.Cause, error) {
	all, err := s.client.Cause.Query().Where(cause.PanicButtonID(pbID)).IDs(ctx)
	if err != nil {
		return nil, err
	}
	err = store.Reorder(ctx, s.client, all, ids, func(tx *ent.Tx, id, position int) error {
		return tx.Cause.UpdateOneID(id).SetPosition(position).Exec(ctx)
	})
	if errors.Is(err, store.ErrNotAPermutation) {
		return nil, apperr.Invalid("ids", "list every cause of the panic button once")
	}
	if err != nil {
		return nil, err
	}
	return s.client.Cause.Query().Where(cause.PanicButtonID(pbID)).Order(ent.Asc(cause.FieldPosition)).All(ctx)
}
