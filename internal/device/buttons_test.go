package device_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/url"
	"strconv"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/ulule/limiter/v3/drivers/store/memory"

	"github.com/panicbutton/panicbutton/ent/panicbutton"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/demo"
	"github.com/panicbutton/panicbutton/internal/device"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

// TestButtonCache_TwoInstancesSeeEachOthersChangesAtOnce: two instances (each its own database pool and ent
// client, events through a real Redis) serve launches from their panic-button cache. A write the cache is not
// told about (raw SQL) is not seen, which shows the cache is used; a change committed through the other
// instance (a kiosk text, a cause, the organization disabled) is seen by the next launch, well before the
// cache's time limit.
func TestButtonCache_TwoInstancesSeeEachOthersChangesAtOnce(t *testing.T) {
	rd := testutil.StartRedis(t, 0)
	for _, d := range testutil.Dialects {
		t.Run(d, func(t *testing.T) {
			ctx := context.Background()
			dbURL := testutil.NewURL(t, d)
			open := func() *store.DB {
				db, err := store.Open(ctx, dbURL)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { db.Close() })
				return db
			}
			dbA, dbB := open(), open()
			if err := dbA.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			if _, err := demo.Seed(ctx, dbA.Client, demo.Options{PrinterCode: code, AdminEmail: "admin@demo.test",
				TechEmail: "tech@demo.test", Password: "demo-password-123", TechnicalEmail: "technicians@demo.test"}); err != nil {
				t.Fatal(err)
			}
			instance := func(db *store.DB) *device.Service {
				opts, _ := redis.ParseURL("redis://" + rd.Addr)
				rc := redis.NewClient(opts)
				t.Cleanup(func() { rc.Close() })
				svc := device.NewService(device.Config{Client: db.Client, Secret: []byte("test-secret"),
					PublicURL: &url.URL{Scheme: "https", Host: "panic.example.com"}, Store: memory.NewStore(),
					Events: events.NewRedis(rc, nil), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
				t.Cleanup(svc.Close)
				return svc
			}
			a, b := instance(dbA), instance(dbB)
			time.Sleep(200 * time.Millisecond) // both subscribed
			if _, err := a.RegisterPrinter(ctx, device.RegisterPrinterInput{Printer: info("SN-CACHE-1"), PrinterCode: code}, "10.0.0.1"); err != nil {
				t.Fatal(err)
			}
			launch := func() (*device.LaunchPayload, error) {
				return b.Launch(ctx, device.LaunchInput{Printer: info("SN-CACHE-1")}, "10.0.0.2")
			}
			welcome := func(out *device.LaunchPayload) string {
				for _, kv := range out.Kiosk.Texts {
					if kv.Key == "welcome" {
						return kv.Value
					}
				}
				return ""
			}
			first, err := launch()
			if err != nil {
				t.Fatal(err)
			}
			original := welcome(first)
			pb := dbA.Client.PanicButton.Query().Where(panicbutton.PrinterCode(code)).OnlyX(sys())

			// Behind the cache's back: B keeps serving what it cached.
			texts := pb.Texts
			texts["en"]["welcome"] = "Changed behind the cache"
			if _, err := dbB.SQL.ExecContext(ctx, "UPDATE panic_buttons SET texts = ? WHERE id = ?", mustJSON(t, texts), pb.ID); err != nil {
				t.Fatal(err)
			}
			if out, err := launch(); err != nil || welcome(out) != original {
				t.Fatalf("launch after a write the cache was not told about: %v, welcome %q, want the cached %q", err, welcome(out), original)
			}

			// Through instance A (its ent client): B sees it at once.
			texts["en"]["welcome"] = "Press the button, [[[SERIAL]]]"
			dbA.Client.PanicButton.UpdateOne(pb).SetTexts(texts).ExecX(sys())
			eventually(t, "B launching with A's new text", func() bool {
				out, err := launch()
				return err == nil && welcome(out) == "Press the button, SN-CACHE-1"
			})
			before, _ := launch()
			dbA.Client.Cause.UpdateOneID(mustAtoi(t, before.Kiosk.Causes[0].ID)).SetActive(false).ExecX(sys())
			eventually(t, "B's kiosk without the deactivated cause", func() bool {
				out, err := launch()
				return err == nil && len(out.Kiosk.Causes) == len(before.Kiosk.Causes)-1
			})
			dbA.Client.Organization.UpdateOneID(pb.OrganizationID).SetActive(false).ExecX(sys())
			eventually(t, "B refusing the disabled organization's printer", func() bool {
				_, err := launch()
				e, ok := apperr.As(err)
				return ok && e.Code == apperr.OrganizationDisabled
			})
		})
	}
}

// eventually waits up to 2 s (a fifth of device.ButtonCacheTTL) for cond.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Second)
	if 2*time.Second >= device.ButtonCacheTTL {
		t.Fatal("the cache's time limit is too short to tell an announced change from an expiry")
	}
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within 2 s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func mustAtoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
