//go:build ignore

// Generates a new versioned migration file from the difference between the ent schema and the state the
// existing migration files produce, replayed on a scratch MariaDB/MySQL database (DEV_DATABASE_URL).
//
//	go run -mod=mod ./ent/migrate/gen/main.go NAME
package main

import (
	"context"
	"log"
	"os"

	atlas "ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql/schema"
	_ "github.com/go-sql-driver/mysql"

	"github.com/panicbutton/panicbutton/ent/migrate"
)

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: go run ./ent/migrate/gen/main.go NAME")
	}
	devURL := os.Getenv("DEV_DATABASE_URL")
	if devURL == "" {
		devURL = "mysql://root@127.0.0.1:3306/pb_migrate_dev"
	}
	dir, err := atlas.NewLocalDir("ent/migrate/migrations")
	if err != nil {
		log.Fatalf("open migration dir: %v", err)
	}
	opts := []schema.MigrateOption{
		schema.WithDir(dir),
		schema.WithMigrationMode(schema.ModeReplay),
		schema.WithDialect(dialect.MySQL),
		schema.WithFormatter(atlas.DefaultFormatter),
		schema.WithDropIndex(true), // a unique constraint removed from the schema is dropped
	}
	if err := migrate.NamedDiff(context.Background(), devURL, os.Args[1], opts...); err != nil {
		log.Fatalf("generate migration: %v", err)
	}
}
