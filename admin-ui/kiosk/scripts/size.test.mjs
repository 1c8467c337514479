import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { BUDGET_BYTES, check } from './size.mjs'

const dirs = []
function fakeDist(files) {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-size-'))
  dirs.push(dir)
  mkdirSync(join(dir, 'assets'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  return dir
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

describe('size check', () => {
  it('passes a small bundle', () => {
    const { ok, size } = check(fakeDist({ 'assets/a.js': 'console.log(1)'.repeat(1000), 'assets/a.css': 'a{color:red}', 'index.html': '<html>' }))
    expect(ok).toBe(true)
    expect(size.files.map((f) => f.name)).toEqual(['assets/a.css', 'assets/a.js'])
  })

  it('fails when the gzipped JS+CSS exceeds the budget', () => {
    // Random bytes do not compress: 60 KB of JS + 60 KB of CSS is over 100 KB gzipped.
    const dir = fakeDist({ 'assets/a.js': randomBytes(60 * 1024), 'assets/b.css': randomBytes(60 * 1024) })
    const { ok, lines, size } = check(dir)
    expect(size.gzip).toBeGreaterThan(BUDGET_BYTES)
    expect(ok).toBe(false)
    expect(lines.at(-1)).toContain('OVER BUDGET')
  })

  it('fails when nothing was built', () => {
    expect(check(fakeDist({ '.gitkeep': '' })).ok).toBe(false)
    expect(check('/nonexistent/kiosk/dist').ok).toBe(false)
  })
})
