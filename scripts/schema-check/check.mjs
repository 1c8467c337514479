// The schema change policy, enforced: every breaking change of schema.graphql against the last release
// (schema.release.graphql) must be listed in CHANGELOG.md — its coordinate in backticks, e.g. `Organization.users` —
// where the entry says what replaces it and, for a field partners may use, its deprecation period. Dangerous
// changes (e.g. a new enum value) are printed. The diff is GraphQL Inspector's (@graphql-inspector/core).
//
//   node scripts/schema-check/check.mjs [release.graphql] [current.graphql] [CHANGELOG.md]
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildSchema, printSchema } from 'graphql'
import { CriticalityLevel, diff } from '@graphql-inspector/core'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const [releasePath, currentPath, changelogPath] = [
  process.argv[2] ?? join(root, 'schema.release.graphql'),
  process.argv[3] ?? join(root, 'schema.graphql'),
  process.argv[4] ?? join(root, 'CHANGELOG.md'),
]
// Printed and parsed again: applied directives other than @deprecated (gqlgen's @goModel, @goField, our @adminOnly)
// are server implementation, not contract.
const load = (path) => buildSchema(printSchema(buildSchema(readFileSync(path, 'utf8'), { assumeValidSDL: true })))
const changelog = readFileSync(changelogPath, 'utf8')

const changes = await diff(load(releasePath), load(currentPath))
const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking)
const dangerous = changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous)

// A change is listed when CHANGELOG.md names its coordinate, or the coordinate of its type or field
// (an argument's removal is covered by its field's entry).
const listed = (path) => {
  const parts = (path ?? '').split('.')
  for (let n = parts.length; n >= 1; n--) {
    if (changelog.includes('`' + parts.slice(0, n).join('.') + '`')) return true
  }
  return false
}
const unlisted = breaking.filter((c) => !listed(c.path))

console.log(`schema-check: ${changes.length} changes against the last release: ${breaking.length} breaking (${breaking.length - unlisted.length} listed in CHANGELOG.md), ${dangerous.length} dangerous`)
for (const c of dangerous) console.log(`  dangerous: ${c.message}`)
for (const c of unlisted) console.log(`  BREAKING and not in CHANGELOG.md: ${c.message} (${c.path})`)
if (unlisted.length > 0) {
  console.log('List each in CHANGELOG.md (its coordinate in backticks, what replaces it, the deprecation period), or deprecate instead of removing.')
  process.exit(1)
}
