// Browser test of the reporter's loop (issue 17) against the real server binary: a reporter opens the tracking
// link from the .eml file on a phone (390×844), sees a public note (never the internal one), answers "not fixed";
// the admin (1440×900) sees the intervention reopened live. Run with `npm run test:e2e` after `make build`.
//
// PANIC_BIN      server binary (default ../bin/panicbutton)
// ARTIFACTS_DIR  where screenshots and the server log go (default ../artifacts)
// CHROMIUM       browser executable (default /usr/bin/chromium)
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const adminUI = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const binary = resolve(process.env.PANIC_BIN ?? join(adminUI, '..', 'bin', 'panicbutton'))
const artifacts = resolve(process.env.ARTIFACTS_DIR ?? join(adminUI, '..', 'artifacts'))
const screenshots = join(artifacts, 'screenshots')
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium'

const ADMIN_EMAIL = 'admin@demo.test'
const PASSWORD = 'demo-password-123'
const PRINTER_CODE = 'DEMOCODE42'
const REPORTER = 'reporter@example.com'
const INBOUND_PASSWORD = randomBytes(16).toString('hex')

const tmp = mkdtempSync(join(tmpdir(), 'panic-reporter-e2e-'))
const mailDir = join(tmp, 'mail')
const serverLog = join(artifacts, 'reporter-e2e-server.log')
let server
let serverExit
let baseURL
let browser
const pages = {}
const pageErrors = []

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

async function waitFor(condition, timeoutMs, describe) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await condition()
    if (value) return value
    if (Date.now() > deadline) throw new Error(typeof describe === 'function' ? describe() : describe)
    await new Promise((r) => setTimeout(r, 150))
  }
}

async function graphql(query, variables) {
  const response = await fetch(`${baseURL}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Protection': '1' },
    body: JSON.stringify({ query, variables }),
  })
  const body = await response.json()
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`)
  return body.data
}

async function report(serial) {
  const printer = { serial, model: 'E2E Model 1', name: `Printer ${serial}`, location: 'Floor 2, copy room', ip: '192.0.2.10' }
  const registered = await graphql(
    `mutation($input: RegisterPrinterInput!) { registerPrinter(input: $input) { sessionToken kiosk { causes { id } } } }`,
    { input: { printer, printerCode: PRINTER_CODE, language: 'en' } },
  )
  const { sessionToken, kiosk } = registered.registerPrinter
  const submitted = await graphql(
    `mutation($input: PanicReportInput!) { submitPanicReport(input: $input) { reference } }`,
    { input: { sessionToken, email: REPORTER, causeIds: [kiosk.causes[0].id], message: 'Paper jam again', language: 'en' } },
  )
  return submitted.submitPanicReport.reference
}

/** Every .eml file written by the server, as text with its quoted-printable parts decoded. */
function mails() {
  if (!existsSync(mailDir)) return []
  return readdirSync(mailDir, { recursive: true })
    .filter((name) => String(name).endsWith('.eml'))
    .map((name) => {
      const raw = readFileSync(join(mailDir, String(name)), 'utf8')
      if (!/content-transfer-encoding:\s*quoted-printable/i.test(raw)) return { raw, text: raw }
      const decoded = raw
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_m, h) => String.fromCharCode(parseInt(h, 16)))
      return { raw, text: Buffer.from(decoded, 'latin1').toString('utf8') }
    })
}

const shot = (page, name) => page.screenshot({ path: join(screenshots, `reporter-${name}.png`), fullPage: true })

async function step(name, fn) {
  try {
    await fn()
  } catch (error) {
    await Promise.all(Object.entries(pages).map(([who, p]) => shot(p, `failure-${name}-${who}`).catch(() => {})))
    error.message += `\n--- server log (tail) ---\n${logTail()}`
    throw error
  }
}

process.on('exit', () => server?.kill('SIGKILL'))

