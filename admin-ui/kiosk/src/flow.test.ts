import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, type Call, type Kiosk, type LaunchPayload } from './api'
import { DEFAULT_LOCK_SECONDS, Flow } from './flow'
import { parseParams } from './params'

const kiosk = (language = 'en'): Kiosk => ({
  language,
  languages: ['en', 'fr', 'it'],
  texts: [{ key: 'title', value: `Panic Button ${language}` }],
  images: [],
  causes: [
    { id: 'c1', label: `Paper jam (${language})` },
    { id: 'c2', label: `No toner (${language})` },
  ],
  colors: [{ key: 'primary', value: '#0055aa' }],
})

let tokens = 0
const ready = (language = 'en', prefillEmail: string | null = null): LaunchPayload => ({
  status: 'READY',
  sessionToken: `token-${++tokens}`,
  kiosk: kiosk(language),
  prefillEmail,
})
const unregistered: LaunchPayload = { status: 'REGISTRATION_REQUIRED', sessionToken: null, kiosk: null, prefillEmail: null }

type Handler = (input: any) => unknown

/** A scripted cloud: each operation answers from its queue, else with its default; every call is recorded. */
function fakeCloud(defaults: Record<string, Handler> = {}) {
  const queues: Record<string, Handler[]> = {}
  const calls: { name: string; input: any }[] = []
  const call: Call = async <T,>(_query: string, name: string, input: object) => {
    calls.push({ name, input: structuredClone(input) })
    const handler = queues[name]?.shift() ?? defaults[name]
    if (!handler) throw new Error(`unexpected ${name}`)
    return handler(input) as T
  }
  const then = (name: string, ...handlers: Handler[]) => (queues[name] ??= []).push(...handlers)
  const named = (name: string) => calls.filter((c) => c.name === name)
  return { call, calls, then, named }
}

const fail = (code: ConstructorParameters<typeof ApiError>[0], field?: string, retryAfter?: number): Handler => () => {
  throw new ApiError(code, `${code} ${field ?? ''}`, field, retryAfter)
}

const defaults = (): Record<string, Handler> => ({
  launch: (input) => ready(input.language ?? 'en', input.badgeEmail ?? null),
  submitPanicReport: () => ({ reference: 'PB-2026-000001', status: 'New', emailsQueued: 2 }),
})

async function readyFlow(query = '?serial=SN1', cloud = fakeCloud(defaults())) {
  const flow = new Flow(parseParams(query), cloud.call)
  flows.push(flow)
  await flow.start()
  return { flow, cloud }
}

/** Fills page 1 and 2 and arrives on page 3. */
function fillUpToMessage(flow: Flow) {
  flow.setEmail('ann@example.com')
  flow.setPhone('+32 2 123 45 67')
  flow.next()
  flow.toggleCause('c2')
  flow.next()
  flow.setMessage('It beeps.')
}

let flows: Flow[] = []
beforeEach(() => {
  flows = []
})
afterEach(() => {
  flows.forEach((f) => f.stop())
  vi.useRealTimers()
})

describe('start', () => {
  it('launches with what the printer said and opens page 1 with the badge email', async () => {
    const { flow, cloud } = await readyFlow('?serial=SN1&model=M&total=7&email=badge@example.com&lang=fr')
    expect(cloud.calls).toEqual([
      { name: 'launch', input: { printer: { serial: 'SN1', model: 'M', counters: { total: 7 } }, badgeEmail: 'badge@example.com', language: 'fr' } },
    ])
    expect(flow.state.page).toBe('email')
    expect(flow.state.form.email).toBe('badge@example.com')
    expect(flow.state.kiosk?.language).toBe('fr')
    expect(flow.state.texts.title).toBe('Panic Button fr')
  })

  it('says the app is misconfigured without a serial, and calls nothing', async () => {
    const cloud = fakeCloud()
    const flow = new Flow(parseParams('?model=M'), cloud.call)
    flows.push(flow)
    await flow.start()
    expect(flow.state.page).toBe('misconfigured')
    expect(flow.state.problem?.key).toBe('no_serial')
    expect(cloud.calls).toEqual([])
  })

  it('goes to the misconfigured page when the server refuses the serial', async () => {
    const cloud = fakeCloud()
    cloud.then('launch', fail('BAD_USER_INPUT', 'printer.serial'))
    const { flow } = await readyFlow('?serial=SN1', cloud)
    expect(flow.state.page).toBe('misconfigured')
    expect(flow.state.problem?.key).toBe('bad_serial')
  })

  it('leaves out an optional value the server refuses and launches again', async () => {
    const cloud = fakeCloud(defaults())
    cloud.then('launch', fail('BAD_USER_INPUT', 'input.printer.ip'), fail('BAD_USER_INPUT', 'badgeEmail'))
    const { flow } = await readyFlow('?serial=SN1&ip=999.1.1.1&model=M&email=not-an-email', cloud)
    expect(cloud.named('launch').map((c) => c.input)).toEqual([
      { printer: { serial: 'SN1', model: 'M', ip: '999.1.1.1' }, badgeEmail: 'not-an-email' },
      { printer: { serial: 'SN1', model: 'M' }, badgeEmail: 'not-an-email' },
      { printer: { serial: 'SN1', model: 'M' } },
    ])
    expect(flow.state.page).toBe('email')
    // The badge email is still offered, for the user to correct.
    expect(flow.state.form.email).toBe('not-an-email')
  })
})

