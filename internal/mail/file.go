package mail

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	gomsg "github.com/emersion/go-message/mail"
)

// FileConfig configures the file provider.
type FileConfig struct {
	Dir string // where .eml files go; created if missing (EMAIL_DIR)
	// Hostname is the right-hand side of generated Message-IDs; default "panicbutton.localhost".
	Hostname string
	// Now stamps Date headers and file names; default time.Now. Tests pin it.
	Now func() time.Time
}

// File is the embedded default provider: each message becomes one RFC 5322 .eml file, named
// "<UTC timestamp>-<outbox id>.eml" so a listing sorts by send time.
type File struct {
	dir      string
	hostname string
	now      func() time.Time
}

var _ Provider = (*File)(nil)

// NewFile returns a file provider writing into cfg.Dir, creating it if needed.
func NewFile(cfg FileConfig) (*File, error) {
	if cfg.Dir == "" {
		return nil, fmt.Errorf("file provider: directory is required")
	}
	if err := os.MkdirAll(cfg.Dir, 0o750); err != nil {
		return nil, fmt.Errorf("file provider: create %s: %w", cfg.Dir, err)
	}
	if err := removeTemps(cfg.Dir); err != nil {
		return nil, fmt.Errorf("file provider: %w", err)
	}
	if cfg.Hostname == "" {
		cfg.Hostname = "panicbutton.localhost"
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &File{dir: cfg.Dir, hostname: cfg.Hostname, now: cfg.Now}, nil
}

// Send writes m as a .eml file (atomically: temp file, fsync, rename) and returns its Message-ID
// (without angle brackets).
func (f *File) Send(ctx context.Context, m *Message) (string, error) {
	if err := m.Validate(); err != nil {
		return "", invalid(err)
	}
	if err := ctx.Err(); err != nil {
		return "", &TemporaryError{Err: err}
	}
	now := f.now()
	var buf bytes.Buffer
	msgID, err := f.encode(&buf, m, now)
	if err != nil {
		return "", &PermanentError{Err: fmt.Errorf("encode message: %w", err)}
	}
	name := now.UTC().Format("20060102T150405.000000000Z") + "-" + fileSafe(m.ID) + ".eml"
	if err := writeAtomic(f.dir, name, buf.Bytes()); err != nil {
		// A full disk or a permission problem may be fixed by an operator: retry.
		return "", &TemporaryError{Err: err}
	}
	return msgID, nil
}

// encode writes m as a MIME message: multipart/alternative (text, then HTML, the preferred part
// last) when both bodies exist, a single text part otherwise.
func (f *File) encode(w io.Writer, m *Message, now time.Time) (string, error) {
	var h gomsg.Header
	h.SetDate(now)
	h.SetAddressList("From", []*gomsg.Address{{Name: m.From.Name, Address: m.From.Email}})
	to := make([]*gomsg.Address, len(m.To))
	for i, a := range m.To {
		to[i] = &gomsg.Address{Name: a.Name, Address: a.Email}
	}
	h.SetAddressList("To", to)
	if !m.ReplyTo.IsZero() {
		h.SetAddressList("Reply-To", []*gomsg.Address{{Name: m.ReplyTo.Name, Address: m.ReplyTo.Email}})
	}
	h.SetSubject(m.Subject)
	if err := h.GenerateMessageIDWithHostname(f.hostname); err != nil {
		return "", fmt.Errorf("generate Message-ID: %w", err)
	}
	if m.ID != "" {
		h.SetText(OutboxIDHeader, m.ID)
	}
	for _, k := range slices.Sorted(maps.Keys(m.Headers)) {
		h.SetText(k, m.Headers[k])
	}
	msgID, err := h.MessageID()
	if err != nil {
		return "", fmt.Errorf("read back Message-ID: %w", err)
	}

	type part struct{ contentType, body string }
	var parts []part
	if m.Text != "" {
		parts = append(parts, part{"text/plain", m.Text})
	}
	if m.HTML != "" {
		parts = append(parts, part{"text/html", m.HTML})
	}
	if len(parts) == 1 {
		h.SetContentType(parts[0].contentType, map[string]string{"charset": "utf-8"})
		body, err := gomsg.CreateSingleInlineWriter(w, h)
		if err != nil {
			return "", fmt.Errorf("write header: %w", err)
		}
		if _, err := io.WriteString(body, parts[0].body); err != nil {
			return "", fmt.Errorf("write body: %w", err)
		}
		return msgID, body.Close()
	}
	mw, err := gomsg.CreateInlineWriter(w, h)
	if err != nil {
		return "", fmt.Errorf("write header: %w", err)
	}
	for _, p := range parts {
		var ph gomsg.InlineHeader
		ph.SetContentType(p.contentType, map[string]string{"charset": "utf-8"})
		pw, err := mw.CreatePart(ph)
		if err != nil {
			return "", fmt.Errorf("create %s part: %w", p.contentType, err)
		}
		if _, err := io.WriteString(pw, p.body); err != nil {
			return "", fmt.Errorf("write %s part: %w", p.contentType, err)
		}
		if err := pw.Close(); err != nil {
			return "", fmt.Errorf("close %s part: %w", p.contentType, err)
		}
	}
	if err := mw.Close(); err != nil {
		return "", fmt.Errorf("close message: %w", err)
	}
	return msgID, nil
}

// tempPattern names the files writeAtomic renames into place.
const tempPattern = ".tmp-*"

// removeTemps deletes the temp files of writes that never finished: a process killed (kill -9, power loss)
// between creating its temp file and renaming it leaves one behind, often empty. Run at start; should
// another instance share the folder and be writing at that moment, its rename fails with a temporary error
// and the outbox sends that message again.
func removeTemps(dir string) error {
	leftovers, err := filepath.Glob(filepath.Join(dir, tempPattern))
	if err != nil {
		return fmt.Errorf("list temp files: %w", err)
	}
	for _, f := range leftovers {
		if err := os.Remove(f); err != nil && !os.IsNotExist(err) {
			return fmt.Errorf("remove unfinished %s: %w", f, err)
		}
	}
	return nil
}

// writeAtomic makes dir/name appear complete or not at all: readers (the admin's outbox view,
// a test) never see half a message.
func writeAtomic(dir, name string, data []byte) (err error) {
	if err := os.MkdirAll(dir, 0o750); err != nil { // it may have been removed since NewFile
		return fmt.Errorf("create %s: %w", dir, err)
	}
	tmp, err := os.CreateTemp(dir, tempPattern)
	if err != nil {
		return fmt.Errorf("create temp file: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("write %s: %w", tmp.Name(), err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", tmp.Name(), err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("close %s: %w", tmp.Name(), err)
	}
	if err := os.Chmod(tmp.Name(), 0o640); err != nil {
		return fmt.Errorf("chmod %s: %w", tmp.Name(), err)
	}
	if err := os.Rename(tmp.Name(), filepath.Join(dir, name)); err != nil {
		return fmt.Errorf("rename to %s: %w", name, err)
	}
	return nil
}

// fileSafe keeps an outbox id usable in a file name; an empty id gets a random one.
func fileSafe(id string) string {
	if id == "" {
		var b [8]byte
		_, _ = rand.Read(b[:])
		return "noid-" + hex.EncodeToString(b[:])
	}
	id = strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			return r
		}
		return '_'
	}, id)
	if len(id) > 100 {
		id = id[:100]
	}
	return strings.TrimLeft(id, ".")
}
