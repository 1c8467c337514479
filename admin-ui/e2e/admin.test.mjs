// Browser tests of the admin SPA against the real server binary (which embeds admin-ui/dist and the kiosk).
// Run with `npm run test:e2e` after building the SPA and then the server (`make build`).
//
// PANIC_BIN      server binary (default ../bin/panicbutton)
// ARTIFACTS_DIR  where screenshots and the server log go (default ../artifacts)
// CHROMIUM       browser executable (default /usr/bin/chromium)
//
// The tests share one server (demo data, 10,000 sample interventions, printer code DEMOCODE42) and run in order:
// an admin and a technician each have their own browser context.
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { ADMIN_EMAIL, PASSWORD, PRINTER_CODE, ROOT_EMAIL, TECH_EMAIL, screenshots, signIn as signInAs, startStack, subjectOf, waitFor } from './harness.mjs'

const SAMPLE_INTERVENTIONS = 10_000

let stack
let baseURL
let browser
let admin // the admin's browser context and page
let adminPage
let tech // the technician's
let techPage
const pageErrors = []
const graphql = (...args) => stack.graphql(...args)
const report = (...args) => stack.report(...args)
const mails = () => stack.mails()
const logTail = () => stack.logTail()

const shot = (page, name) => page.screenshot({ path: join(screenshots, `admin-${name}.png`), fullPage: true })