describe('printer code', () => {
  it('asks for the code, says when it is wrong keeping it, and opens page 1 when it is right', async () => {
    const cloud = fakeCloud(defaults())
    cloud.then('launch', () => unregistered)
    cloud.then('registerPrinter', fail('UNKNOWN_PRINTER_CODE'), (input) => ready('en', input.badgeEmail))
    const { flow } = await readyFlow('?serial=SN1&email=b@example.com', cloud)
    expect(flow.state.page).toBe('code')
    expect(flow.state.kiosk).toBeNull()

    flow.setCode('WRONG')
    await flow.submitCode()
    expect(flow.state.page).toBe('code')
    expect(flow.state.problem).toEqual({ field: 'code', key: 'code_wrong' })
    expect(flow.state.code).toBe('WRONG')

    flow.setCode(' DEMOCODE42 ')
    expect(flow.state.problem).toBeNull()
    await flow.submitCode()
    expect(cloud.named('registerPrinter')[1].input).toEqual({ printer: { serial: 'SN1' }, badgeEmail: 'b@example.com', printerCode: 'DEMOCODE42' })
    expect(flow.state.page).toBe('email')
    expect(flow.state.form.email).toBe('b@example.com')
  })

  it('locks the code page for a while when rate limited', async () => {
    vi.useFakeTimers()
    const cloud = fakeCloud(defaults())
    cloud.then('launch', () => unregistered)
    cloud.then('registerPrinter', fail('RATE_LIMITED'), () => ready())
    const { flow } = await readyFlow('?serial=SN1', cloud)
    flow.setCode('GUESS')
    await flow.submitCode()
    expect(flow.state.problem?.key).toBe('code_locked')
    expect(flow.locked()).toBe(true)

    flow.setCode('DEMOCODE42')
    await flow.submitCode()
    expect(cloud.named('registerPrinter')).toHaveLength(1)
    expect(flow.state.problem?.key).toBe('code_locked')

    vi.advanceTimersByTime(DEFAULT_LOCK_SECONDS * 1000)
    expect(flow.locked()).toBe(false)
    expect(flow.state.problem).toBeNull()
    await flow.submitCode()
    expect(flow.state.page).toBe('email')
  })

  it('honours retryAfter', async () => {
    vi.useFakeTimers()
    const cloud = fakeCloud(defaults())
    cloud.then('launch', () => unregistered)
    cloud.then('registerPrinter', fail('RATE_LIMITED', undefined, 5))
    const { flow } = await readyFlow('?serial=SN1', cloud)
    flow.setCode('X')
    await flow.submitCode()
    vi.advanceTimersByTime(4000)
    expect(flow.locked()).toBe(true)
    vi.advanceTimersByTime(1000)
    expect(flow.locked()).toBe(false)
  })
})

