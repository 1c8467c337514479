// Prints the size of the built SPA (dist/assets), raw and gzipped, per file and in total.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const dir = fileURLToPath(new URL('../dist/assets/', import.meta.url))
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

let raw = 0
let gzipped = 0
for (const name of readdirSync(dir).sort()) {
  const content = readFileSync(join(dir, name))
  const gz = gzipSync(content, { level: 9 }).length
  raw += content.length
  gzipped += gz
  console.log(`  ${name.padEnd(32)} ${kb(content.length).padStart(10)}  gzip ${kb(gz).padStart(9)}`)
}
console.log(`admin-ui bundle (dist/assets): ${kb(raw)}, ${kb(gzipped)} gzipped`)
