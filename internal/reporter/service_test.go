package reporter

import (
	"context"
	"net/url"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

// TestLinked_ReadsWhatTheWholeRowSays: the narrow read the outbox makes for every reporter email gives the
// tokens, the footer and the expiry the same intervention and status category as reading the whole row with its
// status, for an open intervention, one closed yesterday and one closed 31 days ago, on both dialects; a deleted
// intervention reads as nil.
func TestLinked_ReadsWhatTheWholeRowSays(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		ctx := rule.SystemContext(context.Background())
		c := db.Client
		org := c.Organization.Create().SetName("o").SetSlug("o").SaveX(ctx)
		open := c.InterventionStatus.Create().SetOrganizationID(org.ID).SetName("New").SetCategory(interventionstatus.CategoryOPEN).SaveX(ctx)
		closed := c.InterventionStatus.Create().SetOrganizationID(org.ID).SetName("Done").SetCategory(interventionstatus.CategoryCLOSED).SaveX(ctx)
		now := time.Now().UTC().Truncate(time.Second)
		mk := func(ref string, st *ent.InterventionStatus, closedAt *time.Time) *ent.Intervention {
			return c.Intervention.Create().SetOrganizationID(org.ID).SetStatusID(st.ID).SetReference(ref).
				SetReporterEmail(ref + "@example.com").SetLanguage("fr").SetTrackingNonce("nonce-" + ref).SetNillableClosedAt(closedAt).
				SetCauseLabels([]string{"Paper jam"}).SetPrinterSnapshot(schematype.PrinterSnapshot{Serial: "S-" + ref}).SaveX(ctx)
		}
		yesterday, longAgo := now.Add(-24*time.Hour), now.Add(-31*24*time.Hour)
		pub, _ := url.Parse("https://pb.example.com")
		s := &Service{c: Config{Client: c, PublicURL: pub, InboundDomain: "in.example.com", Tokens: &Tokens{Secret: []byte("0123456789abcdef0123456789abcdef")}}}
		for _, it := range []*ent.Intervention{mk("PB-1", open, nil), mk("PB-2", closed, &yesterday), mk("PB-3", closed, &longAgo)} {
			got, err := s.linked(ctx, it.ID)
			if err != nil {
				t.Fatal(err)
			}
			want := c.Intervention.GetX(ctx, it.ID)
			want.Edges.Status = c.InterventionStatus.GetX(ctx, want.StatusID)
			if got.ID != want.ID || got.Reference != want.Reference || got.Language != want.Language || got.TrackingNonce != want.TrackingNonce ||
				got.StatusID != want.StatusID || got.Edges.Status.Category != want.Edges.Status.Category {
				t.Fatalf("%s: read %+v (status %v), the whole row %+v (status %v)", it.Reference, got, got.Edges.Status, want, want.Edges.Status)
			}
			if (got.ClosedAt == nil) != (want.ClosedAt == nil) || got.ClosedAt != nil && !got.ClosedAt.Equal(*want.ClosedAt) {
				t.Fatalf("%s: closed at %v, the whole row %v", it.Reference, got.ClosedAt, want.ClosedAt)
			}
			if s.c.Tokens.Expired(got) != (it.Reference == "PB-3") {
				t.Fatalf("%s: expired %v", it.Reference, s.c.Tokens.Expired(got))
			}
			if s.TrackingURL(got) != s.TrackingURL(want) || s.ReplyAddress(got) != s.ReplyAddress(want) || s.c.Tokens.Expired(got) != s.c.Tokens.Expired(want) {
				t.Fatalf("%s: link %s expired %v, from the whole row %s %v", it.Reference, s.TrackingURL(got), s.c.Tokens.Expired(got), s.TrackingURL(want), s.c.Tokens.Expired(want))
			}
		}
		gone := mk("PB-4", open, nil)
		c.Intervention.DeleteOneID(gone.ID).ExecX(ctx)
		if got, err := s.linked(ctx, gone.ID); err != nil || got != nil {
			t.Fatalf("deleted: %+v, %v", got, err)
		}
	})
}
