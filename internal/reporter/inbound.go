package reporter

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	netmail "net/mail"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/jhillyerd/enmime/v2"
	"golang.org/x/net/html/charset"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/inboundemail"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/media"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/internal/interventions"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/notify"
	"github.com/panicbutton/panicbutton/internal/store"
)

// MaxImageBytes is the largest image a reply may attach; larger ones and other files are left out.
const MaxImageBytes = 5 << 20

// MaxImages is the most images one reply keeps (the first ones); the GraphQL cost limit counts by it.
const MaxImages = 10

var imageTypes = []string{"image/png", "image/jpeg", "image/gif", "image/webp"}

// Inbound is one email as SendGrid's Inbound Parse posted it, decoded.
type Inbound struct {
	From       string // the sender's address (lower case)
	Recipients []string
	To         string
	Subject    string
	Text       string // the whole text part (HTML converted when there is none)
	MessageID  string
	SPF, DKIM  string
	Files      []File
}

// File is an attachment of an inbound email.
type File struct {
	Name, DeclaredType string
	Data               []byte
	TooLarge           bool
}

// InboundHandler is SendGrid's Inbound Parse webhook (POST, multipart/form-data, with or without "raw" MIME),
// authenticated by the basic credentials SendGrid puts in the URL. It answers 2xx once the email is stored
// (attached to its intervention or quarantined) or was already stored (SendGrid's retries), 401 without the
// credentials, 413 over the size cap, 400 for a body that is no Inbound Parse post, and 5xx when it could not
// store it (SendGrid retries then).
func (s *Service) InboundHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.c.InboundUser == "" {
			http.NotFound(w, r)
			return
		}
		user, pass, ok := r.BasicAuth()
		if !ok || subtle.ConstantTimeCompare([]byte(user), []byte(s.c.InboundUser))&
			subtle.ConstantTimeCompare([]byte(pass), []byte(s.c.InboundPassword)) != 1 {
			w.Header().Set("WWW-Authenticate", `Basic realm="inbound"`)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "POST only", http.StatusMethodNotAllowed)
			return
		}
		if r.ContentLength > s.c.InboundMaxBytes {
			http.Error(w, fmt.Sprintf("larger than %d bytes", s.c.InboundMaxBytes), http.StatusRequestEntityTooLarge)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, s.c.InboundMaxBytes)
		in, err := ParseInbound(r)
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			http.Error(w, fmt.Sprintf("larger than %d bytes", s.c.InboundMaxBytes), http.StatusRequestEntityTooLarge)
			return
		}
		if err != nil {
			http.Error(w, "not an Inbound Parse post: "+err.Error(), http.StatusBadRequest)
			return
		}
		res, err := s.Receive(r.Context(), in)
		if err != nil {
			s.c.Logger.ErrorContext(r.Context(), "inbound email", "from", in.From, "err", err)
			http.Error(w, "could not store the email, retry later", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(res)
	})
}

