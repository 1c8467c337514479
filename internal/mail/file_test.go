package mail

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	gomsg "github.com/emersion/go-message/mail"
)

func newFileProvider(t *testing.T) (*File, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "mail", "out") // does not exist yet
	now := time.Date(2026, 3, 14, 9, 26, 53, 123456789, time.UTC)
	f, err := NewFile(FileConfig{Dir: dir, Hostname: "pb.test", Now: func() time.Time { return now }})
	if err != nil {
		t.Fatalf("NewFile: %v", err)
	}
	return f, dir
}

func emlFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

type parsedPart struct{ contentType, body string }

func readEML(t *testing.T, path string) (*gomsg.Reader, []parsedPart) {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { fh.Close() })
	r, err := gomsg.CreateReader(fh)
	if err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	var parts []parsedPart
	for {
		p, err := r.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("next part: %v", err)
		}
		h, ok := p.Header.(*gomsg.InlineHeader)
		if !ok {
			t.Fatalf("unexpected attachment")
		}
		ct, _, _ := h.ContentType()
		body, err := io.ReadAll(p.Body)
		if err != nil {
			t.Fatal(err)
		}
		parts = append(parts, parsedPart{ct, string(body)})
	}
	return r, parts
}

func TestFile_WritesAParseableMultipartEML(t *testing.T) {
	f, dir := newFileProvider(t)
	m := validMessage()
	m.ID = "outbox-42"
	m.From = Address{Name: "Support Technique Zoë", Email: "support@example.com"}
	m.To = []Address{{Name: "Jérôme", Email: "jerome@example.com"}, {Email: "tech@example.com"}}
	m.ReplyTo = Address{Email: "reply@example.com"}
	m.Subject = "Demande d’intervention – Numéro de série 1254533333 – Modèle Workcentre 7845 🖨 with a long tail to force folding"
	m.HTML = "<p>Bonjour, l’imprimante est bloquée.</p>" + strings.Repeat("<p>ligne très longue </p>", 20)
	m.Text = "Bonjour, l’imprimante est bloquée."
	m.Headers = map[string]string{"X-Priority": "1"}

	id, err := f.Send(context.Background(), m)
	if err != nil {
		t.Fatalf("Send: %v", err)
	}

	names := emlFiles(t, dir)
	if len(names) != 1 {
		t.Fatalf("files = %v, want exactly one", names)
	}
	if want := "20260314T092653.123456789Z-outbox-42.eml"; names[0] != want {
		t.Errorf("file name = %q, want %q", names[0], want)
	}
	path := filepath.Join(dir, names[0])
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(string(raw), "\r\n") {
		if len(line) > 998 || strings.ContainsRune(line, '\n') {
			t.Fatalf("line %d is not RFC 5322 (length %d or bare LF)", i+1, len(line))
		}
	}
	if !regexp.MustCompile(`(?m)^Subject: =\?utf-8\?`).Match(raw) {
		t.Errorf("subject is not RFC 2047 encoded:\n%s", raw)
	}

	r, parts := readEML(t, path)
	subject, err := r.Header.Subject()
	if err != nil || subject != m.Subject {
		t.Errorf("Subject = %q, %v; want %q", subject, err, m.Subject)
	}
	from, err := r.Header.AddressList("From")
	if err != nil || len(from) != 1 || from[0].Name != m.From.Name || from[0].Address != m.From.Email {
		t.Errorf("From = %v, %v", from, err)
	}
	to, err := r.Header.AddressList("To")
	if err != nil || len(to) != 2 || to[0].Name != "Jérôme" || to[1].Address != "tech@example.com" {
		t.Errorf("To = %v, %v", to, err)
	}
	replyTo, _ := r.Header.AddressList("Reply-To")
	if len(replyTo) != 1 || replyTo[0].Address != "reply@example.com" {
		t.Errorf("Reply-To = %v", replyTo)
	}
	if date, err := r.Header.Date(); err != nil || !date.Equal(time.Date(2026, 3, 14, 9, 26, 53, 0, time.UTC)) {
		t.Errorf("Date = %v, %v", date, err)
	}
	if msgID, _ := r.Header.MessageID(); msgID != id || !strings.HasSuffix(id, "@pb.test") {
		t.Errorf("Message-ID = %q, Send returned %q", msgID, id)
	}
	if got := r.Header.Get(OutboxIDHeader); got != "outbox-42" {
		t.Errorf("%s = %q", OutboxIDHeader, got)
	}
	if got := r.Header.Get("X-Priority"); got != "1" {
		t.Errorf("X-Priority = %q", got)
	}
	if ct, _, _ := r.Header.ContentType(); ct != "multipart/alternative" {
		t.Errorf("Content-Type = %q, want multipart/alternative", ct)
	}
	if len(parts) != 2 || parts[0].contentType != "text/plain" || parts[1].contentType != "text/html" {
		t.Fatalf("parts = %+v, want text/plain then text/html", parts)
	}
	if parts[0].body != m.Text || parts[1].body != m.HTML {
		t.Errorf("bodies did not survive the round trip: %+v", parts)
	}
}

func TestFile_OneFilePerMessageAndNoTempFilesLeft(t *testing.T) {
	f, dir := newFileProvider(t)
	seen := map[string]bool{}
	for _, id := range []string{"a", "b", "c/../../etc", ""} {
		m := validMessage()
		m.ID = id
		msgID, err := f.Send(context.Background(), m)
		if err != nil {
			t.Fatalf("Send(%q): %v", id, err)
		}
		if seen[msgID] {
			t.Errorf("Message-ID %q reused", msgID)
		}
		seen[msgID] = true
	}
	names := emlFiles(t, dir)
	if len(names) != 4 {
		t.Fatalf("files = %v, want 4", names)
	}
	for _, n := range names {
		if !strings.HasSuffix(n, ".eml") || strings.HasPrefix(n, ".") || strings.Contains(n, "/") {
			t.Errorf("unexpected file %q", n)
		}
	}
}

func TestFile_SinglePartWhenOnlyHTML(t *testing.T) {
	f, dir := newFileProvider(t)
	m := validMessage()
	m.Text = ""
	if _, err := f.Send(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	r, parts := readEML(t, filepath.Join(dir, emlFiles(t, dir)[0]))
	if ct, _, _ := r.Header.ContentType(); ct != "text/html" {
		t.Errorf("Content-Type = %q, want text/html", ct)
	}
	if len(parts) != 1 || parts[0].body != m.HTML {
		t.Errorf("parts = %+v", parts)
	}
}

func TestFile_RefusesInvalidOrCancelledSends(t *testing.T) {
	f, dir := newFileProvider(t)
	bad := validMessage()
	bad.To = nil
	if _, err := f.Send(context.Background(), bad); !IsPermanent(err) {
		t.Errorf("invalid message: %v, want a permanent error", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := f.Send(ctx, validMessage()); err == nil || IsPermanent(err) || !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v, want a temporary error wrapping context.Canceled", err)
	}
	if names := emlFiles(t, dir); len(names) != 0 {
		t.Errorf("files written: %v", names)
	}
}

func TestNewFile_RequiresADirectory(t *testing.T) {
	if _, err := NewFile(FileConfig{}); err == nil {
		t.Fatal("NewFile accepted an empty directory")
	}
}
