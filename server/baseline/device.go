// Package baseline is what the device path's benchmarks compare the stack with (make bench: bench/device_test.go,
// and server/bench_test.go's BenchmarkDevicePath): a bare net/http handler doing the same rows and commits with
// hand-written SQL on MariaDB, and nothing else.
package baseline

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/panicbutton/panicbutton/ent/schema/schematype"
)

// Device does the device path's rows and commits with hand-written SQL and nothing else (no GraphQL, no
// ORM, no privacy layer, no session token): what the stack's figures are compared with.
//
//	launch: the printer with its panic button and organization (one join), its last-seen update (a meter reading
//	        too when the meters changed, in one transaction), the active causes;
//	submit: the printer with panic button and organization, the causes given, the duplicate check, the reference
//	        counter (one statement), the initial status, the email template, an open intervention of the printer
//	        (related), whether the initial status notifies; then in one transaction the intervention (with its
//	        search text), its search index rows (one INSERT), its cause, its CREATED event, a meter reading and the
//	        two report mails (one INSERT).
func Device(db *sql.DB) http.Handler {
	mux := http.NewServeMux()
	fail := func(w http.ResponseWriter, err error) { http.Error(w, err.Error(), http.StatusInternalServerError) }
	mux.HandleFunc("POST /launch", func(w http.ResponseWriter, r *http.Request) {
		var in struct {
			Serial, Location, IP string
			Total                int64
		}
		_ = json.NewDecoder(r.Body).Decode(&in)
		ctx := r.Context()
		var id, pb, org int64
		var lastTotal sql.NullInt64
		var active bool
		var texts, lang string
		if err := db.QueryRowContext(ctx, "SELECT p.id, p.panic_button_id, p.organization_id, p.last_total, o.active, b.texts, o.default_language "+
			"FROM printers p JOIN panic_buttons b ON b.id = p.panic_button_id JOIN organizations o ON o.id = b.organization_id WHERE p.serial = ?", in.Serial).
			Scan(&id, &pb, &org, &lastTotal, &active, &texts, &lang); err != nil {
			fail(w, err)
			return
		}
		now := time.Now().UTC()
		if lastTotal.Valid && lastTotal.Int64 == in.Total {
			if _, err := db.ExecContext(ctx, "UPDATE printers SET updated_at = ?, last_seen_at = ?, location = ?, ip = ? WHERE id = ?",
				now, now, in.Location, in.IP, id); err != nil {
				fail(w, err)
				return
			}
		} else {
			tx, err := db.BeginTx(ctx, nil)
			if err != nil {
				fail(w, err)
				return
			}
			_, err = tx.ExecContext(ctx, "INSERT INTO meter_readings (organization_id, printer_id, source, total, read_at) VALUES (?,?,?,?,?)",
				org, id, "LAUNCH", in.Total, now)
			if err == nil {
				_, err = tx.ExecContext(ctx, "UPDATE printers SET updated_at = ?, last_seen_at = ?, location = ?, ip = ?, last_total = ? WHERE id = ?",
					now, now, in.Location, in.IP, in.Total, id)
			}
			if err == nil {
				err = tx.Commit()
			}
			if err != nil {
				_ = tx.Rollback()
				fail(w, err)
				return
			}
		}
		rows, err := db.QueryContext(ctx, "SELECT id, labels FROM causes WHERE panic_button_id = ? AND active ORDER BY position, id", pb)
		if err != nil {
			fail(w, err)
			return
		}
		var causes []map[string]any
		for rows.Next() {
			var cid int64
			var labels string
			_ = rows.Scan(&cid, &labels)
			causes = append(causes, map[string]any{"id": cid, "labels": json.RawMessage(labels)})
		}
		rows.Close()
		_ = json.NewEncoder(w).Encode(map[string]any{"status": "READY", "texts": json.RawMessage(texts), "causes": causes})
	})
	mux.HandleFunc("POST /submit", func(w http.ResponseWriter, r *http.Request) {
		var in struct {
			PrinterID, CauseID int
			Email, Message     string
		}
		_ = json.NewDecoder(r.Body).Decode(&in)
		ctx := r.Context()
		var pb, org int64
		var serial, lang string
		var lastTotal sql.NullInt64
		var active bool
		if err := db.QueryRowContext(ctx, "SELECT p.panic_button_id, p.organization_id, p.serial, p.last_total, o.active, o.default_language "+
			"FROM printers p JOIN panic_buttons b ON b.id = p.panic_button_id JOIN organizations o ON o.id = b.organization_id WHERE p.id = ?", in.PrinterID).
			Scan(&pb, &org, &serial, &lastTotal, &active, &lang); err != nil {
			fail(w, err)
			return
		}
		var causeLabels string
		if err := db.QueryRowContext(ctx, "SELECT labels FROM causes WHERE id = ? AND panic_button_id = ? AND active", in.CauseID, pb).Scan(&causeLabels); err != nil {
			fail(w, err)
			return
		}
		dedupe := fmt.Sprintf("%d|%s|%s", in.PrinterID, in.Email, in.Message)
		var dup int64
		switch err := db.QueryRowContext(ctx, "SELECT id FROM interventions WHERE dedupe_key = ? AND created_at > ? LIMIT 1", dedupe, time.Now().Add(-2*time.Minute)).Scan(&dup); err {
		case sql.ErrNoRows:
		case nil:
			_ = json.NewEncoder(w).Encode(map[string]any{"reference": dup})
			return
		default:
			fail(w, err)
			return
		}
		now := time.Now().UTC()
		res, err := db.ExecContext(ctx, "UPDATE reference_counters SET value = LAST_INSERT_ID(value + 1) WHERE year = ?", now.Year())
		if err != nil {
			fail(w, err)
			return
		}
		value, _ := res.LastInsertId()
		if n, _ := res.RowsAffected(); n == 0 {
			fail(w, fmt.Errorf("no reference counter for %d (the stack creates it with the first report)", now.Year()))
			return
		}
		var status int64
		var statusName string
		if err := db.QueryRowContext(ctx, "SELECT id, name FROM intervention_status WHERE organization_id = ? ORDER BY is_initial DESC, position LIMIT 1", org).
			Scan(&status, &statusName); err != nil {
			fail(w, err)
			return
		}
		var from, userSubject, userHTML, techSubject, techHTML, techTo string
		if err := db.QueryRowContext(ctx, "SELECT from_email, user_subject, user_html, tech_subject, tech_html, technical_emails FROM email_templates WHERE panic_button_id = ? AND language IN (?, ?) ORDER BY language = ? DESC LIMIT 1",
			pb, lang, lang, lang).Scan(&from, &userSubject, &userHTML, &techSubject, &techHTML, &techTo); err != nil {
			fail(w, err)
			return
		}
		var related sql.NullInt64
		if err := db.QueryRowContext(ctx, "SELECT i.id FROM interventions i JOIN intervention_status s ON s.id = i.status_id WHERE i.printer_id = ? AND s.category <> 'CLOSED' ORDER BY i.created_at DESC LIMIT 1", in.PrinterID).
			Scan(&related); err != nil && err != sql.ErrNoRows {
			fail(w, err)
			return
		}
		var notifies bool
		if err := db.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM notification_settings n JOIN notification_settings_trigger_statuses t ON t.notification_settings_id = n.id WHERE n.organization_id = ? AND t.intervention_status_id = ?)", org, status).
			Scan(&notifies); err != nil {
			fail(w, err)
			return
		}
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			fail(w, err)
			return
		}
		defer tx.Rollback()
		ref := fmt.Sprintf("PB-%d-%06d", now.Year(), value)
		text := schematype.SearchText(ref, in.Email, serial)
		res, err = tx.ExecContext(ctx, "INSERT INTO interventions (created_at, updated_at, reference, reporter_email, reporter_phone, message, language, origin, cause_labels, printer_snapshot, dedupe_key, search_text, organization_id, printer_id, panic_button_id, status_id, related_to_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
			now, now, ref, in.Email, "", in.Message, lang, "APP", "[]", `{"serial":"`+serial+`"}`, dedupe, text, org, in.PrinterID, pb, status, related)
		if err != nil {
			fail(w, err)
			return
		}
		iid, _ := res.LastInsertId()
		// The search index's rows, as the stack writes them (one per trigram occurrence, in one INSERT).
		grams := schematype.Postings(text)
		args := make([]any, 0, 6*len(grams))
		for _, g := range grams {
			args = append(args, g.Trigram, org, iid, g.Position, now, g.Next)
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO intervention_grams (trigram, organization_id, intervention_id, position, created_at, next) VALUES (?,?,?,?,?,?)"+
			strings.Repeat(",(?,?,?,?,?,?)", len(grams)-1), args...); err != nil {
			fail(w, err)
			return
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO intervention_causes (intervention_id, cause_id) VALUES (?,?)", iid, in.CauseID); err != nil {
			fail(w, err)
			return
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO intervention_events (organization_id, intervention_id, kind, to_status, created_at) VALUES (?,?,?,?,?)", org, iid, "CREATED", statusName, now); err != nil {
			fail(w, err)
			return
		}
		if lastTotal.Valid {
			if _, err := tx.ExecContext(ctx, "INSERT INTO meter_readings (organization_id, printer_id, source, total, read_at) VALUES (?,?,?,?,?)",
				org, in.PrinterID, "REPORT", lastTotal.Int64, now); err != nil {
				fail(w, err)
				return
			}
		}
		// The mails are due now, as the stack's: the server's outbox delivers the baseline's too, so both sides
		// carry the same background work.
		if _, err := tx.ExecContext(ctx, "INSERT INTO email_messages (created_at, updated_at, organization_id, intervention_id, kind, from_email, from_name, `to`, subject, html, text, status, attempts, next_attempt_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?),(?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
			now, now, org, iid, "REPORT_USER", from, "", `["`+in.Email+`"]`, userSubject, userHTML, userHTML, "QUEUED", 0, now,
			now, now, org, iid, "REPORT_TECH", from, "", techTo, techSubject, techHTML, techHTML, "QUEUED", 0, now); err != nil {
			fail(w, err)
			return
		}
		if err := tx.Commit(); err != nil {
			fail(w, err)
			return
		}
		_ = notifies
		_ = json.NewEncoder(w).Encode(map[string]any{"reference": ref, "emailsQueued": 2})
	})
	return mux
}
