// Browser test of the kiosk against the real server binary, which embeds admin-ui/kiosk/dist and serves it at
// /kiosk/. Run with `npm run test:e2e` after building the kiosk and then the server
// (`npm run build && (cd ../.. && go build -o bin/panicbutton ./server)`).
//
// PANIC_BIN         server binary (default ../../bin/panicbutton); a missing binary fails the test
// ARTIFACTS_DIR     where screenshots and the server log go (default ../../artifacts)
// CHROMIUM          browser executable (default /usr/bin/chromium)
// KIOSK_SERVE_DIST  development only: serve ./dist at /kiosk/ from this test, in front of the server, for a server
//                   that does not serve the kiosk yet. The real run loads /kiosk/ from the Go server.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { createServer as createHTTPServer, request as httpRequest } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, extname, join, resolve } from 'node:path'
import { after, before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const kioskDir = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const repo = resolve(kioskDir, '..', '..')
const binary = resolve(process.env.PANIC_BIN ?? join(repo, 'bin', 'panicbutton'))
const artifacts = resolve(process.env.ARTIFACTS_DIR ?? join(repo, 'artifacts'))
const screenshots = join(artifacts, 'screenshots')
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium'

const PRINTER_CODE = 'DEMOCODE42'
const TECHNICIANS = 'technicians@demo.example'
const REFERENCE = /^PB-\d{4}-\d{6}$/

const tmp = mkdtempSync(join(tmpdir(), 'panic-kiosk-e2e-'))
const mailDir = join(tmp, 'mail')
const serverLog = join(artifacts, 'kiosk-e2e-server.log')
let server
let serverExit
let devServer
let apiURL // the Go server
let baseURL // where the browser loads /kiosk/ from: the Go server (or the development proxy)
let context
const pageErrors = []
const foreignRequests = []

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolvePort(port))
    })
  })
}

function logTail() {
  try {
    return readFileSync(serverLog, 'utf8').split('\n').slice(-40).join('\n')
  } catch {
    return '(no server log)'
  }
}

async function waitUntilReady(deadlineMs) {
  const deadline = Date.now() + deadlineMs
  let last = 'no answer'
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`server exited (${server.exitCode ?? server.signalCode}) before /readyz was 200:\n${logTail()}`)
    }
    try {
      const response = await fetch(`${apiURL}/readyz`)
      if (response.status === 200) return
      last = `HTTP ${response.status}`
    } catch (error) {
      last = error.cause?.code ?? error.message
    }
    await sleep(250)
  }
  throw new Error(`server not ready after ${deadlineMs} ms (last: ${last}):\n${logTail()}`)
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

async function stopServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return
  server.kill('SIGTERM')
  if ((await Promise.race([serverExit, sleep(5000).then(() => 'timeout')])) === 'timeout') {
    server.kill('SIGKILL')
    await serverExit
  }
}

// Never leave the server running, whatever happens to the test process.
process.on('exit', () => server?.kill('SIGKILL'))

/** Development only: ./dist at /kiosk/, everything else proxied to the Go server. */
function serveDist(target) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml' }
  const dist = join(kioskDir, 'dist')
  return new Promise((resolveServer) => {
    const s = createHTTPServer((req, res) => {
      const url = new URL(req.url, 'http://x')
      if (url.pathname.startsWith('/kiosk/')) {
        let file = join(dist, url.pathname.slice('/kiosk/'.length))
        if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html')
        res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' })
        res.end(readFileSync(file))
        return
      }
      const upstream = httpRequest(`${target}${req.url}`, { method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode, up.headers)
        up.pipe(res)
      })
      upstream.on('error', () => res.destroy())
      req.pipe(upstream)
    })
    s.listen(0, '127.0.0.1', () => resolveServer(s))
  })
}

