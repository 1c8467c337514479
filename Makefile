# Panic Button: `make run` starts the product on embedded defaults, `make test` runs every test.
SHELL := /bin/bash
BIN := bin/panicbutton
UI_DIRS := $(dir $(wildcard admin-ui/package.json admin-ui/kiosk/package.json))
# Node projects that are not built: the partner guide's samples (run by server tests) and the schema check.
NODE_DIRS := $(UI_DIRS) docs/partners/ scripts/schema-check/

# make run: SQLite, file email, in-process events and the demo organization.
RUN_ENV := DEMO_DATA=true \
	DATABASE_URL=$${DATABASE_URL:-sqlite://data/panic.db} \
	EMAIL_DIR=$${EMAIL_DIR:-data/mail} \
	DEMO_PRINTER_CODE=$${DEMO_PRINTER_CODE:-DEMO2026} \
	DEMO_ADMIN_EMAIL=$${DEMO_ADMIN_EMAIL:-admin@demo.example} \
	DEMO_TECH_EMAIL=$${DEMO_TECH_EMAIL:-tech@demo.example} \
	DEMO_PASSWORD=$${DEMO_PASSWORD:-panic-demo-2026}

.PHONY: run build ui ui-deps test test-deps test-go test-ui test-e2e fuzz bench generate check-generated migration migration-hash schema-check release-schema clean

run: build
	@echo "Panic Button: admin http://localhost:8080/  kiosk http://localhost:8080/kiosk/?serial=DEMO-PRINTER-1"
	@echo "  admin login: $${DEMO_ADMIN_EMAIL:-admin@demo.example} / $${DEMO_PASSWORD:-panic-demo-2026}"
	@echo "  technician:  $${DEMO_TECH_EMAIL:-tech@demo.example} / $${DEMO_PASSWORD:-panic-demo-2026}"
	@echo "  printer code: $${DEMO_PRINTER_CODE:-DEMO2026}   GraphiQL: http://localhost:8080/graphiql"
	$(RUN_ENV) ./$(BIN) serve

build: ui
	go build -o $(BIN) ./server

ui-deps:
	@for d in $(NODE_DIRS); do \
		if [ ! -d $$d/node_modules ] || [ $$d/package-lock.json -nt $$d/node_modules/.package-lock.json ]; then \
			(cd $$d && npm ci --no-audit --no-fund) || exit 1; \
		fi; \
	done

ui: ui-deps
	@for d in $(UI_DIRS); do (cd $$d && npm run build) || exit 1; done

# Every test: Go (SQLite and MariaDB), the renderer's fuzz target, the SPAs' unit tests, browser tests.
test: test-deps build test-go fuzz schema-check test-ui test-e2e

# What the tests need beyond Go and Node (Chromium, snmpd, MariaDB, Redis): installed or started when absent.
test-deps:
	@scripts/test-deps.sh

test-go:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$unformatted" ]; then \
		echo "gofmt would change these files (run gofmt -w):"; echo "$$unformatted"; exit 1; fi
	go vet ./...
	go test -count=1 -timeout 20m ./...

fuzz:
	go test -run='^$$' -fuzz=FuzzRender -fuzztime=5s ./internal/mail/

# The scale table (issue 18) through the built binary on MariaDB, each figure beside a baseline measured in the
# same run (bench/), then the in-process device-path benchmark (ns/op and ratios).
bench: test-deps build
	set -o pipefail; cd bench && PB_BENCH=1 go test -count=1 -v -timeout 60m . | grep -v '^=== \(RUN\|PAUSE\|CONT\)'
	go test -run='^$$' -bench=DevicePath -benchtime=3s ./server/

# The schema change policy: a breaking change against the last release (schema.release.graphql) must be listed in
# CHANGELOG.md (GraphQL Inspector's diff). `make release-schema` at a release makes the current schema the baseline.
schema-check: ui-deps
	node scripts/schema-check/check.mjs

release-schema:
	{ echo "# The public GraphQL schema of the last release ($$(date -u +%F)): CI compares schema.graphql with it"; \
	  echo "# (scripts/schema-check). At a release, \`make release-schema\` replaces it with schema.graphql."; echo; \
	  cat schema.graphql; } > schema.release.graphql

test-ui: ui-deps
	@for d in $(UI_DIRS); do (cd $$d && npm test) || exit 1; done

test-e2e: build
	@for d in $(UI_DIRS); do (cd $$d && npm run test:e2e) || exit 1; done

# Regenerate ent, gqlgen and the SPAs' GraphQL types.
generate: ui-deps
	go generate ./...
	cd admin-ui && npm run codegen
	cd admin-ui/kiosk && npm run codegen

# Fails when regeneration changes a tracked file (CI runs this on a clean clone).
check-generated: generate
	@git add -N . && if ! git diff --quiet; then \
		echo "Generated code is out of date: run 'make generate' and commit:"; git diff --stat; exit 1; fi

# New versioned MySQL migration from the ent schema: make migration name=add_something [dev=scratch_db_name]
# (a scratch database of your own when several checkouts generate migrations at once). After merging branches
# that each added one: make migration-hash.
dev ?= pb_migrate_dev
migration:
	@test -n "$(name)" || (echo "usage: make migration name=<change>"; exit 2)
	mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $(dev); CREATE DATABASE $(dev)"
	DEV_DATABASE_URL=mysql://root@127.0.0.1:3306/$(dev) go run -mod=mod ./ent/migrate/gen/main.go $(name)

migration-hash:
	go run -mod=mod ./ent/migrate/hash/main.go

clean:
	rm -rf bin artifacts