describe('the three pages', () => {
  it('checks the email and the causes before going on', async () => {
    const { flow } = await readyFlow()
    flow.setEmail('not an email')
    flow.next()
    expect(flow.state.page).toBe('email')
    expect(flow.state.problem).toEqual({ field: 'email', key: 'email_invalid' })
    flow.setEmail('ann@example.com')
    expect(flow.state.problem).toBeNull()
    flow.next()
    expect(flow.state.page).toBe('causes')
    flow.next()
    expect(flow.state.page).toBe('causes')
    expect(flow.state.problem).toEqual({ field: 'causes', key: 'causes_required' })
    flow.toggleCause('c1')
    flow.next()
    expect(flow.state.page).toBe('message')
  })

  it('keeps everything typed when going back', async () => {
    const { flow } = await readyFlow()
    fillUpToMessage(flow)
    flow.back()
    expect(flow.state.page).toBe('causes')
    flow.back()
    expect(flow.state.page).toBe('email')
    expect(flow.state.form).toEqual({ email: 'ann@example.com', phone: '+32 2 123 45 67', causeIds: ['c2'], message: 'It beeps.' })
    flow.next()
    flow.next()
    expect(flow.state.page).toBe('message')
    expect(flow.state.form.message).toBe('It beeps.')
  })

  it('toggles causes and caps the message at 4000 characters', async () => {
    const { flow } = await readyFlow()
    flow.toggleCause('c1')
    flow.toggleCause('c2')
    flow.toggleCause('c1')
    expect(flow.state.form.causeIds).toEqual(['c2'])
    flow.setMessage('x'.repeat(5000))
    expect(flow.state.form.message).toHaveLength(4000)
  })

  it('submits the report and shows the reference; Done starts again with a fresh launch', async () => {
    const { flow, cloud } = await readyFlow('?serial=SN1&lang=it')
    fillUpToMessage(flow)
    await flow.submit()
    expect(cloud.named('submitPanicReport')[0].input).toEqual({
      sessionToken: expect.stringMatching(/^token-/),
      email: 'ann@example.com',
      phone: '+32 2 123 45 67',
      causeIds: ['c2'],
      message: 'It beeps.',
      language: 'it',
    })
    expect(flow.state.page).toBe('done')
    expect(flow.state.reference).toBe('PB-2026-000001')

    await flow.reset()
    expect(cloud.named('launch')).toHaveLength(2)
    expect(flow.state.page).toBe('email')
    expect(flow.state.form).toEqual({ email: '', phone: '', causeIds: [], message: '' })
    expect(flow.state.reference).toBe('')
  })

  it('sends the user to the page of a field the server refuses', async () => {
    const cloud = fakeCloud(defaults())
    cloud.then('submitPanicReport', fail('BAD_USER_INPUT', 'email'), fail('BAD_USER_INPUT', 'input.causeIds'), fail('BAD_USER_INPUT', 'phone'))
    const { flow } = await readyFlow('?serial=SN1', cloud)
    fillUpToMessage(flow)
    await flow.submit()
    expect(flow.state.page).toBe('email')
    expect(flow.state.problem).toEqual({ field: 'email', key: 'email_invalid' })
    flow.next()
    flow.next()
    await flow.submit()
    expect(flow.state.page).toBe('causes')
    expect(flow.state.problem).toEqual({ field: 'causes', key: 'causes_required' })
    flow.next()
    await flow.submit()
    expect(flow.state.page).toBe('email')
    expect(flow.state.problem).toEqual({ field: 'phone', text: 'BAD_USER_INPUT phone' })
    expect(flow.state.form.message).toBe('It beeps.')
  })
})

describe('trouble', () => {
  it('shows a retry on network failure that repeats the same call and keeps everything', async () => {
    const cloud = fakeCloud(defaults())
    cloud.then('submitPanicReport', fail('NETWORK'))
    const { flow } = await readyFlow('?serial=SN1', cloud)
    fillUpToMessage(flow)
    await flow.submit()
    expect(flow.state.page).toBe('message')
    expect(flow.state.trouble).toBe('network_error')
    expect(flow.state.form.message).toBe('It beeps.')
    await flow.retry()
    const [first, second] = cloud.named('submitPanicReport')
    expect(second.input).toEqual(first.input)
    expect(flow.state.trouble).toBeNull()
    expect(flow.state.page).toBe('done')
  })

  it('retries a failed first launch', async () => {
    const cloud = fakeCloud(defaults())
    cloud.then('launch', fail('NETWORK'))
    const { flow } = await readyFlow('?serial=SN1', cloud)
    expect(flow.state.page).toBe('start')
    expect(flow.state.trouble).toBe('network_error')
    await flow.retry()
    expect(flow.state.page).toBe('email')
  })

  it('renews an expired session silently and submits once more', async () => {
    const cloud = fakeCloud(defaults())
    cloud.then('submitPanicReport', fail('SESSION_EXPIRED'))
    const { flow } = await readyFlow('?serial=SN1', cloud)
    fillUpToMessage(flow)
    await flow.submit()
    expect(cloud.calls.map((c) => c.name)).toEqual(['launch', 'submitPanicReport', 'launch', 'submitPanicReport'])
    const [first, second] = cloud.named('submitPanicReport')
    expect(second.input.sessionToken).not.toBe(first.input.sessionToken)
    expect(flow.state.page).toBe('done')
    expect(flow.state.trouble).toBeNull()
  })

  it('does not loop when the renewed session is refused too', async () => {
    const cloud = fakeCloud(defaults())
    cloud.then('submitPanicReport', fail('SESSION_EXPIRED'), fail('SESSION_EXPIRED'))
    const { flow } = await readyFlow('?serial=SN1', cloud)
    fillUpToMessage(flow)
    await flow.submit()
    expect(cloud.named('submitPanicReport')).toHaveLength(2)
    expect(flow.state.page).toBe('message')
    expect(flow.state.trouble).toBe('network_error')
  })

  it('shows the suspended page when the organization is disabled, from launch, code or report, and launches again when idle', async () => {
    const cloud = fakeCloud(defaults())
    cloud.then('launch', fail('ORGANIZATION_DISABLED'))
    const { flow } = await readyFlow('?serial=SN1', cloud)
    expect(flow.state.page).toBe('disabled')
    expect(flow.state.problem?.key).toBe('org_disabled')
    expect(flow.state.trouble).toBeNull()

    cloud.then('launch', () => unregistered)
    await flow.reset()
    expect(flow.state.page).toBe('code')
    cloud.then('registerPrinter', fail('ORGANIZATION_DISABLED'))
    flow.setCode('DEMOCODE42')
    await flow.submitCode()
    expect(flow.state.page).toBe('disabled')

    await flow.reset()
    expect(flow.state.page).toBe('email')
    fillUpToMessage(flow)
    cloud.then('submitPanicReport', fail('ORGANIZATION_DISABLED'))
    await flow.submit()
    expect(flow.state.page).toBe('disabled')
    expect(flow.state.problem?.key).toBe('org_disabled')
    expect(cloud.named('submitPanicReport')).toHaveLength(1)
  })

  it('asks for the printer code again when the printer was deleted meanwhile, keeping the report', async () => {
    const cloud = fakeCloud(defaults())
    cloud.then('submitPanicReport', fail('PRINTER_NOT_REGISTERED'))
    const { flow } = await readyFlow('?serial=SN1', cloud)
    fillUpToMessage(flow)
    cloud.then('launch', () => unregistered)
    await flow.submit()
    expect(flow.state.page).toBe('code')
    cloud.then('registerPrinter', () => ready())
    flow.setCode('DEMOCODE42')
    await flow.submitCode()
    expect(flow.state.page).toBe('email')
    expect(flow.state.form.message).toBe('It beeps.')
  })
})