before(async () => {
  // A missing binary is a failure, not a skip: CI must build the server first.
  assert.ok(existsSync(binary), `server binary not found at ${binary} (build it: cd ${repo} && go build -o bin/panicbutton ./server, or set PANIC_BIN)`)
  assert.ok(existsSync(executablePath), `Chromium not found at ${executablePath} (apt-get install -y --no-install-recommends chromium fonts-dejavu-core)`)
  mkdirSync(screenshots, { recursive: true })

  const port = await freePort()
  apiURL = `http://127.0.0.1:${port}`
  const log = createWriteStream(serverLog)
  server = spawn(binary, [], {
    env: {
      ...process.env,
      PANIC_ADDR: `127.0.0.1:${port}`,
      PUBLIC_URL: apiURL,
      DATABASE_URL: `sqlite://${join(tmp, 'panic.db')}`,
      EMAIL_DIR: mailDir,
      DEMO_DATA: 'true',
      DEMO_PRINTER_CODE: PRINTER_CODE,
      DEMO_PASSWORD: 'demo-password-123',
      SESSION_SECRET: randomBytes(32).toString('hex'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout.pipe(log)
  server.stderr.pipe(log)
  serverExit = new Promise((r) => server.once('exit', (code, signal) => r(code ?? signal)))
  await waitUntilReady(90_000)

  baseURL = apiURL
  if (process.env.KIOSK_SERVE_DIST) {
    devServer = await serveDist(apiURL)
    baseURL = `http://127.0.0.1:${devServer.address().port}`
  }
  const index = await (await fetch(`${baseURL}/kiosk/?serial=probe`)).text()
  assert.match(index, /\/kiosk\/assets\//, `GET ${baseURL}/kiosk/ does not serve the built kiosk (admin-ui/kiosk/dist); got:\n${index.slice(0, 400)}`)

  context = await chromium.launchPersistentContext(mkdtempSync(join(tmp, 'chromium-')), {
    executablePath,
    headless: true,
    viewport: { width: 800, height: 480 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  context.on('page', watch)
  for (const page of context.pages()) watch(page)
})

function watch(page) {
  page.on('pageerror', (error) => pageErrors.push(String(error)))
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) pageErrors.push(message.text())
  })
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(`${baseURL}/`) && !url.startsWith('data:') && url !== 'about:blank') foreignRequests.push(url)
  })
}

after(async () => {
  try {
    await context?.close()
  } finally {
    devServer?.close()
    await stopServer()
    rmSync(tmp, { recursive: true, force: true })
  }
})

// ---- helpers ---------------------------------------------------------------------------------------

let serials = 0
const newSerial = (tag) => `E2E-${tag}-${Date.now().toString(36)}-${++serials}`

function kioskURL(params) {
  return `${baseURL}/kiosk/?${new URLSearchParams(params)}`
}

/** Registers a printer through the device API, as an earlier visit to the kiosk would have. */
async function register(serial) {
  const response = await fetch(`${apiURL}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input:RegisterPrinterInput!){registerPrinter(input:$input){status}}',
      variables: { input: { printer: { serial }, printerCode: PRINTER_CODE } },
    }),
  })
  const body = await response.json()
  assert.equal(body.data?.registerPrinter?.status, 'READY', JSON.stringify(body))
}

// What the Go server may send with /kiosk/: the kiosk needs no inline script or style and no other host.
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'none'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

async function open(params, { viewport = { width: 800, height: 480 }, csp = false } = {}) {
  const page = await context.newPage()
  await page.setViewportSize(viewport)
  if (csp) {
    await page.route(
      (url) => url.pathname === '/kiosk/',
      async (route) => {
        const response = await route.fetch()
        await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } })
      },
    )
  }
  await page.goto(kioskURL(params))
  return page
}

async function shot(page, name) {
  await page.screenshot({ path: join(screenshots, `kiosk-${name}.png`) })
}

const heading = (page) => page.locator('main h1')

/** Page 1 and 2 must fit the panel: the document does not scroll, nor does the page's own area. */
async function assertFits(page, what) {
  const m = await page.evaluate(() => {
    const main = document.querySelector('main')
    return {
      scrollHeight: document.scrollingElement.scrollHeight,
      innerHeight: window.innerHeight,
      mainScroll: main.scrollHeight,
      mainHeight: main.clientHeight,
    }
  })
  assert.ok(m.scrollHeight <= m.innerHeight, `${what}: the document scrolls (${m.scrollHeight} > ${m.innerHeight})`)
  assert.ok(m.mainScroll <= m.mainHeight, `${what}: the page's content does not fit (${m.mainScroll} > ${m.mainHeight})`)
}

/** Every visible button and field is at least 48 px high (and buttons 48 px wide). */
async function assertTouchTargets(page, what) {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('button, input, textarea')]
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0)
      .filter(({ el, r }) => r.height < 48 || (el.tagName === 'BUTTON' && r.width < 48))
      .map(({ el, r }) => `${el.tagName.toLowerCase()} "${el.textContent || el.id}" ${Math.round(r.width)}×${Math.round(r.height)}`),
  )
  assert.deepEqual(small, [], `${what}: touch targets under 48 px`)
}

