// Browser test of the Webhooks page against the real server binary: an admin creates a webhook to a local
// receiver (which verifies every request with the npm standardwebhooks package), sends a test event, sees it in
// the delivery log with its attempt, and redelivers it. Screenshots go to $ARTIFACTS_DIR/screenshots.
import { spawn, execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { fileURLToPath } from 'node:url'
import { ADMIN_EMAIL, screenshots, signIn, startStack, waitFor } from './harness.mjs'

const receiverDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'internal', 'webhooks', 'testdata', 'receiver')

let stack
let browser
let page
let receiver
let receiverURL
const shot = (name) => page.screenshot({ path: join(screenshots, `webhooks-${name}.png`), fullPage: true })

async function startReceiver() {
  if (!existsSync(join(receiverDir, 'node_modules', 'standardwebhooks'))) {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: receiverDir, stdio: 'inherit' })
  }
  receiver = spawn(process.execPath, ['receiver.mjs'], { cwd: receiverDir, stdio: ['pipe', 'pipe', 'inherit'] })
  const line = await new Promise((resolveLine, reject) => {
    createInterface({ input: receiver.stdout }).once('line', resolveLine)
    receiver.once('exit', (code) => reject(new Error(`receiver exited ${code}`)))
  })
  receiverURL = `http://127.0.0.1:${line.replace('listening ', '').trim()}`
}

async function receiverCall(path, body) {
  const response = await fetch(`${receiverURL}${path}`, body ? { method: 'POST', body: JSON.stringify(body) } : undefined)
  return response.json()
}

before(async () => {
  await startReceiver()
  stack = await startStack({ name: 'webhooks', env: { WEBHOOK_ALLOWED_RANGES: '127.0.0.1/32', WEBHOOK_POLL_INTERVAL: '100ms' } })
  browser = await stack.launchBrowser()
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  page = await context.newPage()
  await signIn(page, stack.baseURL, ADMIN_EMAIL)
})

after(async () => {
  await stack?.stop()
  receiver?.stdin.end()
  receiver?.kill()
})

/** Clicks Refresh in the delivery log until a delivery row shows text. */
async function waitForDeliveryRow(text, count = 1) {
  await waitFor(
    async () => {
      await page.getByRole('button', { name: 'Refresh' }).click()
      await page.waitForTimeout(300)
      return (await page.getByTestId('delivery-row').filter({ hasText: text }).count()) >= count
    },
    20_000,
    `no delivery row showing "${text}"`,
  )
}

test('an admin creates a webhook, sends a test event, sees it in the delivery log and redelivers it', async () => {
  try {
    await scenario()
  } catch (error) {
    await shot('failure').catch(() => {})
    throw new Error(`${error.message}\nserver log:\n${stack.logTail()}`)
  }
})

async function scenario() {
  await page.getByRole('link', { name: 'Webhooks' }).click()
  await page.getByRole('heading', { name: 'Webhooks' }).waitFor()
  await page.getByText('No webhooks.').waitFor()

  // A metadata address is refused, with the reason on the field.
  await page.getByRole('button', { name: 'New webhook' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Endpoint URL').fill('http://169.254.169.254/latest/meta-data/')
  await dialog.getByLabel('intervention.created').check()
  await dialog.getByRole('button', { name: 'Create' }).click()
  await dialog.getByText('Use a public http(s) URL').waitFor()
  await shot('refused-url')

  await dialog.getByLabel('Endpoint URL').fill(`${receiverURL}/hook/e2e`)
  await dialog.getByLabel('Description').fill('Partner ERP')
  await dialog.getByLabel('intervention.status_changed').check()
  await dialog.getByRole('button', { name: 'Create' }).click()
  const secret = (await page.getByTestId('webhook-secret').textContent()).trim()
  assert.match(secret, /^whsec_[A-Za-z0-9+/]{43}=$/)
  await receiverCall('/_secrets', { name: 'e2e', secrets: [secret] })
  await shot('secret-once')
  await page.getByRole('button', { name: 'Done' }).click()

  const row = page.getByTestId('webhook-row')
  await row.getByText(`${receiverURL}/hook/e2e`).waitFor()
  await row.getByText('Active').waitFor()

  await row.getByRole('button', { name: 'Send a test event' }).click()
  await page.getByTestId('delivery-log').waitFor()
  await waitForDeliveryRow('Delivered')
  const log = await receiverCall('/_log')
  assert.equal(log.length, 1)
  assert.deepEqual(log[0].verified, [true], 'the receiver verified the signature with standardwebhooks')
  assert.equal(JSON.parse(log[0].body).type, 'webhook.test')
  await shot('delivered')

  const delivery = page.getByTestId('delivery-row').first()
  await delivery.getByRole('button', { name: 'Details' }).click()
  const attempt = page.getByTestId('attempt').first()
  await attempt.getByText('Attempt 1').waitFor()
  await attempt.getByText(`webhook-id: ${log[0].headers['webhook-id']}`).waitFor()
  await attempt.getByText(/webhook-signature: v1,/).waitFor()
  await shot('attempt-details')

  await delivery.getByRole('button', { name: 'Redeliver' }).click()
  await waitFor(async () => (await receiverCall('/_log')).length === 2, 20_000, 'the redelivery never reached the receiver')
  const again = await receiverCall('/_log')
  assert.equal(again[1].headers['webhook-id'], log[0].headers['webhook-id'], 'a redelivery keeps the event id')
  assert.deepEqual(again[1].verified, [true])
  await waitFor(
    async () => {
      await page.getByRole('button', { name: 'Refresh' }).click()
      await page.waitForTimeout(300)
      const cells = await page.getByTestId('delivery-row').first().locator('td').allTextContents()
      return cells[2]?.includes('Delivered') && cells[3]?.trim() === '2'
    },
    20_000,
    'the delivery log does not show the second attempt',
  )
  await shot('redelivered')
}
