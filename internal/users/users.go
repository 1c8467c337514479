// Package users is user management for organization admins (and the super-admin): invitations with a
// set-password link by email, profile and role changes, disabling (which signs the user out everywhere) and
// deletion, with the rule that an organization always keeps an active admin.
package users

import (
	"context"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"entgo.io/ent/dialect"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/organization"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/session"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/auth"
	"github.com/panicbutton/panicbutton/internal/emailaddr"
	"github.com/panicbutton/panicbutton/internal/i18n"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/store"
)

// Config wires a Service.
type Config struct {
	Client  *ent.Client
	Dialect string // row locks are taken on MySQL/MariaDB; SQLite serialises writers anyway
	Auth    *auth.Service
	// Mail queues invitations and password resets, from its default sender (EMAIL_FROM).
	Mail      *mail.Queue
	PublicURL *url.URL
}

// Service manages users. Every operation runs with the caller's viewer: the ent privacy rules decide who
// may touch whom (admins their organization, the super-admin everyone); this package adds the rules that
// are about the organization as a whole.
type Service struct{ c Config }

// NewService returns a Service.
// It registers, on c.Mail's outbox, the send-time completion of invitation and reset emails (their link).
func NewService(c Config) *Service {
	s := &Service{c: c}
	c.Mail.OnSend(emailmessage.KindINVITE, s.finishLink)
	c.Mail.OnSend(emailmessage.KindPASSWORD_RESET, s.finishLink)
	return s
}

// NewUser describes a user to create.
type NewUser struct {
	Email, Name, Phone, Language string
	Role                         user.Role
	// OrganizationID is the organization of the user: the caller's own unless the caller is the super-admin.
	OrganizationID int
}

// Changes are the profile fields to change; nil leaves a field as it is.
type Changes struct {
	Name, Phone, Language *string
	Role                  *user.Role
}

var phoneRE = regexp.MustCompile(`^[0-9+()./ -]{0,40}$`)

func validLanguage(field, lang string) error {
	if i18n.SupportedUI(lang) {
		return nil
	}
	return apperr.Invalid(field, "unsupported language %q: want one of %v", lang, i18n.UILanguages)
}

// Validate checks the fields that are set; prefix is the input's path in error fields (e.g. "input.").
func (ch Changes) Validate(prefix string) error {
	if ch.Name != nil && len([]rune(*ch.Name)) > 200 {
		return apperr.Invalid(prefix+"name", "must be at most 200 characters")
	}
	if ch.Phone != nil && !phoneRE.MatchString(*ch.Phone) {
		return apperr.Invalid(prefix+"phone", "not a phone number")
	}
	if ch.Language != nil {
		if err := validLanguage(prefix+"language", *ch.Language); err != nil {
			return err
		}
	}
	if ch.Role != nil && *ch.Role != user.RoleADMIN && *ch.Role != user.RoleTECHNICIAN {
		return apperr.Invalid(prefix+"role", "want ADMIN or TECHNICIAN")
	}
	return nil
}

func trimmed(p *string) *string {
	if p == nil {
		return nil
	}
	s := strings.TrimSpace(*p)
	return &s
}

// Create creates a user without a password and queues their invitation (a set-password link) in the same
// transaction.
func (s *Service) Create(ctx context.Context, in NewUser) (*ent.User, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.New(apperr.Unauthenticated, "sign in first")
	}
	org := in.OrganizationID
	if org == 0 {
		org = v.OrgID
	}
	if org == 0 {
		return nil, apperr.Invalid("input.organizationID", "required for the super-admin")
	}
	email, err := s.CheckNewEmail(ctx, "input.email", in.Email, org)
	if err != nil {
		return nil, err
	}
	lang := in.Language
	if lang == "" {
		lang = "en"
	}
	ch := Changes{Name: trimmed(&in.Name), Phone: trimmed(&in.Phone), Language: &lang, Role: &in.Role}
	if err := ch.Validate("input."); err != nil {
		return nil, err
	}
	var u *ent.User
	err = s.inTx(ctx, func(tx *ent.Tx) error {
		u, err = s.CreateInTx(ctx, tx, email, in.Role, org, ch)
		return err
	})
	return s.reload(ctx, u, err)
}

// InviteAdminInTx creates the first admin of an organization being created in tx, with name and language, and
// queues the invitation (orgs.Manager's Inviter).
func (s *Service) InviteAdminInTx(ctx context.Context, tx *ent.Tx, email, name, language string, orgID int) error {
	_, err := s.CreateInTx(ctx, tx, email, user.RoleADMIN, orgID, Changes{Name: &name, Language: &language})
	return err
}