function decodeWords(value) {
  return value
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset, encoding, text) => {
      const bytes =
        encoding.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, h) => String.fromCharCode(parseInt(h, 16))), 'latin1')
      return new TextDecoder(charset).decode(bytes)
    })
}

/** The headers of an .eml file, unfolded and decoded (RFC 5322, RFC 2047). */
function headers(path) {
  const text = readFileSync(path, 'utf8')
  const head = text.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ')
  const out = {}
  for (const line of head.split(/\r?\n/)) {
    const i = line.indexOf(':')
    if (i > 0) out[line.slice(0, i).trim().toLowerCase()] = decodeWords(line.slice(i + 1).trim())
  }
  return out
}

function emlFiles(dir = mailDir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? emlFiles(path) : name.endsWith('.eml') ? [path] : []
  })
}

/** Waits (up to 15 s) for the two mails of the report about `serial`, and returns their headers. */
async function mailsAbout(serial) {
  const deadline = Date.now() + 15_000
  for (;;) {
    const mails = emlFiles()
      .map(headers)
      .filter((h) => h.subject?.includes(serial))
    if (mails.length >= 2 || Date.now() > deadline) return mails
    await sleep(250)
  }
}

const SUBJECTS = {
  en: { user: 'Your request', tech: 'Request for intervention' },
  fr: { user: 'Votre demande', tech: "Demande d'intervention" },
  it: { user: 'La tua richiesta', tech: 'Richiesta di intervento' },
}

/** Fills the three pages, checking layout on each, and submits; returns the reference shown. */
async function report(page, { lang, email, switchTo, serial }) {
  const name = (step) => `${step}-${switchTo ?? lang}`
  await heading(page).waitFor()
  const emailField = page.getByLabel(await page.locator('label[for=email]').innerText())
  await assertFits(page, `page 1 (${lang})`)
  await assertTouchTargets(page, `page 1 (${lang})`)
  await shot(page, name('email'))

  // Page 1: a wrong email is refused on the spot.
  await emailField.fill('not-an-email')
  await page.locator('footer button[type=submit]').click()
  await page.locator('#problem-email').waitFor()
  await shot(page, name('email-invalid'))
  await emailField.fill(email)
  await page.locator('#phone').fill('+32 2 555 01 23')
  await page.locator('footer button[type=submit]').click()

  // Page 2: at least one cause.
  await page.locator('.causes').waitFor()
  await page.locator('footer button[type=submit]').click()
  await page.locator('#problem-causes').waitFor()
  await assertFits(page, `page 2 (${lang})`)
  await assertTouchTargets(page, `page 2 (${lang})`)
  const causes = page.locator('button.cause')
  assert.ok((await causes.count()) >= 5, 'the demo has at least five causes')
  await causes.nth(0).click()
  await causes.nth(2).click()
  assert.equal(await causes.nth(0).getAttribute('aria-pressed'), 'true')
  assert.equal(await causes.nth(1).getAttribute('aria-pressed'), 'false')
  await shot(page, name('causes'))

  if (switchTo) {
    const before = await causes.nth(0).innerText()
    await page.locator(`nav button[lang=${switchTo}]`).click()
    await page.waitForFunction((l) => document.documentElement.lang === l, switchTo)
    await page.waitForFunction(() => document.querySelector('.app').getAttribute('aria-busy') === 'false')
    assert.notEqual(await causes.nth(0).innerText(), before, 'cause labels follow the language')
    assert.equal(await causes.nth(0).getAttribute('aria-pressed'), 'true', 'chosen causes are kept')
    assert.equal(await causes.nth(2).getAttribute('aria-pressed'), 'true', 'chosen causes are kept')
    await page.locator('footer button.secondary').click()
    assert.equal(await page.locator('#email').inputValue(), email, 'the email is kept')
    await assertFits(page, `page 1 after switching to ${switchTo}`)
    await page.locator('footer button[type=submit]').click()
    await assertFits(page, `page 2 after switching to ${switchTo}`)
    await shot(page, name('causes-switched'))
  }
  await page.locator('footer button[type=submit]').click()

  // Page 3: message with a live counter, back keeps everything.
  const message = page.locator('#message')
  await message.fill(`The printer ${serial} makes a strange noise <b>loud</b>.`)
  const counter = await page.locator('#counter').innerText()
  assert.match(counter, new RegExp(`^${(await message.inputValue()).length} / 4000$`))
  await assertTouchTargets(page, `page 3 (${lang})`)
  await shot(page, name('message'))
  await page.locator('footer button.secondary').click()
  assert.equal(await causes.nth(2).getAttribute('aria-pressed'), 'true')
  await page.locator('footer button[type=submit]').click()
  assert.match(await message.inputValue(), /strange noise/)

  await page.locator('footer button[type=submit]').click()
  const reference = (await page.locator('.reference').innerText({ timeout: 15_000 })).trim()
  assert.match(reference, REFERENCE)
  await assertTouchTargets(page, `confirmation (${lang})`)
  await shot(page, name('done'))
  return reference
}

