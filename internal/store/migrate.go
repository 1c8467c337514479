package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"sync"
	"time"

	"ariga.io/atlas/sql/migrate"
	atlasmysql "ariga.io/atlas/sql/mysql"
	"ariga.io/atlas/sql/schema"
	"entgo.io/ent/dialect"
	entschema "entgo.io/ent/dialect/sql/schema"

	"github.com/panicbutton/panicbutton/ent/migrate/migrations"
)

var sqliteMigrate sync.Mutex

// sqliteDataMigrations are the versioned migration files that change data rather than the schema: SQLite,
// which auto-migrates its schema, runs them at every start too.
var sqliteDataMigrations = []string{"20261201170500_normalize_printer_codes.sql"}

// sqliteTables are the table outside the ent schema (internal/search's postings), created on SQLite as the
// versioned migration 20261202010000_intervention_grams.sql creates it on MariaDB: the same columns and keys. A
// database indexed with the former postings (intervention_trigrams, without positions) has them dropped and its
// interventions marked unindexed, for the server's backfill to index again (as the MariaDB migration does); the
// search texts' copy the search no longer reads is dropped (20261202030000_drop_intervention_search_texts.sql);
// postings get the runes after their trigram (20261202070000_intervention_grams_next.sql, required since
// 20261202080000_intervention_grams_next_required.sql: a table without them is dropped and indexed again).
var sqliteTables = []string{
	"UPDATE `interventions` SET `search_text` = NULL WHERE `search_text` IS NOT NULL AND " +
		"EXISTS (SELECT 1 FROM `sqlite_master` WHERE `type` = 'table' AND `name` = 'intervention_trigrams')",
	"DROP TABLE IF EXISTS `intervention_trigrams`",
	"CREATE TABLE IF NOT EXISTS `intervention_grams` (`trigram` integer NOT NULL, `organization_id` integer NOT NULL, " +
		"`intervention_id` integer NOT NULL, `position` integer NOT NULL, `created_at` datetime NOT NULL, `next` integer NOT NULL, " +
		"PRIMARY KEY (`trigram`, `organization_id`, `intervention_id`, `position`)) WITHOUT ROWID",
	"DROP TABLE IF EXISTS `intervention_search_texts`",
}

// Migrate brings the schema up to date. On MySQL/MariaDB it applies the committed Atlas migration files not
// yet recorded in atlas_schema_revisions (the table the Atlas CLI uses, so `atlas migrate status` agrees),
// under a named lock so several instances starting together apply each file once. On SQLite it auto-migrates.
func (d *DB) Migrate(ctx context.Context) error {
	if d.Dialect == dialect.SQLite {
		// ent's auto-migration annotates the package-level table definitions it is given while it runs, so
		// two databases migrated at once in one process (tests, or two stores) race on them: one at a time.
		sqliteMigrate.Lock()
		defer sqliteMigrate.Unlock()
		// Indexes the ent schema no longer declares are dropped (as the MySQL migrations do), e.g. users' email,
		// unique per organization since 20261201181936_user_email_per_organization.sql.
		if err := d.Client.Schema.Create(ctx, entschema.WithDropIndex(true)); err != nil {
			return fmt.Errorf("auto-migrate sqlite: %w", err)
		}
		// Postings without the runes after their trigram (before 20261202070000_intervention_grams_next.sql, or
		// with them optional, before 20261202080000_intervention_grams_next_required.sql) are dropped and their
		// interventions marked unindexed, for the backfill to index again, as the MariaDB migrations do.
		var stale bool
		if err := d.SQL.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM `sqlite_master` WHERE `type` = 'table' AND `name` = 'intervention_grams') "+
			"AND NOT EXISTS (SELECT 1 FROM pragma_table_info('intervention_grams') WHERE `name` = 'next' AND `notnull` = 1)").Scan(&stale); err != nil {
			return fmt.Errorf("sqlite tables: %w", err)
		}
		if stale {
			for _, q := range []string{"DROP TABLE `intervention_grams`", "UPDATE `interventions` SET `search_text` = NULL WHERE `search_text` IS NOT NULL"} {
				if _, err := d.SQL.ExecContext(ctx, q); err != nil {
					return fmt.Errorf("sqlite tables: %w", err)
				}
			}
		}
		for _, ddl := range sqliteTables {
			if _, err := d.SQL.ExecContext(ctx, ddl); err != nil {
				return fmt.Errorf("sqlite tables: %w", err)
			}
		}
		// Data migrations have no auto-migration counterpart: run the committed ones SQLite also needs (each is
		// idempotent and written in SQL both dialects accept).
		for _, name := range sqliteDataMigrations {
			b, err := fs.ReadFile(migrations.Files, name)
			if err != nil {
				return fmt.Errorf("sqlite data migration %s: %w", name, err)
			}
			if _, err := d.SQL.ExecContext(ctx, string(b)); err != nil {
				return fmt.Errorf("sqlite data migration %s: %w", name, err)
			}
		}
		return nil
	}
	conn, err := d.SQL.Conn(ctx) // one connection: the named lock belongs to a session
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer conn.Close()
	drv, err := atlasmysql.Open(conn)
	if err != nil {
		return fmt.Errorf("migrate: open atlas driver: %w", err)
	}
	unlock, err := drv.(schema.Locker).Lock(ctx, "panicbutton_migrate", 2*time.Minute)
	if err != nil {
		return fmt.Errorf("migrate: take lock: %w", err)
	}
	defer unlock()
	dir, err := embeddedDir()
	if err != nil {
		return err
	}
	rrw := &revisions{db: conn}
	if err := rrw.init(ctx); err != nil {
		return err
	}
	// Non-linear: a pending file older than the newest applied one still runs (branches developed side by side
	// each add a migration; a database may have applied the later-dated one first). Files are independent.
	ex, err := migrate.NewExecutor(drv, dir, rrw, migrate.WithExecOrder(migrate.ExecOrderNonLinear))
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if err := ex.ExecuteN(ctx, 0); err != nil && !errors.Is(err, migrate.ErrNoPendingFiles) {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}

