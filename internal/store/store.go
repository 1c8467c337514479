// Package store opens the database named by DATABASE_URL (SQLite or MySQL/MariaDB) as an ent client and
// brings its schema up to date: versioned Atlas migrations on MySQL, auto-migration on SQLite.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"github.com/go-sql-driver/mysql"
	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/panicbutton/panicbutton/ent"
	_ "github.com/panicbutton/panicbutton/ent/runtime" // wires ent hooks and privacy policies
)

// DB is an open database: the ent client and the underlying pool.
type DB struct {
	Client  *ent.Client
	SQL     *sql.DB
	Dialect string
}

// Close closes the client and the pool.
func (d *DB) Close() error { return d.Client.Close() }

// Ping reports whether the database answers.
func (d *DB) Ping(ctx context.Context) error { return d.SQL.PingContext(ctx) }

// ParseURL validates a DATABASE_URL and returns its dialect and driver DSN.
func ParseURL(raw string) (dialectName, dsn string, err error) {
	switch {
	case strings.HasPrefix(raw, "sqlite://"):
		path := strings.TrimPrefix(raw, "sqlite://")
		if path == "" {
			return "", "", errors.New("sqlite:// needs a file path, e.g. sqlite://data/panic.db")
		}
		q := url.Values{}
		q.Add("_pragma", "foreign_keys(1)")
		q.Add("_pragma", "busy_timeout(10000)")
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(NORMAL)")
		q.Set("_txlock", "immediate")
		return dialect.SQLite, "file:" + path + "?" + q.Encode(), nil
	case strings.HasPrefix(raw, "mysql://"):
		u, err := url.Parse(raw)
		if err != nil {
			return "", "", fmt.Errorf("not a valid URL: %w", err)
		}
		db := strings.TrimPrefix(u.Path, "/")
		if u.Host == "" || db == "" {
			return "", "", errors.New("mysql:// needs a host and a database, e.g. mysql://root@127.0.0.1:3306/panic")
		}
		cfg := mysql.NewConfig()
		cfg.Net = "tcp"
		cfg.Addr = u.Host
		if !strings.Contains(u.Host, ":") {
			cfg.Addr += ":3306"
		}
		cfg.DBName = db
		if u.User != nil {
			cfg.User = u.User.Username()
			cfg.Passwd, _ = u.User.Password()
		}
		cfg.ParseTime = true
		cfg.Loc = time.UTC
		cfg.Params = map[string]string{"charset": "utf8mb4"}
		cfg.Collation = "utf8mb4_bin"
		// Arguments are interpolated client-side (escaped for the connection's charset, utf8mb4 above): one
		// round trip per statement instead of a server-side prepare, execute and close. A URL may turn it
		// off with ?interpolateParams=false.
		cfg.InterpolateParams = true
		for k, v := range u.Query() {
			if k == "interpolateParams" {
				cfg.InterpolateParams = v[0] != "false"
				continue
			}
			cfg.Params[k] = v[0]
		}
		return dialect.MySQL, cfg.FormatDSN(), nil
	default:
		return "", "", errors.New("must start with sqlite:// or mysql://")
	}
}

// Open opens the database of rawURL (creating the SQLite file's folder if needed).
func Open(ctx context.Context, rawURL string) (*DB, error) {
	dia, dsn, err := ParseURL(rawURL)
	if err != nil {
		return nil, fmt.Errorf("DATABASE_URL: %w", err)
	}
	driverName := "mysql"
	if dia == dialect.SQLite {
		driverName = "sqlite"
		path := strings.TrimPrefix(strings.SplitN(dsn, "?", 2)[0], "file:")
		if dir := filepath.Dir(path); dir != "." {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, fmt.Errorf("create database folder: %w", err)
			}
		}
	}
	db, err := sql.Open(driverName, dsn)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	if dia == dialect.MySQL {
		// As many idle connections as open ones: under a burst (64 printers launching at once) a pool that keeps
		// fewer closes the spare connections after each request and dials MariaDB again for the next (352 new
		// connections in one bench run with 25 idle). Idle ones are closed after a minute unused instead.
		db.SetMaxOpenConns(50)
		db.SetMaxIdleConns(50)
		db.SetConnMaxIdleTime(time.Minute)
		db.SetConnMaxLifetime(5 * time.Minute)
	}
	drv := entsql.OpenDB(dia, db)
	return &DB{Client: ent.NewClient(ent.Driver(drv)), SQL: db, Dialect: dia}, nil
}
