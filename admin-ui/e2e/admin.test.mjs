// Browser test of the admin SPA against the real server binary (which embeds admin-ui/dist).
// Run with `npm run test:e2e` after building the SPA and then the server (`make build`).
//
// PANIC_BIN      server binary (default ../bin/panicbutton)
// ARTIFACTS_DIR  where screenshots and the server log go (default ../artifacts)
// CHROMIUM       browser executable (default /usr/bin/chromium)
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
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

const tmp = mkdtempSync(join(tmpdir(), 'panic-admin-e2e-'))
const serverLog = join(artifacts, 'admin-e2e-server.log')
let server
let serverExit // resolves with the exit code
let baseURL
let context

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
      const response = await fetch(`${baseURL}/readyz`)
      if (response.status === 200) return
      last = `HTTP ${response.status}`
    } catch (error) {
      last = error.cause?.code ?? error.message
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`server not ready after ${deadlineMs} ms (last: ${last}):\n${logTail()}`)
}

async function waitFor(condition, timeoutMs, describe) {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(describe())
    await new Promise((r) => setTimeout(r, 100))
  }
}

async function stopServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return
  server.kill('SIGTERM')
  const timeout = new Promise((r) => setTimeout(r, 5000, 'timeout'))
  if ((await Promise.race([serverExit, timeout])) === 'timeout') {
    server.kill('SIGKILL')
    await serverExit
  }
}

// Never leave the server running, whatever happens to the test process.
process.on('exit', () => server?.kill('SIGKILL'))

before(async () => {
  // A missing binary is a failure, not a skip: CI must build the server first.
  assert.ok(existsSync(binary), `server binary not found at ${binary} (build it: go build -o bin/panicbutton ./server, or set PANIC_BIN)`)
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
      EMAIL_DIR: join(tmp, 'mail'),
      DEMO_DATA: 'true',
      DEMO_ADMIN_EMAIL: ADMIN_EMAIL,
      DEMO_TECH_EMAIL: 'tech@demo.test',
      DEMO_PASSWORD: PASSWORD,
      SESSION_SECRET: randomBytes(32).toString('hex'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout.pipe(log)
  server.stderr.pipe(log)
  serverExit = new Promise((r) => server.once('exit', (code, signal) => r(code ?? signal)))
  await waitUntilReady(90_000)

  context = await chromium.launchPersistentContext(mkdtempSync(join(tmp, 'chromium-')), {
    executablePath,
    headless: true,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
})

after(async () => {
  await context?.close().catch(() => {})
  await stopServer()
  rmSync(tmp, { recursive: true, force: true })
})

test('an admin signs in and sees the interventions', async () => {
  const page = context.pages()[0] ?? (await context.newPage())
  const pageErrors = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  // The interventions page subscribes to interventionChanged over graphql-ws.
  const socketMessages = []
  page.on('websocket', (socket) => {
    if (new URL(socket.url()).pathname !== '/graphql') return
    socket.on('framereceived', ({ payload }) => socketMessages.push(String(payload)))
    socket.on('close', () => socketMessages.push('(closed)'))
  })
  const shot = (name) => page.screenshot({ path: join(screenshots, `admin-${name}.png`), fullPage: true })

  try {
    // No session: / leads to the interventions, whose guard sends to sign-in.
    await page.goto(`${baseURL}/`)
    await page.waitForURL((url) => url.pathname === '/sign-in', { timeout: 15_000 })
    assert.equal(new URL(page.url()).searchParams.get('next'), '/interventions')
    await page.getByRole('heading', { name: 'Sign in' }).waitFor()

    // Client-side validation: nothing is sent.
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByText('Enter your email address').waitFor()
    await shot('sign-in-validation')

    // A wrong password gets a localized message, not the server's text.
    await page.getByLabel('Email').fill(ADMIN_EMAIL)
    await page.getByLabel('Password', { exact: false }).first().fill('not-the-password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('alert').filter({ hasText: 'Wrong email or password' }).waitFor()

    await page.getByLabel('Password', { exact: false }).first().fill(PASSWORD)
    await shot('sign-in')
    await page.getByRole('button', { name: 'Sign in' }).click()

    await page.waitForURL((url) => url.pathname === '/interventions', { timeout: 15_000 })
    await page.getByRole('heading', { name: 'Interventions' }).waitFor()
    await page.getByText(/^Signed in as /).waitFor()
    // Either the demo data's interventions or the empty state.
    await page.locator('table tbody tr').first().or(page.getByText('No interventions yet')).waitFor({ timeout: 15_000 })
    await shot('interventions')
    // The live-update subscription is connected (session cookie and origin accepted).
    await waitFor(
      () => socketMessages.some((m) => m.includes('"connection_ack"')),
      10_000,
      () => `no graphql-ws connection_ack; frames: ${socketMessages.join(' | ')}`,
    )

    // The session survives a reload (HttpOnly cookie) and the language switch works.
    await page.reload()
    await page.getByRole('heading', { name: 'Interventions' }).waitFor()
    await page.getByLabel('Language').selectOption('fr')
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor()
    await shot('interventions-fr')
    await page.getByLabel('Langue').selectOption('en')

    // Signing out ends the session: the guard sends back to sign-in.
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL((url) => url.pathname === '/sign-in', { timeout: 15_000 })
    await page.goto(`${baseURL}/interventions`)
    await page.waitForURL((url) => url.pathname === '/sign-in', { timeout: 15_000 })
    await shot('signed-out')

    assert.deepEqual(pageErrors, [])
    assert.deepEqual(socketMessages.filter((m) => m.includes('"type":"error"')), [], 'graphql-ws error frames')
  } catch (error) {
    await shot('failure').catch(() => {})
    error.message += `\n--- server log (tail) ---\n${logTail()}`
    throw error
  }
})