// embeddedDir loads the migration files compiled into the binary.
func embeddedDir() (*migrate.MemDir, error) {
	dir := &migrate.MemDir{}
	entries, err := fs.ReadDir(migrations.Files, ".")
	if err != nil {
		return nil, fmt.Errorf("read embedded migrations: %w", err)
	}
	for _, e := range entries {
		b, err := fs.ReadFile(migrations.Files, e.Name())
		if err != nil {
			return nil, fmt.Errorf("read embedded migration %s: %w", e.Name(), err)
		}
		if err := dir.WriteFile(e.Name(), b); err != nil {
			return nil, err
		}
	}
	return dir, nil
}

// revisions stores applied migrations in the Atlas CLI's revision table layout.
type revisions struct {
	db interface {
		ExecContext(context.Context, string, ...any) (sql.Result, error)
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	}
}

const revisionTable = "atlas_schema_revisions"

func (r *revisions) init(ctx context.Context) error {
	_, err := r.db.ExecContext(ctx, "CREATE TABLE IF NOT EXISTS `"+revisionTable+"` ("+
		"`version` varchar(255) NOT NULL, `description` varchar(255) NOT NULL, `type` bigint unsigned NOT NULL DEFAULT 2,"+
		"`applied` bigint NOT NULL DEFAULT 0, `total` bigint NOT NULL DEFAULT 0, `executed_at` timestamp(6) NOT NULL,"+
		"`execution_time` bigint NOT NULL, `error` longtext NULL, `error_stmt` longtext NULL, `hash` varchar(255) NOT NULL,"+
		"`partial_hashes` json NULL, `operator_version` varchar(255) NOT NULL, PRIMARY KEY (`version`)"+
		") CHARSET utf8mb4 COLLATE utf8mb4_bin")
	if err != nil {
		return fmt.Errorf("migrate: create revision table: %w", err)
	}
	return nil
}

func (r *revisions) Ident() *migrate.TableIdent { return &migrate.TableIdent{Name: revisionTable} }

func (r *revisions) ReadRevisions(ctx context.Context) ([]*migrate.Revision, error) {
	return r.query(ctx, "")
}

func (r *revisions) ReadRevision(ctx context.Context, version string) (*migrate.Revision, error) {
	revs, err := r.query(ctx, version)
	if err != nil {
		return nil, err
	}
	if len(revs) == 0 {
		return nil, migrate.ErrRevisionNotExist
	}
	return revs[0], nil
}

func (r *revisions) query(ctx context.Context, version string) ([]*migrate.Revision, error) {
	q := "SELECT version, description, type, applied, total, executed_at, execution_time, COALESCE(error,''), " +
		"COALESCE(error_stmt,''), hash, COALESCE(partial_hashes,'null'), operator_version FROM `" + revisionTable + "`"
	var args []any
	if version != "" {
		q += " WHERE version = ?"
		args = append(args, version)
	}
	rows, err := r.db.QueryContext(ctx, q+" ORDER BY version", args...)
	if err != nil {
		return nil, fmt.Errorf("migrate: read revisions: %w", err)
	}
	defer rows.Close()
	var out []*migrate.Revision
	for rows.Next() {
		var (
			rev     migrate.Revision
			partial string
			execNS  int64
		)
		if err := rows.Scan(&rev.Version, &rev.Description, &rev.Type, &rev.Applied, &rev.Total, &rev.ExecutedAt,
			&execNS, &rev.Error, &rev.ErrorStmt, &rev.Hash, &partial, &rev.OperatorVersion); err != nil {
			return nil, fmt.Errorf("migrate: scan revision: %w", err)
		}
		rev.ExecutionTime = time.Duration(execNS)
		if err := json.Unmarshal([]byte(partial), &rev.PartialHashes); err != nil {
			return nil, fmt.Errorf("migrate: revision %s partial hashes: %w", rev.Version, err)
		}
		out = append(out, &rev)
	}
	return out, rows.Err()
}

func (r *revisions) WriteRevision(ctx context.Context, rev *migrate.Revision) error {
	partial, err := json.Marshal(rev.PartialHashes)
	if err != nil {
		return err
	}
	_, err = r.db.ExecContext(ctx, "INSERT INTO `"+revisionTable+"` (version, description, type, applied, total, "+
		"executed_at, execution_time, error, error_stmt, hash, partial_hashes, operator_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "+
		"ON DUPLICATE KEY UPDATE description=VALUES(description), type=VALUES(type), applied=VALUES(applied), "+
		"total=VALUES(total), executed_at=VALUES(executed_at), execution_time=VALUES(execution_time), error=VALUES(error), "+
		"error_stmt=VALUES(error_stmt), hash=VALUES(hash), partial_hashes=VALUES(partial_hashes), operator_version=VALUES(operator_version)",
		rev.Version, rev.Description, rev.Type, rev.Applied, rev.Total, rev.ExecutedAt.UTC(), int64(rev.ExecutionTime),
		rev.Error, rev.ErrorStmt, rev.Hash, string(partial), rev.OperatorVersion)
	if err != nil {
		return fmt.Errorf("migrate: write revision %s: %w", rev.Version, err)
	}
	return nil
}

func (r *revisions) DeleteRevision(ctx context.Context, version string) error {
	_, err := r.db.ExecContext(ctx, "DELETE FROM `"+revisionTable+"` WHERE version = ?", version)
	return err
}
