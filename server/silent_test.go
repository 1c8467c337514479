package main

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/notification"
	"github.com/panicbutton/panicbutton/ent/printer"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/internal/printers"
)

// A printer not seen for PRINTER_SILENT_AFTER is flagged (silentPrinters, Printer.silentSince) and its admins
// get one bell notification and one email, however many checks (and instances) run; a launch brings it back,
// announced once too.
func TestSilentPrinters_FlaggedOnceAndBackOnce(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		s.register(t, "SN-QUIET-1", testPrinterCode)
		s.register(t, "SN-LOUD-1", testPrinterCode)
		c := s.db.Client
		c.Printer.Update().Where(printer.Serial("SN-QUIET-1")).SetLastSeenAt(time.Now().Add(-100 * time.Hour)).ExecX(sys())
		admin := c.User.Query().Where(user.Email(testAdmin)).OnlyX(sys())
		admin.Update().SetLanguage("fr").ExecX(sys())

		// Two instances' watchers check at once, then again: one announcement.
		watchers := []*printers.SilenceWatcher{s.app.SilenceWatcher(),
			{Client: c, Notify: s.app.SilenceWatcher().Notify, After: 72 * time.Hour}}
		var wg sync.WaitGroup
		for _, w := range watchers {
			w.After = 72 * time.Hour
			wg.Add(1)
			go func() {
				defer wg.Done()
				if _, _, err := w.CheckOnce(context.Background()); err != nil {
					t.Error(err)
				}
			}()
		}
		wg.Wait()
		if silent, back, err := watchers[0].CheckOnce(context.Background()); err != nil || silent+back != 0 {
			t.Fatalf("second check: %d %d %v", silent, back, err)
		}
		bells := c.Notification.Query().Where(notification.KindEQ(notification.KindPRINTER_SILENT)).AllX(sys())
		mails := c.EmailMessage.Query().Where(emailmessage.KindEQ(emailmessage.KindPRINTER_SILENT)).AllX(sys())
		quiet := c.Printer.Query().Where(printer.Serial("SN-QUIET-1")).OnlyX(sys())
		if quiet.SilentSince == nil {
			t.Fatal("the silent printer is not flagged")
		}
		if len(bells) != 1 || len(mails) != 1 {
			t.Fatalf("%d bells, %d emails for one silence", len(bells), len(mails))
		}
		if bells[0].RecipientID != admin.ID || bells[0].Text != "L'imprimante SN-QUIET-1 ne répond plus" {
			t.Errorf("bell %+v", bells[0])
		}
		if mails[0].To[0] != testAdmin || mails[0].Subject != "L'imprimante SN-QUIET-1 ne répond plus" {
			t.Errorf("mail %+v", mails[0])
		}

		var out struct {
			SilentPrinters []struct {
				Serial      string
				SilentSince *string
			}
		}
		s.gql(t, `{ silentPrinters { serial silentSince } }`, nil, bearer(s.login(t, testTech))).mustData(t, &out)
		if len(out.SilentPrinters) != 1 || out.SilentPrinters[0].Serial != "SN-QUIET-1" || out.SilentPrinters[0].SilentSince == nil {
			t.Fatalf("silentPrinters %+v", out.SilentPrinters)
		}

		// It launches again: back, announced once.
		time.Sleep(10 * time.Millisecond)
		s.launch(t, map[string]any{"printer": printerIn("SN-QUIET-1", nil)})
		for range 2 {
			if _, _, err := watchers[0].CheckOnce(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		if q := c.Printer.GetX(sys(), quiet.ID); q.SilentSince != nil {
			t.Fatalf("still flagged after a launch: %v", q.SilentSince)
		}
		if n := c.Notification.Query().Where(notification.KindEQ(notification.KindPRINTER_BACK)).CountX(sys()); n != 1 {
			t.Fatalf("%d back notifications", n)
		}
		if n := c.EmailMessage.Query().Where(emailmessage.KindEQ(emailmessage.KindPRINTER_BACK)).CountX(sys()); n != 1 {
			t.Fatalf("%d back emails", n)
		}
	})
}
