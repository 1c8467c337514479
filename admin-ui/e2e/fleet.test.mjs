// Browser test of the fleet views (issue 16) against the real server binary: the supplies running low across
// the organization (sorted by level and by days left), a printer's supplies with their history and its
// monthly usage chart, at 1440×900, with screenshots in $ARTIFACTS_DIR/screenshots (fleet-*.png).
// The data comes through the device contract: printers register and launch with counters and supplies.
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { ADMIN_EMAIL, PRINTER_CODE, screenshots, signIn, startStack } from './harness.mjs'

let stack
let browser
let page
const pageErrors = []
const shot = (name) => page.screenshot({ path: join(screenshots, `fleet-${name}.png`), fullPage: true })

const launch = (printer) =>
  stack.graphql(`mutation($in: LaunchInput!) { launch(input: $in) { status } }`, { in: { printer } })

const supply = (description, color, level, maxCapacity = 100) => ({ description, type: 'toner', color, level, maxCapacity })

before(async () => {
  stack = await startStack({ name: 'fleet' })
  for (const serial of ['FLEET-A', 'FLEET-B', 'FLEET-C']) {
    await stack.graphql(`mutation($in: RegisterPrinterInput!) { registerPrinter(input: $in) { status } }`, {
      in: { printer: { serial, name: `Printer ${serial}`, location: 'Floor 3' }, printerCode: PRINTER_CODE },
    })
  }
  // FLEET-A: black falls then is replaced, cyan is low; pages printed across launches.
  await launch({ serial: 'FLEET-A', counters: { total: 1000, black: 700, color: 300 }, supplies: [supply('Black Toner', 'black', 60), supply('Cyan Toner', 'cyan', 12)] })
  await launch({ serial: 'FLEET-A', counters: { total: 1800, black: 1200, color: 600 }, supplies: [supply('Black Toner', 'black', 30), supply('Cyan Toner', 'cyan', 9)] })
  await launch({ serial: 'FLEET-A', counters: { total: 2600, black: 1700, color: 900 }, supplies: [supply('Black Toner', 'black', 100), supply('Cyan Toner', 'cyan', 6)] })
  await launch({ serial: 'FLEET-B', counters: { total: 500 }, supplies: [supply('Black Toner', 'black', 4), supply('Waste Toner Box', null, -3, -2)] })
  await launch({ serial: 'FLEET-C', counters: { total: 90 }, supplies: [supply('Yellow Toner', 'yellow', 18, 2000)] })
  browser = await stack.launchBrowser()
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } })
  page = await context.newPage()
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await signIn(page, stack.baseURL, ADMIN_EMAIL)
})

after(async () => {
  await browser?.close()
  await stack?.stop()
})

const rowTexts = async () => (await page.getByRole('table', { name: 'Supplies running low' }).locator('tbody tr').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '))

test('the fleet supplies view lists the low supplies by level and by days left', async () => {
  await page.getByRole('link', { name: 'Supplies' }).click()
  await page.getByRole('heading', { name: 'Supplies running low' }).waitFor()
  await page.getByRole('table', { name: 'Supplies running low' }).waitFor()
  const rows = await rowTexts()
  // Threshold 20%, lowest first: FLEET-C yellow 18 of 2000 (0%), FLEET-B black 4%, FLEET-A cyan 6%.
  assert.equal(rows.length, 3, rows.join('\n'))
  assert.match(rows[0], /FLEET-C.*Yellow Toner.*0%/)
  assert.match(rows[1], /FLEET-B.*Black Toner.*4%/)
  assert.match(rows[2], /FLEET-A.*Cyan Toner.*6%/)
  assert.ok(!rows.some((r) => r.includes('Waste Toner')), 'a "some remaining" supply is never listed as low')
  await shot('supplies-by-level')
  await page.getByText('Days left', { exact: true }).first().click()
  await page.getByText('Days left: the current level divided by the consumption rate', { exact: false }).waitFor()
  assert.equal((await rowTexts()).length, 3)
  await page.getByRole('img', { name: /Pages printed per month/ }).waitFor()
  await shot('supplies-by-days-left')
})

test("a printer's page shows its supplies with their history and its usage chart", async () => {
  await page.getByRole('link', { name: 'FLEET-A' }).click()
  await page.getByRole('heading', { name: 'FLEET-A' }).waitFor()
  const supplies = page.getByRole('heading', { name: 'Supplies', exact: true })
  await supplies.waitFor()
  await page.getByText('Black Toner', { exact: true }).waitFor()
  await page.getByText(/^Replaced /).waitFor()
  await page.getByRole('img', { name: 'Black Toner: level over 3 readings' }).waitFor()
  await page.getByRole('img', { name: /Pages printed per month \(1 months?\)/ }).waitFor()
  await page.getByText('Total: 1,600 pages').waitFor()
  await supplies.scrollIntoViewIfNeeded()
  await shot('printer-supplies-and-usage')
  assert.deepEqual(pageErrors, [])
})