async function assertMails(serial, reporter, language, reference) {
  const mails = await mailsAbout(serial)
  assert.equal(mails.length, 2, `two mails about ${serial} in ${mailDir}, got ${JSON.stringify(mails, null, 1)}`)
  const user = mails.find((m) => m.to?.includes(reporter))
  const tech = mails.find((m) => m.to?.includes(TECHNICIANS))
  assert.ok(user, `a mail to ${reporter}: ${JSON.stringify(mails)}`)
  assert.ok(tech, `a mail to ${TECHNICIANS}: ${JSON.stringify(mails)}`)
  assert.ok(user.subject.startsWith(SUBJECTS[language].user), `reporter's subject in ${language}: ${user.subject}`)
  assert.ok(user.subject.includes(reference), `reporter's subject names ${reference}: ${user.subject}`)
  assert.ok(tech.subject.startsWith(SUBJECTS[language].tech), `technicians' subject in ${language}: ${tech.subject}`)
}

// ---- scenarios -------------------------------------------------------------------------------------

test('a missing serial says the app is misconfigured', async () => {
  const page = await open({ model: 'X', lang: 'it' })
  await page.getByText('manca il numero di serie').waitFor()
  await shot(page, 'misconfigured')
  await page.close()
})

test('an unknown printer asks for the printer code: wrong code, then the right one', async () => {
  const page = await open({ serial: newSerial('REG'), location: 'Room 12', model: 'C3000' })
  await page.locator('#code').waitFor()
  await assertFits(page, 'printer code page')
  await assertTouchTargets(page, 'printer code page')
  await shot(page, 'code')
  const submit = page.locator('footer button[type=submit]')
  assert.equal(await submit.isDisabled(), true, 'no submission without a code')

  await page.locator('#code').fill('WRONG-CODE')
  await submit.click()
  await page.locator('#problem-code').waitFor()
  assert.equal(await page.locator('#code').inputValue(), 'WRONG-CODE', 'the code typed is kept')
  assert.equal(await page.locator('#code').getAttribute('aria-invalid'), 'true')
  await shot(page, 'code-wrong')

  await page.locator('#code').fill(PRINTER_CODE)
  await submit.click()
  await page.locator('#email').waitFor()
  assert.equal(await heading(page).innerText(), 'Your email')
  assert.match(await page.locator('.printer').innerText(), /Room 12/)
  await shot(page, 'registered')
  await page.close()
})

test('a full report in English, French and Italian, each with its two mails', async (t) => {
  const cases = [
    { lang: 'en', params: {}, email: 'ann.en@example.com' },
    { lang: 'fr', params: { lang: 'fr', email: 'badge.fr@example.com' }, email: 'badge.fr@example.com', prefilled: true },
    { lang: 'it', params: {}, switchTo: 'it', email: 'ann.it@example.com' },
  ]
  for (const c of cases) {
    await t.test(c.switchTo ? `switching to ${c.switchTo}` : `lang ${c.lang}`, async () => {
      const serial = newSerial(c.lang.toUpperCase())
      await register(serial)
      const page = await open({
        serial,
        model: 'WorkCentre 7845',
        name: 'Printer 3',
        location: 'Floor 2',
        ip: '10.1.2.3',
        total: '123456',
        black: '100000',
        color: '23456',
        large: '42',
        err1: 'Paper jam in tray 2',
        err3: 'Toner low',
        ...c.params,
      })
      await page.locator('#email').waitFor()
      assert.equal(await page.evaluate(() => document.documentElement.lang), c.lang === 'fr' ? 'fr' : 'en')
      if (c.prefilled) assert.equal(await page.locator('#email').inputValue(), c.email, 'the badge email is prefilled')
      const reference = await report(page, { lang: c.lang, email: c.email, switchTo: c.switchTo, serial })
      await assertMails(serial, c.email, c.switchTo ?? c.lang, reference)

      // Done: back to a fresh start.
      await page.locator('footer button[type=submit]').click()
      await page.locator('#email').waitFor()
      assert.equal(await page.locator('#email').inputValue(), c.prefilled ? c.email : '')
      await page.close()
    })
  }
})