// ParseInbound decodes an Inbound Parse post: the parsed fields (from, to, subject, text, html, headers,
// attachment-info with files attachment1…N, charsets, envelope, SPF, dkim) or, with "raw" on, the whole MIME
// message in "email" (decoded with enmime).
func ParseInbound(r *http.Request) (*Inbound, error) {
	if err := r.ParseMultipartForm(8 << 20); err != nil {
		return nil, err
	}
	defer func() { _ = r.MultipartForm.RemoveAll() }()
	has := func(k string) bool { return len(r.MultipartForm.Value[k]) > 0 }
	get := func(k string) string {
		if !has(k) {
			return ""
		}
		return r.MultipartForm.Value[k][0]
	}
	var charsets map[string]string
	if has("charsets") {
		_ = json.Unmarshal([]byte(get("charsets")), &charsets)
	}
	decode := func(k string) string { return toUTF8(get(k), charsets[k]) }
	in := &Inbound{SPF: get("SPF"), DKIM: get("dkim")}
	var env struct {
		To   []string `json:"to"`
		From string   `json:"from"`
	}
	if has("envelope") {
		if err := json.Unmarshal([]byte(get("envelope")), &env); err != nil {
			return nil, fmt.Errorf("envelope: %w", err)
		}
	}
	in.Recipients = env.To
	var from, html string
	if has("email") { // raw MIME
		e, err := enmime.ReadEnvelope(strings.NewReader(get("email")))
		if err != nil {
			return nil, fmt.Errorf("email: %w", err)
		}
		from, in.To, in.Subject, in.MessageID = e.GetHeader("From"), e.GetHeader("To"), e.GetHeader("Subject"), e.GetHeader("Message-Id")
		in.Text, html = e.Text, e.HTML
		for _, p := range append(append([]*enmime.Part{}, e.Attachments...), e.Inlines...) {
			in.Files = append(in.Files, File{Name: p.FileName, DeclaredType: p.ContentType, Data: p.Content, TooLarge: len(p.Content) > MaxImageBytes})
		}
	} else {
		if !has("from") {
			return nil, errors.New(`no "from" field`)
		}
		from, in.To, in.Subject, in.Text, html = decode("from"), decode("to"), decode("subject"), decode("text"), decode("html")
		if h := get("headers"); h != "" {
			if m, err := netmail.ReadMessage(strings.NewReader(strings.TrimRight(h, "\r\n") + "\r\n\r\n")); err == nil {
				in.MessageID = m.Header.Get("Message-Id")
			}
		}
		var info map[string]struct {
			Filename string `json:"filename"`
			Name     string `json:"name"`
			Type     string `json:"type"`
		}
		if has("attachment-info") {
			_ = json.Unmarshal([]byte(get("attachment-info")), &info)
		}
		keys := make([]string, 0, len(r.MultipartForm.File))
		for k := range r.MultipartForm.File {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			for _, fh := range r.MultipartForm.File[k] {
				f := File{Name: fh.Filename, DeclaredType: fh.Header.Get("Content-Type")}
				if i, ok := info[k]; ok {
					f.Name, f.DeclaredType = firstNonEmpty(i.Filename, i.Name, f.Name), firstNonEmpty(i.Type, f.DeclaredType)
				}
				if fh.Size > MaxImageBytes {
					f.TooLarge = true
				} else if err := readFile(fh, &f); err != nil {
					return nil, err
				}
				in.Files = append(in.Files, f)
			}
		}
	}
	if a, err := netmail.ParseAddress(from); err == nil {
		in.From = strings.ToLower(a.Address)
	} else if env.From != "" {
		in.From = strings.ToLower(env.From)
	}
	if in.From == "" {
		return nil, errors.New("no sender address")
	}
	if strings.TrimSpace(in.Text) == "" && html != "" {
		in.Text = mail.HTMLToText(html)
	}
	return in, nil
}

func readFile(fh *multipart.FileHeader, f *File) error {
	rd, err := fh.Open()
	if err != nil {
		return err
	}
	defer rd.Close()
	f.Data, err = io.ReadAll(io.LimitReader(rd, MaxImageBytes+1))
	f.TooLarge = len(f.Data) > MaxImageBytes
	return err
}

func firstNonEmpty(v ...string) string {
	for _, s := range v {
		if s != "" {
			return s
		}
	}
	return ""
}

// toUTF8 converts s from the charset SendGrid names for its field (charsets), when it is not UTF-8 already.
func toUTF8(s, cs string) string {
	cs = strings.ToLower(strings.TrimSpace(cs))
	if s == "" || cs == "" || cs == "utf-8" || cs == "utf8" || cs == "us-ascii" {
		return s
	}
	rd, err := charset.NewReaderLabel(cs, strings.NewReader(s))
	if err != nil {
		return s
	}
	b, err := io.ReadAll(rd)
	if err != nil {
		return s
	}
	return string(b)
}

// Received is what Receive did with an email.
type Received struct {
	ID             int    `json:"id"`
	Status         string `json:"status"`
	Reason         string `json:"reason,omitempty"`
	InterventionID int    `json:"-"`
	Duplicate      bool   `json:"duplicate,omitempty"`
}

var referenceRE = regexp.MustCompile(`\bPB-\d{4}-\d{6}\b`)

