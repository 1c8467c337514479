// What every browser test file needs: the real server binary on its own SQLite database with demo data and a
// file mail folder, waited for until ready, a GraphQL helper, a reporter helper, mails on disk, and Chromium.
// A test file calls startStack() in before() and stack.stop() in after().
//
// PANIC_BIN      server binary (default ../bin/panicbutton)
// ARTIFACTS_DIR  where screenshots and server logs go (default ../artifacts)
// CHROMIUM       browser executable (default /usr/bin/chromium)
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import assert from 'node:assert/strict'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const adminUI = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const binary = resolve(process.env.PANIC_BIN ?? join(adminUI, '..', 'bin', 'panicbutton'))
export const artifacts = resolve(process.env.ARTIFACTS_DIR ?? join(adminUI, '..', 'artifacts'))
export const screenshots = join(artifacts, 'screenshots')
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium'

export const ADMIN_EMAIL = 'admin@demo.test'
export const TECH_EMAIL = 'tech@demo.test'
export const PASSWORD = 'demo-password-123'
export const PRINTER_CODE = 'DEMOCODE42'
export const ROOT_EMAIL = 'root@platform.test'

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolvePort(port))
    })
  })
}

export async function waitFor(condition, timeoutMs, describe) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await condition()
    if (value) return value
    if (Date.now() > deadline) throw new Error(typeof describe === 'function' ? describe() : describe)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** The decoded Subject header of an RFC 5322 message (RFC 2047 encoded words are decoded). */
export function subjectOf(eml) {
  const head = eml.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ')
  const line = head.split(/\r?\n/).find((l) => /^subject:/i.test(l)) ?? ''
  return line
    .replace(/^subject:\s*/i, '')
    .replace(/=\?([^?]+)\?([qQbB])\?([^?]*)\?=\s*/g, (_, charset, enc, text) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
    )
}

/**
 * Starts the server binary (demo organization, super-admin ROOT_EMAIL, printer code PRINTER_CODE) with extra
 * environment `env`, logging to ARTIFACTS_DIR/<name>-server.log, and waits until /readyz answers.
 */
export async function startStack({ name, env = {}, sampleInterventions = 0 }) {
  // A missing binary is a failure, not a skip: CI must build the server first.
  assert.ok(existsSync(binary), `server binary not found at ${binary} (build it: go build -o bin/panicbutton ./server, or set PANIC_BIN)`)
  mkdirSync(screenshots, { recursive: true })
  const tmp = mkdtempSync(join(tmpdir(), `panic-${name}-e2e-`))
  const mailDir = join(tmp, 'mail')
  const serverLog = join(artifacts, `${name}-server.log`)
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  const log = createWriteStream(serverLog)
  const server = spawn(binary, [], {
    env: {
      ...process.env,
      PANIC_ADDR: `127.0.0.1:${port}`,
      PUBLIC_URL: baseURL,
      DATABASE_URL: `sqlite://${join(tmp, 'panic.db')}`,
      EMAIL_DIR: mailDir,
      DEMO_DATA: 'true',
      BOOTSTRAP_ADMIN_EMAIL: ROOT_EMAIL,
      BOOTSTRAP_ADMIN_PASSWORD: PASSWORD,
      DEMO_ADMIN_EMAIL: ADMIN_EMAIL,
      DEMO_TECH_EMAIL: TECH_EMAIL,
      DEMO_PASSWORD: PASSWORD,
      DEMO_PRINTER_CODE: PRINTER_CODE,
      DEMO_INTERVENTIONS: String(sampleInterventions),
      SESSION_SECRET: randomBytes(32).toString('hex'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout.pipe(log)
  server.stderr.pipe(log)
  const serverExit = new Promise((r) => server.once('exit', (code, signal) => r(code ?? signal)))
  // Never leave the server running, whatever happens to the test process.
  process.on('exit', () => server.kill('SIGKILL'))

  const logTail = () => {
    try {
      return readFileSync(serverLog, 'utf8').split('\n').slice(-40).join('\n')
    } catch {
      return '(no server log)'
    }
  }
  const deadline = Date.now() + 120_000
  let last = 'no answer'
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`server exited (${server.exitCode ?? server.signalCode}) before /readyz was 200:\n${logTail()}`)
    }
    try {
      const response = await fetch(`${baseURL}/readyz`)
      if (response.status === 200) break
      last = `HTTP ${response.status}`
    } catch (error) {
      last = error.cause?.code ?? error.message
    }
    if (Date.now() > deadline) throw new Error(`server not ready after 120 s (last: ${last}):\n${logTail()}`)
    await new Promise((r) => setTimeout(r, 250))
  }

  /** A GraphQL call, without a session (the device operations need none) or with a bearer token. */
  async function graphql(query, variables, token) {
    const headers = { 'Content-Type': 'application/json', 'X-CSRF-Protection': '1' }
    if (token) headers.Authorization = `Bearer ${token}`
    const response = await fetch(`${baseURL}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) })
    const body = await response.json()
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`)
    return body.data
  }

  /** Registers a printer with the demo printer code and submits a report from it; returns the reference. */
  async function report(serial, { email = 'reporter@example.com', message = 'E2E report', language = 'en' } = {}) {
    const printer = { serial, model: 'E2E Model 1', name: `Printer ${serial}`, location: 'E2E Lab', ip: '192.0.2.10', counters: { total: 1234 } }
    const registered = await graphql(
      `mutation($input: RegisterPrinterInput!) { registerPrinter(input: $input) { status sessionToken kiosk { causes { id label } } } }`,
      { input: { printer, printerCode: PRINTER_CODE, language } },
    )
    const { sessionToken, kiosk } = registered.registerPrinter
    assert.ok(sessionToken, 'registerPrinter returned a session')
    const submitted = await graphql(
      `mutation($input: PanicReportInput!) { submitPanicReport(input: $input) { reference emailsQueued } }`,
      { input: { sessionToken, email, causeIds: [kiosk.causes[0].id], message, language } },
    )
    return submitted.submitPanicReport.reference
  }

  /** Every .eml the server wrote, as text. */
  function mails() {
    if (!existsSync(mailDir)) return []
    return readdirSync(mailDir, { recursive: true })
      .filter((file) => String(file).endsWith('.eml'))
      .map((file) => readFileSync(join(mailDir, String(file)), 'utf8'))
  }

  let browser
  /** Chromium, launched once per stack with the flags this machine needs. */
  async function launchBrowser() {
    browser ??= await chromium.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
    return browser
  }

  async function stop() {
    await browser?.close().catch(() => {})
    if (server.exitCode === null && server.signalCode === null) {
      server.kill('SIGTERM')
      const timeout = new Promise((r) => setTimeout(r, 5000, 'timeout'))
      if ((await Promise.race([serverExit, timeout])) === 'timeout') {
        server.kill('SIGKILL')
        await serverExit
      }
    }
    rmSync(tmp, { recursive: true, force: true })
  }

  return { baseURL, server, mailDir, logTail, graphql, report, mails, launchBrowser, stop }
}

/** Signs in through the sign-in page and waits for the dashboard. */
export async function signIn(page, baseURL, email, password = PASSWORD) {
  await page.goto(`${baseURL}/sign-in`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password', { exact: false }).first().fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL((url) => url.pathname === '/dashboard', { timeout: 15_000 })
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor()
}