before(async () => {
  assert.ok(existsSync(binary), `server binary not found at ${binary} (build it: make build, or set PANIC_BIN)`)
  mkdirSync(screenshots, { recursive: true })
  const port = await freePort()
  baseURL = `http://127.0.0.1:${port}`
  const log = createWriteStream(serverLog)
  server = spawn(binary, [], {
    env: {
      ...process.env,
      PANIC_ADDR: `127.0.0.1:${port}`,
      PUBLIC_URL: baseURL,
      DATABASE_URL: `sqlite://${join(tmp, 'panic.db')}`,
      EMAIL_DIR: mailDir,
      DEMO_DATA: 'true',
      DEMO_ADMIN_EMAIL: ADMIN_EMAIL,
      DEMO_TECH_EMAIL: 'tech@demo.test',
      DEMO_PASSWORD: PASSWORD,
      DEMO_PRINTER_CODE: PRINTER_CODE,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      INBOUND_EMAIL_DOMAIN: 'reply.panic.test',
      INBOUND_WEBHOOK_USER: 'sendgrid',
      INBOUND_WEBHOOK_PASSWORD: INBOUND_PASSWORD,
      OUTBOX_POLL_INTERVAL: '200ms',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout.pipe(log)
  server.stderr.pipe(log)
  serverExit = new Promise((r) => server.once('exit', (code, signal) => r(code ?? signal)))
  await waitFor(
    async () => {
      if (server.exitCode !== null) throw new Error(`server exited:\n${logTail()}`)
      try {
        return (await fetch(`${baseURL}/readyz`)).status === 200
      } catch {
        return false
      }
    },
    120_000,
    () => `server not ready:\n${logTail()}`,
  )
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
})

after(async () => {
  await browser?.close().catch(() => {})
  if (server && server.exitCode === null) {
    server.kill('SIGTERM')
    const timeout = new Promise((r) => setTimeout(r, 5000, 'timeout'))
    if ((await Promise.race([serverExit, timeout])) === 'timeout') server.kill('SIGKILL')
  }
  rmSync(tmp, { recursive: true, force: true })
})

test('a reporter follows the request from the email on a phone, answers "not fixed", and the admin sees it reopened live', async () => {
  const reference = await report('E2E-REPORTER-1')

  const admin = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } })
  const adminPage = (pages.admin = await admin.newPage())
  adminPage.on('pageerror', (e) => pageErrors.push(`admin: ${e.message}`))

  await step('admin-notes-and-close', async () => {
    await adminPage.goto(`${baseURL}/sign-in`)
    await adminPage.getByLabel('Email').fill(ADMIN_EMAIL)
    await adminPage.getByLabel('Password', { exact: false }).first().fill(PASSWORD)
    await adminPage.getByRole('button', { name: 'Sign in' }).click()
    await adminPage.getByRole('heading', { name: 'Dashboard' }).waitFor()
    await adminPage.goto(`${baseURL}/interventions?q=${reference}`)
    await adminPage.getByRole('link', { name: reference }).click()
    await adminPage.getByRole('heading', { name: 'History' }).waitFor()

    const noteCard = adminPage.locator('section', { has: adminPage.getByRole('heading', { name: 'Add a note' }) })
    await noteCard.getByLabel('Note').fill('INTERNAL: the customer broke it himself')
    await noteCard.getByRole('button', { name: 'Add the note' }).click()
    await adminPage.getByText('INTERNAL: the customer broke it himself').waitFor()
    await noteCard.getByLabel('Note').fill('We replaced the pickup roller of tray 2.')
    await noteCard.getByLabel(/^Public/).check()
    await noteCard.getByRole('button', { name: 'Add the note' }).click()
    await adminPage.getByText('We replaced the pickup roller of tray 2.').waitFor()
    const history = adminPage.locator('section', { has: adminPage.getByRole('heading', { name: 'History' }) })
    await history.getByText('Public', { exact: true }).first().waitFor()
    await history.getByText('Internal', { exact: true }).first().waitFor()

    const statusCard = adminPage.locator('section', { has: adminPage.getByRole('heading', { name: 'Change the status' }) })
    await statusCard.getByRole('combobox', { name: 'New status' }).click()
    await adminPage.getByRole('option', { name: 'Closed' }).click()
    await statusCard.getByRole('button', { name: 'Change status' }).click()
    await adminPage.getByText('Status changed.').waitFor()
    await shot(adminPage, 'admin-closed-1440')
  })

  // The reporter's closing email, as delivered: it carries the tracking link and asks "Is it fixed?".
  let link
  await step('email', async () => {
    const closing = await waitFor(
      () => mails().find((m) => /^To: <?reporter@example\.com>?\r?$/m.test(m.raw) && m.text.includes('Is it fixed?') && m.text.includes(reference)),
      20_000,
      () => `no closing email to the reporter among ${mails().length} emails:\n${mails().map((m) => m.raw.slice(0, 600)).join('\n-----\n')}`,
    )
    assert.match(closing.raw, /^Reply-To: <?reply\+[0-9a-z]+-[0-9a-z]+@reply\.panic\.test>?\r?$/m)
    link = closing.text.match(/(http:\/\/127\.0\.0\.1:\d+\/track\/[0-9a-z]+-[0-9a-z]+)\?fixed=no/)?.[1]
    assert.ok(link, 'the closing email has a "No" link to the tracking page')
  })

  const phone = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  })
  const phonePage = (pages.phone = await phone.newPage())
  phonePage.on('pageerror', (e) => pageErrors.push(`phone: ${e.message}`))

  await step('tracking-page', async () => {
    await phonePage.goto(`${link}?fixed=no`)
    await phonePage.getByTestId('reference').filter({ hasText: reference }).waitFor()
    await phonePage.getByText('We replaced the pickup roller of tray 2.').waitFor()
    const html = await phonePage.content()
    assert.ok(!html.includes('INTERNAL: the customer broke it himself'), 'the internal note is not on the page')
    assert.ok(!html.includes('192.0.2.10'), 'the printer IP is not on the page')
    assert.ok(!html.includes(ADMIN_EMAIL), 'no staff address on the page')
    assert.equal(await phonePage.getByTestId('status').textContent(), 'Closed')
    // Phone-first: nothing wider than the screen.
    const width = await phonePage.evaluate(() => document.documentElement.scrollWidth)
    assert.ok(width <= 390, `the page is ${width}px wide on a 390px phone`)
    assert.equal(await phonePage.getByLabel('No, it is not fixed').isChecked(), true, 'the email\'s "No" is preselected')
    await shot(phonePage, 'tracking-phone-390')
    await phonePage.goto(`${link}?lang=fr`)
    await phonePage.getByText('Est-ce réparé ?').waitFor()
    await shot(phonePage, 'tracking-phone-390-fr')
    await phonePage.goto(`${link}?fixed=no`)
  })

  await step('answer-not-fixed', async () => {
    // The admin stays on the intervention page: the reopening must arrive live.
    await adminPage.getByText('Closed', { exact: true }).first().waitFor()
    await phonePage.getByLabel('What is still wrong? (optional)').fill('It still jams on tray 2.')
    await phonePage.getByRole('button', { name: 'Send my answer' }).tap()
    await phonePage.getByTestId('answered').filter({ hasText: 'You said it is not fixed' }).waitFor()
    await phonePage.getByText('It still jams on tray 2.').waitFor()
    assert.equal(await phonePage.getByTestId('status').textContent(), 'New')
    await shot(phonePage, 'tracking-phone-390-answered')

    const history = adminPage.locator('section', { has: adminPage.getByRole('heading', { name: 'History' }) })
    await history.getByText('The reporter says it is not fixed').waitFor({ timeout: 15_000 })
    await history.getByText('It still jams on tray 2.').waitFor()
    await adminPage.getByRole('heading', { name: reference }).locator('..').getByText('New', { exact: true }).waitFor({ timeout: 15_000 })
    await shot(adminPage, 'admin-reopened-live-1440')
  })

  await step('desktop-and-dashboard', async () => {
    const desktop = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } })
    const desktopPage = (pages.desktop = await desktop.newPage())
    await desktopPage.goto(link)
    await desktopPage.getByText('It still jams on tray 2.').waitFor()
    await shot(desktopPage, 'tracking-desktop-1440')
    // A forged link shows nothing of the request.
    const forged = link.slice(0, -1) + (link.endsWith('a') ? 'b' : 'a')
    const response = await desktopPage.goto(forged)
    assert.equal(response.status(), 404)
    assert.ok(!(await desktopPage.content()).includes(reference))
    await shot(desktopPage, 'tracking-forged-1440')
    await desktop.close()

    await adminPage.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }).click()
    const card = adminPage.getByTestId(/^satisfaction-/).first()
    await card.getByText('0 %').waitFor()
    await card.getByText('1 answer').waitFor()
    await shot(adminPage, 'admin-dashboard-satisfaction-1440')
  })

  await step('quarantine', async () => {
    // A colleague answers the reporter's email: SendGrid posts it; it waits in the quarantine, the admin attaches it.
    const closing = mails().find((m) => /^Reply-To: /m.test(m.raw))
    const replyTo = closing.raw.match(/^Reply-To: <?(reply\+[^>\s]+)>?\r?$/m)[1]
    const form = new FormData()
    const fields = {
      headers: `From: Colleague <colleague@example.com>\nTo: ${replyTo}\nSubject: Re: ${reference}\nMessage-ID: <e2e-colleague@example.com>\n`,
      dkim: '{@example.com : pass}',
      to: replyTo,
      from: 'Colleague <colleague@example.com>',
      text: 'Same on the second floor.\n\nOn Tue, Dec 1, 2026 Support wrote:\n> Your request',
      sender_ip: '192.0.2.1',
      envelope: JSON.stringify({ to: [replyTo], from: 'colleague@example.com' }),
      attachments: '0',
      subject: `Re: ${reference}`,
      charsets: '{"to":"UTF-8","subject":"UTF-8","from":"UTF-8","text":"UTF-8"}',
      SPF: 'pass',
    }
    for (const [k, v] of Object.entries(fields)) form.append(k, v)
    const response = await fetch(`${baseURL}/inbound/sendgrid`, {
      method: 'POST',
      headers: { Authorization: `Basic ${Buffer.from(`sendgrid:${INBOUND_PASSWORD}`).toString('base64')}` },
      body: form,
    })
    assert.equal(response.status, 200)
    assert.equal((await response.json()).status, 'QUARANTINED')

    await adminPage.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Email quarantine' }).click()
    const mail = adminPage.getByRole('article', { name: `Re: ${reference}` })
    await mail.getByText('Same on the second floor.').waitFor()
    assert.equal(await mail.getByLabel('Intervention reference').inputValue(), reference)
    await shot(adminPage, 'admin-quarantine-1440')
    await mail.getByRole('button', { name: 'Attach' }).click()
    await adminPage.getByText('Nothing in quarantine').waitFor()
    await phonePage.reload()
    await phonePage.getByText('Same on the second floor.').waitFor()
    assert.ok(!(await phonePage.content()).includes('Your request</'), 'the quoted history is stripped')
  })

  assert.deepEqual(pageErrors, [])
  await phone.close()
  await admin.close()
})