async function newContext(name) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } })
  const page = await context.newPage()
  page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`))
  return { context, page }
}

const signIn = (page, email) => signInAs(page, baseURL, email)

/** Runs a step; on failure saves a screenshot of every open page and appends the server log. */
async function step(name, fn) {
  try {
    await fn()
  } catch (error) {
    await Promise.all(
      [adminPage, techPage].filter(Boolean).map((p, i) => shot(p, `failure-${name}-${i ? 'tech' : 'admin'}`).catch(() => {})),
    )
    error.message += `\n--- server log (tail) ---\n${logTail()}`
    throw error
  }
}

before(async () => {
  stack = await startStack({ name: 'admin', sampleInterventions: SAMPLE_INTERVENTIONS })
  baseURL = stack.baseURL
  browser = await stack.launchBrowser()
  ;({ context: admin, page: adminPage } = await newContext('admin'))
})

after(async () => {
  await stack?.stop()
})

test('an admin signs in, is sent back after a lost session, and sees every page', async () => {
  const page = adminPage
  const socketMessages = []
  page.on('websocket', (socket) => {
    if (new URL(socket.url()).pathname !== '/graphql') return
    socket.on('framereceived', ({ payload }) => socketMessages.push(String(payload)))
  })
  await step('sign-in', async () => {
    // No session: the page asked for is remembered.
    await page.goto(`${baseURL}/interventions?q=PB`)
    await page.waitForURL((url) => url.pathname === '/sign-in', { timeout: 15_000 })
    assert.equal(new URL(page.url()).searchParams.get('next'), '/interventions?q=PB')
    await page.getByRole('heading', { name: 'Sign in' }).waitFor()

    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByText('Enter your email address').waitFor()
    await shot(page, 'sign-in-validation')
    await page.getByLabel('Email').fill(ADMIN_EMAIL)
    await page.getByLabel('Password', { exact: false }).first().fill('not-the-password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('alert').filter({ hasText: 'Wrong email or password' }).waitFor()
    await page.getByLabel('Password', { exact: false }).first().fill(PASSWORD)
    await shot(page, 'sign-in')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL((url) => url.pathname === '/interventions' && url.searchParams.get('q') === 'PB', { timeout: 15_000 })
    await page.getByRole('heading', { name: 'Interventions' }).waitFor()
    assert.equal(await page.getByLabel('Search', { exact: true }).inputValue(), 'PB')
  })

  await step('navigation', async () => {
    const nav = page.getByRole('navigation', { name: 'Main navigation' })
    for (const label of ['Dashboard', 'Interventions', 'Printers', 'Panic buttons', 'Notifications', 'Statuses', 'Email outbox', 'Users', 'API keys', 'Audit log']) {
      await nav.getByRole('link', { name: label, exact: true }).waitFor()
    }
    assert.equal(await nav.getByRole('link', { name: 'Organizations' }).count(), 0, 'organizations are for the super-admin only')

    await nav.getByRole('link', { name: 'Dashboard' }).click()
    await page.getByTestId('dashboard-open').waitFor()
    await shot(page, 'dashboard')
    await waitFor(() => socketMessages.some((m) => m.includes('"connection_ack"')), 10_000, () => `no graphql-ws connection_ack: ${socketMessages.join(' | ')}`)

    await nav.getByRole('link', { name: 'Interventions' }).click()
    await page.locator('table tbody tr').first().waitFor()
    await shot(page, 'interventions')
    await page.locator('table tbody tr').first().getByRole('link').click()
    await page.getByRole('heading', { name: 'History' }).waitFor()
    await shot(page, 'intervention')

    await nav.getByRole('link', { name: 'Printers' }).click()
    await page.locator('table tbody tr').first().waitFor()
    await shot(page, 'printers')
    await page.locator('table tbody tr').first().getByRole('link').click()
    await page.getByRole('heading', { name: 'Meter history' }).waitFor()
    // The demo printers have no IP address: nothing to poll yet.
    assert.equal(await page.getByRole('button', { name: 'Poll now' }).isDisabled(), true)
    await page.getByText('This printer has no IP address to poll yet.').waitFor()
    await shot(page, 'printer')

    await nav.getByRole('link', { name: 'Notifications' }).click()
    await page.getByRole('heading', { name: 'Intervention notifications' }).waitFor()
    await page.getByLabel('Send email to administrator users').waitFor()
    await shot(page, 'notification-settings')

    await nav.getByRole('link', { name: 'Statuses' }).click()
    await page.getByRole('listitem', { name: 'Closed' }).waitFor()
    await shot(page, 'statuses')

    await nav.getByRole('link', { name: 'Email outbox' }).click()
    await page.getByRole('heading', { name: 'Email outbox' }).waitFor()
    await page.locator('table tbody tr').first().or(page.getByText('No email yet.')).waitFor()

    await nav.getByRole('link', { name: 'Users' }).click()
    await page.getByText(TECH_EMAIL).waitFor()
    await shot(page, 'users')

    await nav.getByRole('link', { name: 'API keys' }).click()
    await page.getByRole('heading', { name: 'API keys' }).waitFor()
    await page.getByRole('button', { name: 'New API key' }).click()
    await page.getByRole('dialog').getByLabel('Name').fill('E2E partner')
    await page.getByRole('dialog').getByRole('checkbox').first().check()
    await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click()
    await page.getByTestId('new-api-key').waitFor()
    await shot(page, 'api-key-created')
    await page.getByRole('button', { name: 'Done' }).click()
    await page.getByRole('cell', { name: 'E2E partner' }).waitFor()
    await shot(page, 'api-keys')

    await nav.getByRole('link', { name: 'Audit log' }).click()
    await page.getByRole('heading', { name: 'Audit log' }).waitFor()
    await page.locator('table tbody tr').first().or(page.getByText('Nothing recorded yet.')).waitFor()
    await shot(page, 'audit-log')

    await page.goto(`${baseURL}/organizations`)
    await page.getByText('Your role does not give access to this page.').waitFor()
  })

  await step('language', async () => {
    await page.getByLabel('Language').selectOption('fr')
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor()
    await page.getByRole('link', { name: 'Tableau de bord' }).click()
    await page.getByRole('heading', { name: 'Tableau de bord' }).waitFor()
    await shot(page, 'dashboard-fr')
    await page.getByLabel('Langue').selectOption('it')
    await page.getByRole('heading', { name: 'Cruscotto' }).waitFor()
    await page.getByLabel('Lingua').selectOption('en')
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor()
  })

  await step('lost-session', async () => {
    // The session ends elsewhere (cookie gone): the next request sends to sign-in, remembering the page.
    await page.goto(`${baseURL}/printers`)
    await page.getByRole('heading', { name: 'Printers' }).waitFor()
    await admin.clearCookies()
    await page.getByRole('link', { name: 'Users' }).click()
    await page.waitForURL((url) => url.pathname === '/sign-in', { timeout: 15_000 })
    assert.equal(new URL(page.url()).searchParams.get('next'), '/users')
    await page.getByLabel('Email').fill(ADMIN_EMAIL)
    await page.getByLabel('Password', { exact: false }).first().fill(PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL((url) => url.pathname === '/users', { timeout: 15_000 })
    await page.getByText(TECH_EMAIL).waitFor()
  })
  assert.deepEqual(pageErrors, [])
  assert.deepEqual(socketMessages.filter((m) => m.includes('"type":"error"')), [], 'graphql-ws error frames')
})

test('(a) an admin edits a cause label in French and the kiosk shows it', async () => {
  const page = adminPage
  const label = `Bourrage papier E2E ${Date.now() % 10_000}`
  await step('cause-label', async () => {
    await page.getByRole('link', { name: 'Panic buttons' }).click()
    await page.getByRole('link', { name: 'Head office' }).click()
    const preview = page.getByRole('region', { name: 'Kiosk preview' })
    await page.getByTestId('kiosk-preview').waitFor()
    // The preview follows what is typed, before saving.
    await page.getByLabel('Title', { exact: true }).fill('Help desk E2E')
    await page.getByTestId('kiosk-preview').getByText('Help desk E2E').waitFor()
    await shot(page, 'panic-button-content')
    await page.getByRole('button', { name: 'Undo changes' }).click()
    await page.getByTestId('kiosk-preview').getByText('Help desk E2E').waitFor({ state: 'detached' })
    // A logo, uploaded as a GraphQL multipart request, shows in the editor and in the preview.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
    await page.locator('input[type=file]').first().setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png })
    await page.getByRole('img', { name: 'Current Logo' }).waitFor()
    await page.getByTestId('kiosk-preview').locator('img').waitFor()
    await page.getByRole('tab', { name: 'Causes' }).click()
    const first = page.locator('[data-cause-id]').first()
    const french = first.getByLabel(/^French label of /)
    await french.fill(label)
    await first.getByRole('button', { name: 'Save' }).click()
    await first.getByRole('button', { name: 'Save' }).waitFor({ state: 'detached' }) // saved: nothing left to save
    assert.equal(await french.inputValue(), label)
    await shot(page, 'panic-button-causes')
    // The French preview shows it too.
    await page.getByRole('tab', { name: 'Kiosk content' }).click()
    await page.getByTestId('kiosk-preview').waitFor()
    await page.getByText('French', { exact: true }).click()
    await preview.getByText('Causes', { exact: true }).click()
    await page.getByTestId('kiosk-preview').getByText(label).waitFor()

    // The kiosk of an unregistered printer: register it with the printer code first.
    const kiosk = await admin.newPage()
    kiosk.on('pageerror', (error) => pageErrors.push(`kiosk: ${error.message}`))
    await kiosk.setViewportSize({ width: 800, height: 480 })
    await kiosk.goto(`${baseURL}/kiosk/?serial=E2E-1&lang=fr&model=E2E%20Model&location=Lab`)
    await kiosk.locator('#code').fill(PRINTER_CODE)
    await kiosk.locator('footer button[type=submit]').click()
    await kiosk.locator('#email').fill('kiosk.user@example.com')
    await kiosk.locator('footer button[type=submit]').click()
    await kiosk.locator('button.cause').first().waitFor()
    const causes = await kiosk.locator('button.cause').allInnerTexts()
    assert.ok(causes.some((c) => c.includes(label)), `the kiosk shows "${label}" among ${JSON.stringify(causes)}`)
    await kiosk.screenshot({ path: join(screenshots, 'admin-kiosk-cause-fr.png') })
    await kiosk.close()
  })
})

test('(b) an admin edits the [2] TECH subject with a variable and a report’s mail carries it', async () => {
  const page = adminPage
  await step('tech-subject', async () => {
    await page.getByRole('tab', { name: 'Emails' }).click()
    const subject = page.getByLabel('[2] TECH - Subject', { exact: true })
    await subject.waitFor()
    // An unknown variable is refused inline, naming it.
    await subject.fill('Broken [[[NOPE]]]')
    await page.getByRole('button', { name: 'Save the emails' }).click()
    await page.getByText('Unknown variable: [[[NOPE]]]').waitFor()
    await shot(page, 'email-validation')

    // A known one, inserted with the variable picker at the cursor.
    await subject.fill('E2E printer  needs help')
    await subject.evaluate((el) => el.setSelectionRange(12, 12))
    await page.getByRole('button', { name: 'Insert a variable into [2] TECH - Subject' }).click()
    await page.getByRole('textbox', { name: 'Search variables' }).fill('SERIAL')
    await page.getByRole('option', { name: 'SERIAL', exact: true }).click()
    assert.equal(await subject.inputValue(), 'E2E printer [[[SERIAL]]] needs help')
    await page.getByTestId('email-preview-subject').filter({ hasText: 'E2E printer' }).waitFor()
    await page.getByRole('button', { name: 'Save the emails' }).click()
    await page.getByText('Saved.').waitFor()
    await shot(page, 'email-settings')

    await page.getByRole('tab', { name: 'Settings' }).click()
    const code = page.getByTestId('printer-code')
    assert.equal(await code.innerText(), PRINTER_CODE)
    await shot(page, 'panic-button-settings')
  })
  await step('tech-mail', async () => {
    const reference = await report('E2E-2')
    const mail = await waitFor(
      () => mails().find((m) => subjectOf(m).includes('E2E printer E2E-2 needs help')),
      15_000,
      () => `no mail with the new subject for ${reference}; subjects: ${JSON.stringify(mails().map(subjectOf))}`,
    )
    assert.match(mail, /technicians@demo\.example|@/)
    // The outbox lists it, sent.
    await page.goto(`${baseURL}/settings/outbox`)
    await page.getByLabel('Subject', { exact: true }).fill('E2E-2')
    await page.locator('tr[data-status="SENT"]').filter({ hasText: 'E2E printer E2E-2 needs help' }).waitFor()
    await shot(page, 'outbox')
  })
})

test('(c) a technician sees an assignment in the bell without reloading; (d) a status change to Closed appears live in the admin’s list', async () => {
  let reference
  await step('assign', async () => {
    ;({ context: tech, page: techPage } = await newContext('technician'))
    await signIn(techPage, TECH_EMAIL)
    const bell = techPage.getByTestId('bell')
    const unread = async () => Number(/(\d+) unread/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1] ?? NaN)
    await waitFor(async () => !Number.isNaN(await unread()), 10_000, 'the bell shows a count')
    const before = await unread()

    reference = await report('E2E-3', { message: 'Assign me' })
    const page = adminPage
    await page.goto(`${baseURL}/interventions?q=${reference}`)
    await page.getByRole('link', { name: reference }).click()
    await page.getByRole('heading', { name: 'History' }).waitFor()
    await page.getByRole('combobox', { name: 'Assigned technicians' }).click()
    await page.getByRole('option', { name: /tech@demo\.test/ }).click()
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Save the assignment' }).click()
    await page.getByText('Assigned', { exact: true }).waitFor()
    await shot(page, 'intervention-assigned')

    // The technician's bell, with no reload.
    await waitFor(async () => (await unread()) > before, 10_000, async () => `the bell still says ${await unread()} (was ${before})`)
    await bell.click()
    await techPage.getByRole('dialog').getByText(reference).first().waitFor()
    await shot(techPage, 'technician-bell')
    await techPage.keyboard.press('Escape')
  })

  await step('close-live', async () => {
    const page = adminPage
    await page.goto(`${baseURL}/interventions?q=${reference}`)
    const row = page.locator(`tr[data-reference="${reference}"]`)
    await row.waitFor()
    assert.notEqual(await row.locator('td').nth(1).innerText(), 'Closed')

    // The technician closes it in their own browser.
    await techPage.goto(`${baseURL}/interventions?q=${reference}`)
    await techPage.getByRole('link', { name: reference }).click()
    await techPage.getByRole('combobox', { name: 'New status' }).click()
    await techPage.getByRole('option', { name: 'Closed' }).click()
    await techPage.getByLabel('Note (optional)').fill('Fixed the jam.')
    await techPage.getByRole('button', { name: 'Change status' }).click()
    await techPage.getByText('Status changed.').waitFor()
    await shot(techPage, 'technician-intervention')

    // The admin's list changes by itself.
    await row.locator('td').nth(1).getByText('Closed').waitFor({ timeout: 10_000 })
    await shot(page, 'interventions-live-closed')
  })
})

test('(e) the list of 10,000 interventions pages and filters quickly', async () => {
  const page = adminPage
  await step('performance', async () => {
    await page.goto(`${baseURL}/interventions`)
    await page.locator('table tbody tr').first().waitFor()
    const total = await page.getByTestId('interventions-total').innerText()
    const count = Number(total.replace(/\D/g, ''))
    assert.ok(count >= SAMPLE_INTERVENTIONS, `at least ${SAMPLE_INTERVENTIONS} interventions, got "${total}"`)

    const roundTrip = async (name, action) => {
      const response = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('"operationName":"Interventions"'))
      const started = performance.now()
      await action()
      await (await response).finished()
      const ms = performance.now() - started
      console.log(`# ${name}: ${ms.toFixed(0)} ms`)
      return ms
    }

    const next = await roundTrip('next page', () => page.getByRole('button', { name: 'Next page' }).click())
    await page.getByText('Page 2').waitFor()
    const statusFilter = await roundTrip('filter by status', async () => {
      await page.getByRole('combobox', { name: 'Status' }).click()
      await page.getByRole('option', { name: 'Closed' }).click()
      await page.keyboard.press('Escape')
    })
    await page.getByText('Page 1').waitFor()
    const search = await roundTrip('search (300 ms debounce included)', () => page.getByLabel('Search', { exact: true }).fill('D0042'))
    await page.locator('tr[data-reference*="D0042"]').first().waitFor()
    assert.equal(await page.locator('tbody tr:not([data-reference*="D0042"])').count(), 0, 'only matching rows')
    const sort = await roundTrip('sort by reference', () => page.getByRole('button', { name: 'Sort by Reference' }).click())
    await shot(page, 'interventions-filtered')
    for (const [name, ms] of Object.entries({ next, statusFilter, search, sort })) {
      assert.ok(ms < 3000, `${name} took ${ms.toFixed(0)} ms`)
    }
  })
  assert.deepEqual(pageErrors, [])
})

test('a super-admin manages the organizations', async () => {
  const { page } = await newContext('super-admin')
  await step('organizations', async () => {
    await page.goto(`${baseURL}/organizations`)
    await page.waitForURL((url) => url.pathname === '/sign-in', { timeout: 15_000 })
    await page.getByLabel('Email').fill(ROOT_EMAIL)
    await page.getByLabel('Password', { exact: false }).first().fill(PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL((url) => url.pathname === '/organizations', { timeout: 15_000 })
    await page.getByRole('cell', { name: 'Demo Company' }).waitFor()
    await page.getByRole('button', { name: 'New organization' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('textbox', { name: /^Name/ }).fill('E2E Org')
    assert.equal(await dialog.getByRole('textbox', { name: /^Identifier/ }).inputValue(), 'e2e-org')
    await dialog.getByRole('button', { name: 'Create' }).click()
    await page.getByRole('cell', { name: 'E2E Org' }).waitFor()
    await shot(page, 'organizations')
  })
  assert.deepEqual(pageErrors, [])
})
