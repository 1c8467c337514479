// Package testutil holds the fixtures shared by tests: a fresh database per test on SQLite and on MariaDB,
// so the same test proves both dialects, and a graphql-transport-ws client for what gqlgen's client package
// cannot do (see WSClient).
package testutil

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "github.com/go-sql-driver/mysql"

	"github.com/panicbutton/panicbutton/internal/store"
)

// MySQLServer is the MariaDB/MySQL server tests create their databases on: TEST_MYSQL_ADDR
// (default root@127.0.0.1:3306, as on CI machines).
func MySQLServer() string {
	if v := os.Getenv("TEST_MYSQL_ADDR"); v != "" {
		return v
	}
	return "root@127.0.0.1:3306"
}

// RequireMySQL fails the test when MariaDB cannot be reached on CI (CI is set); elsewhere it skips with a
// message saying how to run these tests.
func RequireMySQL(t testing.TB) *sql.DB {
	t.Helper()
	userHost := strings.SplitN(MySQLServer(), "@", 2)
	dsn := fmt.Sprintf("%s@tcp(%s)/?parseTime=true", userHost[0], userHost[1])
	admin, err := sql.Open("mysql", dsn)
	if err == nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		err = admin.PingContext(ctx)
		cancel()
	}
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("MariaDB is required on CI and is not reachable at %s: %v", MySQLServer(), err)
		}
		t.Skipf("MariaDB not reachable at %s (%v): start it or set TEST_MYSQL_ADDR; these tests run on CI", MySQLServer(), err)
	}
	t.Cleanup(func() { admin.Close() })
	return admin
}

// NewMySQLURL creates an empty database t_<random> and returns its DATABASE_URL; it is dropped after the test.
func NewMySQLURL(t testing.TB) string {
	t.Helper()
	admin := RequireMySQL(t)
	name := "t_" + randomHex(8)
	if _, err := admin.Exec("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"); err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name); err != nil {
			t.Logf("drop test database %s: %v", name, err)
		}
	})
	return "mysql://" + MySQLServer() + "/" + name
}

// NewSQLiteURL returns the DATABASE_URL of a new SQLite file in the test's temp dir.
func NewSQLiteURL(t testing.TB) string {
	return "sqlite://" + filepath.Join(t.TempDir(), "panic.db")
}

// Dialects are the databases every data test runs on.
var Dialects = []string{"sqlite", "mysql"}

// NewURL returns a fresh database URL of the dialect.
func NewURL(t testing.TB, dialect string) string {
	if dialect == "mysql" {
		return NewMySQLURL(t)
	}
	return NewSQLiteURL(t)
}

// OpenDB opens and migrates a fresh database of the dialect, closed after the test.
func OpenDB(t testing.TB, dialect string) *store.DB {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, NewURL(t, dialect))
	if err != nil {
		t.Fatalf("open %s: %v", dialect, err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatalf("migrate %s: %v", dialect, err)
	}
	return db
}

// EachDialect runs f as a subtest on a fresh, migrated database of every dialect.
func EachDialect(t *testing.T, f func(t *testing.T, db *store.DB)) {
	for _, d := range Dialects {
		t.Run(d, func(t *testing.T) {
			t.Parallel()
			f(t, OpenDB(t, d))
		})
	}
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
