package notify

import (
	"fmt"
	"sort"
	"testing"
)

const (
	statusNew    = 1
	statusOpen   = 2 // trigger
	statusClosed = 3 // trigger
	statusWork   = 4
)

// The cast: ann is an admin, bob an admin who is also assigned as technician (two roles), tom a technician,
// dis a disabled admin, act the admin making the change, cus@ the reporter, who is also... nobody else.
var (
	ann = Person{UserID: 10, Email: "ann@org.test", Active: true, Language: "en"}
	bob = Person{UserID: 11, Email: "bob@org.test", Active: true, Language: "fr"}
	tom = Person{UserID: 12, Email: "tom@org.test", Active: true, Language: "it"}
	dis = Person{UserID: 13, Email: "dis@org.test", Active: false, Language: "en"}
	act = Person{UserID: 14, Email: "act@org.test", Active: true, Language: "en"}
	eve = Person{UserID: 15, Email: "eve@org.test", Active: true, Language: "en"} // technician being assigned
)

func audience() Audience {
	return Audience{
		Admins:      []Person{ann, bob, dis, act},
		Technicians: []Person{bob, tom, eve},
		Customers:   []string{"cus@example.com", "BOB@org.test"}, // the printer's contact happens to be bob
	}
}

func TestDecide_EveryToggleCombinationAndEventKind(t *testing.T) {
	events := []struct {
		name    string
		e       Event
		entered bool
		kind    PushKind
	}{
		{"into trigger", Event{Kind: StatusChanged, FromStatus: statusNew, ToStatus: statusOpen, ActorID: act.UserID}, true, PushStatusChanged},
		{"trigger to trigger", Event{Kind: StatusChanged, FromStatus: statusOpen, ToStatus: statusClosed, ActorID: act.UserID}, true, PushStatusChanged},
		{"into non-trigger", Event{Kind: StatusChanged, FromStatus: statusOpen, ToStatus: statusWork, ActorID: act.UserID}, false, ""},
		{"same status", Event{Kind: StatusChanged, FromStatus: statusOpen, ToStatus: statusOpen, ActorID: act.UserID}, false, ""},
		{"created in trigger", Event{Kind: Created, ToStatus: statusOpen}, true, PushCreated},
		{"created elsewhere", Event{Kind: Created, ToStatus: statusNew}, false, ""},
		{"assignment", Event{Kind: Assigned, ToStatus: statusOpen, NewlyAssigned: []int{eve.UserID, dis.UserID}, ActorID: act.UserID}, false, ""},
	}
	for mask := 0; mask < 32; mask++ {
		s := Settings{Triggers: map[int]bool{statusOpen: true, statusClosed: true},
			EmailAdmins: mask&1 != 0, EmailCustomer: mask&2 != 0, EmailTechnicians: mask&4 != 0,
			PushAdmins: mask&8 != 0, PushTechnicians: mask&16 != 0}
		for _, ev := range events {
			t.Run(fmt.Sprintf("%05b/%s", mask, ev.name), func(t *testing.T) {
				p := Decide(s, ev.e, audience())
				// Expected, written from the rules rather than from the code.
				wantEmails := map[string]Group{}
				wantPush := map[int]PushKind{}
				if ev.entered {
					if s.EmailAdmins {
						wantEmails["ann@org.test"], wantEmails["bob@org.test"], wantEmails["act@org.test"] = GroupAdmin, GroupAdmin, GroupAdmin
					}
					if s.EmailTechnicians {
						for _, u := range []Person{bob, tom, eve} {
							if _, ok := wantEmails[u.Email]; !ok {
								wantEmails[u.Email] = GroupTechnician
							}
						}
					}
					if s.EmailCustomer {
						wantEmails["cus@example.com"] = GroupCustomer
						if _, ok := wantEmails["bob@org.test"]; !ok {
							wantEmails["bob@org.test"] = GroupCustomer
						}
					}
					if s.PushAdmins {
						wantPush[ann.UserID], wantPush[bob.UserID] = ev.kind, ev.kind // never dis (disabled)
						if ev.e.ActorID != act.UserID {
							wantPush[act.UserID] = ev.kind // pushed unless act made the change
						}
					}
					if s.PushTechnicians {
						for _, u := range []Person{bob, tom, eve} {
							wantPush[u.UserID] = ev.kind
						}
					}
				}
				if ev.e.Kind == Assigned {
					wantPush[eve.UserID] = PushAssigned // always; the disabled one never
				}
				gotEmails := map[string]Group{}
				for _, e := range p.Emails {
					if _, dup := gotEmails[e.Address]; dup {
						t.Errorf("two emails to %s", e.Address)
					}
					gotEmails[e.Address] = e.Group
				}
				gotPush := map[int]PushKind{}
				for _, x := range p.Pushes {
					if _, dup := gotPush[x.UserID]; dup {
						t.Errorf("two pushes to %d", x.UserID)
					}
					gotPush[x.UserID] = x.Kind
				}
				if fmt.Sprint(sorted(gotEmails)) != fmt.Sprint(sorted(wantEmails)) {
					t.Errorf("emails = %v, want %v", sorted(gotEmails), sorted(wantEmails))
				}
				if fmt.Sprint(gotPush) != fmt.Sprint(wantPush) {
					t.Errorf("pushes = %v, want %v", gotPush, wantPush)
				}
				for _, e := range p.Emails {
					if e.Address == "dis@org.test" {
						t.Error("a disabled user was emailed")
					}
				}
			})
		}
	}
}

func TestDecide_CustomersNeverGetPushAndUsersWithoutEmailGetNothing(t *testing.T) {
	noMail := Person{UserID: 20, Active: true}
	s := Settings{Triggers: map[int]bool{statusOpen: true}, EmailAdmins: true, EmailCustomer: true, EmailTechnicians: true, PushAdmins: true, PushTechnicians: true}
	p := Decide(s, Event{Kind: Created, ToStatus: statusOpen}, Audience{Admins: []Person{noMail}, Technicians: []Person{noMail}, Customers: []string{"c@x.test"}})
	if len(p.Pushes) != 0 {
		t.Fatalf("pushes = %v", p.Pushes)
	}
	if len(p.Emails) != 1 || p.Emails[0].Group != GroupCustomer {
		t.Fatalf("emails = %v", p.Emails)
	}
}

func TestDecide_TechnicianAssigningThemselvesGetsNoPush(t *testing.T) {
	p := Decide(Settings{}, Event{Kind: Assigned, NewlyAssigned: []int{tom.UserID}, ActorID: tom.UserID}, Audience{Technicians: []Person{tom}})
	if len(p.Pushes) != 0 {
		t.Fatalf("pushes = %v", p.Pushes)
	}
}

func sorted(m map[string]Group) []string {
	var out []string
	for k, v := range m {
		out = append(out, k+"="+string(v))
	}
	sort.Strings(out)
	return out
}

func TestBellText_IsLocalizedWithFallback(t *testing.T) {
	for lang, want := range map[string]string{
		"en": "Intervention PB-1 is now Closed", "fr": "L'intervention PB-1 est maintenant : Closed",
		"it": "L'intervento PB-1 è ora: Closed", "de": "Intervention PB-1 is now Closed",
	} {
		if got := bellText(lang, PushStatusChanged, "PB-1", "Closed"); got != want {
			t.Errorf("%s: %q", lang, got)
		}
	}
}
