// Measures the built kiosk (every .js and .css file under dist/), raw and gzipped, and with --check fails
// when the gzipped total exceeds the budget: the kiosk runs on printer panels over slow links (docs/DESIGN.md §12).
//
//   node scripts/size.mjs [--check] [DIST_DIR]
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

/** The budget for the gzipped JS + CSS of the kiosk. */
export const BUDGET_BYTES = 100 * 1024

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

/** Sizes of the JS and CSS files under dir: { files: [{ name, raw, gzip }], raw, gzip }. */
export function measure(dir) {
  const files = walk(dir)
    .filter((path) => /\.(m?js|css)$/.test(path))
    .sort()
    .map((path) => {
      const content = readFileSync(path)
      return { name: relative(dir, path), raw: content.length, gzip: gzipSync(content, { level: 9 }).length }
    })
  return {
    files,
    raw: files.reduce((n, f) => n + f.raw, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
  }
}

/** The report lines and whether the budget holds. An empty dist fails: there is nothing to serve. */
export function check(dir, budget = BUDGET_BYTES) {
  let size
  try {
    size = measure(dir)
  } catch (error) {
    return { ok: false, lines: [`kiosk bundle: cannot read ${dir}: ${error.message} (run npm run build)`] }
  }
  const lines = size.files.map((f) => `  ${f.name.padEnd(36)} ${kb(f.raw).padStart(9)}  gzip ${kb(f.gzip).padStart(8)}`)
  if (!size.files.length) return { ok: false, lines: [`kiosk bundle: no .js or .css in ${dir} (run npm run build)`] }
  const ok = size.gzip <= budget
  lines.push(`kiosk bundle (JS+CSS): ${kb(size.raw)}, ${kb(size.gzip)} gzipped; budget ${kb(budget)} gzipped: ${ok ? 'OK' : 'OVER BUDGET'}`)
  return { ok, lines, size }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2)
  const dir = args.find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('../dist/', import.meta.url))
  const { ok, lines } = check(dir)
  for (const line of lines) (ok ? console.log : console.error)(line)
  if (args.includes('--check') && !ok) process.exit(1)
}
