// Package reporter is the reporter's side of an intervention (issue 17): the signed tracking link and reply
// address every reporter email carries (completed at send time, so stored copies carry neither), the tracking
// page without login, the "Is it fixed?" answer, and the inbound email webhook that turns replies into notes.
package reporter

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
)

// A token is "<intervention id in base 36>-<MAC>": the MAC (HMAC-SHA256 with SESSION_SECRET, cut to 120 bits,
// lower-case base32 so it survives mail systems that change the case of addresses) covers a purpose, the id and
// the intervention's tracking nonce, which RevokeTracking replaces: every earlier token then fails.
const macBytes = 15

// Purposes keep a tracking token from working as a reply address and the reverse.
const (
	purposeTrack = "track"
	purposeReply = "reply"
)

var b32 = base32.StdEncoding.WithPadding(base32.NoPadding)

// ErrBadToken is any token that is forged, revoked, expired, or of an intervention that no longer exists.
var ErrBadToken = errors.New("this link is invalid, revoked or expired")

// Tokens signs and checks tracking tokens and reply addresses.
type Tokens struct {
	Secret []byte
	// DaysAfterClose is how long after an intervention's closure its tokens keep working.
	DaysAfterClose int
	Now            func() time.Time
}

func (t *Tokens) mac(purpose string, id int, nonce string) []byte {
	m := hmac.New(sha256.New, t.Secret)
	m.Write([]byte("panicbutton/" + purpose + "\x00" + strconv.Itoa(id) + "\x00" + nonce))
	return m.Sum(nil)[:macBytes]
}

// Make returns the token of it for purpose.
func (t *Tokens) Make(purpose string, it *ent.Intervention) string {
	return strconv.FormatInt(int64(it.ID), 36) + "-" + strings.ToLower(b32.EncodeToString(t.mac(purpose, it.ID, it.TrackingNonce)))
}

// Check returns the intervention of token (with its Status edge), or ErrBadToken. ctx may be anonymous.
func (t *Tokens) Check(ctx context.Context, client *ent.Client, purpose, token string) (*ent.Intervention, error) {
	idPart, macPart, ok := strings.Cut(strings.ToLower(strings.TrimSpace(token)), "-")
	if !ok || len(idPart) > 12 || len(macPart) != b32.EncodedLen(macBytes) {
		return nil, ErrBadToken
	}
	id, err := strconv.ParseInt(idPart, 36, 64)
	if err != nil || id <= 0 {
		return nil, ErrBadToken
	}
	got, err := b32.DecodeString(strings.ToUpper(macPart))
	if err != nil {
		return nil, ErrBadToken
	}
	it, err := client.Intervention.Query().Where(intervention.ID(int(id))).WithStatus().Only(rule.SystemContext(ctx))
	if ent.IsNotFound(err) {
		return nil, ErrBadToken
	}
	if err != nil {
		return nil, err
	}
	if !hmac.Equal(got, t.mac(purpose, it.ID, it.TrackingNonce)) {
		return nil, ErrBadToken
	}
	if t.Expired(it) {
		return nil, ErrBadToken
	}
	return it, nil
}

// Expired reports whether it was closed more than DaysAfterClose days ago (it needs its Status edge).
func (t *Tokens) Expired(it *ent.Intervention) bool {
	st := it.Edges.Status
	if st == nil || st.Category != interventionstatus.CategoryCLOSED || it.ClosedAt == nil {
		return false
	}
	now := time.Now
	if t.Now != nil {
		now = t.Now
	}
	days := t.DaysAfterClose
	if days <= 0 {
		days = 30
	}
	return now().After(it.ClosedAt.Add(time.Duration(days) * 24 * time.Hour))
}