// CreateInTx creates the user of a validated NewUser in tx and queues the invitation there.
func (s *Service) CreateInTx(ctx context.Context, tx *ent.Tx, email string, role user.Role, org int, ch Changes) (*ent.User, error) {
	lang := "en"
	if ch.Language != nil {
		lang = *ch.Language
	}
	create := tx.User.Create().SetEmail(email).SetRole(role).SetLanguage(lang).SetOrganizationID(org)
	if ch.Name != nil {
		create.SetName(*ch.Name)
	}
	if ch.Phone != nil && *ch.Phone != "" {
		create.SetPhone(*ch.Phone)
	}
	u, err := create.Save(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.queueLink(ctx, tx.Client(), u, linkInvite); err != nil {
		return nil, err
	}
	return u, nil
}

// CheckNewEmail normalizes the email of a new user of organization orgID and refuses one that already has an
// account there. Accounts are per organization: an address with an account in another organization is
// accepted like any new one (a second, separate account), so the answer never tells an admin whether another
// tenant knows the address (issue 14; SECURITY.md). orgID 0 (an organization being created) only normalizes.
func (s *Service) CheckNewEmail(ctx context.Context, field, email string, orgID int) (string, error) {
	norm, err := emailaddr.Normalize(email)
	if err != nil {
		return "", apperr.Invalid(field, "not a valid email address")
	}
	if orgID == 0 {
		return norm, nil
	}
	taken, err := s.c.Client.User.Query().Where(user.Email(norm), user.OrganizationID(orgID)).Exist(rule.SystemContext(ctx))
	if err != nil {
		return "", fmt.Errorf("check email: %w", err)
	}
	if taken {
		return "", apperr.Invalid(field, "%s already has an account", norm)
	}
	return norm, nil
}

// Update changes a user's profile and role. Demoting the last active admin is refused.
func (s *Service) Update(ctx context.Context, id int, ch Changes) (*ent.User, error) {
	ch.Name, ch.Phone = trimmed(ch.Name), trimmed(ch.Phone)
	if err := ch.Validate("input."); err != nil {
		return nil, err
	}
	var out *ent.User
	err := s.inTx(ctx, func(tx *ent.Tx) error {
		u, err := s.lockedUser(ctx, tx, id)
		if err != nil {
			return err
		}
		upd := tx.User.UpdateOne(u)
		if ch.Name != nil {
			upd.SetName(*ch.Name)
		}
		if ch.Phone != nil {
			if *ch.Phone == "" {
				upd.ClearPhone()
			} else {
				upd.SetPhone(*ch.Phone)
			}
		}
		if ch.Language != nil {
			upd.SetLanguage(*ch.Language)
		}
		if ch.Role != nil && *ch.Role != u.Role {
			upd.SetRole(*ch.Role)
			s.c.Auth.AnnounceUserAccessChange(ctx, tx, u) // their open websockets close (4403)
		}
		if out, err = upd.Save(ctx); err != nil {
			return err
		}
		return s.keepAnAdmin(ctx, tx, u, "input.role")
	})
	return s.reload(ctx, out, err)
}

// SetActive disables (revoking every session of the user) or re-enables a user. Nobody disables
// themselves, and the last active admin of an organization stays.
func (s *Service) SetActive(ctx context.Context, id int, active bool) (*ent.User, error) {
	if v := viewer.FromContext(ctx); !active && v != nil && v.UserID == id {
		return nil, apperr.Invalid("id", "you cannot disable your own account")
	}
	var out *ent.User
	err := s.inTx(ctx, func(tx *ent.Tx) error {
		u, err := s.lockedUser(ctx, tx, id)
		if err != nil {
			return err
		}
		if out, err = tx.User.UpdateOne(u).SetActive(active).Save(ctx); err != nil {
			return err
		}
		if active {
			return nil
		}
		if err := s.keepAnAdmin(ctx, tx, u, "id"); err != nil {
			return err
		}
		return s.c.Auth.RevokeUserSessions(ctx, tx, 0, u.ID)
	})
	return s.reload(ctx, out, err)
}

// Delete deletes a user (their sessions with them); the history they appear in keeps its events. Nobody
// deletes themselves, and the last active admin of an organization stays.
func (s *Service) Delete(ctx context.Context, id int) error {
	if v := viewer.FromContext(ctx); v != nil && v.UserID == id {
		return apperr.Invalid("id", "you cannot delete your own account")
	}
	return s.inTx(ctx, func(tx *ent.Tx) error {
		u, err := s.lockedUser(ctx, tx, id)
		if err != nil {
			return err
		}
		// Sessions would block the row; they go in the same transaction, undone if the privacy rules refuse.
		if _, err := tx.Session.Delete().Where(session.UserID(u.ID)).Exec(rule.SystemContext(ctx)); err != nil {
			return err
		}
		if err := tx.User.DeleteOne(u).Exec(ctx); err != nil {
			return err
		}
		s.c.Auth.AnnounceUserAccessChange(ctx, tx, u)
		return s.keepAnAdmin(ctx, tx, u, "id")
	})
}

// ResetPassword emails the user a link to choose a new password. The caller must be allowed to change
// the user: the link is queued only after an update through the privacy rules.
func (s *Service) ResetPassword(ctx context.Context, id int) error {
	return s.inTx(ctx, func(tx *ent.Tx) error {
		u, err := tx.User.UpdateOneID(id).SetUpdatedAt(time.Now()).Save(ctx)
		if err != nil {
			return err
		}
		if !u.Active {
			return apperr.Invalid("id", "the user is disabled: enable them first")
		}
		return s.queueLink(ctx, tx.Client(), u, linkReset)
	})
}

// UpdateMe changes the caller's own profile (not their role): every signed-in person may.
func (s *Service) UpdateMe(ctx context.Context, ch Changes) (*ent.User, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == 0 {
		return nil, apperr.New(apperr.Unauthenticated, "sign in first")
	}
	ch.Role = nil
	ch.Name, ch.Phone = trimmed(ch.Name), trimmed(ch.Phone)
	if err := ch.Validate("input."); err != nil {
		return nil, err
	}
	upd := s.c.Client.User.UpdateOneID(v.UserID)
	if ch.Name != nil {
		upd.SetName(*ch.Name)
	}
	if ch.Phone != nil {
		if *ch.Phone == "" {
			upd.ClearPhone()
		} else {
			upd.SetPhone(*ch.Phone)
		}
	}
	if ch.Language != nil {
		upd.SetLanguage(*ch.Language)
	}
	sys := rule.SystemContext(ctx) // one's own profile: not an admin's write
	if _, err := upd.Save(sys); err != nil {
		return nil, err
	}
	return s.c.Client.User.Get(ctx, v.UserID)
}

// ChangeOwnPassword changes the caller's password after checking the current one; their other sessions
// are revoked.
func (s *Service) ChangeOwnPassword(ctx context.Context, current, next string) error {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == 0 {
		return apperr.New(apperr.Unauthenticated, "sign in first")
	}
	ok, err := s.c.Auth.CheckCurrentPassword(ctx, v.UserID, current)
	if err != nil {
		return err
	}
	if !ok {
		return apperr.Invalid("currentPassword", "wrong password")
	}
	u, err := s.c.Client.User.Get(rule.SystemContext(ctx), v.UserID)
	if err != nil {
		return err
	}
	if err := auth.CheckPasswordStrength(next, u.Email, u.Name); err != nil {
		return apperr.Invalid("newPassword", "%s", err.Error())
	}
	_, err = s.c.Auth.ChangePassword(ctx, u, next, v.SessionID)
	return err
}

// lockedUser loads the user the caller is changing. On MySQL it first locks the user's organization row,
// so two admins demoting or disabling each other at once are serialised and cannot both succeed.
func (s *Service) lockedUser(ctx context.Context, tx *ent.Tx, id int) (*ent.User, error) {
	u, err := tx.User.Get(ctx, id)
	if err != nil || u.OrganizationID == nil || s.c.Dialect != dialect.MySQL {
		return u, err
	}
	sys := rule.SystemContext(ctx)
	if _, err := tx.Organization.Query().Where(organization.ID(*u.OrganizationID)).ForUpdate().IDs(sys); err != nil {
		return nil, fmt.Errorf("lock organization: %w", err)
	}
	return tx.User.Get(ctx, id) // as it is now that nobody else changes the organization's admins
}

// keepAnAdmin fails a change (already made in tx, through the privacy rules) that left u's organization
// without an active admin; the caller's transaction is then rolled back.
func (s *Service) keepAnAdmin(ctx context.Context, tx *ent.Tx, u *ent.User, field string) error {
	if u.OrganizationID == nil || u.Role != user.RoleADMIN || !u.Active {
		return nil
	}
	left, err := tx.User.Query().Where(user.OrganizationID(*u.OrganizationID), user.RoleEQ(user.RoleADMIN),
		user.Active(true)).Exist(rule.SystemContext(ctx))
	if err != nil {
		return fmt.Errorf("count admins: %w", err)
	}
	if !left {
		return apperr.Invalid(field, "%s is the last active admin of the organization: make someone else admin first", u.Email)
	}
	return nil
}

// reload returns u as the caller sees it outside the transaction that changed it (an entity of a committed
// transaction cannot load its edges).
func (s *Service) reload(ctx context.Context, u *ent.User, err error) (*ent.User, error) {
	if err != nil {
		return nil, err
	}
	return s.c.Client.User.Get(ctx, u.ID)
}

func (s *Service) inTx(ctx context.Context, f func(tx *ent.Tx) error) error {
	return store.WithTx(ctx, s.c.Client, f)
}