describe('language', () => {
  it('switches language keeping what was typed and the causes chosen', async () => {
    const { flow, cloud } = await readyFlow()
    fillUpToMessage(flow)
    flow.back()
    await flow.switchLanguage('fr')
    expect(cloud.named('launch')[1].input.language).toBe('fr')
    expect(flow.state.page).toBe('causes')
    expect(flow.state.kiosk?.causes[1].label).toBe('No toner (fr)')
    expect(flow.state.form).toEqual({ email: 'ann@example.com', phone: '+32 2 123 45 67', causeIds: ['c2'], message: 'It beeps.' })
    flow.next()
    await flow.submit()
    expect(cloud.named('submitPanicReport')[0].input.language).toBe('fr')
  })
})

describe('inactivity', () => {
  it('goes back to the start and clears everything after the timeout', async () => {
    vi.useFakeTimers()
    const { flow, cloud } = await readyFlow('?serial=SN1&timeout=3&email=b@example.com')
    fillUpToMessage(flow)
    await flow.switchLanguage('it')
    flow.touch()
    await vi.advanceTimersByTimeAsync(2900)
    expect(flow.state.page).toBe('message')
    await vi.advanceTimersByTimeAsync(200)
    expect(flow.state.page).toBe('email')
    expect(flow.state.form).toEqual({ email: 'b@example.com', phone: '', causeIds: [], message: '' })
    expect(flow.state.kiosk?.language).toBe('en')
    expect(cloud.named('launch').at(-1)?.input).toEqual({ printer: { serial: 'SN1' }, badgeEmail: 'b@example.com' })
  })

  it('does nothing when nothing was typed', async () => {
    vi.useFakeTimers()
    const { flow, cloud } = await readyFlow('?serial=SN1&timeout=3')
    await vi.advanceTimersByTimeAsync(10_000)
    expect(cloud.named('launch')).toHaveLength(1)
    expect(flow.state.page).toBe('email')
  })

  it('clears a half-typed printer code', async () => {
    vi.useFakeTimers()
    const cloud = fakeCloud(defaults())
    cloud.then('launch', () => unregistered, () => unregistered)
    const { flow } = await readyFlow('?serial=SN1&timeout=3', cloud)
    flow.setCode('DEMO')
    flow.touch()
    await vi.advanceTimersByTimeAsync(3100)
    expect(flow.state.page).toBe('code')
    expect(flow.state.code).toBe('')
  })

  it('retries a failed first launch by itself', async () => {
    vi.useFakeTimers()
    const cloud = fakeCloud(defaults())
    cloud.then('launch', fail('NETWORK'))
    const { flow } = await readyFlow('?serial=SN1&timeout=3', cloud)
    expect(flow.state.trouble).toBe('network_error')
    await vi.advanceTimersByTimeAsync(3100)
    expect(flow.state.page).toBe('email')
  })
})
