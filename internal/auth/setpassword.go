package auth

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/predicate"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/store"
)

// Set-password links: an invitation lasts a week, a reset two hours.
const (
	InviteTTL        = 7 * 24 * time.Hour
	PasswordResetTTL = 2 * time.Hour
)

const setPasswordAudience = "panicbutton-set-password"

// setPasswordClaims bind a link to a user, to their password as it was (once a password is set the
// fingerprint changes, so a link works once) and to the outbox message that carried it (ID): only the newest
// invitation or reset email of a user holds a working link, so issuing a new link voids the older ones.
//
// The token is never stored: the outbox row keeps the email with a placeholder (admins read the outbox), and
// the token is signed when the outbox hands the email to the provider (users' Finisher).
type setPasswordClaims struct {
	Fingerprint string `json:"pw"`
	jwt.RegisteredClaims
}

func (s *Service) passwordFingerprint(u *ent.User) string {
	m := hmac.New(sha256.New, s.secret)
	m.Write([]byte("set-password\x00" + u.PasswordHash))
	return hex.EncodeToString(m.Sum(nil)[:12])
}

// SetPasswordToken signs the single-use link token carried by the outbox message messageID (an INVITE or
// PASSWORD_RESET email to u, queued at issued), valid until issued+ttl and while that message is u's newest.
func (s *Service) SetPasswordToken(u *ent.User, messageID int, issued time.Time, ttl time.Duration) (string, error) {
	claims := setPasswordClaims{
		Fingerprint: s.passwordFingerprint(u),
		RegisteredClaims: jwt.RegisteredClaims{
			ID:        strconv.Itoa(messageID),
			Subject:   strconv.Itoa(u.ID),
			Audience:  jwt.ClaimStrings{setPasswordAudience},
			IssuedAt:  jwt.NewNumericDate(issued),
			ExpiresAt: jwt.NewNumericDate(issued.Add(ttl)),
		},
	}
	tok, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(s.secret)
	if err != nil {
		return "", fmt.Errorf("sign set-password link: %w", err)
	}
	return tok, nil
}

var errBadLink = apperr.Invalid("token", "this link is invalid, expired or already used: ask for a new one")

// SetPassword sets the password of the link's user, if the link is genuine, unexpired and unused and the
// user still active; every session of the user is revoked. It runs in a system context: the link is the
// credential.
func (s *Service) SetPassword(ctx context.Context, token, password string) (*ent.User, error) {
	var claims setPasswordClaims
	_, err := jwt.ParseWithClaims(token, &claims, func(*jwt.Token) (any, error) { return s.secret, nil },
		jwt.WithValidMethods([]string{"HS256"}), jwt.WithAudience(setPasswordAudience),
		jwt.WithTimeFunc(s.now), jwt.WithExpirationRequired())
	if err != nil {
		return nil, errBadLink
	}
	id, err := strconv.Atoi(claims.Subject)
	if err != nil {
		return nil, errBadLink
	}
	msgID, err := strconv.Atoi(claims.ID)
	if err != nil {
		return nil, errBadLink
	}
	sys := rule.SystemContext(ctx)
	u, err := s.client.User.Get(sys, id)
	if ent.IsNotFound(err) {
		return nil, errBadLink
	}
	if err != nil {
		return nil, fmt.Errorf("set password: %w", err)
	}
	if !u.Active || !hmac.Equal([]byte(claims.Fingerprint), []byte(s.passwordFingerprint(u))) {
		return nil, errBadLink
	}
	newest, err := s.IsNewestLink(sys, u, msgID)
	if err != nil {
		return nil, err
	}
	if !newest {
		return nil, errBadLink
	}
	if err := CheckPasswordStrength(password, u.Email, u.Name); err != nil {
		return nil, apperr.Invalid("password", "%s", err.Error())
	}
	return s.ChangePassword(ctx, u, password, 0)
}

// linkKinds are the emails that carry a set-password link.
var linkKinds = []emailmessage.Kind{emailmessage.KindINVITE, emailmessage.KindPASSWORD_RESET}

// IsNewestLink reports whether the outbox message messageID is the newest invitation or reset email to u: the
// one whose link works. ctx must be allowed to read the outbox (a system context).
func (s *Service) IsNewestLink(ctx context.Context, u *ent.User, messageID int) (bool, error) {
	if u.OrganizationID == nil {
		return false, nil
	}
	// Only the link emails of u's organization from messageID on: few rows (the To column is JSON).
	rows, err := s.client.EmailMessage.Query().
		Where(emailmessage.OrganizationID(*u.OrganizationID), emailmessage.KindIn(linkKinds...), emailmessage.IDGTE(messageID)).
		Select(emailmessage.FieldID, emailmessage.FieldTo).All(ctx)
	if err != nil {
		return false, fmt.Errorf("set-password link: %w", err)
	}
	found := false
	for _, r := range rows {
		if len(r.To) != 1 || r.To[0] != u.Email {
			continue
		}
		if r.ID > messageID {
			return false, nil
		}
		found = true
	}
	return found, nil
}

// ChangePassword stores a new password for u (already checked for strength) and revokes u's sessions but
// keepSession (0: all).
func (s *Service) ChangePassword(ctx context.Context, u *ent.User, password string, keepSession int) (*ent.User, error) {
	hash, err := HashPassword(password)
	if err != nil {
		return nil, apperr.Invalid("password", "%s", err.Error())
	}
	sys := rule.SystemContext(ctx)
	err = store.WithTx(sys, s.client, func(tx *ent.Tx) error {
		// Guarded by the old hash, so two uses of one link racing each other set it once.
		n, err := tx.User.Update().Where(userIs(u.ID, u.PasswordHash)).SetPasswordHash(hash).Save(sys)
		if err != nil {
			return fmt.Errorf("set password: %w", err)
		}
		if n != 1 {
			return errBadLink
		}
		return s.RevokeUserSessions(sys, tx, keepSession, u.ID)
	})
	if err != nil {
		return nil, err
	}
	return s.client.User.Get(sys, u.ID)
}

// userIs matches user id with exactly the password hash hash (none when empty).
func userIs(id int, hash string) predicate.User {
	if hash == "" {
		return user.And(user.ID(id), user.Or(user.PasswordHashIsNil(), user.PasswordHash("")))
	}
	return user.And(user.ID(id), user.PasswordHash(hash))
}