test('inactivity returns to the start and clears what was typed', async () => {
  const serial = newSerial('IDLE')
  await register(serial)
  const page = await open({ serial, timeout: '3' })
  await page.locator('#email').fill('idle@example.com')
  await page.locator('#phone').fill('12345')
  await page.locator('footer button[type=submit]').click()
  await page.locator('button.cause').first().click()
  await shot(page, 'idle-before')
  await page.waitForFunction(() => document.querySelector('#email')?.value === '', null, { timeout: 8000 })
  assert.equal(await page.locator('#phone').inputValue(), '')
  await shot(page, 'idle-reset')
  await page.locator('footer button[type=submit]').click() // email empty: refused
  await page.locator('#problem-email').waitFor()
  await page.locator('#email').fill('idle@example.com')
  await page.locator('footer button[type=submit]').click()
  assert.equal(await page.locator('button.cause').first().getAttribute('aria-pressed'), 'false', 'causes were cleared')
  await page.close()
})

test('a network failure on submit offers a retry that keeps everything', async () => {
  const serial = newSerial('NET')
  await register(serial)
  const page = await open({ serial, lang: 'en' })
  let aborted = 0
  await page.route('**/graphql', async (route) => {
    if (!aborted && (route.request().postData() ?? '').includes('submitPanicReport')) {
      aborted++
      await route.abort('internetdisconnected')
    } else {
      await route.continue()
    }
  })
  await page.locator('#email').fill('net@example.com')
  await page.locator('footer button[type=submit]').click()
  await page.locator('button.cause').nth(1).click()
  await page.locator('footer button[type=submit]').click()
  await page.locator('#message').fill('Flaky network.')
  await page.locator('footer button[type=submit]').click()

  const retry = page.locator('.trouble button.retry')
  await retry.waitFor()
  assert.equal(aborted, 1)
  assert.match(await page.locator('.trouble').innerText(), /cannot be reached/)
  assert.equal(await page.locator('#message').inputValue(), 'Flaky network.', 'the message is kept')
  await assertTouchTargets(page, 'network error')
  await shot(page, 'network-error')

  await retry.click()
  const reference = (await page.locator('.reference').innerText({ timeout: 15_000 })).trim()
  assert.match(reference, REFERENCE)
  assert.equal(await page.locator('.trouble').count(), 0)
  await shot(page, 'network-retried')
  const mails = await mailsAbout(serial)
  assert.equal(mails.length, 2, 'one report, two mails')
  await page.close()
})

test('pages 1 and 2 fit 1024×600 without scrolling (under a strict Content-Security-Policy)', async () => {
  const serial = newSerial('WIDE')
  await register(serial)
  const page = await open({ serial, lang: 'fr', location: 'Bâtiment B, 3e étage' }, { viewport: { width: 1024, height: 600 }, csp: true })
  await page.locator('#email').waitFor()
  await assertFits(page, 'page 1 at 1024×600')
  await assertTouchTargets(page, 'page 1 at 1024×600')
  await shot(page, '1024-email')
  await page.locator('#email').fill('wide@example.com')
  await page.locator('footer button[type=submit]').click()
  await page.locator('.causes').waitFor()
  await assertFits(page, 'page 2 at 1024×600')
  await assertTouchTargets(page, 'page 2 at 1024×600')
  await shot(page, '1024-causes')
  await page.close()
})

// Last: the wrong codes lock this address out of registering for the server's window.
test('too many wrong printer codes lock the code page', async () => {
  const page = await open({ serial: newSerial('LOCK') })
  const code = page.locator('#code')
  const submit = page.locator('footer button[type=submit]')
  const problem = page.locator('#problem-code')
  for (let i = 0; i < 30; i++) {
    await code.fill(`WRONG-${i}`)
    await submit.click()
    await page.waitForFunction(() => document.querySelector('.app').getAttribute('aria-busy') === 'false')
    await problem.waitFor()
    if (/too many attempts/i.test(await problem.innerText())) break
  }
  assert.match(await problem.innerText(), /too many attempts/i)
  assert.equal(await submit.isDisabled(), true, 'no new attempt while locked')
  await code.fill(PRINTER_CODE)
  assert.equal(await submit.isDisabled(), true, 'still locked after editing the code')
  await shot(page, 'code-locked')
  await page.close()
})

test('nothing went wrong in the pages and nothing was asked of another host', () => {
  assert.deepEqual(pageErrors, [])
  assert.deepEqual(foreignRequests, [])
})
