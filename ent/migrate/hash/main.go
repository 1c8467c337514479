//go:build ignore

// Rewrites ent/migrate/migrations/atlas.sum from the migration files (after merging branches that each added a
// migration, or editing one by hand):
//
//	go run -mod=mod ./ent/migrate/hash/main.go
package main

import (
	"log"

	atlas "ariga.io/atlas/sql/migrate"
)

func main() {
	dir, err := atlas.NewLocalDir("ent/migrate/migrations")
	if err != nil {
		log.Fatalf("open migration dir: %v", err)
	}
	sum, err := dir.Checksum()
	if err != nil {
		log.Fatalf("hash migrations: %v", err)
	}
	if err := atlas.WriteSumFile(dir, sum); err != nil {
		log.Fatalf("write atlas.sum: %v", err)
	}
}