// Receive stores an inbound email once (by its Message-ID, else its content): a reply matched by its reply
// address token (else by the reference in its subject together with an authenticated sender) from the
// intervention's reporter or customer contact becomes the reporter's public note with its images; anything else
// is quarantined, in its organization when one is known. A quarantined email keeps its images (stored as the
// organization's media, attached to the note when an admin assigns it) when its organization is known; with none
// known they are dropped (media belong to an organization) and its reason ends "; N images dropped (organization
// unknown)".
func (s *Service) Receive(ctx context.Context, in *Inbound) (*Received, error) {
	sys := rule.SystemContext(ctx)
	key := dedupeKey(in)
	if prev, err := s.c.Client.InboundEmail.Query().Where(inboundemail.DedupeKey(key)).Only(sys); err == nil {
		return &Received{ID: prev.ID, Status: string(prev.Status), Reason: prev.Reason, Duplicate: true}, nil
	} else if !ent.IsNotFound(err) {
		return nil, err
	}
	it, reason, err := s.match(sys, in)
	if err != nil {
		return nil, err
	}
	text := StripReply(in.Text)
	var out *Received
	var pub *notify.Published
	err = store.WithTx(sys, s.c.Client, func(tx *ent.Tx) error {
		out, pub = &Received{}, nil
		var atts []interventions.Attachment
		if it != nil {
			if atts, err = storeImages(sys, tx.Client(), it.OrganizationID, in.Files); err != nil {
				return err
			}
		}
		why := reason
		if why == "" && text == "" && len(atts) == 0 {
			why = "no new text and no image"
		}
		if it == nil {
			// Media belong to an organization: with none known, the images cannot be kept; the reason says so.
			if n := len(images(in.Files)); n > 0 {
				why = clip(fmt.Sprintf("%s; %d %s dropped (organization unknown)", why, n, plural(n, "image", "images")), 200)
			}
		}
		status := inboundemail.StatusATTACHED
		if why != "" {
			status = inboundemail.StatusQUARANTINED
		}
		saved, err := tx.InboundEmail.Create().SetDedupeKey(key).SetMessageID(clip(in.MessageID, 500)).
			SetFromEmail(clip(in.From, 254)).SetTo(clip(in.To, 1000)).SetSubject(clip(in.Subject, 1000)).SetText(text).
			SetSpf(clip(in.SPF, 100)).SetDkim(clip(in.DKIM, 500)).SetStatus(status).SetReason(why).
			SetNillableOrganizationID(orgOf(it)).SetNillableInterventionID(idOf(it)).SetAttachments(attachmentList(atts)).Save(sys)
		if err != nil {
			return err
		}
		out.ID, out.Status, out.Reason = saved.ID, string(saved.Status), saved.Reason
		if why != "" {
			return nil
		}
		out.InterventionID = it.ID
		pub, err = s.c.Interventions.ReporterNoteTx(sys, tx.Client(), it.ID, in.From, text, atts)
		return err
	})
	if err != nil {
		// Two deliveries of one email at once: the other stored it.
		if prev, qerr := s.c.Client.InboundEmail.Query().Where(inboundemail.DedupeKey(key)).Only(sys); qerr == nil {
			return &Received{ID: prev.ID, Status: string(prev.Status), Reason: prev.Reason, Duplicate: true}, nil
		}
		return nil, err
	}
	if pub != nil {
		s.c.Interventions.Publish(ctx, *pub)
	}
	return out, nil
}

func orgOf(it *ent.Intervention) *int {
	if it == nil {
		return nil
	}
	return &it.OrganizationID
}

func idOf(it *ent.Intervention) *int {
	if it == nil {
		return nil
	}
	return &it.ID
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s
}

