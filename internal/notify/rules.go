// Package notify works interventions (status changes, assignment, notes) and applies the notification rules
// of the Italian document: who gets an email and who gets a push (the bell), in the same transaction.
package notify

import "strings"

// Settings are an organization's notification settings.
type Settings struct {
	Triggers         map[int]bool // status IDs whose entry notifies
	EmailAdmins      bool
	EmailCustomer    bool
	EmailTechnicians bool
	PushAdmins       bool
	PushTechnicians  bool
}

// Person is a user who may be notified.
type Person struct {
	UserID   int
	Email    string
	Active   bool
	Language string
}

// EventKind is what happened to an intervention.
type EventKind int

const (
	// Created: the intervention was created in ToStatus.
	Created EventKind = iota
	// StatusChanged: the intervention moved from FromStatus to ToStatus.
	StatusChanged
	// Assigned: technicians were added (NewlyAssigned).
	Assigned
)

// Event is the input of the rules.
type Event struct {
	Kind                 EventKind
	FromStatus, ToStatus int
	ActorID              int   // the user who made the change (0: the system or a reporter)
	NewlyAssigned        []int // user IDs, for Assigned
}

// Audience is who could be notified about one intervention.
type Audience struct {
	Admins      []Person // active users with role ADMIN of the organization
	Technicians []Person // the intervention's assigned technicians (after the change)
	Customers   []string // the reporter's email and the printer's customer contact
}

// Group is the template an email is rendered with.
type Group string

const (
	GroupAdmin      Group = "admin"
	GroupCustomer   Group = "customer"
	GroupTechnician Group = "technician"
)

// Email is one email to send.
type Email struct {
	Group    Group
	Address  string
	Language string // the user's language; empty for customers (the report's language)
}

// PushKind is the kind of a bell notification.
type PushKind string

const (
	PushStatusChanged PushKind = "STATUS_CHANGED"
	PushCreated       PushKind = "CREATED"
	PushAssigned      PushKind = "ASSIGNED"
)

// Push is one bell notification to create.
type Push struct {
	UserID   int
	Kind     PushKind
	Language string
}

// Plan is what the rules decided.
type Plan struct {
	Emails []Email
	Pushes []Push
}

// Decide applies the rules (docs/DESIGN.md §7):
//   - entering a trigger status (from another status, or by creation in it) emails admins, the customer and the
//     assigned technicians, and pushes to admins and assigned technicians, each group if its toggle is on;
//   - a technician always gets a push when assigned, whatever the settings; customers never get a push;
//   - one email and one push per person per event, whatever roles they hold; disabled users and users without an
//     email get nothing; the person who made the change gets no push.
func Decide(s Settings, e Event, a Audience) Plan {
	var p Plan
	entered := s.Triggers[e.ToStatus] &&
		(e.Kind == Created || (e.Kind == StatusChanged && e.FromStatus != e.ToStatus))
	emailed := map[string]bool{}
	pushed := map[int]bool{}
	email := func(g Group, address, lang string) {
		key := strings.ToLower(strings.TrimSpace(address))
		if key == "" || emailed[key] {
			return
		}
		emailed[key] = true
		p.Emails = append(p.Emails, Email{Group: g, Address: key, Language: lang})
	}
	push := func(person Person, kind PushKind) {
		if !person.Active || person.Email == "" || person.UserID == e.ActorID || pushed[person.UserID] {
			return
		}
		pushed[person.UserID] = true
		p.Pushes = append(p.Pushes, Push{UserID: person.UserID, Kind: kind, Language: person.Language})
	}
	if entered {
		// Admins first: a person who is also a technician or the customer gets the admin's email, once.
		if s.EmailAdmins {
			for _, u := range a.Admins {
				if u.Active && u.Email != "" {
					email(GroupAdmin, u.Email, u.Language)
				}
			}
		}
		if s.EmailTechnicians {
			for _, u := range a.Technicians {
				if u.Active && u.Email != "" {
					email(GroupTechnician, u.Email, u.Language)
				}
			}
		}
		if s.EmailCustomer {
			for _, c := range a.Customers {
				email(GroupCustomer, c, "")
			}
		}
		kind := PushStatusChanged
		if e.Kind == Created {
			kind = PushCreated
		}
		if s.PushAdmins {
			for _, u := range a.Admins {
				push(u, kind)
			}
		}
		if s.PushTechnicians {
			for _, u := range a.Technicians {
				push(u, kind)
			}
		}
	}
	if e.Kind == Assigned {
		assigned := map[int]bool{}
		for _, id := range e.NewlyAssigned {
			assigned[id] = true
		}
		for _, u := range a.Technicians {
			if assigned[u.UserID] {
				push(u, PushAssigned)
			}
		}
	}
	return p
}