func dedupeKey(in *Inbound) string {
	h := sha256.New()
	if id := strings.TrimSpace(in.MessageID); id != "" {
		// With the sender and recipients: another sender reusing a Message-ID cannot make a reply look like a retry.
		h.Write([]byte("message-id\x00" + id + "\x00" + in.From + "\x00" + strings.Join(in.Recipients, ",") + "\x00" + in.To))
	} else {
		h.Write([]byte("content\x00" + in.From + "\x00" + in.To + "\x00" + in.Subject + "\x00" + in.Text))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// match finds the intervention of in; reason says why it is quarantined ("" when it is not). it may be set with
// a reason: the organization is known, the sender is not the one expected.
func (s *Service) match(ctx context.Context, in *Inbound) (*ent.Intervention, string, error) {
	if tok := s.replyToken(in); tok != "" {
		it, err := s.c.Tokens.Check(ctx, s.c.Client, purposeReply, tok)
		switch {
		case err == nil:
			ok, err := s.expectedSender(ctx, it, in.From)
			if err != nil {
				return nil, "", err
			}
			if !ok {
				return it, "unexpected sender", nil
			}
			return it, "", nil
		case !errors.Is(err, ErrBadToken):
			return nil, "", err
		}
	}
	ref := referenceRE.FindString(in.Subject)
	if ref == "" {
		return nil, "unmatched: no reply address and no reference", nil
	}
	it, err := s.c.Client.Intervention.Query().Where(intervention.Reference(ref)).WithStatus().Only(ctx)
	if ent.IsNotFound(err) {
		return nil, "unmatched: unknown reference " + ref, nil
	}
	if err != nil {
		return nil, "", err
	}
	ok, err := s.expectedSender(ctx, it, in.From)
	if err != nil {
		return nil, "", err
	}
	switch {
	case !ok:
		return it, "unexpected sender", nil
	case !authenticated(in):
		return it, "sender not authenticated (SPF and DKIM did not pass)", nil
	case s.c.Tokens.Expired(it):
		return it, "the intervention was closed too long ago", nil
	}
	return it, "", nil
}

// authenticated reports whether SendGrid's SPF or DKIM check passed.
func authenticated(in *Inbound) bool {
	return strings.EqualFold(strings.TrimSpace(in.SPF), "pass") || strings.Contains(strings.ToLower(in.DKIM), "pass")
}

func (s *Service) expectedSender(ctx context.Context, it *ent.Intervention, from string) (bool, error) {
	if strings.EqualFold(it.ReporterEmail, from) {
		return true, nil
	}
	if it.PrinterID == nil {
		return false, nil
	}
	p, err := s.c.Client.Printer.Get(ctx, *it.PrinterID)
	if ent.IsNotFound(err) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return p.CustomerContactEmail != "" && strings.EqualFold(p.CustomerContactEmail, from), nil
}

// replyToken is the token of the first recipient reply+<token>@<inbound domain>, from the envelope, else the To
// header.
func (s *Service) replyToken(in *Inbound) string {
	if s.c.InboundDomain == "" {
		return ""
	}
	addrs := slices.Clone(in.Recipients)
	if list, err := netmail.ParseAddressList(in.To); err == nil {
		for _, a := range list {
			addrs = append(addrs, a.Address)
		}
	}
	for _, a := range addrs {
		local, domain, ok := strings.Cut(strings.ToLower(strings.TrimSpace(a)), "@")
		if ok && domain == strings.ToLower(s.c.InboundDomain) && strings.HasPrefix(local, "reply+") {
			return strings.TrimPrefix(local, "reply+")
		}
	}
	return ""
}

// image is a file of an email that is an image (by its bytes, as uploads are sniffed) of at most MaxImageBytes.
type image struct {
	File
	ContentType string
}

// images are the files that are images, the first MaxImages of them.
func images(files []File) []image {
	var out []image
	for _, f := range files {
		if len(out) == MaxImages {
			break
		}
		if f.TooLarge || len(f.Data) == 0 {
			continue
		}
		if ct := http.DetectContentType(f.Data); slices.Contains(imageTypes, ct) {
			out = append(out, image{File: f, ContentType: ct})
		}
	}
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// storeImages keeps the images of files (see images) as Media of the organization, once per content: those of a
// reply, and those of a quarantined email whose organization is known (assigning it attaches them).
func storeImages(ctx context.Context, tx *ent.Client, orgID int, files []File) ([]interventions.Attachment, error) {
	var out []interventions.Attachment
	for _, f := range images(files) {
		ct := f.ContentType
		sum := sha256.Sum256(f.Data)
		hash := hex.EncodeToString(sum[:])
		exists, err := tx.Media.Query().Where(media.OrganizationID(orgID), media.Sha256(hash)).Exist(ctx)
		if err != nil {
			return nil, err
		}
		if !exists {
			if err := tx.Media.Create().SetOrganizationID(orgID).SetFilename(clip(f.Name, 255)).SetContentType(ct).
				SetSize(len(f.Data)).SetSha256(hash).SetData(bytes.Clone(f.Data)).Exec(ctx); err != nil {
				return nil, fmt.Errorf("store image: %w", err)
			}
		}
		out = append(out, interventions.Attachment{SHA256: hash, ContentType: ct, Filename: f.Name, Size: len(f.Data)})
	}
	return out, nil
}

func attachmentList(atts []interventions.Attachment) []map[string]string {
	out := make([]map[string]string, len(atts))
	for i, a := range atts {
		out[i] = map[string]string{"sha256": a.SHA256, "contentType": a.ContentType, "filename": a.Filename}
	}
	return out
}

func attachmentsOf(list []map[string]string) []interventions.Attachment {
	out := make([]interventions.Attachment, 0, len(list))
	for _, m := range list {
		out = append(out, interventions.Attachment{SHA256: m["sha256"], ContentType: m["contentType"], Filename: m["filename"]})
	}
	return out
}
